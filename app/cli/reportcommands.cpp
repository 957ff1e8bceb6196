// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll report` and `wgll chart`: the board report and the charts, headless. main() gives
// these two commands a QApplication on the offscreen platform, since charts are drawn.
#include "benchmarkview.h"
#include "command.h"
#include "output.h"
#include "report/benchmarksection.h"
#include "report/boardreport.h"
#include "report/reportwriter.h"
#include "report/trendsection.h"
#include "reportbaselines.h"
#include "report/wordtemplate.h"
#include "storage/assessmentfile.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace wgll::cli {

namespace {

/// The assessment and, when --baseline names one, the earlier assessment of the same framework.
struct Loaded
{
    std::optional<Assessment> assessment;
    std::optional<Assessment> baseline;
};

Loaded loadWithBaseline(const QString &fileName, const QString &baselineName, Console &console, int &code)
{
    Loaded l;
    l.assessment = loadAssessment(fileName, console, code);
    if (!l.assessment || baselineName.isEmpty())
        return l;
    Error error;
    l.baseline = storage::readBaselineFile(baselineName, l.assessment->framework.id, error);
    if (!l.baseline) {
        code = console.fail(error);
        l.assessment.reset();
    }
    return l;
}

/// The options of `wgll report`, added to its parser.
struct ReportOptions
{
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              QStringLiteral("OUT.pdf, OUT.odt, OUT.html or OUT.docx."), QStringLiteral("OUT")};
    QCommandLineOption baseline{QStringLiteral("baseline"),
                                QStringLiteral("An earlier assessment of the same framework: changes since. Repeat it\n"
                                               "for a trend page: the changes are then since the newest."),
                                QStringLiteral("OLDER.wgll")};
    QCommandLineOption status{
        QStringLiteral("status"),
        QStringLiteral("draft or final. Default: Final when the assessment is signed off (wgll signoff), else\n"
                       "Draft. final on an assessment that is not signed off is refused (77); draft prints\n"
                       "a signed-off assessment as a draft copy."),
        QStringLiteral("STATUS")};
    QCommandLineOption groupActions{QStringLiteral("group-actions"),
                                    QStringLiteral("Group the action plan by owner (default) or due (month)."),
                                    QStringLiteral("owner|due")};
    QCommandLineOption logo{QStringLiteral("logo"), QStringLiteral("The organisation's logo (PNG, JPEG or SVG)."),
                            QStringLiteral("IMAGE")};
    QCommandLineOption noSignOff{QStringLiteral("no-sign-off"), QStringLiteral("Leave out the sign-off block.")};
    QCommandLineOption wordTemplate{
        QStringLiteral("template"),
        QStringLiteral("A Word template (.dotx or .docx) for a .docx report: its styles, page, header and\n"
                       "footer. Not a Word package: refused (65), nothing written."),
        QStringLiteral("TRUST.dotx")};
    QCommandLineOption benchmark{
        QStringLiteral("benchmark"),
        QStringLiteral("A national DMA benchmark set (wgll benchmark list): a dash-dot line on the radar and a\n"
                       "column beside the measure scores, with its source, method, caveat and licence."),
        QStringLiteral("NAME")};

    explicit ReportOptions(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(QStringLiteral(
            "Write the board report: cover, executive summary with the radar, one section per success measure,\n"
            "the prioritised gap list, the action plan, the evidence index and the method. The format follows\n"
            "the output's extension: .pdf (A4, tagged and accessible, fonts embedded, vector charts), .odt\n"
            "(editable), .html (accessible, one file) or .docx (Word, in the trust's template with --template)."));
        parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
        parser.addOptions({output, baseline, status, groupActions, logo, noSignOff, wordTemplate, benchmark});
    }
};

/// The report's options from the command line, or the usage or file error's exit code.
std::optional<report::Options> reportSettings(const QCommandLineParser &parser, const ReportOptions &o,
                                              Console &console, int &code)
{
    report::Options options;
    if (parser.isSet(o.status)) {
        const QString s = parser.value(o.status).toLower();
        if (s != u"draft" && s != u"final") {
            code = console.usage(u"--status must be draft or final, not \"" + parser.value(o.status) + u'"',
                                 QStringLiteral("report"));
            return std::nullopt;
        }
        options.status = s;
    }
    if (parser.isSet(o.groupActions)) {
        const QString g = parser.value(o.groupActions).toLower();
        if (g != u"owner" && g != u"due") {
            code = console.usage(u"--group-actions must be owner or due, not \"" + parser.value(o.groupActions) + u'"',
                                 QStringLiteral("report"));
            return std::nullopt;
        }
        options.actionGroups = g == u"due" ? report::Options::ActionGroups::Due : report::Options::ActionGroups::Owner;
    }
    if (parser.isSet(o.logo)) {
        if (!QFileInfo(parser.value(o.logo)).isFile()) {
            code = console.fail(Error{ErrorKind::NotFound, parser.value(o.logo), 0, QStringLiteral("no such file")});
            return std::nullopt;
        }
        options.logoFile = parser.value(o.logo);
    }
    options.signOff = !parser.isSet(o.noSignOff);
    return options;
}

/// The output's name checked (required, a known extension, --template only for .docx), or the
/// usage error's exit code.
std::optional<QString> reportOutput(const QCommandLineParser &parser, const ReportOptions &o, Console &console,
                                    int &code)
{
    const QString out = parser.value(o.output);
    const QString command = QStringLiteral("report");
    if (out.isEmpty())
        code = console.usage(QStringLiteral("-o OUT.pdf|.odt|.html|.docx is required"), command);
    else if (!report::formatOf(out))
        code = console.usage(u"-o " + out + u": the name must end in .pdf, .odt, .html or .docx", command);
    else if (parser.isSet(o.wordTemplate) && report::formatOf(out) != report::Format::Docx)
        code = console.usage(u"--template is for a Word report: -o " + out + u" is not .docx", command);
    else
        return out;
    return std::nullopt;
}

int report(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    const ReportOptions o(parser);
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("report"), args, console, 1, 1); !p.ok())
        return *p.exitCode;
    int code = ExitOk;
    const std::optional<QString> out = reportOutput(parser, o, console, code);
    if (!out)
        return code;
    const std::optional<report::Options> options = reportSettings(parser, o, console, code);
    if (!options)
        return code;
    const QString file = parser.positionalArguments().at(0);
    // Everything the command reads: the output may be none of them.
    const QStringList inputs =
        QStringList{file, parser.value(o.logo), parser.value(o.wordTemplate)} + parser.values(o.baseline);
    if (const int refused = checkOutput(*out, inputs, QStringLiteral("report"), console); refused != ExitOk)
        return refused;
    // The template is checked whole before anything is written: a broken one leaves no file.
    std::optional<report::WordTemplate> wordTemplate;
    if (parser.isSet(o.wordTemplate)) {
        Result<report::WordTemplate> read = report::readWordTemplate(parser.value(o.wordTemplate));
        if (!read)
            return console.fail(read.error());
        wordTemplate = std::move(read).value();
    }
    // The benchmark is found before anything is written: an unknown set leaves no file.
    std::optional<benchmark::FoundSet> national;
    if (parser.isSet(o.benchmark) && !(national = loadBenchmark(parser.value(o.benchmark), console, code)))
        return code;
    const ReportInputs l = loadReportInputs(file, parser.values(o.baseline), console, code);
    if (!l.assessment)
        return code;
    // "Final" is what a sign-off makes a paper, not a word to print on an unsigned one.
    if (options->status == u"final" && !l.assessment->signOffInForce())
        return console.fail(Error{ErrorKind::NotPermitted, file, 0,
                                  QStringLiteral("the assessment is not signed off, so its report cannot say Final; "
                                                 "sign it off first: wgll signoff FILE.wgll --by NAME")});
    report::BoardReport board = report::build(*l.assessment, l.baseline ? &*l.baseline : nullptr, *options);
    if (l.trend)
        report::addTrendSection(board, *l.trend, l.assessment->framework.scale);
    if (national)
        report::addBenchmark(board, report::benchmarkColumn(Scorecard::of(*l.assessment), national->import, national->set));
    Error error;
    const std::optional<QByteArray> bytes =
        report::render(board, *report::formatOf(*out), error, wordTemplate ? &*wordTemplate : nullptr);
    if (!bytes)
        return console.fail(error);
    return deliver(*bytes, *out, console, inputs);
}

int chart(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Draw a chart of the success measure scores as PNG or SVG (by the output's extension):\n"
        "radar (current filled, target dashed, baseline dotted) or bars (score, target, baseline)."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("OUT.png or OUT.svg."), QStringLiteral("OUT"));
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("radar (default) or bars."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("WIDTHxHEIGHT in pixels (default 1200x900)."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption baseline(QStringLiteral("baseline"),
                                      QStringLiteral("An earlier assessment of the same framework, drawn dotted."),
                                      QStringLiteral("OLDER.wgll"));
    parser.addOptions({output, kind, size, baseline});
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("chart"), args, console, 1, 1); !p.ok())
        return *p.exitCode;
    int code = ExitOk;
    const auto k = formatOption(parser, kind, {QStringLiteral("radar"), QStringLiteral("bars")},
                                QStringLiteral("chart"), console, code);
    if (!k)
        return code;
    const QString out = parser.value(output);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != u"png" && suffix != u"svg"))
        return console.usage(QStringLiteral("-o OUT.png or OUT.svg is required"), QStringLiteral("chart"));
    QSize pixels(1200, 900);
    if (parser.isSet(size)) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(size));
        pixels = m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
        if (pixels.width() < 200 || pixels.height() < 150 || pixels.width() > 8000 || pixels.height() > 8000)
            return console.usage(u"--size must be WIDTHxHEIGHT from 200x150 to 8000x8000, not \"" +
                                     parser.value(size) + u'"',
                                 QStringLiteral("chart"));
    }
    const QStringList inputs{parser.positionalArguments().at(0), parser.value(baseline)};
    if (const int refused = checkOutput(out, inputs, QStringLiteral("chart"), console); refused != ExitOk)
        return refused;
    const Loaded l = loadWithBaseline(parser.positionalArguments().at(0), parser.value(baseline), console, code);
    if (!l.assessment)
        return code;
    // The chart as the report draws it: one source for both.
    const report::BoardReport board = report::build(*l.assessment, l.baseline ? &*l.baseline : nullptr, {});
    const QByteArray bytes = report::chartFile(
        board, *k == u"radar" ? report::Chart::Kind::Radar : report::Chart::Kind::MeasureBars, pixels, suffix == u"svg");
    return deliver(bytes, out, console, inputs);
}

} // namespace

QList<Command> reportCommands()
{
    return {
        {QStringLiteral("report"), QStringLiteral("Write the board report as PDF, ODT, HTML or Word (.docx)."), report},
        {QStringLiteral("chart"), QStringLiteral("Draw the radar or bar chart as PNG or SVG."), chart},
    };
}

/// The commands that draw, and so need a QApplication (see main.cpp).
bool drawsCharts(const QString &command)
{
    return command == u"report" || command == u"chart";
}

} // namespace wgll::cli
