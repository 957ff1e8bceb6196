// SPDX-License-Identifier: GPL-3.0-or-later
// The scored content a sign-off hashes and a board paper prints (issue 16): the same content gives
// the same hash whatever its row order of origin or time of reading; any change the board would
// see changes it; what is not content (votes, history, the sign-offs themselves) does not.
#include "testsupport.h"

#include "assessment/assessment.h"
#include "assessment/scoredcontent.h"
#include "framework/frameworkcatalog.h"

#include <QRegularExpression>

#include <functional>

using namespace wgll;

namespace {

Assessment sample()
{
    static const FrameworkCatalog catalog = FrameworkCatalog::load({});
    Assessment a;
    a.info.organisation = QStringLiteral("Northshire Hospitals NHS FT");
    a.info.period = QStringLiteral("2026/27");
    a.framework = catalog.find(QStringLiteral("wgll-org"))->framework;
    for (const Measure &m : a.framework.measures) {
        for (const Indicator &i : m.indicators) {
            Answer answer;
            answer.indicator = i.id;
            a.answers.append(answer);
        }
    }
    a.answers[0].score = 3;
    a.answers[1].notes = QStringLiteral("Board approved the strategy in May.");
    return a;
}

} // namespace

TEST_CASE("scored content hashes the same for the same content and differently for any change a board would see")
{
    const Assessment base = sample();
    const QString hash = scoredContentSha256(base);
    REQUIRE(hash.size() == 64);
    CHECK(hash == scoredContentSha256(sample()));
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(hash).hasMatch());

    const auto differs = [&](const std::function<void(Assessment &)> &change) {
        Assessment a = sample();
        change(a);
        return scoredContentSha256(a) != hash;
    };
    CHECK(differs([](Assessment &a) { a.answers[0].score = 4; }));
    CHECK(differs([](Assessment &a) { a.answers[2].score = 0; })); // unscored is not 0
    CHECK(differs([](Assessment &a) { a.answers[1].notes += u'.'; }));
    CHECK(differs([](Assessment &a) { a.answers[3].notApplicable = true; }));
    CHECK(differs([](Assessment &a) { a.answers[0].target = 5; }));
    CHECK(differs([](Assessment &a) { a.info.defaultTarget = 3; }));
    CHECK(differs([](Assessment &a) { a.info.period = QStringLiteral("2025/26"); }));
    CHECK(differs([](Assessment &a) { a.cover.recommendation = QStringLiteral("Approve"); }));
    CHECK(differs([](Assessment &a) {
        Action action;
        action.indicator = a.answers[0].indicator;
        action.text = QStringLiteral("Publish the digital strategy");
        a.actions.append(action);
    }));
    CHECK(differs([](Assessment &a) {
        SignOff reopened;
        reopened.by = QStringLiteral("A. Chair");
        reopened.at = QDateTime::currentDateTimeUtc();
        reopened.reopenedBy = QStringLiteral("A. Chair");
        a.signOffs.append(reopened); // a new revision is new content
    }));

    // Not content: how it was reached, when it was read, and a sign-off still in force.
    CHECK_FALSE(differs([](Assessment &a) { a.info.modified = QDateTime::currentDateTimeUtc(); }));
    CHECK_FALSE(differs([](Assessment &a) { a.reassessed = {a.answers[0].indicator}; }));
    CHECK_FALSE(differs([](Assessment &a) {
        SignOff inForce;
        inForce.by = QStringLiteral("A. Chair");
        inForce.at = QDateTime::currentDateTimeUtc();
        a.signOffs.append(inForce);
    }));
}

TEST_CASE("the revision counts reopened sign-offs and only the last unreopened sign-off is in force")
{
    Assessment a;
    CHECK(a.revision() == 1);
    CHECK(a.signOffInForce() == nullptr);
    SignOff first;
    first.by = QStringLiteral("A. Chair");
    a.signOffs.append(first);
    CHECK(a.revision() == 1);
    REQUIRE(a.signOffInForce() != nullptr);
    a.signOffs[0].reopenedBy = QStringLiteral("B. Secretary");
    CHECK(a.revision() == 2);
    CHECK(a.signOffInForce() == nullptr);
}
