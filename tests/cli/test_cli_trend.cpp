// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll trend` end to end (issue 19): three periods of one organisation across a framework
// revision break, in text, JSON and CSV; the refusals (65) naming the files; usage errors (64).
#include "clirunner.h"
#include "io/csvreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using wgll::test::Run;

namespace {

struct Cli : wgll::test::Cli
{
    /// NAME.wgll of `organisation` for `period` on `framework`, with `rows` imported.
    QString assessment(const QString &name, const QString &organisation, const QString &period, const QString &rows,
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
};

/// The core test's fixture, through the program: 2023/24 on the 2021-08-31 revision, then
/// 2024/25 and 2025/26 on 2021-10-04; measure 6 N/A throughout. Overall 1.5, 3.0, 3.5.
struct Northshire : Cli
{
    QString a = assessment(QStringLiteral("a"), QStringLiteral("Northshire"), QStringLiteral("2023/24"),
                           QStringLiteral("1.1,1,,,\n3.5,2,,,\n") + na(), QStringLiteral("wgll-org@2021-08-31"));
    QString b = assessment(QStringLiteral("b"), QStringLiteral("Northshire"), QStringLiteral("2024/25"),
                           QStringLiteral("1.1,2,,,\n1.2,4,,,\n3.1,3,,,\n") + na());
    QString c = assessment(QStringLiteral("c"), QStringLiteral("Northshire"), QStringLiteral("2025/26"),
                           QStringLiteral("1.1,4,,,\n3.1,5,,,\n3.2,1,,,\n") + na());

    static QString na()
    {
        QString rows;
        for (int i = 1; i <= 5; ++i)
            rows += QStringLiteral("6.%1,NA,,,no such service\n").arg(i);
        return rows;
    }
};

} // namespace

TEST_CASE("trend prints three periods in time order, marks the break and names both revisions", "[cli][trend]")
{
    Northshire wgll;
    const Run r = wgll({QStringLiteral("trend"), wgll.c, wgll.a, wgll.b});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Trend of Northshire over 3 periods, framework wgll-org"));
    CHECK(r.out.simplified().contains(u"Break between 2023/24 and 2024/25: the framework revision changes from 2021-08-31 to "
                         u"2021-10-04"));
    CHECK(r.out.indexOf(u"2023/24: " + wgll.a) < r.out.indexOf(u"2024/25: " + wgll.b));
    // Values, the change within the segment only, and the break column between 2023/24 and 2024/25.
    const QString overall = r.out.section(u'\n', -2, -2);
    CHECK(overall.simplified() == u"Overall 1.5 | 3.0 3.5 (+0.5)");
    CHECK(r.out.contains(u"Revision"));
    CHECK(r.out.contains(u"6 Improve care"));
}

TEST_CASE("trend JSON and CSV carry the series, the break and both revisions", "[cli][trend]")
{
    Northshire wgll;
    const Run j = wgll({QStringLiteral("trend"), wgll.a, wgll.b, wgll.c, QStringLiteral("--format"), QStringLiteral("json")});
    INFO(j.err.toStdString());
    REQUIRE(j.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
    CHECK(o[u"framework"].toString() == u"wgll-org");
    CHECK(o[u"revisions"].toArray() == QJsonArray{QStringLiteral("2021-08-31"), QStringLiteral("2021-10-04")});
    CHECK(o[u"breaks"][0][u"beforeRevision"].toString() == u"2021-08-31");
    CHECK(o[u"overall"][u"points"][1][u"change"].isNull());
    CHECK(o[u"overall"][u"points"][2][u"change"].toDouble() == Approx(0.5));
    CHECK(o[u"measures"][5][u"points"][0][u"score"].isNull()); // 6 Improve care: N/A throughout

    const QString csvFile = wgll.path(QStringLiteral("trend.csv"));
    const Run c = wgll({QStringLiteral("trend"), wgll.a, wgll.b, wgll.c, QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("-o"), csvFile});
    INFO(c.err.toStdString());
    REQUIRE(c.exitCode == 0);
    const QByteArray bytes = wgll::test::readAll(csvFile);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    wgll::CsvReader reader;
    const auto parsed = reader.parse(bytes.mid(3), csvFile);
    REQUIRE(parsed);
    const QList<wgll::CsvReader::Record> &records = *parsed;
    REQUIRE(records.size() == 1 + 3 * 8);
    CHECK(records[0].fields.join(u',') == u"organisation,framework,period,revision,segment,break,level,measure,title,score,change");
    CHECK(records[9].fields.join(u',') == u"Northshire,wgll-org,2024/25,2021-10-04,1,2021-08-31 -> 2021-10-04,measure,1,Well led,3,");
    CHECK(records[24].fields.join(u',') == u"Northshire,wgll-org,2025/26,2021-10-04,1,,overall,,Overall,3.5,0.5");
}

TEST_CASE("trend refuses another organisation, a period twice or one it cannot order, naming the files (65)",
          "[cli][trend]")
{
    Northshire wgll;
    const QString south = wgll.assessment(QStringLiteral("south"), QStringLiteral("Southshire"), QStringLiteral("2026/27"),
                                          QStringLiteral("1.1,3,,,\n"));
    const Run mixed = wgll({QStringLiteral("trend"), wgll.a, wgll.b, south});
    CHECK(mixed.exitCode == 65);
    CHECK(mixed.out.isEmpty());
    CHECK(mixed.err.startsWith(u"wgll: " + south + u": " + wgll.a + u" and " + south +
                               u" are of different organisations (Northshire; Southshire)"));
    const QString again = wgll.assessment(QStringLiteral("again"), QStringLiteral("Northshire"), QStringLiteral("2024-25"),
                                          QStringLiteral("1.1,5,,,\n"));
    const Run twice = wgll({QStringLiteral("trend"), wgll.a, wgll.b, again});
    CHECK(twice.exitCode == 65);
    CHECK(twice.err.contains(wgll.b + u" and " + again + u" are the same period ('2024/25', '2024-25')"));
    const Run same = wgll({QStringLiteral("trend"), wgll.a, wgll.a});
    CHECK(same.exitCode == 65);
    const QString odd = wgll.assessment(QStringLiteral("odd"), QStringLiteral("Northshire"), QStringLiteral("Spring"),
                                        QStringLiteral("1.1,5,,,\n"));
    const Run unordered = wgll({QStringLiteral("trend"), wgll.a, odd, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(unordered.exitCode == 65);
    const QJsonObject error = QJsonDocument::fromJson(unordered.err.toUtf8()).object()[u"error"].toObject();
    CHECK(error[u"file"].toString() == odd);
    CHECK(error[u"message"].toString().startsWith(u"cannot place the period 'Spring' in time"));
}

TEST_CASE("trend usage errors exit 64", "[cli][trend]")
{
    Northshire wgll;
    CHECK(wgll({QStringLiteral("trend"), wgll.a}).exitCode == 64);
    CHECK(wgll({QStringLiteral("trend"), wgll.a, wgll.b, QStringLiteral("--format"), QStringLiteral("xlsx")}).exitCode == 64);
    CHECK(wgll({QStringLiteral("trend"), wgll.a, wgll.b, QStringLiteral("-o"), QString()}).exitCode == 64);
    CHECK(wgll({QStringLiteral("trend"), wgll.a, wgll.b, QStringLiteral("-o"), wgll.a}).exitCode == 73);
}
