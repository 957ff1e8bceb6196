// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll summary | gaps | export | compare | rollup`: the numbers of PRODUCT.md section 4, read
// from files without opening a working copy (storage::readAssessmentFile).
#include "benchmarkview.h"
#include "command.h"
#include "export/jsonexport.h"
#include "export/recordexport.h"
#include "export/tableexport.h"
#include "export/xlsxexport.h"
#include "output.h"
#include "rollupcommand.h"
#include "trendcommand.h"
#include "scoring/comparison.h"
#include "scoring/explain.h"
#include "scoring/scorecard.h"
#include "scoring/whatif.h"
#include "storage/assessmentfile.h"
#include "textlayout.h"

#include <QJsonArray>

namespace wgll::cli {

std::optional<Assessment> loadAssessment(const QString &fileName, Console &console, int &code)
{
    Error error;
    std::optional<Assessment> a = storage::readAssessmentFile(fileName, error);
    if (!a)
        code = console.fail(error);
    else
        warnIfRecoveryPending(fileName, console);
    return a;
}

namespace {

const auto load = loadAssessment;

/// A paragraph of prose at `width`, continuation lines indented by `indent`; its fields are
/// escaped by the caller (Console::safe) before they are joined, wrap() escapes nothing twice.
QString para(const QString &text, qsizetype width, qsizetype indent = 0)
{
    return wrap(text, width, indent) + u'\n';
}

// Every field from the file is escaped on its own (Console::safe), so a newline in the period
// cannot start a line of its own.
QString headline(const Scorecard &card, qsizetype width)
{
    QString text = (card.info.organisation.isEmpty() ? QStringLiteral("(no organisation)")
                                                     : Console::safe(card.info.organisation));
    if (!card.info.period.isEmpty())
        text += u", " + Console::safe(card.info.period);
    text += u" (" + Console::safe(card.info.status) + u')';
    return para(text, width, 2) +
           para(u"Framework " + Console::safe(card.frameworkId + u' ' + card.frameworkVersion) +
                    u"; default target " + QString::number(card.info.defaultTarget),
                width, 2);
}

QString summaryText(const Scorecard &card, bool explain, int whatIf, const Assessment &assessment)
{
    const qsizetype width = terminalWidth();
    QString text = headline(card, width);
    text += para(u"Overall " + formatScore(card.overall) +
                     QStringLiteral("; %1 of %2 applicable statements scored; %3 gaps")
                         .arg(card.scoredCount())
                         .arg(card.applicableCount())
                         .arg(card.gapList().size()),
                 width, 2) +
            u'\n';
    if (!card.baseline.isEmpty())
        text += para(u"Started from " + Console::safe(card.baseline) +
                         QStringLiteral("; %1 of %2 statements re-assessed since")
                             .arg(card.reassessed.size())
                             .arg(card.indicators.size()),
                     width, 2);
    TextTable table({QStringLiteral("Measure"), QStringLiteral("Score"), QStringLiteral("Target"),
                     QStringLiteral("Scored"), QStringLiteral("N/A"), QStringLiteral("Unscored")},
                    {false, true, true, true, true, true}, {true});
    for (const MeasureResult &m : card.measures) {
        table.addRow({m.id + u' ' + m.title, formatScore(m.score), formatScore(m.target),
                      QString::number(m.scored), QString::number(m.notApplicable),
                      QString::number(m.unscored())});
    }
    text += table.toString(width);
    if (whatIf > 0) {
        const Projection p = projectClosingTopGaps(assessment, whatIf);
        const QString which = p.closedCount == 1 ? QStringLiteral("the top gap")
                                                 : u"the top " + QString::number(p.closedCount) + u" gaps";
        text += u'\n' + para(u"If " + which + u" (" + Console::safe(p.closed.join(u", ")) +
                                 u") were closed to target: overall " + formatScore(card.overall) + u" → " +
                                 formatScore(p.projected.overall),
                             width, 2);
        for (qsizetype i = 0; i < card.measures.size(); ++i) {
            const MeasureResult &now = card.measures.at(i);
            const MeasureResult &then = p.projected.measures.at(i);
            if (now.score != then.score)
                text += u"  " + para(Console::safe(now.title) + u' ' + formatScore(now.score) + u" → " +
                                         formatScore(then.score),
                                     width, 4);
        }
    }
    if (explain) {
        text += u'\n' + para(explainOverall(card), width, 2);
        for (const MeasureResult &m : card.measures)
            text += para(explainMeasure(card, m), width, 2);
    }
    return text;
}

/// summary --what-if N as JSON: the statements closed and the projected scores.
QJsonObject whatIfJson(const Assessment &assessment, int n)
{
    const Projection p = projectClosingTopGaps(assessment, n);
    const QJsonObject projected = json::summaryOf(p.projected);
    QJsonObject whatIf;
    whatIf.insert(QStringLiteral("closed"), QJsonArray::fromStringList(p.closed));
    whatIf.insert(QStringLiteral("overall"), projected.value(QStringLiteral("overall")));
    whatIf.insert(QStringLiteral("measures"), projected.value(QStringLiteral("measures")));
    return whatIf;
}

int summary(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show the overall score and each success measure's score, target and coverage."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text (default) or json."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     QStringLiteral("Show how each figure is worked out."));
    const QCommandLineOption whatIf(
        QStringLiteral("what-if"),
        QStringLiteral("Also project the scores if the top N gaps were closed to target."),
        QStringLiteral("N"));
    const QCommandLineOption benchmarkOption(
        QStringLiteral("benchmark"),
        QStringLiteral("Also show each measure beside an imported national DMA benchmark (wgll benchmark list)."),
        QStringLiteral("NAME"));
    parser.addOptions({format, explain, whatIf, benchmarkOption});
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("summary"), args, console, 1, 1); !p.ok())
        return *p.exitCode;
    int code = ExitOk;
    const auto f = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json")},
                                QStringLiteral("summary"), console, code);
    if (!f)
        return code;
    int n = 0;
    if (parser.isSet(whatIf)) {
        bool ok = false;
        n = parser.value(whatIf).toInt(&ok);
        if (!ok || n < 1)
            return console.usage(QStringLiteral("--what-if needs a whole number of gaps, 1 or more"),
                                 QStringLiteral("summary"));
    }
    const auto assessment = load(parser.positionalArguments().constFirst(), console, code);
    if (!assessment)
        return code;
    std::optional<benchmark::FoundSet> benchmark;
    if (parser.isSet(benchmarkOption) && !(benchmark = loadBenchmark(parser.value(benchmarkOption), console, code)))
        return code;
    const Scorecard card = Scorecard::of(*assessment);
    if (*f == u"json") {
        QJsonObject o = json::summaryOf(card);
        if (benchmark)
            o.insert(QStringLiteral("benchmark"), benchmarkJson(card, *benchmark));
        if (n > 0)
            o.insert(QStringLiteral("whatIf"), whatIfJson(*assessment, n));
        return deliver(json::toBytes(o), {}, console);
    }
    return deliverText(summaryText(card, parser.isSet(explain), n, *assessment)
                           + (benchmark ? benchmarkText(card, *benchmark, terminalWidth()) : QString()),
                       {}, console);
}

int gaps(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the prioritised gaps: scored statements below target, by gap × weight, rank 1 first."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    const QCommandLineOption top(QStringLiteral("top"), QStringLiteral("Show only the first N gaps."),
                                 QStringLiteral("N"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text (default), csv or json."),
                                    QStringLiteral("FORMAT"));
    parser.addOptions({top, format});
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("gaps"), args, console, 1, 1); !p.ok())
        return *p.exitCode;
    int code = ExitOk;
    const auto f =
        formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")},
                     QStringLiteral("gaps"), console, code);
    if (!f)
        return code;
    int n = 0;
    if (parser.isSet(top)) {
        bool ok = false;
        n = parser.value(top).toInt(&ok);
        if (!ok || n < 1)
            return console.usage(QStringLiteral("--top needs a whole number, 1 or more"),
                                 QStringLiteral("gaps"));
    }
    const auto assessment = load(parser.positionalArguments().constFirst(), console, code);
    if (!assessment)
        return code;
    const Scorecard card = Scorecard::of(*assessment);
    if (*f == u"json")
        return deliver(json::toBytes(json::gapsOf(card, n)), {}, console);
    if (*f == u"csv")
        return deliver(tables::csv(tables::gapHeader(), tables::gapRows(card, n)), {}, console);
    const qsizetype width = terminalWidth();
    QString text = headline(card, width);
    if (card.gapList().isEmpty()) {
        text += QStringLiteral("No gaps: every scored statement is at or above its target.\n");
        return deliverText(text, {}, console);
    }
    TextTable table({QStringLiteral("Rank"), QStringLiteral("Statement"), QStringLiteral("Score"),
                     QStringLiteral("Target"), QStringLiteral("Gap"), QStringLiteral("Weight"),
                     QStringLiteral("Priority"), QStringLiteral("Text")},
                    {true, false, true, true, true, true, true, false},
                    {false, false, false, false, false, false, false, true});
    for (const QStringList &r : tables::gapRows(card, n))
        table.addRow({r[0], r[1], r[3], r[4], r[5], r[6], r[7], r[8]});
    text += u'\n' + table.toString(width);
    return deliverText(text, {}, console);
}

/// The options of `wgll export`.
struct ExportOptions
{
    QCommandLineOption format{QStringLiteral("format"), QStringLiteral("json, csv or xlsx (required)."),
                              QStringLiteral("FORMAT")};
    QCommandLineOption out{QStringLiteral("o"), QStringLiteral("Output file (- for standard output; not for xlsx)."),
                           QStringLiteral("OUT")};
    QCommandLineOption table{
        QStringLiteral("table"),
        u"With --format csv, which table: statements (default: the figures, one row per statement), " +
            records::tableNames().join(u", ") + u'.',
        QStringLiteral("TABLE"), QStringLiteral("statements")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({format, out, table}); }
};

/// What `wgll export` was asked for, once the options make sense together.
struct ExportRequest
{
    QString format;
    QString table;
    QString outFile;
    QStringList inputs;
};

/// Checks the options of `wgll export` and how they combine, before any file is read: a usage
/// error (64) goes to the console and sets `code`.
std::optional<ExportRequest> exportRequest(const QCommandLineParser &parser, const ExportOptions &o, Console &console,
                                           int &code)
{
    const QString command = QStringLiteral("export");
    if (!parser.isSet(o.format)) {
        code = console.usage(QStringLiteral("--format is required (json, csv or xlsx)"), command);
        return std::nullopt;
    }
    if (!parser.isSet(o.out)) {
        code = console.usage(QStringLiteral("-o OUT is required"), command);
        return std::nullopt;
    }
    const auto f = formatOption(parser, o.format,
                                {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xlsx")}, command,
                                console, code);
    if (!f)
        return std::nullopt;
    const QStringList tableNames = QStringList{QStringLiteral("statements")} + records::tableNames();
    const QString t = parser.value(o.table);
    if (!tableNames.contains(t))
        code = console.usage(u"unknown table '" + t + u"' (choose " + tableNames.join(u", ") + u')', command);
    else if (parser.isSet(o.table) && *f != u"csv")
        code = console.usage(QStringLiteral("--table is for --format csv (JSON and XLSX carry every table)"),
                             command);
    else if (*f == u"xlsx" && parser.value(o.out) == u"-")
        code = console.usage(QStringLiteral("xlsx needs a file name: -o OUT.xlsx"), command);
    else
        return ExportRequest{*f, t, parser.value(o.out), parser.positionalArguments()};
    return std::nullopt;
}

/// Reads the assessment with its change history (the export alone reads it: it carries
/// everything the file holds) and writes it in the format asked for.
int writeExport(const ExportRequest &r, Console &console)
{
    QList<Change> history;
    Error error;
    const std::optional<Assessment> assessment = storage::readAssessmentFile(r.inputs.constFirst(), error, &history);
    if (!assessment)
        return console.fail(error);
    warnIfRecoveryPending(r.inputs.constFirst(), console);
    const Scorecard card = Scorecard::of(*assessment);
    if (r.format == u"json")
        return deliver(json::toBytes(json::exportOf(card, *assessment, history)), r.outFile, console, r.inputs);
    if (r.format == u"csv" && r.table == u"statements")
        return deliver(tables::csv(tables::indicatorHeader(), tables::indicatorRows(card)), r.outFile, console,
                       r.inputs);
    if (r.format == u"csv") {
        const records::Table records = *records::table(r.table, *assessment, history);
        return deliver(tables::csv(records.header, records.rows), r.outFile, console, r.inputs);
    }
    if (const Status written = xlsx::write(card, *assessment, history, r.outFile, r.inputs); !written)
        return console.fail(written.error());
    return ExitOk;
}

int exportAssessment(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export every figure and record: JSON (PRODUCT.md section 6 shape, with a section per kind of record),\n"
        "CSV (one table per file: --table) or XLSX (Summary, Statements, Gaps, then a sheet per kind of record).\n"
        "The output is written whole or not at all."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    const ExportOptions o;
    o.addTo(parser);
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("export"), args, console, 1, 1); !p.ok())
        return *p.exitCode;
    int code = ExitOk;
    const std::optional<ExportRequest> request = exportRequest(parser, o, console, code);
    if (!request)
        return code;
    if (const int refused = checkOutput(request->outFile, request->inputs, QStringLiteral("export"), console);
        refused != ExitOk)
        return refused;
    return writeExport(*request, console);
}

/// "Organisation, period (framework version)", escaped for the terminal.
QString comparedAssessment(const AssessmentInfo &i, const QString &version)
{
    return Console::safe(i.organisation + (i.period.isEmpty() ? QString() : u", " + i.period) + u" (framework " +
                         version + u')');
}

/// Who was compared, the overall change and the table of measures.
QString comparedMeasuresText(const Comparison &c, qsizetype width)
{
    QString text = u"Before: " + wrap(comparedAssessment(c.beforeInfo, c.beforeVersion), width, 8, 8) +
                   u"\nAfter:  " + wrap(comparedAssessment(c.afterInfo, c.afterVersion), width, 8, 8) +
                   u"\n\nOverall " + formatScore(c.overallBefore) + u" → " + formatScore(c.overallAfter) + u" (" +
                   formatChange(c.overallBefore, c.overallAfter) + u")\n\n";
    TextTable measures({QStringLiteral("Measure"), QStringLiteral("Before"), QStringLiteral("After"),
                        QStringLiteral("Change")},
                       {false, true, true, true}, {true});
    for (const ComparedMeasure &m : c.measures)
        measures.addRow(
            {m.id + u' ' + m.title, formatScore(m.before), formatScore(m.after), formatChange(m.before, m.after)});
    return text + measures.toString(width);
}

/// One side of a statement's answer as the change list prints it: "3", "N/A", "unscored", "absent".
QString answerWord(const QString &state, const std::optional<int> &score)
{
    if (state == u"scored")
        return QString::number(*score);
    return state == u"n/a" ? QStringLiteral("N/A") : state;
}

/// "before → after", or empty when the two are the same.
QString transition(const QString &before, const QString &after)
{
    return before == after ? QString() : before + u" → " + after;
}

/// Every statement with a change, in framework order: the answer (score, N/A, unscored, and
/// the change in points when both are scored), the target and the weight; empty when none has.
QString everyChangeText(const Comparison &c, qsizetype width)
{
    QList<ComparedIndicator> changed;
    for (const ComparedIndicator &i : c.changes()) { // a change of wording alone is listed below the table
        if (i.answerChanged() || i.targetChanged() || i.weightChanged())
            changed.append(i);
    }
    if (changed.isEmpty())
        return u'\n' + para(QStringLiteral("No statement's answer, target or weight changed."),
                            width);
    TextTable statements({QStringLiteral("Statement"), QStringLiteral("Answer"), QStringLiteral("Change"),
                          QStringLiteral("Target"), QStringLiteral("Weight")},
                         {false, false, true, false, false});
    for (const ComparedIndicator &i : changed) {
        const QString change =
            i.delta && *i.delta != 0 ? (*i.delta > 0 ? QStringLiteral("+") : QString()) + QString::number(*i.delta) : QString();
        const auto number = [](const std::optional<int> &v) { return v ? QString::number(*v) : QStringLiteral("–"); };
        statements.addRow({i.id,
                           transition(answerWord(i.beforeState(), i.before), answerWord(i.afterState(), i.after)),
                           change, i.targetChanged() ? transition(number(i.beforeTarget), number(i.afterTarget)) : QString(),
                           i.weightChanged() ? transition(number(i.beforeWeight), number(i.afterWeight)) : QString()});
    }
    return u'\n' + para(QStringLiteral("Every change (answer, target, weight), in framework order:"), width) +
           statements.toString(width);
}

/// The statements that cannot be compared, each with both wordings, so a reader does not take
/// their absence from the changes as "no change"; empty when there are none.
QString notComparableText(const Comparison &c, qsizetype width)
{
    QStringList ids;
    QString wordings;
    for (const ComparedIndicator &i : c.indicators) {
        if (i.comparable)
            continue;
        ids.append(i.id);
        const auto wording = [](bool present, const QString &text) {
            return present ? Console::safe(text) : QStringLiteral("(no such statement)");
        };
        wordings += u"  " + para(Console::safe(i.id) + u" before (" + Console::safe(c.beforeVersion) + u"): " +
                                     wording(i.beforeWeight.has_value(), i.beforeText),
                                 width, 4) +
                    u"  " + para(Console::safe(i.id) + u" after (" + Console::safe(c.afterVersion) + u"): " +
                                     wording(i.afterWeight.has_value(), i.afterText),
                                 width, 4);
    }
    if (ids.isEmpty())
        return {};
    return u'\n' + para(u"Not comparable (wording differs between revisions, or only in one): " +
                            Console::safe(ids.join(u", ")),
                        width, 2) +
           wordings;
}

QString comparisonText(const Comparison &c)
{
    const qsizetype width = terminalWidth();
    return comparedMeasuresText(c, width) + everyChangeText(c, width) + notComparableText(c, width);
}

int compare(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compare two assessments of the same framework: before, after and change per measure and statement.\n"
        "Statements whose wording differs between the two framework revisions are marked not comparable."));
    parser.addPositionalArgument(QStringLiteral("OLDER.wgll"), QStringLiteral("The earlier assessment."));
    parser.addPositionalArgument(QStringLiteral("NEWER.wgll"), QStringLiteral("The later assessment."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text (default) or json."),
                                    QStringLiteral("FORMAT"));
    parser.addOption(format);
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("compare"), args, console, 2, 2); !p.ok())
        return *p.exitCode;
    int code = ExitOk;
    const auto f = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json")},
                                QStringLiteral("compare"), console, code);
    if (!f)
        return code;
    const QString olderName = parser.positionalArguments().at(0);
    const QString newerName = parser.positionalArguments().at(1);
    const auto older = load(olderName, console, code);
    if (!older)
        return code;
    const auto newer = load(newerName, console, code);
    if (!newer)
        return code;
    QString problem;
    const std::optional<Comparison> c = Comparison::of(*older, *newer, problem);
    if (!c)
        return console.fail(Error{ErrorKind::BadData, newerName, 0, problem});
    if (*f == u"json")
        return deliver(json::toBytes(json::comparisonOf(*c)), {}, console);
    return deliverText(comparisonText(*c), {}, console);
}

} // namespace

QList<Command> scoringCommands()
{
    return {
        {QStringLiteral("summary"), QStringLiteral("Overall and per-measure scores, targets and coverage"),
         summary},
        {QStringLiteral("gaps"), QStringLiteral("The prioritised gap list"), gaps},
        {QStringLiteral("export"), QStringLiteral("Export every figure as JSON, CSV or XLSX"),
         exportAssessment},
        {QStringLiteral("compare"), QStringLiteral("Compare two assessments of the same framework"), compare},
        {QStringLiteral("rollup"), QStringLiteral("Roll up several organisations' assessments"),
         rollupCommand},
        {QStringLiteral("trend"), QStringLiteral("One organisation's scores over several periods"), trendCommand},
    };
}

} // namespace wgll::cli
