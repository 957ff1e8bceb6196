// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll benchmark import | list | show`: NHS England's national DMA results, read from the data
// file exactly as published, kept as named benchmark sets in the user's data folder.
#include "benchmark/benchmarkstore.h"
#include "benchmark/dmaworkbook.h"
#include "benchmarkview.h"
#include "command.h"
#include "export/jsonexport.h"
#include "output.h"
#include "textlayout.h"

#include <QDateTime>
#include <QJsonArray>

namespace wgll::cli {

namespace {

QString twoPlaces(double value)
{
    return QString::number(value, 'f', 2);
}

int importBenchmark(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Import NHS England's Digital Maturity Assessment data file (.xlsx, as published) as named "
                       "benchmark sets: England, each care setting, region, ICS, ICB and provider."));
    parser.addPositionalArgument(QStringLiteral("FILE.xlsx"), QStringLiteral("The DMA data file."));
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("benchmark import"), args, console, 1, 1); !p.ok())
        return *p.exitCode;
    const QString fileName = parser.positionalArguments().constFirst();
    Result<benchmark::DmaWorkbook> workbook = benchmark::readDmaWorkbook(fileName);
    if (!workbook)
        return console.fail(workbook.error());
    const benchmark::BenchmarkImport import = benchmark::buildSets(
        *workbook, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const QString folder = benchmark::benchmarkFolder();
    // Only now, with every sheet read and checked, is anything written: a failed import leaves nothing.
    if (Status saved = benchmark::save(import, folder); !saved)
        return console.fail(saved.error());
    const qsizetype width = terminalWidth();
    QString text = wrap(QStringLiteral("Imported %1 benchmark sets (%2 provider care-setting rows, %3 ICBs) from ")
                                .arg(import.sets.size())
                                .arg(workbook->providers.size())
                                .arg(workbook->icbs.size())
                            + Console::safe(fileName) + u": " + Console::safe(import.source.title) + u", year "
                            + QString::number(import.year) + u", into " + Console::safe(benchmark::fileFor(import, folder)),
                        width, 2)
                       + u'\n';
    text += wrap(Console::safe(benchmark::attribution(import.source)), width, 2) + u'\n';
    return deliverText(text, {}, console);
}

QJsonObject listJson(const QList<benchmark::BenchmarkImport> &imports)
{
    QJsonArray sets;
    QJsonArray sources;
    for (const benchmark::BenchmarkImport &import : imports) {
        const QJsonObject withSource = benchmark::setToJson(import, import.sets.value(0));
        sources.append(QJsonObject{{QStringLiteral("year"), import.year},
                                   {QStringLiteral("importedAt"), import.importedAt},
                                   {QStringLiteral("source"), withSource.value(QStringLiteral("source"))},
                                   {QStringLiteral("attribution"), withSource.value(QStringLiteral("attribution"))},
                                   {QStringLiteral("setCount"), import.sets.size()}});
        for (const benchmark::BenchmarkSet &set : import.sets) {
            sets.append(QJsonObject{{QStringLiteral("name"), set.name},
                                    {QStringLiteral("year"), import.year},
                                    {QStringLiteral("kind"), set.kind},
                                    {QStringLiteral("title"), set.title},
                                    {QStringLiteral("rowCount"), set.rowCount}});
        }
    }
    return {{QStringLiteral("imports"), sources},
            {QStringLiteral("benchmarks"), sets},
            {QStringLiteral("caveat"), benchmark::caveat()}};
}

int listBenchmarks(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the imported benchmark sets."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text (default) or json."),
                                    QStringLiteral("FORMAT"));
    parser.addOption(format);
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("benchmark list"), args, console, 0, 0); !p.ok())
        return *p.exitCode;
    int code = ExitOk;
    const auto f = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json")},
                                QStringLiteral("benchmark list"), console, code);
    if (!f)
        return code;
    Result<QList<benchmark::BenchmarkImport>> imports = benchmark::loadAll(benchmark::benchmarkFolder());
    if (!imports)
        return console.fail(imports.error());
    if (*f == u"json")
        return deliver(json::toBytes(listJson(*imports)), {}, console);
    if (imports->isEmpty())
        return deliverText(QStringLiteral("No benchmarks imported (wgll benchmark import FILE.xlsx).\n"), {}, console);
    // One paragraph per set, not a table: provider names make ids too long for 80 columns.
    const qsizetype width = terminalWidth();
    QString text;
    for (const benchmark::BenchmarkImport &import : *imports) {
        for (const benchmark::BenchmarkSet &set : import.sets)
            text += wrap(QStringLiteral("%1 (%2, %3): %4")
                             .arg(Console::safe(set.name), QString::number(import.year),
                                  set.rowCount == 1 ? QStringLiteral("1 row") : QStringLiteral("%1 rows").arg(set.rowCount),
                                  Console::safe(set.title)),
                         width, 2)
                    + u'\n';
        text += u'\n' + wrap(Console::safe(benchmark::attribution(import.source)), width, 2) + u'\n';
    }
    return deliverText(text, {}, console);
}

QString showText(const benchmark::FoundSet &found, qsizetype width)
{
    const benchmark::BenchmarkSet &set = found.set;
    QString text = wrap(Console::safe(set.name) + u": " + Console::safe(set.title), width, 2) + u'\n'
                   + wrap(u"Source: " + Console::safe(benchmarkSourceLine(found)) + u"; file "
                              + Console::safe(found.import.source.fileName) + u" (SHA-256 "
                              + Console::safe(found.import.source.sha256) + u')',
                          width, 2)
                   + u'\n'
                   + wrap(QStringLiteral("Method: %1; rows: %2").arg(Console::safe(set.method), QString::number(set.rowCount)),
                          width, 2)
                   + u"\n\n";
    TextTable table({QStringLiteral("Measure"), QStringLiteral("DMA pillar"), QStringLiteral("Score")},
                    {false, false, true}, {true, true});
    for (const benchmark::PillarBenchmark &p : set.pillars)
        table.addRow({p.measureTitle, p.pillarName, twoPlaces(p.score)});
    text += table.toString(width);
    if (set.overall2025 && set.overall2024)
        text += u'\n'
                + wrap(u"Overall on comparable domains only (not the mean of the pillars): 2025 "
                           + twoPlaces(*set.overall2025) + u", 2024 " + twoPlaces(*set.overall2024),
                       width, 2)
                + u'\n';
    text += u'\n' + wrap(u"Caveat: " + benchmark::caveat(), width, 2) + u'\n';
    text += wrap(Console::safe(benchmark::attribution(found.import.source)), width, 2) + u'\n';
    return text;
}

int showBenchmark(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show one benchmark set: its pillar scores, source and method."));
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 QStringLiteral("The set's name (see benchmark list); NAME@YEAR for an older year."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text (default) or json."),
                                    QStringLiteral("FORMAT"));
    parser.addOption(format);
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("benchmark show"), args, console, 1, 1); !p.ok())
        return *p.exitCode;
    int code = ExitOk;
    const auto f = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json")},
                                QStringLiteral("benchmark show"), console, code);
    if (!f)
        return code;
    const std::optional<benchmark::FoundSet> found = loadBenchmark(parser.positionalArguments().constFirst(), console, code);
    if (!found)
        return code;
    if (*f == u"json")
        return deliver(json::toBytes(benchmark::setToJson(found->import, found->set)), {}, console);
    return deliverText(showText(*found, terminalWidth()), {}, console);
}

} // namespace

QList<Command> benchmarkCommands()
{
    return {
        {QStringLiteral("benchmark import"), QStringLiteral("Import NHS England's DMA data file as benchmark sets"),
         importBenchmark},
        {QStringLiteral("benchmark list"), QStringLiteral("List the imported benchmark sets"), listBenchmarks},
        {QStringLiteral("benchmark show"), QStringLiteral("Show one benchmark set's pillar scores and source"),
         showBenchmark},
    };
}

} // namespace wgll::cli
