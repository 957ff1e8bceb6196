// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendexport.h"

#include "tableexport.h"

#include <QJsonArray>

namespace wgll::trends {

namespace {

const QStringList Columns{QStringLiteral("organisation"), QStringLiteral("framework"), QStringLiteral("period"),
                          QStringLiteral("revision"),     QStringLiteral("segment"),   QStringLiteral("break"),
                          QStringLiteral("level"),        QStringLiteral("measure"),   QStringLiteral("title"),
                          QStringLiteral("score"),        QStringLiteral("change")};

template <typename T> QJsonValue orNull(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

/// "OLD -> NEW" on the first point after a break, else empty.
QString breakText(const Trend &t, qsizetype point)
{
    if (!t.breakBefore(point))
        return {};
    return t.points.at(point - 1).revision + u" -> " + t.points.at(point).revision;
}

QJsonObject seriesJson(const Trend &t, qsizetype measure, const QString &id, const QString &title)
{
    QJsonArray points;
    for (qsizetype p = 0; p < t.points.size(); ++p) {
        const TrendPoint &point = t.points.at(p);
        points.append(QJsonObject{{QStringLiteral("period"), point.period},
                                  {QStringLiteral("revision"), point.revision},
                                  {QStringLiteral("segment"), point.segment},
                                  {QStringLiteral("breakBefore"), t.breakBefore(p)},
                                  {QStringLiteral("score"), orNull(t.value(measure, p))},
                                  {QStringLiteral("change"), orNull(t.change(measure, p))}});
    }
    return {{QStringLiteral("id"), id}, {QStringLiteral("title"), title}, {QStringLiteral("points"), points}};
}

QJsonArray periodsJson(const Trend &t)
{
    QJsonArray out;
    for (const TrendPoint &p : t.points) {
        QJsonArray measures;
        for (qsizetype m = 0; m < t.measures.size(); ++m)
            measures.append(QJsonObject{{QStringLiteral("id"), t.measures.at(m).id},
                                        {QStringLiteral("score"), orNull(p.measures.value(m))}});
        out.append(QJsonObject{{QStringLiteral("file"), p.file},
                               {QStringLiteral("period"), p.period},
                               {QStringLiteral("revision"), p.revision},
                               {QStringLiteral("segment"), p.segment},
                               {QStringLiteral("overall"), orNull(p.overall)},
                               {QStringLiteral("measures"), measures}});
    }
    return out;
}

} // namespace

records::Table longTable(const Trend &trend)
{
    records::Table t{QStringLiteral("trend"), QStringLiteral("Trend"), Columns, {}, {}};
    for (const QString &c : Columns)
        t.numeric.append(c == u"segment" || c == u"score" || c == u"change");
    for (qsizetype p = 0; p < trend.points.size(); ++p) {
        const TrendPoint &point = trend.points.at(p);
        const QStringList base{trend.organisation, trend.frameworkId, point.period, point.revision,
                               QString::number(point.segment), breakText(trend, p)};
        for (qsizetype m = 0; m < trend.measures.size(); ++m)
            t.rows.append(base + QStringList{QStringLiteral("measure"), trend.measures.at(m).id,
                                             trend.measures.at(m).title, tables::number(trend.value(m, p)),
                                             tables::number(trend.change(m, p))});
        t.rows.append(base + QStringList{QStringLiteral("overall"), {}, QStringLiteral("Overall"),
                                         tables::number(trend.value(-1, p)), tables::number(trend.change(-1, p))});
    }
    return t;
}

QByteArray csv(const Trend &trend)
{
    const records::Table t = longTable(trend);
    return QByteArray("\xEF\xBB\xBF") + tables::csv(t.header, t.rows);
}

QJsonObject json(const Trend &trend)
{
    QJsonArray breaks;
    for (const TrendBreak &b : trend.breaks)
        breaks.append(QJsonObject{{QStringLiteral("beforePeriod"), b.beforePeriod},
                                  {QStringLiteral("beforeRevision"), b.beforeRevision},
                                  {QStringLiteral("afterPeriod"), b.afterPeriod},
                                  {QStringLiteral("afterRevision"), b.afterRevision}});
    QJsonArray series;
    for (qsizetype m = 0; m < trend.measures.size(); ++m)
        series.append(seriesJson(trend, m, trend.measures.at(m).id, trend.measures.at(m).title));
    QStringList revisions;
    for (const TrendPoint &p : trend.points) {
        if (revisions.isEmpty() || revisions.constLast() != p.revision)
            revisions.append(p.revision);
    }
    return {{QStringLiteral("framework"), trend.frameworkId},
            {QStringLiteral("organisation"), trend.organisation},
            {QStringLiteral("revisions"), QJsonArray::fromStringList(revisions)},
            {QStringLiteral("periods"), periodsJson(trend)},
            {QStringLiteral("breaks"), breaks},
            {QStringLiteral("measures"), series},
            {QStringLiteral("overall"), seriesJson(trend, -1, QStringLiteral("overall"), QStringLiteral("Overall"))}};
}

} // namespace wgll::trends
