// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll action add | list | set | remove | import` end to end (issue 16, item 3).
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using wgll::test::Run;

namespace {

struct Actions : wgll::test::Cli
{
    QString file = path(u"a.wgll"_s);
    Actions()
    {
        REQUIRE((*this)({u"new"_s, file, u"--framework"_s, u"wgll-org"_s}).exitCode == 0);
    }
    Run ok(const QStringList &args) const
    {
        const Run r = (*this)(args);
        INFO(args.join(u' ').toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
    /// Adds an action; returns its id as printed.
    QString add(const QStringList &options) const
    {
        const Run r = ok(QStringList{u"action"_s, u"add"_s, file} + options);
        CHECK(r.err.isEmpty());
        return r.out.trimmed();
    }
    QJsonArray list(const QStringList &options = {}) const
    {
        const Run r = ok(QStringList{u"action"_s, u"list"_s, file, u"--format"_s, u"json"_s} + options);
        return QJsonDocument::fromJson(r.out.toUtf8())[u"actions"].toArray();
    }
    QStringList ids(const QStringList &options = {}) const
    {
        QStringList out;
        for (const QJsonValue &a : list(options))
            out.append(QString::number(a[u"id"].toInteger()));
        return out;
    }
    Run importCsv(const QString &csv) const
    {
        wgll::test::writeAll(path(u"actions.csv"_s), csv.toUtf8());
        return (*this)({u"action"_s, u"import"_s, file, path(u"actions.csv"_s)});
    }
};

const QString Header = u"statement,text,owner,due,status\n"_s;

} // namespace

TEST_CASE("action add prints the new id, list shows every field, set changes only what it is given",
          "[cli][actions]")
{
    Actions w;
    const QString id = w.add({u"--statement"_s, u"2.6"_s, u"--text"_s, u"Replace Windows 10 devices"_s, u"--owner"_s,
                              u"Chief Information Officer"_s, u"--due"_s, u"2027-03-31"_s, u"--status"_s,
                              u"in progress"_s});
    CHECK(id == u"1");
    CHECK(w.add({u"--statement"_s, u"5.3"_s, u"--text"_s, u"NHS App record access"_s}) == u"2");
    const QJsonArray all = w.list();
    REQUIRE(all.size() == 2);
    CHECK(all[0].toObject() == QJsonObject{{u"id"_s, 1}, {u"statement"_s, u"2.6"_s},
                                           {u"text"_s, u"Replace Windows 10 devices"_s},
                                           {u"owner"_s, u"Chief Information Officer"_s}, {u"due"_s, u"2027-03-31"_s},
                                           {u"status"_s, u"in progress"_s}, {u"overdue"_s, false}});
    // The defaults: no owner, no date, open.
    CHECK(all[1][u"owner"].toString().isEmpty());
    CHECK(all[1][u"due"].isNull());
    CHECK(all[1][u"status"].toString() == u"open");

    w.ok({u"action"_s, u"set"_s, w.file, u"1"_s, u"--status"_s, u"done"_s, u"--owner"_s, u"CCIO"_s});
    QJsonObject one = w.list()[0].toObject();
    CHECK(one[u"status"].toString() == u"done");
    CHECK(one[u"owner"].toString() == u"CCIO");
    CHECK(one[u"text"].toString() == u"Replace Windows 10 devices"); // untouched
    CHECK(one[u"due"].toString() == u"2027-03-31");
    // --due "" clears the date.
    w.ok({u"action"_s, u"set"_s, w.file, u"1"_s, u"--due"_s, u""_s});
    one = w.list()[0].toObject();
    CHECK(one[u"due"].isNull());
    CHECK(one[u"status"].toString() == u"done");
    w.ok({u"action"_s, u"set"_s, w.file, u"1"_s, u"--statement"_s, u"2.7"_s, u"--text"_s, u"Refresh devices"_s});
    one = w.list()[0].toObject();
    CHECK(one[u"statement"].toString() == u"2.7");
    CHECK(one[u"text"].toString() == u"Refresh devices");
    CHECK(w({u"check"_s, w.file}).exitCode == 0);

    // The text table and CSV give the same actions.
    const Run text = w.ok({u"action"_s, u"list"_s, w.file});
    CHECK(text.out.contains(u"Refresh devices"));
    CHECK(text.out.contains(u"NHS App record access"));
    const Run csv = w.ok({u"action"_s, u"list"_s, w.file, u"--format"_s, u"csv"_s});
    CHECK(csv.out.startsWith(u"id,statement,text,owner,due,status,overdue\r\n1,2.7,Refresh devices,CCIO,,done,no\r\n"));
}

TEST_CASE("action commands refuse bad values with 64 and what the file lacks with 65, changing nothing",
          "[cli][actions][errors]")
{
    Actions w;
    w.add({u"--statement"_s, u"1.1"_s, u"--text"_s, u"Board development session"_s});
    const QByteArray before = wgll::test::readAll(w.file);
    const QList<std::tuple<QStringList, int, QString>> cases{
        {{u"add"_s, w.file, u"--statement"_s, u"1.1"_s}, 64, u"--statement and --text are required"_s},
        {{u"add"_s, w.file, u"--statement"_s, u"1.1"_s, u"--text"_s, u"x"_s, u"--due"_s, u"31/03/2027"_s}, 64,
         u"--due must be YYYY-MM-DD"_s},
        {{u"add"_s, w.file, u"--statement"_s, u"1.1"_s, u"--text"_s, u"x"_s, u"--due"_s, u"2027-02-30"_s}, 64,
         u"--due must be YYYY-MM-DD"_s},
        {{u"add"_s, w.file, u"--statement"_s, u"1.1"_s, u"--text"_s, u"x"_s, u"--status"_s, u"closed"_s}, 64,
         u"\"closed\" is not open, in progress or done"_s},
        {{u"add"_s, w.file, u"--statement"_s, u"9.9"_s, u"--text"_s, u"x"_s}, 65,
         u"a.wgll: there is no statement \"9.9\" in wgll-org"_s},
        {{u"add"_s, w.file, u"--statement"_s, u"1.1"_s, u"--text"_s, u"   "_s}, 65, u"an action needs text"_s},
        {{u"set"_s, w.file, u"7"_s, u"--status"_s, u"done"_s}, 65, u"a.wgll: has no action 7"_s},
        {{u"set"_s, w.file, u"one"_s, u"--status"_s, u"done"_s}, 64, u"ID must be a whole number"_s},
        {{u"set"_s, w.file, u"1"_s}, 64, u"nothing to change"_s},
        {{u"set"_s, w.file, u"1"_s, u"--due"_s, u"tomorrow"_s}, 64, u"--due must be YYYY-MM-DD"_s},
        {{u"set"_s, w.file, u"1"_s, u"--statement"_s, u"9.9"_s}, 65, u"there is no statement \"9.9\""_s},
        {{u"remove"_s, w.file}, 64, u"missing arguments"_s},
        {{u"list"_s, w.file, u"--format"_s, u"xml"_s}, 64, u"unknown format"_s},
    };
    for (const auto &[args, code, message] : cases) {
        const Run r = w(QStringList{u"action"_s} + args);
        INFO(args.join(u' ').toStdString() << " -> " << r.exitCode << ": " << r.err.toStdString());
        CHECK(r.exitCode == code);
        CHECK(r.err.contains(message));
        CHECK(r.out.isEmpty());
        CHECK(wgll::test::readAll(w.file) == before);
    }
    CHECK(w.ids() == QStringList{u"1"_s});
}

TEST_CASE("action remove of several ids removes all of them, or none when one is unknown", "[cli][actions]")
{
    Actions w;
    for (const QString &s : {u"1.1"_s, u"1.2"_s, u"1.3"_s})
        w.add({u"--statement"_s, s, u"--text"_s, u"Action on "_s + s});
    const QByteArray before = wgll::test::readAll(w.file);
    // 99 is last, after two that exist: a failing command saves nothing (the transaction itself
    // is tested in core, test_actions.cpp).
    const Run refused = w({u"action"_s, u"remove"_s, w.file, u"1"_s, u"2"_s, u"99"_s});
    CHECK(refused.exitCode == 65);
    CHECK(refused.err.contains(u"has no action 99"));
    CHECK(wgll::test::readAll(w.file) == before);
    CHECK(w.ids() == QStringList{u"1"_s, u"2"_s, u"3"_s});

    w.ok({u"action"_s, u"remove"_s, w.file, u"1"_s, u"3"_s});
    CHECK(w.ids() == QStringList{u"2"_s});
}

TEST_CASE("action import adds every row in one go, or leaves the file byte-identical on a bad row",
          "[cli][actions][import]")
{
    Actions w;
    const QByteArray before = wgll::test::readAll(w.file);
    const QList<std::pair<QString, QString>> bad{
        {u"1.1,Good row,CIO,2027-01-31,open\n9.9,Unknown statement,CIO,,open\n"_s,
         u"actions.csv:3: there is no statement \"9.9\" in wgll-org"_s},
        {u"1.1,Good row,CIO,2027-01-31,open\n1.2,Bad date,CIO,31/01/2027,open\n"_s,
         u"actions.csv:3: due date \"31/01/2027\" is not YYYY-MM-DD"_s},
        {u"1.1,Good row,CIO,2027-01-31,open\n1.2,Bad status,CIO,,closed\n"_s,
         u"actions.csv:3: action status \"closed\" is not open, in progress or done"_s},
        {u"1.1,Good row,CIO,2027-01-31,open\n1.2,,CIO,,open\n"_s, u"actions.csv:3: an action needs text"_s},
        {u"1.1,Good row,CIO,2027-01-31,open\n1.2,Too few fields\n"_s, u"actions.csv:3: has 2 fields; expected 5"_s},
    };
    for (const auto &[rows, message] : bad) {
        const Run r = w.importCsv(Header + rows);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 65);
        CHECK(r.err.contains(message));
        CHECK(wgll::test::readAll(w.file) == before);
    }
    const Run noHeader = w.importCsv(u"1.1,Good row,CIO,2027-01-31,open\n"_s);
    CHECK(noHeader.exitCode == 65);
    CHECK(noHeader.err.contains(u"actions.csv:1: expected the header statement,text,owner,due,status"));
    CHECK(wgll::test::readAll(w.file) == before);

    const Run r = w.importCsv(Header + u"1.1,\"Board session, with the ICS\",Chief Executive,2027-01-31,\n"
                                       u"2.6,Replace devices,CIO,,in progress\n3.1,DSPT to Standards met,SIRO,2027-06-30,done\n"_s);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"imported 3 actions"));
    const QJsonArray all = w.list();
    REQUIRE(all.size() == 3);
    CHECK(all[0][u"text"].toString() == u"Board session, with the ICS");
    CHECK(all[0][u"status"].toString() == u"open"); // an empty status is open
    CHECK(all[1][u"due"].isNull());
    CHECK(all[2][u"status"].toString() == u"done");
}

TEST_CASE("action list filters by statement, owner and overdue (due before today, not done)", "[cli][actions]")
{
    Actions w;
    const QDate today = QDate::currentDate();
    const QString yesterday = today.addDays(-1).toString(Qt::ISODate);
    w.add({u"--statement"_s, u"1.1"_s, u"--text"_s, u"Late and open"_s, u"--owner"_s, u"CCIO"_s, u"--due"_s, yesterday});
    w.add({u"--statement"_s, u"1.1"_s, u"--text"_s, u"Late but done"_s, u"--owner"_s, u"CIO"_s, u"--due"_s, yesterday,
           u"--status"_s, u"done"_s});
    w.add({u"--statement"_s, u"2.1"_s, u"--text"_s, u"Due today"_s, u"--owner"_s, u"ccio "_s, u"--due"_s,
           today.toString(Qt::ISODate)});
    w.add({u"--statement"_s, u"2.1"_s, u"--text"_s, u"No date"_s, u"--status"_s, u"in progress"_s});
    w.add({u"--statement"_s, u"3.1"_s, u"--text"_s, u"Late, in progress"_s, u"--due"_s,
           today.addYears(-1).toString(Qt::ISODate), u"--status"_s, u"in progress"_s});

    CHECK(w.ids({u"--overdue"_s}) == QStringList{u"1"_s, u"5"_s});
    CHECK(w.ids({u"--statement"_s, u"2.1"_s}) == QStringList{u"3"_s, u"4"_s});
    CHECK(w.ids({u"--owner"_s, u"CCIO"_s}) == QStringList{u"1"_s, u"3"_s});
    CHECK(w.ids({u"--owner"_s, u"CCIO"_s, u"--overdue"_s}) == QStringList{u"1"_s});
    const QJsonArray all = w.list();
    CHECK(all[0][u"overdue"].toBool());
    CHECK_FALSE(all[1][u"overdue"].toBool());
    CHECK_FALSE(all[2][u"overdue"].toBool());
    CHECK_FALSE(all[3][u"overdue"].toBool());
    const Run text = w.ok({u"action"_s, u"list"_s, w.file, u"--overdue"_s});
    CHECK(text.out.contains(yesterday + u"*  open"));
    CHECK(text.out.contains(today.addYears(-1).toString(Qt::ISODate) + u"*  in progress"));
    CHECK(text.out.endsWith(u"* overdue: due before today (" + today.toString(Qt::ISODate) + u") and not done\n"));
    CHECK_FALSE(text.out.contains(u"Late but done"));
    // Without an overdue action, no star and no footnote.
    const Run none = w.ok({u"action"_s, u"list"_s, w.file, u"--statement"_s, u"2.1"_s});
    CHECK_FALSE(none.out.contains(u'*'));
}

TEST_CASE("the demo's action plan imports, with owners, dates and one or two overdue on 29 November 2026",
          "[cli][actions][demo]")
{
    Actions w;
    const Run r = w({u"action"_s, u"import"_s, w.file, wgll::test::sourceDir() + u"/resources/demo/northshire-actions.csv"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray all = w.list();
    CHECK(all.size() >= 10);
    CHECK(all.size() <= 14);
    int overdue = 0;
    QSet<QString> statuses;
    for (const QJsonValue &a : all) {
        CHECK_FALSE(a[u"owner"].toString().isEmpty());
        REQUIRE(a[u"due"].isString());
        const QDate due = QDate::fromString(a[u"due"].toString(), Qt::ISODate);
        CHECK(due <= QDate(2027, 9, 30));
        statuses.insert(a[u"status"].toString());
        if (due < QDate(2026, 11, 29) && a[u"status"].toString() != u"done")
            ++overdue;
    }
    CHECK(statuses.size() == 3);
    CHECK(overdue >= 1);
    CHECK(overdue <= 2);
}
