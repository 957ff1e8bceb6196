// SPDX-License-Identifier: GPL-3.0-or-later
// Workshop vote statistics and the show-of-hands tally, against cases worked by hand.
#include "testsupport.h"
#include "assessment/workshop.h"
#include "workshop/votes.h"

using namespace wgll;
using namespace wgll::workshop;

namespace {

Scale oneToFive()
{
    Scale s;
    s.min = 1;
    s.max = 5;
    for (int v = 1; v <= 5; ++v)
        s.levels.append(ScaleLevel{v, QString::number(v), {}});
    return s;
}

} // namespace

TEST_CASE("vote statistics: odd and even counts, ties, one voter, disagreement", "[core][workshop]")
{
    const Scale scale = oneToFive();
    CHECK_FALSE(summarise({}, scale, DisagreementRule::Range));

    const auto one = summarise({3}, scale, DisagreementRule::Range);
    REQUIRE(one);
    CHECK(one->n == 1);
    CHECK(one->median == 3.0);
    CHECK(one->suggested == 3);
    CHECK_FALSE(one->disagreement);
    CHECK(one->distribution == QList<int>{0, 0, 1, 0, 0});

    // Odd: 2 3 3 4 5 → median 3, range 3 → disagreement.
    const auto odd = summarise({5, 3, 2, 4, 3}, scale, DisagreementRule::Range);
    REQUIRE(odd);
    CHECK(odd->median == 3.0);
    CHECK(odd->suggested == 3);
    CHECK(odd->min == 2);
    CHECK(odd->max == 5);
    CHECK(odd->disagreement);
    CHECK(odd->distribution == QList<int>{0, 1, 2, 1, 1});

    // Even, between two levels: 3 3 4 4 → median 3.5, suggested 3 (rounded down), range 1.
    const auto even = summarise({4, 3, 4, 3}, scale, DisagreementRule::Range);
    REQUIRE(even);
    CHECK(even->median == 3.5);
    CHECK(even->suggested == 3);
    CHECK_FALSE(even->disagreement);

    // Even, on a level: 2 3 3 5 → median 3, suggested 3; range 3.
    const auto tie = summarise({2, 3, 3, 5}, scale, DisagreementRule::Range);
    REQUIRE(tie);
    CHECK(tie->median == 3.0);
    CHECK(tie->suggested == 3);
    CHECK(tie->disagreement);

    // A range of exactly 2 is disagreement; 1 is not.
    CHECK(summarise({2, 4}, scale, DisagreementRule::Range)->disagreement);
    CHECK(summarise({2, 4}, scale, DisagreementRule::Range)->suggested == 3);
    CHECK_FALSE(summarise({4, 5, 5}, scale, DisagreementRule::Range)->disagreement);
    // Two voters a level apart: 1.5 suggests 1, never rounds up.
    CHECK(summarise({1, 2}, scale, DisagreementRule::Range)->suggested == 1);
    // Everyone agrees.
    CHECK(summarise({4, 4, 4, 4, 4, 4}, scale, DisagreementRule::Range)->distribution == QList<int>{0, 0, 0, 6, 0});
}

TEST_CASE("disagreement by the interquartile range: more than 1 level, quartiles as hinges", "[core][workshop][rule]")
{
    const Scale scale = oneToFive();
    const auto iqr = [&scale](const QList<int> &votes) {
        return summarise(votes, scale, DisagreementRule::InterquartileRange)->disagreement;
    };
    // Even count, IQR exactly 1: 2 2 | 3 3 → Q1 2, Q3 3. Not disagreement.
    CHECK_FALSE(iqr({3, 2, 3, 2}));
    // 1 2 | 3 4 → Q1 1.5, Q3 3.5, IQR 2.
    CHECK(iqr({1, 2, 3, 4}));
    // Odd count, the middle vote in neither half: 3 3 [3] 4 4 → Q1 3, Q3 4, IQR exactly 1.
    CHECK_FALSE(iqr({3, 3, 3, 4, 4}));
    // 2 3 [3] 4 4 → Q1 2.5, Q3 4, IQR 1.5.
    CHECK(iqr({2, 3, 3, 4, 4}));
    // One outlier each side does not move the quartiles: 1 3 3 | 3 3 5 → Q1 3, Q3 3. The range
    // rule calls the same votes disagreement (4 levels apart).
    CHECK_FALSE(iqr({1, 3, 3, 3, 3, 5}));
    CHECK(summarise({1, 3, 3, 3, 3, 5}, scale, DisagreementRule::Range)->disagreement);
    // 1 2 2 | 3 3 4 → Q1 2, Q3 3, IQR exactly 1 with an even count of six.
    CHECK_FALSE(iqr({1, 2, 2, 3, 3, 4}));
    // One vote has no spread; two votes are each a half of their own.
    CHECK_FALSE(iqr({5}));
    CHECK(iqr({1, 5}));
    CHECK_FALSE(iqr({3, 4}));
}

TEST_CASE("disagreement by the share within one level of the median: below 75 %", "[core][workshop][rule]")
{
    const Scale scale = oneToFive();
    const auto share = [&scale](const QList<int> &votes) {
        return summarise(votes, scale, DisagreementRule::WithinOneOfMedian)->disagreement;
    };
    // Exactly 75 %: 1 3 3 3, median 3, three of four within one level. Not disagreement, where
    // the range rule says it is (2 levels apart).
    CHECK_FALSE(share({1, 3, 3, 3}));
    CHECK(summarise({1, 3, 3, 3}, scale, DisagreementRule::Range)->disagreement);
    // 60 %: 1 1 3 3 3, median 3.
    CHECK(share({1, 1, 3, 3, 3}));
    // 80 %: 1 3 3 3 3.
    CHECK_FALSE(share({1, 3, 3, 3, 3}));
    // A median between two levels (3.5) takes 3 and 4 only: 2 3 4 5 has half within.
    CHECK(share({2, 3, 4, 5}));
    CHECK_FALSE(share({3, 3, 4, 4}));
    // An even count of eight, exactly 75 %: 1 2 3 3 3 3 3 5 (median 3; 2, 3, 3, 3, 3, 3 within).
    CHECK_FALSE(share({1, 2, 3, 3, 3, 3, 3, 5}));
    // 62.5 %: 1 1 3 3 3 3 3 5.
    CHECK(share({1, 1, 3, 3, 3, 3, 3, 5}));
    // Two votes two levels apart, median 4: both within one level of it.
    CHECK_FALSE(share({3, 5}));
}

TEST_CASE("a disagreement rule has one name in the file and on the command line", "[core][workshop][rule]")
{
    for (const DisagreementRule r :
         {DisagreementRule::Range, DisagreementRule::InterquartileRange, DisagreementRule::WithinOneOfMedian})
        CHECK(ruleNamed(ruleName(r)) == r);
    CHECK(ruleName(DisagreementRule::Range) == u"range");
    CHECK(ruleName(DisagreementRule::InterquartileRange) == u"iqr");
    CHECK(ruleName(DisagreementRule::WithinOneOfMedian) == u"median-share");
    CHECK_FALSE(ruleNamed(QStringLiteral("Range")));
    CHECK_FALSE(ruleNamed({}));
}

TEST_CASE("a show-of-hands tally reads as LEVEL×COUNT, and says what is wrong", "[core][workshop]")
{
    const Scale scale = oneToFive();
    QString problem;
    CHECK(parseTally(QStringLiteral("3×2, 4×5"), scale, problem) == QList<int>{3, 3, 4, 4, 4, 4, 4});
    CHECK(parseTally(QStringLiteral("3x2 4X1 5*1"), scale, problem) == QList<int>{3, 3, 4, 5});
    CHECK(parseTally(QStringLiteral(" 1 × 1 "), scale, problem) == QList<int>{1});

    auto refused = [&](const char *tally, const char *says) {
        QString why;
        INFO(tally);
        CHECK_FALSE(parseTally(QString::fromUtf8(tally), scale, why));
        INFO(why.toStdString());
        CHECK(why.contains(QString::fromUtf8(says)));
    };
    refused("", "no votes");
    refused("3", "is not LEVEL×COUNT");
    refused("3×2, four×1", "\"four×1\" is not");
    refused("6×1", "outside the scale 1–5");
    refused("0×3", "outside the scale");
    refused("3×0", "the count must be from 1");
    refused("3×400, 4×200", "500 votes in all");
    refused("3×99999999999", "the count must be");
}

TEST_CASE("Each statement's latest votes, found in one pass, are those found statement by statement")
{
    // The report looks them up for 2,000 statements at once (issue 13, fault 12).
    Workshop w;
    const QDateTime at(QDate(2026, 11, 20), QTime(10, 0));
    w.votes = {{2, 1, QStringLiteral("1.1"), 3, at}, {1, 1, QStringLiteral("1.1"), 1, at}, {2, 2, QStringLiteral("1.1"), 4, at},
               {1, 1, QStringLiteral("1.2"), 2, at}, {1, 2, QStringLiteral("1.2"), 5, at}, {3, 1, QStringLiteral("1.3"), 1, at},
               {0, 1, QStringLiteral("1.4"), 2, at}, {1, 2, QStringLiteral("1.1"), 2, at}};
    const QHash<QString, QList<int>> all = w.latestVotesByIndicator();
    for (const QString &id : {QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("1.3"), QStringLiteral("1.4"),
                              QStringLiteral("9.9")}) {
        INFO(id.toStdString());
        CHECK(all.value(id) == w.latestVotes(id));
    }
    CHECK(all.value(QStringLiteral("1.1")) == QList<int>{3, 4});
}
