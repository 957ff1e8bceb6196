// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll trend`: several periods of one organisation's assessment, in time order, per measure and
// overall, the series cut where the framework revision changes.
#include "trendcommand.h"

#include "command.h"
#include "exitcodes.h"
#include "export/jsonexport.h"
#include "export/trendexport.h"
#include "output.h"
#include "scoring/trend.h"
#include "textlayout.h"

namespace wgll::cli {

namespace {

QString line(const QString &text, qsizetype width, qsizetype indent = 2)
{
    return wrap(text, width, indent) + u'\n';
}

QString trendHeading(const Trend &t, qsizetype width)
{
    QString text = line(u"Trend of " + Console::safe(t.organisation) + u" over " + QString::number(t.points.size()) +
                            u" periods, framework " + Console::safe(t.frameworkId),
                        width);
    text += line(QStringLiteral("Periods in time order: by year, then quarter or half (docs/method.md, \"Trend\")."),
                 width);
    for (const TrendPoint &p : t.points)
        text += line(Console::safe(p.period) + u": " + Console::safe(p.file) + u" (revision " +
                         Console::safe(p.revision) + u')',
                     width, 4);
    for (const TrendBreak &b : t.breaks)
        text += line(u"Break between " + Console::safe(b.beforePeriod) + u" and " + Console::safe(b.afterPeriod) +
                         u": the framework revision changes from " + Console::safe(b.beforeRevision) + u" to " +
                         Console::safe(b.afterRevision) +
                         u"; statements are worded differently, so no change is computed across it (|).",
                     width);
    return text + u'\n';
}

/// "3.0", or "4.0 (+1.0)" with the change from the period before in the same segment.
QString cell(const Trend &t, qsizetype measure, qsizetype point)
{
    const QString value = formatScore(t.value(measure, point));
    if (!t.change(measure, point))
        return value;
    return value + u" (" + formatChange(t.value(measure, point - 1), t.value(measure, point)) + u')';
}

QString trendTable(const Trend &t, qsizetype width)
{
    QStringList headers{QStringLiteral("Measure")};
    QList<bool> right{false};
    QStringList revisions{QStringLiteral("Revision")};
    for (qsizetype p = 0; p < t.points.size(); ++p) {
        if (t.breakBefore(p)) { // a column of its own, so no reader joins the two values
            headers.append(QStringLiteral("|"));
            right.append(false);
            revisions.append(QStringLiteral("|"));
        }
        headers.append(t.points.at(p).period);
        right.append(true);
        revisions.append(t.points.at(p).revision);
    }
    TextTable table(headers, right, {true});
    table.addRow(revisions);
    const auto row = [&](qsizetype measure, const QString &name) {
        QStringList cells{name};
        for (qsizetype p = 0; p < t.points.size(); ++p) {
            if (t.breakBefore(p))
                cells.append(QStringLiteral("|"));
            cells.append(cell(t, measure, p));
        }
        table.addRow(cells);
    };
    for (qsizetype m = 0; m < t.measures.size(); ++m)
        row(m, t.measures.at(m).id + u' ' + t.measures.at(m).title);
    row(-1, QStringLiteral("Overall"));
    return table.toString(width);
}

/// Reads every file, stopping at the first unreadable one (its error printed, `code` set).
std::optional<QList<TrendInput>> readInputs(const QStringList &files, Console &console, int &code)
{
    QList<TrendInput> inputs;
    for (const QString &file : files) {
        const std::optional<Assessment> a = loadAssessment(file, console, code);
        if (!a)
            return std::nullopt;
        inputs.append({file, Scorecard::of(*a)});
    }
    return inputs;
}

int deliverTrend(const Trend &t, const QString &format, const QString &outFile, const QStringList &inputs,
                 Console &console)
{
    if (format == u"json")
        return deliver(json::toBytes(trends::json(t)), outFile, console, inputs);
    if (format == u"csv")
        return deliver(trends::csv(t), outFile, console, inputs);
    const qsizetype width = terminalWidth();
    return deliverText(trendHeading(t, width) + trendTable(t, width), outFile, console, inputs);
}

} // namespace

int trendCommand(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Several periods of one organisation's assessment, in time order: each measure and the overall score\n"
        "per period, with the change from the period before. The series breaks where the framework revision\n"
        "changes, and no change is computed across a break."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll..."),
                                 QStringLiteral("Two or more assessments of one organisation, in any order."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text (default), json or csv."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("o"), QStringLiteral("Write to this file instead of standard output."),
                                 QStringLiteral("OUT"));
    parser.addOptions({format, out});
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("trend"), args, console, 2, 1000); !p.ok())
        return *p.exitCode;
    int code = ExitOk;
    const auto f = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")},
                                QStringLiteral("trend"), console, code);
    if (!f)
        return code;
    const QStringList files = parser.positionalArguments();
    const QString outFile = parser.value(out);
    if (parser.isSet(out))
        if (const int refused = checkOutput(outFile, files, QStringLiteral("trend"), console); refused != ExitOk)
            return refused;
    const std::optional<QList<TrendInput>> inputs = readInputs(files, console, code);
    if (!inputs)
        return code;
    Error error;
    const std::optional<Trend> t = Trend::of(*inputs, error);
    if (!t)
        return console.fail(error);
    return deliverTrend(*t, *f, outFile, files, console);
}

} // namespace wgll::cli
