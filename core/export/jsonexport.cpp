// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexport.h"

#include "recordexport.h"
#include "scoring/explain.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wgll::json {

namespace {

template <typename T> QJsonValue orNull(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject header(const Scorecard &card)
{
    return {
        {QStringLiteral("framework"), QJsonObject{{QStringLiteral("id"), card.frameworkId},
                                                  {QStringLiteral("version"), card.frameworkVersion}}},
        {QStringLiteral("assessment"),
         QJsonObject{{QStringLiteral("organisation"), card.info.organisation},
                     {QStringLiteral("period"), card.info.period},
                     {QStringLiteral("status"), card.info.status},
                     {QStringLiteral("defaultTarget"), card.info.defaultTarget}}},
        {QStringLiteral("overall"), orNull(card.overall)},
        {QStringLiteral("overallExplanation"), explainOverall(card)},
    };
}

QJsonArray measuresOf(const Scorecard &card)
{
    QJsonArray measures;
    for (const MeasureResult &m : card.measures) {
        measures.append(QJsonObject{{QStringLiteral("id"), m.id},
                                    {QStringLiteral("title"), m.title},
                                    {QStringLiteral("score"), orNull(m.score)},
                                    {QStringLiteral("target"), orNull(m.target)},
                                    {QStringLiteral("scored"), m.scored},
                                    {QStringLiteral("na"), m.notApplicable},
                                    {QStringLiteral("unscored"), m.unscored()},
                                    {QStringLiteral("total"), m.total},
                                    {QStringLiteral("explanation"), explainMeasure(card, m)}});
    }
    return measures;
}

QJsonObject indicatorOf(const IndicatorResult &i)
{
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("measure"), i.measureId},
            {QStringLiteral("text"), i.text},
            {QStringLiteral("score"), orNull(i.score)},
            {QStringLiteral("na"), i.notApplicable},
            {QStringLiteral("target"), i.target},
            {QStringLiteral("weight"), i.weight},
            {QStringLiteral("gap"), orNull(i.gap)},
            {QStringLiteral("priority"), orNull(i.priority)},
            {QStringLiteral("rank"), orNull(i.rank)},
            {QStringLiteral("votes"),
             i.votes ? QJsonValue(QJsonObject{{QStringLiteral("n"), i.votes->n},
                                              {QStringLiteral("median"), i.votes->median},
                                              {QStringLiteral("min"), i.votes->min},
                                              {QStringLiteral("max"), i.votes->max},
                                              {QStringLiteral("disagreement"), i.votes->disagreement}})
                     : QJsonValue(QJsonValue::Null)}};
}

} // namespace

QJsonObject summaryOf(const Scorecard &card)
{
    QJsonObject o = header(card);
    o.insert(QStringLiteral("measures"), measuresOf(card));
    o.insert(QStringLiteral("scored"), card.scoredCount());
    o.insert(QStringLiteral("applicable"), card.applicableCount());
    o.insert(QStringLiteral("total"), card.indicators.size());
    // A plural noun is a list in every command's JSON (`gaps` is the list `wgll gaps` prints);
    // counts are named `…Count`.
    o.insert(QStringLiteral("gapCount"), card.gapList().size());
    o.insert(QStringLiteral("baseline"),
             card.baseline.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(card.baseline));
    o.insert(QStringLiteral("reassessed"), QJsonArray::fromStringList(card.reassessed));
    return o;
}

QJsonObject exportOf(const Scorecard &card)
{
    QJsonObject o = summaryOf(card);
    QJsonArray indicators;
    for (const IndicatorResult &i : card.indicators)
        indicators.append(indicatorOf(i));
    o.insert(QStringLiteral("indicators"), indicators);
    return o;
}

QJsonObject exportOf(const Scorecard &card, const Assessment &assessment, const QList<Change> &history)
{
    QJsonObject o = exportOf(card);
    records::addRecords(o, assessment, history);
    return o;
}

QJsonObject gapsOf(const Scorecard &card, int top)
{
    QJsonObject o = header(card);
    QJsonArray gaps;
    for (const qsizetype index : card.gapList()) {
        if (top > 0 && gaps.size() >= top)
            break;
        QJsonObject g = indicatorOf(card.indicators.at(index));
        g.insert(QStringLiteral("measureTitle"), card.measure(card.indicators.at(index).measureId)->title);
        gaps.append(g);
    }
    o.insert(QStringLiteral("gaps"), gaps);
    return o;
}

QJsonObject comparisonOf(const Comparison &c)
{
    QJsonArray measures;
    for (const ComparedMeasure &m : c.measures) {
        measures.append(QJsonObject{{QStringLiteral("id"), m.id},
                                    {QStringLiteral("title"), m.title},
                                    {QStringLiteral("before"), orNull(m.before)},
                                    {QStringLiteral("after"), orNull(m.after)},
                                    {QStringLiteral("delta"), orNull(m.delta)}});
    }
    QJsonArray indicators;
    for (const ComparedIndicator &i : c.indicators) {
        indicators.append(QJsonObject{{QStringLiteral("id"), i.id},
                                      {QStringLiteral("measure"), i.measureId},
                                      {QStringLiteral("before"), orNull(i.before)},
                                      {QStringLiteral("after"), orNull(i.after)},
                                      {QStringLiteral("beforeNa"), i.beforeNotApplicable},
                                      {QStringLiteral("afterNa"), i.afterNotApplicable},
                                      {QStringLiteral("delta"), orNull(i.delta)},
                                      {QStringLiteral("comparable"), i.comparable},
                                      {QStringLiteral("beforeState"), i.beforeState()},
                                      {QStringLiteral("afterState"), i.afterState()},
                                      {QStringLiteral("beforeTarget"), orNull(i.beforeTarget)},
                                      {QStringLiteral("afterTarget"), orNull(i.afterTarget)},
                                      {QStringLiteral("beforeWeight"), orNull(i.beforeWeight)},
                                      {QStringLiteral("afterWeight"), orNull(i.afterWeight)},
                                      {QStringLiteral("changed"), i.changed()}});
        if (!i.comparable) { // both wordings, so a reader sees why (null where the statement is absent)
            QJsonObject o = indicators.last().toObject();
            o.insert(QStringLiteral("beforeText"), i.beforeWeight ? QJsonValue(i.beforeText) : QJsonValue());
            o.insert(QStringLiteral("afterText"), i.afterWeight ? QJsonValue(i.afterText) : QJsonValue());
            indicators.replace(indicators.size() - 1, o);
        }
    }
    auto side = [](const AssessmentInfo &info, const QString &version) {
        return QJsonObject{{QStringLiteral("organisation"), info.organisation},
                           {QStringLiteral("period"), info.period},
                           {QStringLiteral("frameworkVersion"), version}};
    };
    return {{QStringLiteral("framework"), c.frameworkId},
            {QStringLiteral("before"), side(c.beforeInfo, c.beforeVersion)},
            {QStringLiteral("after"), side(c.afterInfo, c.afterVersion)},
            {QStringLiteral("overall"), QJsonObject{{QStringLiteral("before"), orNull(c.overallBefore)},
                                                    {QStringLiteral("after"), orNull(c.overallAfter)},
                                                    {QStringLiteral("delta"), orNull(c.overallDelta)}}},
            {QStringLiteral("measures"), measures},
            {QStringLiteral("indicators"), indicators}};
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace wgll::json
