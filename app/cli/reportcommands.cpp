// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll report` and `wgll chart`: the board report and the charts, headless. main() gives
// these two commands a QApplication on the offscreen platform, since charts are drawn.
#include "command.h"
#include "output.h"
#include "report/boardreport.h"
#include "report/reportwriter.h"
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

int report(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write the board report: cover, executive summary with the radar, one section per success measure,\n"
        "the prioritised gap list, the action plan, the evidence index and the method. The format follows\n"
        "the output's extension: .pdf (A4, fonts embedded, vector charts), .odt (editable) or .html\n"
        "(accessible, one file)."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("OUT.pdf, OUT.odt or OUT.html."), QStringLiteral("OUT"));
    const QCommandLineOption baseline(QStringLiteral("baseline"),
                                      QStringLiteral("An earlier assessment of the same framework: changes since."),
                                      QStringLiteral("OLDER.wgll"));
    const QCommandLineOption status(
        QStringLiteral("status"),
        QStringLiteral("draft or final. Default: Final when the assessment is signed off (wgll signoff), else\n"
                       "Draft. final on an assessment that is not signed off is refused (77); draft prints\n"
                       "a signed-off assessment as a draft copy."),
        QStringLiteral("STATUS"));
    const QCommandLineOption groupActions(QStringLiteral("group-actions"),
                                          QStringLiteral("Group the action plan by owner (default) or due (month)."),
                                          QStringLiteral("owner|due"));
    const QCommandLineOption logo(QStringLiteral("logo"), QStringLiteral("The organisation's logo (PNG, JPEG or SVG)."),
                                  QStringLiteral("IMAGE"));
    const QCommandLineOption noSignOff(QStringLiteral("no-sign-off"), QStringLiteral("Leave out the sign-off block."));
    parser.addOptions({output, baseline, status, groupActions, logo, noSignOff});
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("report"), args, console, 1, 1); !p.ok())
        return *p.exitCode;
    const QString out = parser.value(output);
    if (out.isEmpty())
        return console.usage(QStringLiteral("-o OUT.pdf|.odt|.html is required"), QStringLiteral("report"));
    if (!report::formatOf(out))
        return console.usage(u"-o " + out + u": the name must end in .pdf, .odt or .html", QStringLiteral("report"));
    report::Options options;
    if (parser.isSet(status)) {
        const QString s = parser.value(status).toLower();
        if (s != u"draft" && s != u"final")
            return console.usage(u"--status must be draft or final, not \"" + parser.value(status) + u'"',
                                 QStringLiteral("report"));
        options.status = s;
    }
    if (parser.isSet(groupActions)) {
        const QString g = parser.value(groupActions).toLower();
        if (g != u"owner" && g != u"due")
            return console.usage(u"--group-actions must be owner or due, not \"" + parser.value(groupActions) + u'"',
                                 QStringLiteral("report"));
        options.actionGroups = g == u"due" ? report::Options::ActionGroups::Due : report::Options::ActionGroups::Owner;
    }
    if (parser.isSet(logo)) {
        if (!QFileInfo(parser.value(logo)).isFile())
            return console.fail(Error{ErrorKind::NotFound, parser.value(logo), 0, QStringLiteral("no such file")});
        options.logoFile = parser.value(logo);
    }
    options.signOff = !parser.isSet(noSignOff);
    // Everything the command reads: the output may be none of them.
    const QStringList inputs{parser.positionalArguments().at(0), parser.value(baseline), parser.value(logo)};
    if (const int refused = checkOutput(out, inputs, QStringLiteral("report"), console); refused != ExitOk)
        return refused;

    int code = ExitOk;
    const Loaded l = loadWithBaseline(parser.positionalArguments().at(0), parser.value(baseline), console, code);
    if (!l.assessment)
        return code;
    // "Final" is what a sign-off makes a paper, not a word to print on an unsigned one.
    if (options.status == u"final" && !l.assessment->signOffInForce())
        return console.fail(Error{ErrorKind::NotPermitted, parser.positionalArguments().at(0), 0,
                                  QStringLiteral("the assessment is not signed off, so its report cannot say Final; "
                                                 "sign it off first: wgll signoff FILE.wgll --by NAME")});
    const report::BoardReport board = report::build(*l.assessment, l.baseline ? &*l.baseline : nullptr, options);
    Error error;
    const std::optional<QByteArray> bytes = report::render(board, *report::formatOf(out), error);
    if (!bytes)
        return console.fail(error);
    return deliver(*bytes, out, console, inputs);
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
        {QStringLiteral("report"), QStringLiteral("Write the board report as PDF, ODT or HTML."), report},
        {QStringLiteral("chart"), QStringLiteral("Draw the radar or bar chart as PNG or SVG."), chart},
    };
}

/// The commands that draw, and so need a QApplication (see main.cpp).
bool drawsCharts(const QString &command)
{
    return command == u"report" || command == u"chart";
}

} // namespace wgll::cli
