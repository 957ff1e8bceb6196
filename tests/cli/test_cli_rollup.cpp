// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll rollup` end to end (issue 19): each organisation once, mixed revisions, the method on
// every output, the long table in CSV, JSON and XLSX; and `wgll compare` listing every change.
#include "clirunner.h"
#include "io/csvreader.h"
#include "io/zippackage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using wgll::test::Run;

namespace {

struct Cli : wgll::test::Cli
{
    /// Creates NAME.wgll for `organisation` and `period` on `framework`, with `rows` imported.
    QString assessment(const QString &name, const QString &organisation, const QString &rows,
                       const QString &period = QStringLiteral("2026/27"),
                       const QString &framework = QStringLiteral("wgll-org")) const
    {
        const QString file = path(name + u".wgll");
        const Run made = (*this)({QStringLiteral("new"), file, QStringLiteral("--framework"), framework,
                                  QStringLiteral("--organisation"), organisation, QStringLiteral("--period"), period});
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
        wgll::test::writeAll(path(name + u".csv"), (u"indicator,score,target,weight,note\n" + rows).toUtf8());
        const Run imported = (*this)({QStringLiteral("import"), file, path(name + u".csv")});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        return file;
    }
    QJsonObject json(const QStringList &args) const
    {
        const Run r = (*this)(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        REQUIRE(doc.isObject());
        return doc.object();
    }
};

const QJsonObject find(const QJsonArray &list, const QString &id)
{
    for (const QJsonValue &v : list) {
        if (v[u"id"].toString() == id)
            return v.toObject();
    }
    FAIL("no " << id.toStdString());
    return {};
}

} // namespace

TEST_CASE("rollup refuses the same file or the same organisation and period, naming both files",
          "[cli][rollup]")
{
    Cli wgll;
    const QString t1 = wgll.assessment(QStringLiteral("t1"), QStringLiteral("Northshire"), QStringLiteral("1.1,3,,,\n"));
    const QString t2 = wgll.assessment(QStringLiteral("t2"), QStringLiteral("Southshire"), QStringLiteral("1.1,5,,,\n"));
    // The case: one trust's file three times counted as three assessments.
    const Run thrice = wgll({QStringLiteral("rollup"), t1, t1, t1});
    CHECK(thrice.exitCode == 65);
    CHECK(thrice.out.isEmpty());
    CHECK(thrice.err.startsWith(u"wgll: " + t1 + u": " + t1 + u" and " + t1 + u" are the same file"));
    // The same file by another name (a hard link, "./"), or a copy: same organisation and period.
    REQUIRE(QFile::link(t1, wgll.path(QStringLiteral("link.wgll"))));
    const Run linked = wgll({QStringLiteral("rollup"), t1, t2, wgll.path(QStringLiteral("link.wgll"))});
    CHECK(linked.exitCode == 65);
    CHECK(linked.err.contains(u"are the same file"));
    const QString copy = wgll.path(QStringLiteral("copy.wgll"));
    REQUIRE(QFile::copy(t1, copy));
    const Run copied = wgll({QStringLiteral("rollup"), t1, t2, copy});
    CHECK(copied.exitCode == 65);
    CHECK(copied.err.contains(t1 + u" and " + copy + u" are the same organisation and period (Northshire, 2026/27)"));
    // Another period of one organisation: refused, unless --latest keeps the newest.
    const QString older = wgll.assessment(QStringLiteral("older"), QStringLiteral("NORTHSHIRE "),
                                          QStringLiteral("1.1,1,,,\n"), QStringLiteral("2025/26"));
    const Run periods = wgll({QStringLiteral("rollup"), older, t2, t1});
    CHECK(periods.exitCode == 65);
    CHECK(periods.err.contains(u"are two periods of the same organisation"));
    CHECK(periods.err.contains(u"--latest"));
    const Run latest = wgll({QStringLiteral("rollup"), older, t2, t1, QStringLiteral("--latest")});
    INFO(latest.err.toStdString());
    CHECK(latest.exitCode == 0);
    CHECK(latest.out.contains(u"Roll-up of 2 organisations"));
    CHECK(latest.out.contains(u"Left out by --latest: " + older));
    const QJsonObject j = wgll.json({QStringLiteral("rollup"), older, t2, t1, QStringLiteral("--latest")});
    CHECK(j[u"organisations"].toArray().size() == 2);
    CHECK(j[u"leftOut"][0][u"file"].toString() == older);
    CHECK(j[u"leftOut"][0][u"kept"].toString() == t1);
    CHECK(find(j[u"measures"].toArray(), QStringLiteral("1"))[u"value"].toDouble() == Approx(4.0)); // (3 + 5) / 2
}

TEST_CASE("rollup of two revisions compares only statements worded alike and names both revisions",
          "[cli][rollup]")
{
    Cli wgll;
    // Safe practice: old (2021-08-31) 3.1 = 4, 3.5 = 1; new (2021-10-04) 3.1 = 2, 3.5 = 5 -> 4 and 2, mean 3.
    const QString old = wgll.assessment(QStringLiteral("old"), QStringLiteral("Alpha"), QStringLiteral("3.1,4,,,\n3.5,1,,,\n"),
                                        QStringLiteral("2026/27"), QStringLiteral("wgll-org@2021-08-31"));
    const QString now = wgll.assessment(QStringLiteral("now"), QStringLiteral("Beta"), QStringLiteral("3.1,2,,,\n3.5,5,,,\n"));
    const QJsonObject j = wgll.json({QStringLiteral("rollup"), old, now});
    CHECK(j[u"framework"].toString() == u"wgll-org");
    CHECK(j[u"revisions"].toArray() == QJsonArray{QStringLiteral("2021-08-31"), QStringLiteral("2021-10-04")});
    CHECK(j[u"comparableOnly"].toBool());
    CHECK(find(j[u"measures"].toArray(), QStringLiteral("3"))[u"value"].toDouble() == Approx(3.0));
    const QJsonObject n = j[u"notComparable"][0].toObject();
    CHECK(n[u"id"].toString() == u"3.5");
    CHECK(n[u"wordings"][0][u"revision"].toString() == u"2021-08-31");
    CHECK(n[u"wordings"][0][u"text"].toString().contains(u"senior information responsible officer"));
    CHECK(n[u"wordings"][1][u"text"].toString().contains(u"senior information risk owner"));
    const Run text = wgll({QStringLiteral("rollup"), old, now});
    CHECK(text.out.simplified().contains(u"of wgll-org, revisions 2021-08-31 and 2021-10-04; method: mean"));
    CHECK(text.out.simplified().contains(u"from the 48 statements worded the same"));
    CHECK(text.out.contains(u"2021-08-31: have an adequately resourced"));
    const Run csv = wgll({QStringLiteral("rollup"), old, now, QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(csv.out.contains(u",wgll-org,2021-08-31,mean,3,3.5,1,no,4,1,no,,,\r\n")); // Alpha's 3.5, not comparable
    CHECK(csv.out.contains(u"rollup,measure,,,wgll-org,2021-08-31 + 2021-10-04,mean,3,,3,,,,,2,2,4\r\n"));
}

TEST_CASE("rollup --method median and min, printed on every output", "[cli][rollup]")
{
    Cli wgll;
    QStringList files;
    int n = 0;
    for (const int s : {1, 4, 2, 5}) { // Well led: median (2 + 4) / 2 = 3, min 1
        ++n;
        files.append(wgll.assessment(u"t" + QString::number(n), u"Trust " + QString::number(n),
                                     u"1.1," + QString::number(s) + u",,,\n"));
    }
    const QJsonObject median = wgll.json(QStringList{QStringLiteral("rollup")} + files +
                                         QStringList{QStringLiteral("--method"), QStringLiteral("median")});
    CHECK(median[u"method"].toString() == u"median");
    CHECK(find(median[u"measures"].toArray(), QStringLiteral("1"))[u"value"].toDouble() == Approx(3.0));
    for (const QJsonValue &row : median[u"rows"].toArray())
        CHECK(row[u"method"].toString() == u"median");
    const QJsonObject min = wgll.json(QStringList{QStringLiteral("rollup")} + files +
                                      QStringList{QStringLiteral("--method"), QStringLiteral("min")});
    CHECK(find(min[u"measures"].toArray(), QStringLiteral("1"))[u"value"].toDouble() == Approx(1.0));
    const Run text = wgll(QStringList{QStringLiteral("rollup")} + files + QStringList{QStringLiteral("--method"), QStringLiteral("min")});
    CHECK(text.out.contains(u"method: min"));
    CHECK(text.out.contains(QRegularExpression(QStringLiteral("\nMeasure +Minimum +Min +Max +n\n"))));
    const Run csv = wgll(QStringList{QStringLiteral("rollup"), QStringLiteral("--format"), QStringLiteral("csv")} + files +
                         QStringList{QStringLiteral("--method"), QStringLiteral("median")});
    CHECK(csv.out.contains(u"rollup,measure,,,wgll-org,2021-10-04,median,1,,3,,,,,4,1,5\r\n"));
    const Run bad = wgll(QStringList{QStringLiteral("rollup")} + files + QStringList{QStringLiteral("--method"), QStringLiteral("mode")});
    CHECK(bad.exitCode == 64);
    CHECK(bad.err.contains(u"unknown method 'mode'"));
}

TEST_CASE("rollup --format csv and xlsx are one long table, ids kept as text", "[cli][rollup]")
{
    Cli wgll;
    const QString a = wgll.assessment(QStringLiteral("a"), QStringLiteral("Alpha, the \"first\""), QStringLiteral("2.10,3,5,2,\n"));
    const QString b = wgll.assessment(QStringLiteral("b"), QStringLiteral("Beta"), QStringLiteral("2.10,NA,,,not ours\n"));
    const QString csvFile = wgll.path(QStringLiteral("r.csv"));
    REQUIRE(wgll({QStringLiteral("rollup"), a, b, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csvFile})
                .exitCode == 0);
    const QByteArray bytes = wgll::test::readAll(csvFile);
    CHECK(bytes.startsWith("\xEF\xBB\xBFkind,level,organisation,period,framework,revision,method,measure,statement,"
                           "score,na,target,weight,comparable,n,min,max\r\n"));
    wgll::CsvReader reader;
    const auto rows = reader.parse(bytes, csvFile);
    REQUIRE(rows);
    // 2 × (49 statements + 7 measures + overall) + 49 + 7 + 1 roll-up rows, under one header.
    CHECK(rows->size() == 1 + 2 * 57 + 57);
    for (const auto &r : *rows)
        CHECK(r.fields.size() == 17);
    CHECK(bytes.contains("organisation,statement,\"Alpha, the \"\"first\"\"\",2026/27,wgll-org,2021-10-04,mean,2,2.10,3,no,5,2,yes,,,\r\n"));
    CHECK(bytes.contains("organisation,measure,\"Alpha, the \"\"first\"\"\",2026/27,wgll-org,2021-10-04,mean,2,,3,,,,,,,\r\n"));
    CHECK(bytes.contains("organisation,statement,Beta,2026/27,wgll-org,2021-10-04,mean,2,2.10,,yes,4,1,yes,,,\r\n"));

    const QString xlsx = wgll.path(QStringLiteral("r.xlsx"));
    const Run written = wgll({QStringLiteral("rollup"), a, b, QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), xlsx});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    const auto package = wgll::zip::PackageReader::read(wgll::test::readAll(xlsx), xlsx);
    REQUIRE(package);
    // One sheet; "2.10" is a shared string (text), never the number 2.1.
    CHECK(package->contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK_FALSE(package->contains(QStringLiteral("xl/worksheets/sheet2.xml")));
    CHECK(package->entry(QStringLiteral("xl/sharedStrings.xml")).contains("<t>2.10</t>"));
    CHECK_FALSE(package->entry(QStringLiteral("xl/worksheets/sheet1.xml")).contains("<v>2.1</v>"));
    CHECK(wgll({QStringLiteral("rollup"), a, b, QStringLiteral("--format"), QStringLiteral("xlsx")}).exitCode == 64);
}

TEST_CASE("compare lists every change: answers, N/A and unscored, targets, weights and both wordings",
          "[cli][compare]")
{
    Cli wgll;
    const QString before = wgll.assessment(QStringLiteral("before"), QStringLiteral("Northshire"),
                                           QStringLiteral("1.1,3,,1,\n1.2,2,,,\n1.3,NA,,,merged\n1.4,4,,,\n3.5,2,,,\n"),
                                           QStringLiteral("2025/26"), QStringLiteral("wgll-org@2021-08-31"));
    const QString after = wgll.assessment(QStringLiteral("after"), QStringLiteral("Northshire"),
                                          QStringLiteral("1.1,3,,3,\n1.2,2,5,,\n1.3,4,,,\n3.5,2,,,\n"));
    const QJsonObject j = wgll.json({QStringLiteral("compare"), before, after});
    const QJsonArray indicators = j[u"indicators"].toArray();
    const QJsonObject w = find(indicators, QStringLiteral("1.1"));
    CHECK(w[u"changed"].toBool());
    CHECK(w[u"beforeWeight"] == 1);
    CHECK(w[u"afterWeight"] == 3);
    CHECK(find(indicators, QStringLiteral("1.2"))[u"afterTarget"] == 5);
    CHECK(find(indicators, QStringLiteral("1.3"))[u"beforeState"].toString() == u"n/a");
    CHECK(find(indicators, QStringLiteral("1.3"))[u"afterState"].toString() == u"scored");
    CHECK(find(indicators, QStringLiteral("1.4"))[u"afterState"].toString() == u"unscored");
    CHECK_FALSE(find(indicators, QStringLiteral("1.5"))[u"changed"].toBool());
    const QJsonObject siro = find(indicators, QStringLiteral("3.5"));
    CHECK(siro[u"beforeText"].toString().contains(u"senior information responsible officer"));
    CHECK(siro[u"afterText"].toString().contains(u"senior information risk owner"));
    const Run text = wgll({QStringLiteral("compare"), before, after});
    INFO(text.out.toStdString());
    CHECK(text.out.contains(QRegularExpression(QStringLiteral("\n1\\.1 +1 → 3\n")))); // weight only
    CHECK(text.out.contains(QRegularExpression(QStringLiteral("\n1\\.2 +4 → 5\n")))); // target only
    CHECK(text.out.contains(QRegularExpression(QStringLiteral("\n1\\.3 +N/A → 4\n"))));
    CHECK(text.out.contains(QRegularExpression(QStringLiteral("\n1\\.4 +4 → unscored\n"))));
    CHECK_FALSE(text.out.contains(QRegularExpression(QStringLiteral("\n1\\.5 "))));
    CHECK(text.out.contains(u"3.5 before (2021-08-31): have an adequately resourced"));
    CHECK(text.out.contains(u"3.5 after (2021-10-04): have an adequately resourced"));

    SECTION("two copies differing only in weights list the weight changes")
    {
        const QString heavy = wgll.assessment(QStringLiteral("heavy"), QStringLiteral("Northshire"),
                                              QStringLiteral("1.1,3,,3,\n1.2,2,,,\n"));
        const QString light = wgll.assessment(QStringLiteral("light"), QStringLiteral("Northshire"),
                                              QStringLiteral("1.1,3,,1,\n1.2,2,,,\n"));
        const Run weights = wgll({QStringLiteral("compare"), light, heavy});
        INFO(weights.out.toStdString());
        CHECK(weights.out.contains(u"Every change (answer, target, weight)"));
        CHECK(weights.out.contains(QRegularExpression(QStringLiteral("\n1\\.1 +1 → 3\n"))));
        CHECK_FALSE(weights.out.contains(u"\n1.2 "));
    }
}
