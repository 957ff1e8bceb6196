// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollupsection.h"

#include "reportparts.h"

#include <algorithm>

namespace wgll::report {

using parts::tr;

namespace {

/// One organisation's answer to a statement: its level, "N/A", or "–" unscored.
QString statementCell(const RolledUpOrganisation &o, const QString &id)
{
    for (const RolledUpStatement &s : o.statements) {
        if (s.id != id)
            continue;
        if (s.notApplicable)
            return QStringLiteral("N/A");
        return s.score ? QString::number(*s.score) : QStringLiteral("–");
    }
    return QStringLiteral("–");
}

std::optional<double> measureScore(const RolledUpOrganisation &o, const QString &id)
{
    for (const RolledUpMeasure &m : o.measures)
        if (m.id == id)
            return m.score;
    return std::nullopt;
}

} // namespace

QString methodTitle(RollupMethod method)
{
    switch (method) {
    case RollupMethod::Mean: return tr("Mean");
    case RollupMethod::Median: return tr("Median");
    case RollupMethod::Minimum: return tr("Minimum");
    }
    return {};
}

QString organisationCount(qsizetype n)
{
    return n == 1 ? tr("1 organisation") : tr("%1 organisations").arg(n);
}

QString methodSummary(const Rollup &rollup)
{
    QString text = tr("%1 of %2, each counted once; framework %3, revision %4")
                       .arg(methodTitle(rollup.method), organisationCount(rollup.organisations.size()),
                            rollup.frameworkId, rollup.revisions.join(QStringLiteral(", ")));
    if (!rollup.migratedTo.isEmpty())
        text += tr("; every file migrated to revision %1").arg(rollup.migratedTo);
    else if (rollup.comparableOnly())
        text += tr("; the revisions are mixed, so the figures are from the statements worded alike only");
    return text + u'.';
}

RollupTable rollupTable(const Rollup &rollup, bool statements)
{
    RollupTable t;
    t.header = {tr("Organisation"), tr("Period"), tr("Revision"), tr("Overall")};
    const QList<Statistic> &columns = statements ? rollup.indicators : rollup.measures;
    for (const Statistic &c : columns)
        t.header.append(statements || c.title.isEmpty() ? c.id : c.id + u' ' + c.title);
    for (const RolledUpOrganisation &o : rollup.organisations) {
        QStringList row{o.organisation, o.period, o.revision, formatScore(o.overall)};
        for (const Statistic &c : columns)
            row.append(statements ? statementCell(o, c.id) : formatScore(measureScore(o, c.id)));
        t.rows.append(row);
    }
    QStringList combined{methodTitle(rollup.method) + u" (" + QString::number(rollup.overall.n) + u')', QString(),
                         rollup.revisions.join(QStringLiteral(", ")), formatScore(rollup.overall.value)};
    for (const Statistic &c : columns)
        combined.append(formatScore(c.value));
    t.rows.append(combined);
    return t;
}

QStringList notComparableLines(const Rollup &rollup)
{
    QStringList lines;
    for (const NotComparableStatement &s : rollup.notComparable) {
        QStringList wordings;
        for (qsizetype i = 0; i < s.revisions.size(); ++i) {
            const QString wording = s.wordings.value(i);
            wordings.append(s.revisions.at(i) + u' ' +
                            (wording.isEmpty() ? tr("(not in this revision)") : QString(u'“' + wording + u'”')));
        }
        lines.append(s.id + u": " + wordings.join(QStringLiteral("; ")));
    }
    return lines;
}

void addRollupSection(BoardReport &report, const Rollup &rollup)
{
    Section s{QStringLiteral("rollup"), tr("Roll-up of %1").arg(organisationCount(rollup.organisations.size())), true,
              {}};
    s.blocks.append(Paragraph{methodSummary(rollup), Paragraph::Style::Lead});
    const RollupTable byMeasure = rollupTable(rollup, false);
    Table t{tr("Each organisation's score by success measure (1 to %1, named in the next table), and the %2 of "
               "them last")
                .arg(rollup.measures.size())
                .arg(methodTitle(rollup.method).toLower()),
            byMeasure.header, byMeasure.rows, {}, {}, tr("No organisation was rolled up."), {}, {}, -1};
    // A page's width holds the measures' numbers, not their names: the spread table names them.
    const auto measureColumns = static_cast<int>(rollup.measures.size());
    for (int c = 0; c < measureColumns && 4 + c < t.header.size(); ++c)
        t.header[4 + c] = rollup.measures.at(c).id;
    t.widths = {26, 11, 14, 9};
    t.numeric = {false, false, false, true};
    for (int c = 0; c < measureColumns; ++c) {
        t.widths.append(std::max(1, 40 / std::max(measureColumns, 1)));
        t.numeric.append(true);
    }
    s.blocks.append(t);
    Table spread{tr("The spread across the organisations: the %1, the lowest and the highest score by success "
                    "measure, and how many organisations had a score")
                     .arg(methodTitle(rollup.method).toLower()),
                 {tr("Success measure"), methodTitle(rollup.method), tr("Lowest"), tr("Highest"), tr("Scored")},
                 {}, {52, 12, 12, 12, 12}, {false, true, true, true, true}, {}, {}, {}, -1};
    for (const Statistic &m : rollup.measures)
        spread.rows.append({m.title.isEmpty() ? m.id : m.id + u' ' + m.title, formatScore(m.value),
                            formatScore(m.min), formatScore(m.max), QString::number(m.n)});
    spread.rows.append({tr("Overall"), formatScore(rollup.overall.value), formatScore(rollup.overall.min),
                        formatScore(rollup.overall.max), QString::number(rollup.overall.n)});
    s.blocks.append(spread);
    if (!rollup.notComparable.isEmpty()) {
        s.blocks.append(Subheading{tr("Not comparable"), false});
        s.blocks.append(Paragraph{tr("Worded differently between the revisions rolled up, so left out of every "
                                     "figure above:")});
        for (const QString &line : notComparableLines(rollup))
            s.blocks.append(Paragraph{line, Paragraph::Style::Small});
    }
    for (const LeftOutFile &f : rollup.leftOut)
        s.blocks.append(Paragraph{tr("%1 (%2, %3) is left out: a newer period of the organisation, %4, is counted.")
                                      .arg(f.file, f.organisation, f.period, f.keptFile),
                                  Paragraph::Style::Small});
    const auto method = std::find_if(report.sections.begin(), report.sections.end(),
                                     [](const Section &x) { return x.id == u"method"; });
    report.sections.insert(method, s);
}

} // namespace wgll::report
