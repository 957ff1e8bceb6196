// SPDX-License-Identifier: GPL-3.0-or-later
// Improvement actions in core: the rules (actionrules), the CSV rows (actionimport), and several
// actions added or removed in one transaction (Document::addActions, removeActions).
#include "testsupport.h"

#include "assessment/actionrules.h"
#include "framework/frameworkcatalog.h"
#include "io/actionimport.h"
#include "storage/document.h"

using namespace wgll;
using namespace Qt::Literals::StringLiterals;
using storage::Document;

namespace {

const Framework &org()
{
    static const FrameworkCatalog catalog = FrameworkCatalog::load({});
    return catalog.find(u"wgll-org"_s)->framework;
}

} // namespace

TEST_CASE("action rules: due dates, statuses, statements and overdue", "[core][actions]")
{
    CHECK(actionrules::dueDate(u""_s) == QDate());
    CHECK(actionrules::dueDate(u"  "_s) == QDate());
    CHECK(actionrules::dueDate(u"2027-03-31"_s) == QDate(2027, 3, 31));
    CHECK_FALSE(actionrules::dueDate(u"2027-02-30"_s));
    CHECK_FALSE(actionrules::dueDate(u"31/03/2027"_s));
    CHECK_FALSE(actionrules::dueDate(u"2027-03-31T10:00"_s));
    CHECK_FALSE(actionrules::problemWithStatus(u"in progress"_s));
    CHECK(actionrules::problemWithStatus(u"In Progress"_s));

    Action a{0, u"2.6"_s, u"Replace devices"_s, u"CIO"_s, QDate(2026, 11, 28), u"open"_s};
    CHECK_FALSE(actionrules::problemWith(a, org()));
    const QDate today(2026, 11, 29);
    CHECK(actionrules::isOverdue(a, today));
    a.status = u"in progress"_s;
    CHECK(actionrules::isOverdue(a, today));
    a.status = u"done"_s;
    CHECK_FALSE(actionrules::isOverdue(a, today));
    a.status = u"open"_s;
    a.due = today;
    CHECK_FALSE(actionrules::isOverdue(a, today)); // due today is not yet overdue
    a.due = QDate();
    CHECK_FALSE(actionrules::isOverdue(a, today));

    a.indicator = u"9.9"_s;
    CHECK(actionrules::problemWith(a, org()) == u"there is no statement \"9.9\" in wgll-org"_s);
    a.indicator = u"2.6"_s;
    a.owner = u"two\nlines"_s;
    CHECK(actionrules::problemWith(a, org()));
}

TEST_CASE("several actions are added, or removed, in one transaction: all of them or none", "[core][actions]")
{
    QTemporaryDir dir;
    Error error;
    auto doc = wgll::take(Document::create(dir.filePath(u"a.wgll"_s), org(), AssessmentInfo{}, dir.filePath(u"work"_s)), error);
    REQUIRE(doc);
    const Action good{0, u"1.1"_s, u"Board session"_s, {}, {}, u"open"_s};
    Action bad = good;
    bad.indicator = u"9.9"_s;
    CHECK_FALSE(wgll::take(doc->addActions({good, good, bad}), error));
    CHECK(error.message.contains(u"9.9"));
    CHECK(doc->actions().isEmpty());
    const qint64 before = doc->generation();
    const auto ids = wgll::take(doc->addActions({good, good, good}), error);
    REQUIRE(ids);
    CHECK(*ids == QList<qint64>{1, 2, 3});
    CHECK(doc->generation() == before + 1); // one edit

    // 99 is last: 1 and 2 are already deleted inside the transaction when it is found missing.
    const Status refused = doc->removeActions({1, 2, 99});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::BadData);
    CHECK(refused.error().message == u"has no action 99");
    CHECK(doc->actions().size() == 3);
    REQUIRE(doc->removeActions({1, 3}));
    REQUIRE(doc->actions().size() == 1);
    CHECK(doc->actions().constFirst().id == 2);
    doc->close();
}

TEST_CASE("the actions CSV: every row checked, the first bad one named by its line", "[core][actions][csv]")
{
    CsvReader reader;
    auto records = reader.parse("statement,text,owner,due,status\n"
                                "2.6,Replace devices,CIO,2027-03-31,in progress\n"
                                "5.3,NHS App,CCIO,,\n",
                                u"a.csv"_s);
    REQUIRE(records);
    Error error;
    const auto actions = csvimport::actions(*records, org(), u"a.csv"_s, error);
    REQUIRE(actions);
    REQUIRE(actions->size() == 2);
    CHECK(actions->at(0) == Action{0, u"2.6"_s, u"Replace devices"_s, u"CIO"_s, QDate(2027, 3, 31), u"in progress"_s});
    CHECK(actions->at(1).due == QDate());
    CHECK(actions->at(1).status == u"open");

    records = reader.parse("statement,text,owner,due,status\n2.6,Fine,CIO,,\n2.6,Later,CIO,next week,open\n", u"a.csv"_s);
    REQUIRE(records);
    CHECK_FALSE(csvimport::actions(*records, org(), u"a.csv"_s, error));
    CHECK(error.line == 3);
    CHECK(error.message == u"due date \"next week\" is not YYYY-MM-DD");
}
