// SPDX-License-Identifier: GPL-3.0-or-later
// The named benchmark sets made from one DMA workbook (docs/method.md, "The national DMA
// benchmark"). Every set's pillar score is a plain mean of the DMA rows it takes in; which rows,
// and how a provider with several care-setting rows counts, is said in its `method`.
#include "benchmark/benchmarkset.h"

#include "benchmark/pillaraliases.h"

#include <QRegularExpression>

#include <functional>
#include <map>

namespace wgll::benchmark {

namespace {

/// "mental-health" for "Mental Health": lower case, runs of anything else one hyphen.
QString slug(const QString &text)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString s = text.toLower();
    s.replace(other, QStringLiteral("-"));
    while (s.startsWith(u'-'))
        s.remove(0, 1);
    while (s.endsWith(u'-'))
        s.chop(1);
    return s;
}

/// The short name of an ICS for set names: "NHS Black Country Integrated Care Board" -> black-country.
QString icsSlug(const QString &ics)
{
    static const QRegularExpression noise(QStringLiteral("^NHS\\s+|\\s+INTEGRATED CARE BOARD$"),
                                          QRegularExpression::CaseInsensitiveOption);
    QString s = ics.trimmed();
    s.remove(noise);
    return slug(s);
}

/// The short name of a provider for set names: "The Dudley Group NHS Foundation Trust" ->
/// dudley-group (the full name is the set's title).
QString providerSlug(const QString &provider)
{
    static const QRegularExpression noise(QStringLiteral("^THE\\s+|\\s+NHS( FOUNDATION)? TRUST$"),
                                          QRegularExpression::CaseInsensitiveOption);
    QString s = provider.trimmed();
    s.remove(noise);
    return slug(s);
}

using RowTest = std::function<bool(const QString &region, const QString &ics, const QString &provider,
                                   const QString &setting)>;

/// One set to make: which rows, and how to say it.
struct Group
{
    QString name;
    QString title;
    QString kind;
    QString method;
    bool icb = false;
    RowTest in;
};

class Builder
{
public:
    Builder(const DmaWorkbook &workbook, BenchmarkImport &out) : m_workbook(workbook), m_out(out) {}

    void make(const Group &group)
    {
        BenchmarkSet set{group.name, group.title, group.kind, group.method, 0, {}, {}, {}};
        std::array<double, 7> sums{};
        for (const DmaRow &r : group.icb ? m_workbook.icbs : m_workbook.providers) {
            if (!group.in(r.region, r.ics, r.provider, r.careSetting))
                continue;
            ++set.rowCount;
            for (size_t i = 0; i < sums.size(); ++i)
                sums.at(i) += r.pillars.at(i);
        }
        if (set.rowCount == 0)
            return;
        for (qsizetype i = 0; i < pillarAliases().size(); ++i) {
            const PillarAlias &alias = pillarAliases().at(i);
            set.pillars.append({alias.key, alias.measureTitle, m_workbook.pillarNames.value(i),
                                sums.at(static_cast<size_t>(i)) / set.rowCount});
        }
        double sum2025 = 0;
        double sum2024 = 0;
        int n = 0;
        for (const DmaOverallRow &r : group.icb ? m_workbook.icbOverall : m_workbook.providerOverall) {
            if (group.in(r.region, r.ics, r.provider, r.careSetting)) {
                sum2025 += r.score2025;
                sum2024 += r.score2024;
                ++n;
            }
        }
        if (n > 0) {
            set.overall2025 = sum2025 / n;
            set.overall2024 = sum2024 / n;
        }
        // Two names that slug alike (never in the 2025 file) must not hide one another.
        QString name = set.name;
        for (int i = 2; m_out.find(name); ++i)
            name = set.name + u'-' + QString::number(i);
        set.name = name;
        m_out.sets.append(set);
    }

private:
    const DmaWorkbook &m_workbook;
    BenchmarkImport &m_out;
};

/// Distinct values in the order the sheet first gives them.
QStringList distinct(const QList<DmaRow> &rows, const std::function<QString(const DmaRow &)> &field)
{
    QStringList values;
    for (const DmaRow &r : rows) {
        if (!values.contains(field(r)))
            values.append(field(r));
    }
    return values;
}

void addEnglandAndSettings(const DmaWorkbook &w, Builder &b)
{
    b.make({QStringLiteral("england-providers"), QStringLiteral("England: every NHS provider care setting"),
            QStringLiteral("england"),
            QStringLiteral("mean of every provider care-setting row's pillar score; a provider with several care "
                           "settings counts once per setting, as the DMA reports them"),
            false, [](auto &&...) { return true; }});
    for (const QString &setting : distinct(w.providers, [](const DmaRow &r) { return r.careSetting; })) {
        b.make({u"england-" + slug(setting), u"England: " + setting + u" care settings",
                QStringLiteral("care-setting"), u"mean of every provider's " + setting + u" row's pillar score", false,
                [setting](const QString &, const QString &, const QString &, const QString &s) { return s == setting; }});
    }
}

void addAreas(const DmaWorkbook &w, Builder &b)
{
    for (const QString &region : distinct(w.providers, [](const DmaRow &r) { return r.region; })) {
        b.make({u"region-" + slug(region), u"Region: " + region + u", provider care settings", QStringLiteral("region"),
                QStringLiteral("mean of the pillar scores of the region's provider care-setting rows"), false,
                [region](const QString &r, auto &&...) { return r == region; }});
    }
    for (const QString &ics : distinct(w.providers, [](const DmaRow &r) { return r.ics; })) {
        b.make({u"ics-" + icsSlug(ics) + u"-providers", u"ICS: " + ics + u", its providers' care settings",
                QStringLiteral("ics-providers"),
                QStringLiteral("mean of the pillar scores of the ICS's provider care-setting rows"), false,
                [ics](const QString &, const QString &i, auto &&...) { return i == ics; }});
    }
    for (const QString &ics : distinct(w.icbs, [](const DmaRow &r) { return r.ics; })) {
        b.make({u"icb-" + icsSlug(ics), u"ICB: " + ics + u", its own score", QStringLiteral("icb"),
                QStringLiteral("the ICB's own pillar scores (the ICB sheet's row)"), true,
                [ics](const QString &, const QString &i, auto &&...) { return i == ics; }});
    }
}

void addProviders(const DmaWorkbook &w, Builder &b)
{
    for (const QString &provider : distinct(w.providers, [](const DmaRow &r) { return r.provider; })) {
        QStringList settings;
        for (const DmaRow &r : w.providers) {
            if (r.provider == provider && !settings.contains(r.careSetting))
                settings.append(r.careSetting);
        }
        const QString name = u"provider-" + providerSlug(provider);
        b.make({name, u"Provider: " + provider, QStringLiteral("provider"),
                settings.size() > 1 ? QStringLiteral("mean of the provider's %1 care-setting rows (%2)")
                                          .arg(settings.size()).arg(settings.join(u", "))
                                    : u"the provider's pillar scores (its one care setting, " + settings.value(0) + u')',
                false, [provider](const QString &, const QString &, const QString &p, auto &&) { return p == provider; }});
        if (settings.size() < 2)
            continue;
        for (const QString &setting : settings) {
            b.make({name + u'-' + slug(setting), u"Provider: " + provider + u", " + setting,
                    QStringLiteral("provider-setting"), u"the provider's " + setting + u" row",
                    false, [provider, setting](const QString &, const QString &, const QString &p, const QString &s) {
                        return p == provider && s == setting;
                    }});
        }
    }
}

} // namespace

const BenchmarkSet *BenchmarkImport::find(const QString &name) const
{
    for (const BenchmarkSet &set : sets) {
        if (set.name == name)
            return &set;
    }
    return nullptr;
}

const PillarBenchmark *BenchmarkSet::pillarFor(const QString &measureTitle) const
{
    const QString key = pillarKey(measureTitle);
    for (const PillarBenchmark &p : pillars) {
        if (!key.isEmpty() && p.key == key)
            return &p;
    }
    return nullptr;
}

QString sourceLine(const BenchmarkImport &import)
{
    const BenchmarkSource &s = import.source;
    return s.publisher + QStringLiteral(", Digital Maturity Assessment %1").arg(import.year)
           + (s.publicationDate.isEmpty() ? QString() : u" (published " + s.publicationDate + u')');
}

QString attribution(const BenchmarkSource &source)
{
    return u"Contains public sector information licensed under the Open Government Licence v3.0: " + source.publisher
           + u", " + source.title
           + (source.publicationDate.isEmpty() ? QString() : u" (published " + source.publicationDate + u')') + u'.';
}

QString caveat()
{
    return QStringLiteral("DMA questions are not the WGLL statements: a DMA pillar score is the mean of NHS "
                          "England's self-assessed domain scores, a benchmark to set beside a measure score, not the "
                          "same measurement.");
}

BenchmarkImport buildSets(const DmaWorkbook &workbook, const QString &importedAt)
{
    BenchmarkImport out;
    const QString file = workbook.fileName.section(u'/', -1);
    out.source = {QStringLiteral("NHS England"),
                  QStringLiteral("Digital Maturity Assessment report %1 and %2 results")
                      .arg(workbook.year - 1)
                      .arg(workbook.year),
                  file, workbook.sha256, workbook.publicationDate};
    out.year = workbook.year;
    out.importedAt = importedAt;
    Builder builder(workbook, out);
    addEnglandAndSettings(workbook, builder);
    addAreas(workbook, builder);
    addProviders(workbook, builder);
    return out;
}

} // namespace wgll::benchmark
