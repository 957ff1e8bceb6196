// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll rollup`: several organisations' assessments of one framework, each organisation once,
// on the statements worded alike in every revision, combined by the method asked for.
#include "rollupcommand.h"

#include "command.h"
#include "exitcodes.h"
#include "export/jsonexport.h"
#include "export/rollupexport.h"
#include "export/xlsxexport.h"
#include "framework/frameworkcatalog.h"
#include "output.h"
#include "scoring/rollup.h"
#include "storage/assessmentfile.h"
#include "storage/rollupfiles.h"
#include "textlayout.h"

namespace wgll::cli {

namespace {

QString line(const QString &text, qsizetype width, qsizetype indent = 2)
{
    return wrap(text, width, indent) + u'\n';
}

/// What was rolled up and how: framework, revision(s), method, and what was left out.
QString rollupHeading(const Rollup &r, qsizetype width)
{
    const QString method = rollupMethodName(r.method);
    const bool migrated = !r.migratedTo.isEmpty() && r.revisions != QStringList{r.migratedTo};
    const QString revisions = r.revisions.join(QStringLiteral(" and ")) +
                              (migrated ? u" migrated to " + r.migratedTo : QString());
    QString text = line(QStringLiteral("Roll-up of %1 organisations' assessments of %2, revision%3 %4; method: %5")
                            .arg(r.organisations.size())
                            .arg(Console::safe(r.frameworkId), r.mixed() ? QStringLiteral("s") : QString(),
                                 Console::safe(revisions), method),
                        width);
    if (migrated)
        text += line(QStringLiteral("Migrated to revision %1: scores kept by statement id; %2 statement wordings "
                                    "changed by the migration and %3 statements dropped (not in %1), listed below.")
                         .arg(Console::safe(r.migratedTo))
                         .arg(r.migrated.size())
                         .arg(r.dropped.size()),
                     width);
    if (r.comparableOnly())
        text += line(QStringLiteral("The files are on different revisions: every figure (statements, measures, "
                                    "overall) is from the %1 statements worded the same in each; %2 not "
                                    "comparable, listed below.")
                         .arg(r.indicators.size())
                         .arg(r.notComparable.size()),
                     width);
    for (const LeftOutFile &l : r.leftOut)
        text += line(u"Left out by --latest: " + Console::safe(l.file) + u" (" + Console::safe(l.organisation) +
                         u", " + Console::safe(l.period) + u"); kept the newer " + Console::safe(l.keptFile),
                     width);
    return text + u'\n';
}

QString rollupTables(const Rollup &r, qsizetype width)
{
    TextTable orgs({QStringLiteral("Organisation"), QStringLiteral("Period"), QStringLiteral("Revision"),
                    QStringLiteral("Overall")},
                   {false, false, false, true}, {true, true, false, false});
    for (const RolledUpOrganisation &o : r.organisations)
        orgs.addRow({o.organisation, o.period, o.revision, formatScore(o.overall)});
    const QString methodTitle = r.method == RollupMethod::Mean     ? QStringLiteral("Mean")
                                : r.method == RollupMethod::Median ? QStringLiteral("Median")
                                                                   : QStringLiteral("Minimum");
    TextTable measures({QStringLiteral("Measure"), methodTitle, QStringLiteral("Min"), QStringLiteral("Max"),
                        QStringLiteral("n")},
                       {false, true, true, true, true}, {true});
    for (const Statistic &s : r.measures)
        measures.addRow({s.id + u' ' + s.title, formatScore(s.value), formatScore(s.min), formatScore(s.max),
                         QString::number(s.n)});
    measures.addRow({QStringLiteral("Overall"), formatScore(r.overall.value), formatScore(r.overall.min),
                     formatScore(r.overall.max), QString::number(r.overall.n)});
    return orgs.toString(width) + u'\n' + measures.toString(width);
}

/// Each statement left out of the figures, with its wording in each revision.
QString notComparableText(const Rollup &r, qsizetype width)
{
    if (r.notComparable.isEmpty())
        return {};
    QString text = u'\n' + line(QStringLiteral("Not comparable (wording differs between revisions, or only in one); "
                                               "left out of every figure:"),
                                width, 0);
    for (const NotComparableStatement &n : r.notComparable) {
        text += line(Console::safe(n.id), width, 2);
        for (qsizetype i = 0; i < n.revisions.size(); ++i) {
            const QString wording = n.wordings.value(i);
            text += u"  " + line(Console::safe(n.revisions.at(i)) + u": " +
                                     (wording.isEmpty() ? QStringLiteral("(no such statement)")
                                                        : Console::safe(wording)),
                                 width, 4);
        }
    }
    return text;
}

/// What --migrate-to changed: each statement kept under another wording (both wordings), and
/// each dropped because the target revision lacks it.
QString migrationText(const Rollup &r, qsizetype width)
{
    QString text;
    if (!r.migrated.isEmpty())
        text += u'\n' + line(u"Migrated to " + Console::safe(r.migratedTo) +
                                 u" (the score kept, the statement now worded as in " + Console::safe(r.migratedTo) +
                                 u"):",
                             width, 0);
    for (const MigratedStatement &m : r.migrated)
        text += line(Console::safe(m.id), width, 2) +
                u"  " + line(Console::safe(m.fromRevision) + u": " + Console::safe(m.fromText), width, 4) +
                u"  " + line(Console::safe(r.migratedTo) + u": " + Console::safe(m.toText), width, 4);
    if (!r.dropped.isEmpty())
        text += u'\n' + line(u"Dropped (not in " + Console::safe(r.migratedTo) + u"; left out of every figure):",
                             width, 0);
    for (const DroppedStatement &d : r.dropped)
        text += line(Console::safe(d.id) + u" (" + Console::safe(d.revision) + u"): " + Console::safe(d.text), width, 2);
    return text;
}

struct RollupOptionsCli
{
    QCommandLineOption format{QStringLiteral("format"), QStringLiteral("text (default), csv, json or xlsx."),
                              QStringLiteral("FORMAT")};
    QCommandLineOption out{QStringLiteral("o"),
                           QStringLiteral("Write to this file instead of standard output (required for xlsx)."),
                           QStringLiteral("OUT")};
    QCommandLineOption method{QStringLiteral("method"),
                              QStringLiteral("How the organisations' scores combine: mean (default), median or min."),
                              QStringLiteral("METHOD"), QStringLiteral("mean")};
    QCommandLineOption latest{QStringLiteral("latest"),
                              QStringLiteral("Keep only the newest period of an organisation given more than once.")};
    QCommandLineOption migrateTo{QStringLiteral("migrate-to"),
                                 QStringLiteral("Migrate every file to this revision of the framework (VERSION or\n"
                                                "ID@VERSION): scores kept by statement id, statements it lacks dropped."),
                                 QStringLiteral("REVISION")};
};

/// The revision --migrate-to names, from the frameworks the program knows: "ID@VERSION", or a
/// bare VERSION of the first file's framework. Unknown: a usage error (64); the first file
/// unreadable: its error. A revision of another framework is refused later, by the roll-up (65).
std::optional<Framework> migrationTarget(const QString &revision, const QString &firstFile, Console &console,
                                         int &code)
{
    QString key = revision;
    if (!revision.contains(u'@')) {
        Error error;
        const std::optional<Assessment> first = storage::readAssessmentFile(firstFile, error);
        if (!first) {
            code = console.fail(error);
            return std::nullopt;
        }
        key = first->framework.id + u'@' + revision;
    }
    const FrameworkCatalog catalog = FrameworkCatalog::load();
    const FrameworkCatalog::Entry *entry = revision.isEmpty() ? nullptr : catalog.find(key);
    if (!entry || !key.endsWith(u'@' + entry->framework.version)) {
        code = console.usage(u"--migrate-to: unknown revision '" + revision + u"' (see wgll framework list)",
                             QStringLiteral("rollup"));
        return std::nullopt;
    }
    return entry->framework;
}

/// The options checked before any file is read: a usage error (64) sets `code`.
std::optional<RollupOptions> rollupOptions(const QCommandLineParser &parser, const RollupOptionsCli &o,
                                           const QString &format, Console &console, int &code)
{
    const std::optional<RollupMethod> method = rollupMethodNamed(parser.value(o.method));
    if (!method)
        code = console.usage(u"unknown method '" + parser.value(o.method) + u"' (choose mean, median or min)",
                             QStringLiteral("rollup"));
    else if (format == u"xlsx" && (!parser.isSet(o.out) || parser.value(o.out) == u"-"))
        code = console.usage(QStringLiteral("xlsx needs a file name: -o OUT.xlsx"), QStringLiteral("rollup"));
    else
        return RollupOptions{*method, parser.isSet(o.latest)};
    return std::nullopt;
}

int deliverRollup(const Rollup &r, const QString &format, const QString &outFile, const QStringList &inputs,
                  Console &console)
{
    if (format == u"json")
        return deliver(json::toBytes(rollups::json(r)), outFile, console, inputs);
    if (format == u"csv")
        return deliver(rollups::csv(r), outFile, console, inputs);
    if (format == u"xlsx") {
        const Status written =
            xlsx::writeTable(rollups::longTable(r), u"WGLL roll-up: " + r.frameworkId, outFile, inputs);
        return written ? ExitOk : console.fail(written.error());
    }
    const qsizetype width = terminalWidth();
    return deliverText(rollupHeading(r, width) + rollupTables(r, width) + notComparableText(r, width) +
                           migrationText(r, width),
                       outFile, console, inputs);
}

} // namespace

int rollupCommand(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Roll up several organisations' assessments of one framework, each organisation once: per measure and\n"
        "statement the organisations' scores combined by --method, with minimum, maximum and how many scored\n"
        "it; each organisation's overall. Files on different revisions roll up on the statements worded alike."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll..."),
                                 QStringLiteral("The assessments (one per organisation)."));
    const RollupOptionsCli o;
    parser.addOptions({o.format, o.out, o.method, o.latest, o.migrateTo});
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("rollup"), args, console, 1, 1'000'000); !p.ok())
        return *p.exitCode;
    int code = ExitOk;
    const auto f = formatOption(parser, o.format,
                                {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json"),
                                 QStringLiteral("xlsx")},
                                QStringLiteral("rollup"), console, code);
    if (!f)
        return code;
    std::optional<RollupOptions> options = rollupOptions(parser, o, *f, console, code);
    if (!options)
        return code;
    const QStringList inputs = parser.positionalArguments();
    if (parser.isSet(o.migrateTo)) {
        options->migrateTo = migrationTarget(parser.value(o.migrateTo), inputs.constFirst(), console, code);
        if (!options->migrateTo)
            return code;
    }
    const QString outFile = parser.value(o.out);
    if (parser.isSet(o.out))
        if (const int refused = checkOutput(outFile, inputs, QStringLiteral("rollup"), console); refused != ExitOk)
            return refused;
    Error error;
    const std::optional<Rollup> rolled = storage::rollUpFiles(inputs, error, *options);
    for (const QString &file : inputs)
        warnIfRecoveryPending(file, console);
    if (!rolled)
        return console.fail(error);
    return deliverRollup(*rolled, *f, outFile, inputs, console);
}

} // namespace wgll::cli
