// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollup.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace wgll {

QString rollupMethodName(RollupMethod method)
{
    switch (method) {
    case RollupMethod::Median:
        return QStringLiteral("median");
    case RollupMethod::Minimum:
        return QStringLiteral("min");
    case RollupMethod::Mean:
        break;
    }
    return QStringLiteral("mean");
}

std::optional<RollupMethod> rollupMethodNamed(const QString &name)
{
    for (const RollupMethod m : {RollupMethod::Mean, RollupMethod::Median, RollupMethod::Minimum}) {
        if (rollupMethodName(m) == name)
            return m;
    }
    return std::nullopt;
}

QString organisationKey(const QString &organisation)
{
    return organisation.simplified().toCaseFolded();
}

int comparePeriods(const QString &a, const QString &b)
{
    const QString x = a.simplified().toCaseFolded();
    const QString y = b.simplified().toCaseFolded();
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < x.size() && j < y.size()) {
        if (x[i].isDigit() && y[j].isDigit()) {
            const qsizetype si = i;
            const qsizetype sj = j;
            while (i < x.size() && x[i].isDigit())
                ++i;
            while (j < y.size() && y[j].isDigit())
                ++j;
            // Compared as numbers of any length: leading zeros off, then the longer is larger.
            QStringView nx = QStringView(x).mid(si, i - si);
            QStringView ny = QStringView(y).mid(sj, j - sj);
            while (nx.size() > 1 && nx.front() == u'0')
                nx = nx.mid(1);
            while (ny.size() > 1 && ny.front() == u'0')
                ny = ny.mid(1);
            if (nx.size() != ny.size())
                return nx.size() < ny.size() ? -1 : 1;
            if (const int c = nx.compare(ny); c != 0)
                return c;
            continue;
        }
        if (x[i] != y[j])
            return x[i] < y[j] ? -1 : 1;
        ++i;
        ++j;
    }
    // The shorter (a prefix of the other) comes first.
    const qsizetype restX = x.size() - i;
    const qsizetype restY = y.size() - j;
    return restX == restY ? 0 : restX < restY ? -1 : 1;
}

namespace {

QString describe(const RolledUpOrganisation &o)
{
    const QString name = o.organisation.trimmed().isEmpty() ? QStringLiteral("no organisation name") : o.organisation;
    return o.period.isEmpty() ? name : name + u", " + o.period;
}

/// The combined figure of `values` by `method`, with min, max and n.
Statistic statisticOf(const QString &id, const QString &title, std::vector<double> values, RollupMethod method)
{
    Statistic s{id, title, {}, {}, {}, static_cast<int>(values.size())};
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    s.min = values.front();
    s.max = values.back();
    const size_t n = values.size();
    switch (method) {
    case RollupMethod::Mean: {
        double sum = 0;
        for (const double v : values)
            sum += v;
        s.value = sum / static_cast<double>(n);
        break;
    }
    case RollupMethod::Median: // the middle value; with an even count, the mean of the middle two
        s.value = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
        break;
    case RollupMethod::Minimum:
        s.value = s.min;
        break;
    }
    return s;
}

/// One organisation's measure scores and overall from its comparable statements only, weighted
/// as Scorecard::of() weights them (so a roll-up of one revision prints the files' own figures).
void scoreComparable(RolledUpOrganisation &o, const QStringList &measureOrder)
{
    QHash<QString, std::pair<long, long>> sums; // measure -> (score × weight, weight)
    for (const RolledUpStatement &s : o.statements) {
        if (s.comparable && s.score) {
            auto &[sum, weights] = sums[s.measureId];
            sum += static_cast<long>(*s.score) * s.weight;
            weights += s.weight;
        }
    }
    o.measures.clear();
    double total = 0;
    int counted = 0;
    for (const QString &id : measureOrder) {
        const auto [sum, weights] = sums.value(id, {0, 0});
        RolledUpMeasure m{id, {}};
        if (weights > 0) {
            m.score = static_cast<double>(sum) / static_cast<double>(weights);
            total += *m.score;
            ++counted;
        }
        o.measures.append(m);
    }
    o.overall = counted > 0 ? std::optional<double>(total / counted) : std::nullopt;
}

} // namespace

std::optional<QString> RollupBuilder::admit(const QString &file, const Scorecard &card, qsizetype &replace)
{
    replace = -1;
    const auto found = m_byOrganisation.constFind(organisationKey(card.info.organisation));
    if (found == m_byOrganisation.constEnd())
        return std::nullopt;
    const RolledUpOrganisation &o = m_organisations.at(*found);
    const RolledUpOrganisation incoming{file, card.info.organisation, card.info.period, {}, {}, {}, {}};
    const int order = comparePeriods(o.period, card.info.period);
    if (order == 0)
        return o.file + u" and " + file + u" are the same organisation and period (" + describe(incoming) +
               u"); each organisation counts once in a roll-up";
    if (!m_options.latest)
        return o.file + u" and " + file + u" are two periods of the same organisation (" + describe(o) + u"; " +
               describe(incoming) + u"); each organisation counts once: give one file each, or --latest to keep the newest";
    if (order > 0) { // the one already in is newer: this one is left out
        m_leftOut.append({file, card.info.organisation, card.info.period, o.file});
        replace = -2;
    } else {
        m_leftOut.append({o.file, o.organisation, o.period, file});
        replace = *found;
    }
    return std::nullopt;
}

void RollupBuilder::rememberFramework(const Scorecard &card)
{
    for (const MeasureResult &m : card.measures) {
        if (!m_measureTitles.contains(m.id)) {
            m_measureOrder.append(m.id);
            m_measureTitles.insert(m.id, m.title);
        }
    }
    if (m_wordings.contains(card.frameworkVersion))
        return;
    QHash<QString, Wording> &wordings = m_wordings[card.frameworkVersion];
    for (const IndicatorResult &i : card.indicators) {
        if (!wordings.contains(i.id))
            wordings.insert(i.id, {i.measureId, i.text});
        if (!m_statementOrder.contains(i.id))
            m_statementOrder.append(i.id);
    }
}

/// The target revision's measures and statements first, so the roll-up is in its order and
/// compares every file's wording with its own.
void RollupBuilder::seedTarget(const Framework &target)
{
    QHash<QString, Wording> &wordings = m_wordings[target.version];
    for (const Measure &m : target.measures) {
        m_measureOrder.append(m.id);
        m_measureTitles.insert(m.id, m.title);
        for (const Indicator &i : m.indicators) {
            m_statementOrder.append(i.id);
            wordings.insert(i.id, {m.id, i.text});
        }
    }
}

std::optional<QString> RollupBuilder::add(const QString &file, const Scorecard &card)
{
    if (!m_frameworkId.isEmpty() && card.frameworkId != m_frameworkId)
        return u"is an assessment of " + card.frameworkId + u", not " + m_frameworkId +
               u"; a roll-up needs every file to use the same framework";
    const std::optional<Framework> &target = m_options.migrateTo;
    if (target && card.frameworkId != target->id)
        return u"is an assessment of " + card.frameworkId + u"; --migrate-to names " + target->key() +
               u", a revision of another framework";
    qsizetype replace = -1;
    if (const auto problem = admit(file, card, replace))
        return problem;
    if (m_frameworkId.isEmpty() && target)
        seedTarget(*target);
    m_frameworkId = card.frameworkId;
    rememberFramework(card);
    if (replace == -2)
        return std::nullopt;
    RolledUpOrganisation o{file, card.info.organisation, card.info.period, card.frameworkVersion, {}, {}, {}};
    o.statements.reserve(card.indicators.size());
    for (const IndicatorResult &i : card.indicators) {
        // Migrated, a statement counts in the measure the target revision puts it in.
        const Measure *m = target ? target->measureOf(i.id) : nullptr;
        o.statements.append({i.id, m ? m->id : i.measureId, i.score, i.notApplicable, i.target, i.weight, true});
    }
    if (replace >= 0) {
        m_organisations[replace] = std::move(o);
    } else {
        m_byOrganisation.insert(organisationKey(o.organisation), m_organisations.size());
        m_organisations.append(std::move(o));
    }
    return std::nullopt;
}

/// Statement id -> whether it has the same wording in every revision of the files kept.
QHash<QString, bool> RollupBuilder::comparability() const
{
    if (m_options.migrateTo) { // every statement the target has, whatever its wording was
        QHash<QString, bool> kept;
        for (const QString &id : m_statementOrder)
            kept.insert(id, m_options.migrateTo->indicator(id) != nullptr);
        return kept;
    }
    QSet<QString> used;
    for (const RolledUpOrganisation &o : m_organisations)
        used.insert(o.revision);
    QHash<QString, bool> comparable;
    for (const QString &id : m_statementOrder) {
        std::optional<QString> text;
        bool same = true;
        for (const QString &revision : used) {
            const auto found = m_wordings.value(revision).constFind(id);
            if (found == m_wordings.value(revision).constEnd() || (text && *text != found->text)) {
                same = false;
                break;
            }
            text = found->text;
        }
        comparable.insert(id, same);
    }
    return comparable;
}

Rollup RollupBuilder::result() const
{
    Rollup r;
    r.frameworkId = m_frameworkId;
    r.method = m_options.method;
    r.leftOut = m_leftOut;
    r.organisations = m_organisations;
    for (const RolledUpOrganisation &o : r.organisations) {
        if (!r.revisions.contains(o.revision))
            r.revisions.append(o.revision);
    }
    std::sort(r.revisions.begin(), r.revisions.end()); // versions are dates: text order is time order
    const QHash<QString, bool> comparable = comparability();
    QHash<QString, std::vector<double>> statementScores;
    QHash<QString, std::vector<double>> measureScores;
    std::vector<double> overalls;
    for (RolledUpOrganisation &o : r.organisations) {
        for (RolledUpStatement &s : o.statements) {
            s.comparable = comparable.value(s.id, false);
            if (s.comparable && s.score)
                statementScores[s.id].push_back(*s.score);
        }
        scoreComparable(o, m_measureOrder);
        for (const RolledUpMeasure &m : o.measures) {
            if (m.score)
                measureScores[m.id].push_back(*m.score);
        }
        if (o.overall)
            overalls.push_back(*o.overall);
    }
    r.overall = statisticOf(QStringLiteral("overall"), QStringLiteral("Overall"), overalls, r.method);
    for (const QString &id : m_measureOrder)
        r.measures.append(statisticOf(id, m_measureTitles.value(id), measureScores.value(id), r.method));
    for (const QString &id : m_statementOrder) {
        if (comparable.value(id, false))
            r.indicators.append(statisticOf(id, {}, statementScores.value(id), r.method));
    }
    listDifferences(r, comparable);
    return r;
}

/// The statements left out (not comparable; or, migrated, absent from the target) and, when
/// migrated, those whose wording the migration changed, each with the wordings.
void RollupBuilder::listDifferences(Rollup &r, const QHash<QString, bool> &comparable) const
{
    const std::optional<Framework> &target = m_options.migrateTo;
    if (target)
        r.migratedTo = target->version;
    for (const QString &id : m_statementOrder) {
        if (!target && !comparable.value(id, false)) {
            NotComparableStatement n{id, {}, r.revisions, {}};
            for (const QString &revision : r.revisions) {
                const Wording w = m_wordings.value(revision).value(id);
                if (n.measureId.isEmpty())
                    n.measureId = w.measureId;
                n.wordings.append(w.text);
            }
            r.notComparable.append(n);
            continue;
        }
        if (!target)
            continue;
        const Indicator *to = target->indicator(id);
        for (const QString &revision : r.revisions) {
            const auto w = m_wordings.value(revision).constFind(id);
            if (revision == target->version || w == m_wordings.value(revision).constEnd())
                continue;
            if (!to)
                r.dropped.append({id, w->measureId, revision, w->text});
            else if (to->text != w->text)
                r.migrated.append({id, target->measureOf(id)->id, revision, w->text, to->text});
        }
    }
}

} // namespace wgll
