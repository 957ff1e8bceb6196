// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecard.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace wgll {

/// The plain mean of one figure over the measures that have it: each measure counts once.
static std::optional<double> meanOfMeasures(const QList<MeasureResult> &measures,
                                            std::optional<double> MeasureResult::*figure)
{
    double sum = 0;
    int counted = 0;
    for (const MeasureResult &m : measures) {
        if (m.*figure) {
            sum += *(m.*figure);
            ++counted;
        }
    }
    return counted > 0 ? std::optional<double>(sum / counted) : std::nullopt;
}

std::optional<double> Scorecard::overallTarget() const
{
    return meanOfMeasures(measures, &MeasureResult::target);
}

namespace {

/// One statement's figures before its gap: what was answered, the target that applies, the votes.
IndicatorResult resultFor(const Indicator &i, const QString &measureId, const Answer &answer,
                          const Assessment &assessment, const QList<int> &votes, workshop::DisagreementRule rule)
{
    IndicatorResult r;
    r.id = i.id;
    r.measureId = measureId;
    r.text = i.text;
    r.notApplicable = answer.notApplicable;
    r.score = answer.notApplicable ? std::nullopt : answer.score;
    r.target = assessment.effectiveTarget(answer);
    r.weight = answer.weight;
    r.votes = workshop::summarise(votes, assessment.framework.scale, rule);
    return r;
}

/// Ranks the statements with a gap, 1 first: priority descending; ties to the lower measure score,
/// then framework order (the stable sort keeps it).
void rankGaps(Scorecard &card)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < card.indicators.size(); ++i) {
        if (card.indicators[i].gap.value_or(0) > 0)
            order.append(i);
    }
    auto measureScore = [&card](qsizetype i) {
        return card.measure(card.indicators[i].measureId)->score.value_or(0.0);
    };
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const int pa = *card.indicators[a].priority;
        const int pb = *card.indicators[b].priority;
        if (pa != pb)
            return pa > pb;
        return measureScore(a) < measureScore(b);
    });
    for (qsizetype r = 0; r < order.size(); ++r)
        card.indicators[order[r]].rank = static_cast<int>(r + 1);
}

} // namespace

Scorecard Scorecard::of(const Assessment &assessment)
{
    Scorecard card;
    card.frameworkId = assessment.framework.id;
    card.frameworkVersion = assessment.framework.version;
    card.info = assessment.info;
    card.baseline = assessment.baseline;
    card.reassessed = assessment.reassessed;
    // Looked up once each: statement by statement over the lists was quadratic.
    QHash<QString, const Answer *> answers;
    for (const Answer &a : assessment.answers) {
        if (!answers.contains(a.indicator)) // the first, as Assessment::answer()
            answers.insert(a.indicator, &a);
    }
    const QHash<QString, QList<int>> votes = assessment.workshop.latestVotesByIndicator();
    const QHash<QString, workshop::DisagreementRule> rules = assessment.workshop.latestRuleByIndicator();
    for (const Measure &m : assessment.framework.measures) {
        MeasureResult mr;
        mr.id = m.id;
        mr.title = m.title;
        long scoreSum = 0;
        long scoreWeights = 0;
        long targetSum = 0;
        long targetWeights = 0;
        for (const Indicator &i : m.indicators) {
            const Answer *a = answers.value(i.id);
            const Answer fallback{i.id, {}, false, {}, {}, 1, {}, {}};
            const Answer &answer = a ? *a : fallback;
            IndicatorResult r = resultFor(i, m.id, answer, assessment, votes.value(i.id),
                                          rules.value(i.id, workshop::DisagreementRule::Range));
            ++mr.total;
            if (r.notApplicable) {
                ++mr.notApplicable;
            } else {
                targetSum += static_cast<long>(r.target) * r.weight;
                targetWeights += r.weight;
            }
            if (r.score) {
                ++mr.scored;
                scoreSum += static_cast<long>(*r.score) * r.weight;
                scoreWeights += r.weight;
                r.gap = std::max(0, r.target - *r.score);
                r.priority = *r.gap * r.weight;
            }
            card.indicators.append(r);
        }
        if (scoreWeights > 0)
            mr.score = static_cast<double>(scoreSum) / static_cast<double>(scoreWeights);
        if (targetWeights > 0)
            mr.target = static_cast<double>(targetSum) / static_cast<double>(targetWeights);
        card.measures.append(mr);
    }

    card.overall = meanOfMeasures(card.measures, &MeasureResult::score);
    rankGaps(card);
    return card;
}

QList<qsizetype> Scorecard::gapList() const
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < indicators.size(); ++i) {
        if (indicators[i].rank)
            order.append(i);
    }
    std::sort(order.begin(), order.end(),
              [this](qsizetype a, qsizetype b) { return *indicators[a].rank < *indicators[b].rank; });
    return order;
}

const MeasureResult *Scorecard::measure(const QString &id) const
{
    const auto it =
        std::find_if(measures.begin(), measures.end(), [&](const MeasureResult &m) { return m.id == id; });
    return it == measures.end() ? nullptr : &*it;
}

const IndicatorResult *Scorecard::indicator(const QString &id) const
{
    const auto it = std::find_if(indicators.begin(), indicators.end(),
                                 [&](const IndicatorResult &i) { return i.id == id; });
    return it == indicators.end() ? nullptr : &*it;
}

int Scorecard::scoredCount() const
{
    return static_cast<int>(std::count_if(indicators.begin(), indicators.end(),
                                          [](const IndicatorResult &i) { return i.isScored(); }));
}

int Scorecard::applicableCount() const
{
    return static_cast<int>(std::count_if(indicators.begin(), indicators.end(),
                                          [](const IndicatorResult &i) { return !i.notApplicable; }));
}

long long scoreTenths(double score)
{
    return std::llround(score * 10.0 + std::copysign(1e-9, score));
}

QString formatScore(const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("–");
    const long long t = scoreTenths(*value);
    return (t < 0 ? QStringLiteral("-") : QString()) + QString::number(std::llabs(t) / 10) + u'.' + QString::number(std::llabs(t) % 10);
}

QString formatChange(const std::optional<double> &before, const std::optional<double> &after)
{
    if (!before || !after)
        return QStringLiteral("–");
    const long long d = scoreTenths(*after) - scoreTenths(*before);
    const QString figure = QString::number(std::llabs(d) / 10) + u'.' + QString::number(std::llabs(d) % 10);
    return d > 0 ? u'+' + figure : d < 0 ? u'-' + figure : figure;
}

} // namespace wgll
