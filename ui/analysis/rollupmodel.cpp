// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollupmodel.h"

#include <QObject>

namespace wgll::analysis {

namespace {

QString methodTitle(RollupMethod method)
{
    switch (method) {
    case RollupMethod::Mean: return QObject::tr("Mean");
    case RollupMethod::Median: return QObject::tr("Median");
    case RollupMethod::Minimum: return QObject::tr("Minimum");
    }
    return {};
}

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

QString organisationCount(qsizetype n)
{
    return n == 1 ? QObject::tr("1 organisation") : QObject::tr("%1 organisations").arg(n);
}

QString methodSummary(const Rollup &rollup)
{
    QString text = QObject::tr("%1 of %2, each counted once; framework %3, revision %4")
                       .arg(methodTitle(rollup.method), organisationCount(rollup.organisations.size()),
                            rollup.frameworkId, rollup.revisions.join(QStringLiteral(", ")));
    if (!rollup.migratedTo.isEmpty())
        text += QObject::tr("; every file migrated to revision %1").arg(rollup.migratedTo);
    else if (rollup.comparableOnly())
        text += QObject::tr("; the revisions are mixed, so the figures are from the statements worded alike only");
    return text + u'.';
}

RadarChart::Data rollupRadar(const Rollup &rollup, const Scale &scale)
{
    RadarChart::Data d;
    for (const Statistic &m : rollup.measures) {
        d.measures.append(m.title.isEmpty() ? m.id : m.title);
        d.current.append(m.value);
        d.low.append(m.min);
        d.high.append(m.max);
    }
    d.scaleMin = scale.min;
    d.scaleMax = scale.max;
    d.currentName =
        QObject::tr("%1 of %2").arg(methodTitle(rollup.method), organisationCount(rollup.organisations.size()));
    return d;
}

RollupTable rollupTable(const Rollup &rollup, bool statements)
{
    RollupTable t;
    t.header = {QObject::tr("Organisation"), QObject::tr("Period"), QObject::tr("Revision"), QObject::tr("Overall")};
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
                            (wording.isEmpty() ? QObject::tr("(not in this revision)") : QString(u'“' + wording + u'”')));
        }
        lines.append(s.id + u": " + wordings.join(QStringLiteral("; ")));
    }
    return lines;
}

} // namespace wgll::analysis
