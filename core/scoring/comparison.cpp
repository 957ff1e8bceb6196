// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include <QHash>

#include <algorithm>
#include <cstdlib>

namespace wgll {

namespace {

QString stateOf(bool present, const std::optional<int> &score, bool notApplicable)
{
    if (!present)
        return QStringLiteral("absent");
    if (notApplicable)
        return QStringLiteral("n/a");
    return score ? QStringLiteral("scored") : QStringLiteral("unscored");
}

std::optional<double> difference(const std::optional<double> &before, const std::optional<double> &after)
{
    if (before && after)
        return *after - *before;
    return std::nullopt;
}

/// One statement from its results before (`b`) and after (`a`); either may be missing.
ComparedIndicator compared(const IndicatorResult *b, const IndicatorResult *a)
{
    const IndicatorResult &any = a ? *a : *b;
    ComparedIndicator ci;
    ci.id = any.id;
    ci.measureId = any.measureId;
    if (b) {
        ci.before = b->score;
        ci.beforeNotApplicable = b->notApplicable;
        ci.beforeTarget = b->target;
        ci.beforeWeight = b->weight;
        ci.beforeText = b->text;
    }
    if (a) {
        ci.after = a->score;
        ci.afterNotApplicable = a->notApplicable;
        ci.afterTarget = a->target;
        ci.afterWeight = a->weight;
        ci.afterText = a->text;
    }
    ci.comparable = a && b && a->text == b->text;
    if (ci.comparable && ci.before && ci.after)
        ci.delta = *ci.after - *ci.before;
    return ci;
}

} // namespace

QString ComparedIndicator::beforeState() const
{
    return stateOf(beforeWeight.has_value(), before, beforeNotApplicable);
}

QString ComparedIndicator::afterState() const
{
    return stateOf(afterWeight.has_value(), after, afterNotApplicable);
}

std::optional<Comparison> Comparison::of(const Assessment &older, const Assessment &newer, QString &problem)
{
    if (older.framework.id != newer.framework.id) {
        problem = u"cannot compare assessments of different frameworks (" + older.framework.id + u" and " +
                  newer.framework.id + u')';
        return std::nullopt;
    }
    const Scorecard before = Scorecard::of(older);
    const Scorecard after = Scorecard::of(newer);
    Comparison c;
    c.frameworkId = newer.framework.id;
    c.beforeVersion = older.framework.version;
    c.afterVersion = newer.framework.version;
    c.beforeInfo = older.info;
    c.afterInfo = newer.info;
    c.overallBefore = before.overall;
    c.overallAfter = after.overall;
    c.overallDelta = difference(before.overall, after.overall);
    for (const MeasureResult &m : after.measures) {
        const MeasureResult *old = before.measure(m.id);
        const std::optional<double> was = old ? old->score : std::nullopt;
        c.measures.append({m.id, m.title, was, m.score, difference(was, m.score)});
    }
    // Looked up by id once each (Scorecard::indicator() searches: quadratic in statements).
    const auto byId = [](const Scorecard &card) {
        QHash<QString, const IndicatorResult *> found;
        for (const IndicatorResult &i : card.indicators) {
            if (!found.contains(i.id)) // the first, as Scorecard::indicator()
                found.insert(i.id, &i);
        }
        return found;
    };
    const QHash<QString, const IndicatorResult *> beforeById = byId(before), afterById = byId(after);
    for (const IndicatorResult &i : after.indicators)
        c.indicators.append(compared(beforeById.value(i.id), &i));
    for (const IndicatorResult &i : before.indicators) {
        if (!afterById.contains(i.id))
            c.indicators.append(compared(&i, nullptr));
    }
    return c;
}

QList<ComparedIndicator> Comparison::biggestChanges(int n) const
{
    QList<ComparedIndicator> changed;
    for (const ComparedIndicator &i : indicators) {
        if (i.delta && *i.delta != 0)
            changed.append(i);
    }
    std::stable_sort(changed.begin(), changed.end(),
                     [](const ComparedIndicator &a, const ComparedIndicator &b) {
                         return std::abs(*a.delta) > std::abs(*b.delta);
                     });
    return changed.mid(0, n);
}

QList<ComparedIndicator> Comparison::changes() const
{
    QList<ComparedIndicator> changed;
    for (const ComparedIndicator &i : indicators) {
        if (i.changed())
            changed.append(i);
    }
    return changed;
}

} // namespace wgll
