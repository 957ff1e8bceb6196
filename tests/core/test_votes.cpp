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
    CHECK_FALSE(summarise({}, scale));

    const auto one = summarise({3}, scale);
    REQUIRE(one);
    CHECK(one->n == 1);
    CHECK(one->median == 3.0);
    CHECK(one->suggested == 3);
    CHECK_FALSE(one->disagreement);
    CHECK(one->distribution == QList<int>{0, 0, 1, 0, 0});

    // Odd: 2 3 3 4 5 → median 3, range 3 → disagreement.
    const auto odd = summarise({5, 3, 2, 4, 3}, scale);
    REQUIRE(odd);
    CHECK(odd->median == 3.0);
    CHECK(odd->suggested == 3);
    CHECK(odd->min == 2);
    CHECK(odd->max == 5);
    CHECK(odd->disagreement);
    CHECK(odd->distribution == QList<int>{0, 1, 2, 1, 1});

    // Even, between two levels: 3 3 4 4 → median 3.5, suggested 3 (rounded down), range 1.
    const auto even = summarise({4, 3, 4, 3}, scale);
    REQUIRE(even);
    CHECK(even->median == 3.5);
    CHECK(even->suggested == 3);
    CHECK_FALSE(even->disagreement);

    // Even, on a level: 2 3 3 5 → median 3, suggested 3; range 3.
    const auto tie = summarise({2, 3, 3, 5}, scale);
    REQUIRE(tie);
    CHECK(tie->median == 3.0);
    CHECK(tie->suggested == 3);
    CHECK(tie->disagreement);

    // A range of exactly 2 is disagreement; 1 is not.
    CHECK(summarise({2, 4}, scale)->disagreement);
    CHECK(summarise({2, 4}, scale)->suggested == 3);
    CHECK_FALSE(summarise({4, 5, 5}, scale)->disagreement);
    // Two voters a level apart: 1.5 suggests 1, never rounds up.
    CHECK(summarise({1, 2}, scale)->suggested == 1);
    // Everyone agrees.
    CHECK(summarise({4, 4, 4, 4, 4, 4}, scale)->distribution == QList<int>{0, 0, 0, 6, 0});
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
