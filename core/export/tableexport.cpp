// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableexport.h"

#include "csvwriter.h"

namespace wgll::tables {

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 15) : QString();
}

QString number(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QString();
}

QStringList indicatorHeader()
{
    return {QStringLiteral("measure"),  QStringLiteral("measure_title"), QStringLiteral("indicator"),
            QStringLiteral("text"),     QStringLiteral("score"),         QStringLiteral("na"),
            QStringLiteral("target"),   QStringLiteral("weight"),        QStringLiteral("gap"),
            QStringLiteral("priority"), QStringLiteral("rank")};
}

QList<QStringList> indicatorRows(const Scorecard &card)
{
    QList<QStringList> rows;
    for (const IndicatorResult &i : card.indicators) {
        rows.append({i.measureId, card.measure(i.measureId)->title, i.id, i.text, number(i.score),
                     i.notApplicable ? QStringLiteral("yes") : QStringLiteral("no"),
                     QString::number(i.target), QString::number(i.weight), number(i.gap), number(i.priority),
                     number(i.rank)});
    }
    return rows;
}

QStringList gapHeader()
{
    return {QStringLiteral("rank"),   QStringLiteral("indicator"), QStringLiteral("measure_title"),
            QStringLiteral("score"),  QStringLiteral("target"),    QStringLiteral("gap"),
            QStringLiteral("weight"), QStringLiteral("priority"),  QStringLiteral("text")};
}

QList<QStringList> gapRows(const Scorecard &card, int top)
{
    QList<QStringList> rows;
    for (const qsizetype index : card.gapList()) {
        if (top > 0 && rows.size() >= top)
            break;
        const IndicatorResult &i = card.indicators.at(index);
        rows.append({number(i.rank), i.id, card.measure(i.measureId)->title, number(i.score),
                     QString::number(i.target), number(i.gap), QString::number(i.weight), number(i.priority),
                     i.text});
    }
    return rows;
}

QByteArray csv(const QStringList &header, const QList<QStringList> &rows)
{
    CsvWriter w;
    w.row(header);
    for (const QStringList &r : rows)
        w.row(r);
    return w.bytes();
}

} // namespace wgll::tables
