// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll benchmark import | list | show` and `summary --benchmark` end to end (issue 19, item 5):
// NHS England's DMA file imported as published into the temporary home's data folder, figures
// checked against means worked out here from the sheet's cells, and every damaged or hostile
// workbook refused with exit 65 naming the sheet and cell, leaving no benchmark file behind.
#include "clirunner.h"
#include "dmacells.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using wgll::test::Run;

namespace {

struct Home : wgll::test::Cli
{
    /// The program in a wide terminal, so the phrases checked are never wrapped across lines.
    Run operator()(const QStringList &args) const
    {
        QProcessEnvironment wide;
        wide.insert(u"COLUMNS"_s, u"300"_s);
        return wgll::test::runProgram(program(), args, home.path(), wide);
    }
    /// Where the program keeps benchmarks in this home (XDG_DATA_HOME is home/data).
    QString benchmarks() const { return path(u"data/WGLL Workbench/wgll-workbench/benchmarks"_s); }
    QStringList benchmarkFiles() const
    {
        return QDir(benchmarks()).entryList(QDir::Files | QDir::Hidden);
    }
    Run ok(const QStringList &args) const
    {
        const Run r = (*this)(args);
        INFO(args.join(u' ').toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
    QJsonObject json(const QStringList &args) const
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(ok(args).out.toUtf8(), &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        return doc.object();
    }
    void importDma() const { ok({u"benchmark"_s, u"import"_s, wgll::test::dmaFixture()}); }
    /// The demo trust's assessment, scored from the demo responses.
    QString demo() const
    {
        const QString file = path(u"demo.wgll"_s);
        ok({u"new"_s, file, u"--framework"_s, u"wgll-org"_s, u"--organisation"_s, u"Northshire Hospitals NHS FT"_s,
            u"--period"_s, u"2026/27"_s});
        ok({u"import"_s, file, wgll::test::sourceDir() + u"/resources/demo/northshire-responses.csv"});
        return file;
    }
};

double englandMean(int column)
{
    const wgll::xlsx::Sheet sc = wgll::test::fixtureSheet(u"SC - 2025 Pillar Summary"_s);
    return wgll::test::cellMean(sc, wgll::test::LastProviderRow, column, [](const auto &, int) { return true; }).first;
}

} // namespace

TEST_CASE("benchmark import reads the published DMA file and list and show give its sets with source and licence",
          "[cli][benchmark]")
{
    Home home;
    CHECK(home.ok({u"benchmark"_s, u"list"_s}).out.contains(u"No benchmarks imported"));
    const Run imported = home.ok({u"benchmark"_s, u"import"_s, wgll::test::dmaFixture()});
    CHECK(imported.out.contains(u"285 provider care-setting rows, 42 ICBs"));
    CHECK(imported.out.count(u"Open Government Licence v3.0"_s) == 1);
    CHECK(home.benchmarkFiles() == QStringList{u"dma-2025.json"_s});

    const Run list = home.ok({u"benchmark"_s, u"list"_s});
    for (const QString &name : {u"england-providers"_s, u"england-acute"_s, u"region-london"_s,
                                u"ics-black-country-providers"_s, u"icb-black-country"_s,
                                u"provider-salisbury"_s})
        CHECK(list.out.contains(name));
    CHECK(list.out.count(u"Open Government Licence v3.0"_s) == 1);

    const QJsonObject show = home.json({u"benchmark"_s, u"show"_s, u"england-providers"_s, u"--format"_s, u"json"_s});
    CHECK(show.value(u"rowCount").toInt() == 285);
    CHECK(show.value(u"year").toInt() == 2025);
    CHECK(show.value(u"source").toObject().value(u"sha256").toString()
          == u"4ea98849dae795aa24c632473b4b3856d500657c89b99978490d591c8286ca4d");
    CHECK(show.value(u"source").toObject().value(u"publicationDate").toString() == u"30 March 2026");
    const QJsonArray pillars = show.value(u"pillars").toArray();
    REQUIRE(pillars.size() == 7);
    for (int i = 0; i < 7; ++i)
        CHECK(pillars.at(i).toObject().value(u"score").toDouble() == Approx(englandMean(6 + i)).epsilon(1e-12));
    CHECK(pillars.at(4).toObject().value(u"pillar").toString() == u"Empower People");
    CHECK(pillars.at(4).toObject().value(u"measure").toString() == u"Empower citizens");

    const Run text = home.ok({u"benchmark"_s, u"show"_s, u"england-providers"_s});
    CHECK(text.out.contains(u"Caveat: DMA questions are not the WGLL statements"));
    CHECK(text.out.contains(u"NHS England, Digital Maturity Assessment 2025 (published 30 March 2026)"));
    CHECK(text.out.contains(QString::number(englandMean(6), 'f', 2))); // Well led, two places

    const Run unknown = home({u"benchmark"_s, u"show"_s, u"england-everyone"_s});
    CHECK(unknown.exitCode == 66);
    CHECK(unknown.err.startsWith(u"wgll: england-everyone: no such benchmark"));
}

TEST_CASE("summary --benchmark england-providers prints each measure beside the national provider mean for 2025",
          "[cli][benchmark]")
{
    Home home;
    const QString demo = home.demo();
    const Run missing = home({u"summary"_s, demo, u"--benchmark"_s, u"england-providers"_s});
    CHECK(missing.exitCode == 66); // nothing imported yet
    CHECK(missing.err.contains(u"wgll benchmark import"));
    home.importDma();

    const Run text = home.ok({u"summary"_s, demo, u"--benchmark"_s, u"england-providers"_s});
    CHECK(text.out.contains(u"Benchmark england-providers: England: every NHS provider care setting"));
    CHECK(text.out.contains(u"NHS England, Digital Maturity Assessment 2025"));
    CHECK(text.out.contains(u"DMA 2025"));
    CHECK(text.out.contains(u"Caveat: DMA questions are not the WGLL statements"));
    CHECK(text.out.count(u"Open Government Licence v3.0"_s) == 1);
    const QStringList lines = text.out.split(u'\n');
    const auto line = [&lines](const QString &start) {
        const QStringList found = lines.filter(QRegularExpression(u"^"_s + QRegularExpression::escape(start)));
        REQUIRE(found.size() >= 1);
        return found.last(); // the benchmark table comes after the summary's own
    };
    // Well led beside the national mean 2.83 (shown 2.8) under its DMA heading "Well Led".
    CHECK(line(u"1 Well led"_s).contains(QRegularExpression(u"\\b2\\.8\\s+[-+]?\\d\\.\\d\\s+Well Led"_s)));
    CHECK(line(u"5 Empower citizens"_s).contains(u"Empower People"));

    const QJsonObject json =
        home.json({u"summary"_s, demo, u"--benchmark"_s, u"england-providers"_s, u"--format"_s, u"json"_s});
    const QJsonObject benchmark = json.value(u"benchmark").toObject();
    CHECK(benchmark.value(u"name").toString() == u"england-providers");
    CHECK(benchmark.value(u"caveat").toString().startsWith(u"DMA questions are not the WGLL statements"));
    CHECK(benchmark.value(u"attribution").toString().contains(u"Open Government Licence v3.0"));
    const QJsonArray measures = benchmark.value(u"measures").toArray();
    const QJsonArray own = json.value(u"measures").toArray();
    REQUIRE(measures.size() == 7);
    for (int i = 0; i < 7; ++i) {
        const QJsonObject m = measures.at(i).toObject();
        CHECK(m.value(u"benchmarkScore").toDouble() == Approx(englandMean(6 + i)).epsilon(1e-12));
        CHECK(m.value(u"score") == own.at(i).toObject().value(u"score"));
        if (m.value(u"score").isDouble())
            CHECK(m.value(u"difference").toDouble()
                  == Approx(m.value(u"score").toDouble() - m.value(u"benchmarkScore").toDouble()));
    }
    CHECK(home({u"summary"_s, demo, u"--benchmark"_s, u"england-providers@2019"_s}).exitCode == 66);
}

TEST_CASE("benchmark import: damaged or hostile workbooks exit 65 naming sheet and cell, storing nothing",
          "[cli][benchmark]")
{
    using wgll::test::dmaWithEdit;
    const QString sheet2 = u"xl/worksheets/sheet2.xml"_s;
    const QString strings = u"xl/sharedStrings.xml"_s;
    QByteArray bomb; // 8 MiB of one repeated row: about 1000 to 1
    while (bomb.size() < 8LL * 1024 * 1024)
        bomb += R"(<row><c t="inlineStr"><is><t>x</t></is></c></row>)";
    QByteArray letters(50LL * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(19);
    for (char &c : letters)
        c = static_cast<char>('a' + random.bounded(26));
    const QByteArray doctype = R"(<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">)"
                               R"(<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>)";
    const std::vector<std::pair<QByteArray, QString>> table{
        {"Region,ICS,Provider\nLONDON,,\n", u"not a zip package"_s},
        {wgll::test::rewriteZip(wgll::test::dmaBytes(), {{sheet2, wgll::test::worksheet(bomb)}}),
         u"xl/worksheets/sheet2.xml unpacks to more than 200 times its packed size"_s},
        {dmaWithEdit(sheet2, R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)", doctype),
         u"xl/worksheets/sheet2.xml: has a DOCTYPE"_s},
        {dmaWithEdit(u"xl/workbook.xml"_s, R"(name="SC - 24 vs 25 Overall DMA")", R"(name="SC overall")"),
         u"the sheet 'SC - 24 vs 25 Overall DMA': is missing"_s},
        {dmaWithEdit(strings, "<si><t>Care Setting</t></si>", "<si><t>Setting</t></si>"),
         u"SC - 2025 Pillar Summary!B11: the header row has no column 'Care Setting'"_s},
        {dmaWithEdit(sheet2, R"(<c r="F14" s="85"><v>2.5</v></c>)",
                     R"(<c r="F14" s="85" t="inlineStr"><is><t>n/a</t></is></c>)"),
         u"SC - 2025 Pillar Summary!F14: 'n/a' is not a score"_s},
        {wgll::test::rewriteZip(wgll::test::dmaBytes(),
                                {{strings, R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>)"
                                               + letters + "</t></si></sst>"}}),
         u"xl/sharedStrings.xml unpacks to more than 32 MiB"_s},
    };
    Home home;
    for (const auto &[bytes, expected] : table) {
        const QString file = home.path(u"dma.xlsx"_s);
        wgll::test::writeAll(file, bytes);
        const Run r = home({u"benchmark"_s, u"import"_s, file});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 65);
        CHECK(r.err.startsWith(u"wgll: " + file + u": "));
        CHECK(r.err.contains(expected));
        CHECK(r.out.isEmpty());
        CHECK(home.benchmarkFiles().isEmpty());
    }
    // A damaged file after a good import leaves the good one as it was.
    home.importDma();
    const QByteArray before = wgll::test::readAll(home.benchmarks() + u"/dma-2025.json");
    wgll::test::writeAll(home.path(u"dma.xlsx"_s), table.at(5).first);
    CHECK(home({u"benchmark"_s, u"import"_s, home.path(u"dma.xlsx"_s)}).exitCode == 65);
    CHECK(home.benchmarkFiles() == QStringList{u"dma-2025.json"_s});
    CHECK(wgll::test::readAll(home.benchmarks() + u"/dma-2025.json") == before);
    CHECK(home({u"benchmark"_s, u"import"_s, home.path(u"absent.xlsx"_s)}).exitCode == 66);
}
