// SPDX-License-Identifier: GPL-3.0-or-later
#include "votes.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace wgll::workshop {

namespace {

/// The median of sorted[from, to): a whole level or exactly a half.
double medianOf(const QList<int> &sorted, qsizetype from, qsizetype to)
{
    const qsizetype n = to - from;
    const qsizetype mid = from + n / 2;
    return n % 2 == 1 ? sorted.at(mid) : (sorted.at(mid - 1) + sorted.at(mid)) / 2.0;
}

/// Q3 − Q1 as the rule's comment defines the quartiles (the middle vote in neither half).
double interquartileRange(const QList<int> &sorted)
{
    const qsizetype half = sorted.size() / 2;
    if (half == 0)
        return 0;
    return medianOf(sorted, sorted.size() - half, sorted.size()) - medianOf(sorted, 0, half);
}

bool disagrees(const VoteSummary &s, const QList<int> &sorted, DisagreementRule rule)
{
    switch (rule) {
    case DisagreementRule::InterquartileRange:
        return interquartileRange(sorted) > VoteSummary::DisagreementIqr;
    case DisagreementRule::WithinOneOfMedian: {
        const auto near = std::count_if(sorted.cbegin(), sorted.cend(),
                                        [&s](int v) { return std::abs(v - s.median) <= 1.0; });
        // Whole numbers, no rounding: near / n < 3/4 exactly when 4 × near < 3 × n.
        return 4 * near < 3 * sorted.size();
    }
    case DisagreementRule::Range:
        break;
    }
    return s.max - s.min >= VoteSummary::DisagreementRange;
}

} // namespace

QString ruleName(DisagreementRule rule)
{
    switch (rule) {
    case DisagreementRule::InterquartileRange:
        return QStringLiteral("iqr");
    case DisagreementRule::WithinOneOfMedian:
        return QStringLiteral("median-share");
    case DisagreementRule::Range:
        break;
    }
    return QStringLiteral("range");
}

std::optional<DisagreementRule> ruleNamed(const QString &name)
{
    for (const DisagreementRule r :
         {DisagreementRule::Range, DisagreementRule::InterquartileRange, DisagreementRule::WithinOneOfMedian}) {
        if (ruleName(r) == name)
            return r;
    }
    return std::nullopt;
}

std::optional<VoteSummary> summarise(const QList<int> &votes, const Scale &scale, DisagreementRule rule)
{
    QList<int> sorted;
    for (int v : votes) {
        if (scale.contains(v))
            sorted.append(v);
    }
    if (sorted.isEmpty())
        return std::nullopt;
    std::sort(sorted.begin(), sorted.end());
    VoteSummary s;
    s.n = static_cast<int>(sorted.size());
    const qsizetype mid = sorted.size() / 2;
    // Odd: the middle vote. Even: halfway between the two middle votes, which is a whole level
    // or exactly a half; the suggestion then takes the lower level (integer division floors
    // the non-negative sum).
    if (sorted.size() % 2 == 1) {
        s.median = sorted.at(mid);
        s.suggested = sorted.at(mid);
    } else {
        const int sum = sorted.at(mid - 1) + sorted.at(mid);
        s.median = sum / 2.0;
        s.suggested = sum / 2;
    }
    s.min = sorted.first();
    s.max = sorted.last();
    s.disagreement = disagrees(s, sorted, rule);
    s.distribution = QList<int>(scale.max - scale.min + 1, 0);
    for (int v : sorted)
        ++s.distribution[v - scale.min];
    return s;
}

std::optional<QList<int>> parseTally(const QString &tally, const Scale &scale, QString &problem)
{
    static const QRegularExpression item(QStringLiteral("^(\\d+)\\s*[×xX*]\\s*(\\d+)$"));
    static const QRegularExpression separators(QStringLiteral("\\s*,\\s*|\\s+(?=\\d+\\s*[×xX*])"));
    QList<int> votes;
    const QString text = tally.trimmed();
    if (text.isEmpty()) {
        problem = QStringLiteral("no votes: write LEVEL×COUNT, e.g. 3×2, 4×5");
        return std::nullopt;
    }
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = item.match(part.trimmed());
        if (!m.hasMatch()) {
            problem = u"\"" + part.trimmed() + u"\" is not LEVEL×COUNT (e.g. 3×2: two votes for level 3)";
            return std::nullopt;
        }
        bool levelOk = false, countOk = false;
        const int level = m.captured(1).toInt(&levelOk);
        const int count = m.captured(2).toInt(&countOk);
        if (!levelOk || !scale.contains(level)) {
            problem = u"\"" + part.trimmed() + u"\": level " + m.captured(1) + u" is outside the scale " +
                      QString::number(scale.min) + u'–' + QString::number(scale.max);
            return std::nullopt;
        }
        constexpr int MaxVoters = 500; // a room, not a national survey
        if (!countOk || count < 1 || votes.size() + count > MaxVoters) {
            problem = u"\"" + part.trimmed() + u"\": the count must be from 1, and " +
                      QString::number(MaxVoters) + u" votes in all at most";
            return std::nullopt;
        }
        for (int i = 0; i < count; ++i)
            votes.append(level);
    }
    return votes;
}

} // namespace wgll::workshop
