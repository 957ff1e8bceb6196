// SPDX-License-Identifier: GPL-3.0-or-later
// Every read command's `--format json` output validates against its schema in docs/schemas (the
// contract scripts are written against), and one naming scheme holds across them (issue 20).
#include "clirunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;
using wgll::test::Run;

namespace {

/// The demo's two years, its workshop votes, its action plan and two pieces of evidence: every
/// optional part of the JSON (a baseline, votes, actions with and without a date, evidence) is
/// present somewhere.
struct Demo : wgll::test::Cli
{
    QString file = path(QStringLiteral("2026.wgll"));
    QString baseline = path(QStringLiteral("2025.wgll"));

    Demo()
    {
        const QString demo = wgll::test::sourceDir() + u"/resources/demo/";
        run({QStringLiteral("new"), baseline, QStringLiteral("--framework"), QStringLiteral("wgll-org"),
             QStringLiteral("--organisation"), QStringLiteral("Northshire Hospitals NHS FT"),
             QStringLiteral("--period"), QStringLiteral("2025/26")});
        run({QStringLiteral("import"), baseline, demo + u"northshire-2025-responses.csv"});
        run({QStringLiteral("new"), file, QStringLiteral("--baseline"), baseline, QStringLiteral("--period"),
             QStringLiteral("2026/27")});
        run({QStringLiteral("import"), file, demo + u"northshire-responses.csv"});
        run({QStringLiteral("votes"), QStringLiteral("import"), file, demo + u"northshire-votes.csv"});
        run({QStringLiteral("action"), QStringLiteral("import"), file, demo + u"northshire-actions.csv"});
        run({QStringLiteral("evidence"), QStringLiteral("add"), file, QStringLiteral("1.1,3.5"),
             demo + u"clinical-safety-case.txt"});
        run({QStringLiteral("evidence"), QStringLiteral("add"), file, QStringLiteral("2.2"),
             QStringLiteral("https://www.nhs.uk/nhs-app/"), QStringLiteral("--link")});
    }
    Run run(const QStringList &args) const
    {
        const Run r = (*this)(args);
        INFO(args.join(u' ').toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
};

} // namespace

TEST_CASE("every command's JSON validates against its schema in docs/schemas", "[cli][json]")
{
    Demo demo;
    const QString schemas = wgll::test::sourceDir() + u"/docs/schemas/";
    const QString json = QStringLiteral("json");
    const QString format = QStringLiteral("--format");
    // Another trust on the older revision, so the roll-up has statements not comparable and the
    // comparison both wordings of 3.5.
    const QString other = demo.path(QStringLiteral("other.wgll"));
    demo.run({u"new"_s, other, u"--framework"_s, u"wgll-org@2021-08-31"_s, u"--organisation"_s, u"Southshire"_s,
              u"--period"_s, u"2026/27"_s});
    demo.run({u"import"_s, other, wgll::test::sourceDir() + u"/resources/demo/northshire-2025-responses.csv"});
    // The national DMA benchmark, imported from the published file, for summary --benchmark.
    demo.run({u"benchmark"_s, u"import"_s, wgll::test::sourceDir()
                                               + u"/tests/fixtures/dma-2025/digital-maturity-assessment-2024-2025-data-v2.xlsx"});
    // The demo trust two years earlier on the older revision: a trend with a break in it.
    const QString earlier = demo.path(QStringLiteral("2024.wgll"));
    demo.run({u"new"_s, earlier, u"--framework"_s, u"wgll-org@2021-08-31"_s, u"--organisation"_s,
              u"Northshire Hospitals NHS FT"_s, u"--period"_s, u"2024/25"_s});
    demo.run({u"import"_s, earlier, wgll::test::sourceDir() + u"/resources/demo/northshire-2025-responses.csv"});
    // Each output and the schema it must meet; framework show's JSON is the framework file format.
    const QList<std::pair<QString, QStringList>> outputs{
        {u"summary.schema.json"_s, {u"summary"_s, demo.file, format, json}},
        {u"summary.schema.json"_s, {u"summary"_s, demo.file, format, json, u"--what-if"_s, u"3"_s}},
        {u"gaps.schema.json"_s, {u"gaps"_s, demo.file, format, json}},
        {u"gaps.schema.json"_s, {u"gaps"_s, demo.file, format, json, u"--top"_s, u"2"_s}},
        {u"export.schema.json"_s, {u"export"_s, demo.file, format, json, u"-o"_s, u"-"_s}},
        {u"compare.schema.json"_s, {u"compare"_s, demo.baseline, demo.file, format, json}},
        {u"rollup.schema.json"_s, {u"rollup"_s, demo.baseline, demo.file, u"--latest"_s, format, json}},
        {u"rollup.schema.json"_s, {u"rollup"_s, other, demo.file, u"--method"_s, u"median"_s, format, json}},
        {u"compare.schema.json"_s, {u"compare"_s, other, demo.file, format, json}},
        {u"trend.schema.json"_s, {u"trend"_s, demo.file, earlier, demo.baseline, format, json}},
        {u"rollup.schema.json"_s, {u"rollup"_s, other, demo.file, u"--migrate-to"_s, u"2021-10-04"_s, format, json}},
        {u"framework-list.schema.json"_s, {u"framework"_s, u"list"_s, format, json}},
        {u"../../frameworks/framework.schema.json"_s, {u"framework"_s, u"show"_s, u"wgll-org"_s, format, json}},
        {u"evidence-list.schema.json"_s, {u"evidence"_s, u"list"_s, demo.file, format, json}},
        {u"action-list.schema.json"_s, {u"action"_s, u"list"_s, demo.file, format, json}},
        {u"details.schema.json"_s, {u"details"_s, demo.file, u"--set"_s, u"meeting-date=2026-12-03"_s, format, json}},
        {u"signoff.schema.json"_s, {u"signoff"_s, demo.file, u"--by"_s, u"Jane Chair"_s, format, json}},
        {u"details.schema.json"_s, {u"details"_s, demo.file, format, json}},
        {u"signoff.schema.json"_s, {u"reopen"_s, demo.file, u"--by"_s, u"Secretary"_s, format, json}},
        {u"benchmark-list.schema.json"_s, {u"benchmark"_s, u"list"_s, format, json}},
        {u"benchmark-show.schema.json"_s, {u"benchmark"_s, u"show"_s, u"england-providers"_s, format, json}},
        {u"benchmark-show.schema.json"_s, {u"benchmark"_s, u"show"_s, u"icb-black-country"_s, format, json}},
        {u"summary.schema.json"_s, {u"summary"_s, demo.file, u"--benchmark"_s, u"england-providers"_s, format, json}},
    };
    QStringList pairs;
    QSet<QString> used;
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        const Run r = demo.run(outputs.at(i).second);
        const QString out = demo.path(QStringLiteral("output-%1.json").arg(i));
        wgll::test::writeAll(out, r.out.toUtf8());
        pairs << schemas + outputs.at(i).first << out;
        used.insert(outputs.at(i).first);
    }
    // Every schema in docs/schemas is the contract of some output checked here.
    for (const QString &schema : QDir(schemas).entryList({QStringLiteral("*.schema.json")}, QDir::Files)) {
        INFO(schema.toStdString() << " is not checked against any output");
        CHECK(used.contains(schema));
    }
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    REQUIRE_FALSE(python.isEmpty()); // scripts/install-deps.sh installs python3 and python3-jsonschema
    const Run checked = wgll::test::runProgram(
        python, QStringList{wgll::test::sourceDir() + u"/tests/cli/check_json_schemas.py"} + pairs, demo.home.path());
    INFO(checked.out.toStdString() << checked.err.toStdString());
    CHECK(checked.exitCode == 0);
}

TEST_CASE("JSON counts are named ...Count, never by a list's name", "[cli][json]")
{
    Demo demo;
    const QJsonObject summary = QJsonDocument::fromJson(
        demo.run({QStringLiteral("summary"), demo.file, QStringLiteral("--format"), QStringLiteral("json")}).out.toUtf8())
                                    .object();
    const QJsonObject gaps = QJsonDocument::fromJson(
        demo.run({QStringLiteral("gaps"), demo.file, QStringLiteral("--format"), QStringLiteral("json")}).out.toUtf8())
                                 .object();
    CHECK_FALSE(summary.contains(QStringLiteral("gaps")));
    CHECK(summary.value(QStringLiteral("gapCount")).toInt() == gaps.value(QStringLiteral("gaps")).toArray().size());
    CHECK(summary.value(QStringLiteral("gapCount")).toInt() > 0);
}
