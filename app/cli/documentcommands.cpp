// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll new | import | check | evidence …`: creating, filling and checking .wgll documents.
#include "command.h"
#include "evidencelisting.h"
#include "assessment/scoredcontent.h"
#include "framework/frameworkcatalog.h"
#include "io/csvimport.h"
#include "output.h"
#include "io/csvreader.h"
#include "loginname.h"
#include "storage/assessmentfile.h"
#include "storage/document.h"
#include "storage/filepaths.h"
#include "textlayout.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace wgll::cli {

using storage::Document;

namespace {

// An edit is saved by replacing the file, which needs its folder; a read-only file or folder
// (permissions, a read-only file system) means the user may not change it: 77 before any
// work, rather than a failed save (73) after it.
std::optional<Error> problemWithChanging(const QString &fileName)
{
    const QString real = storage::paths::resolved(fileName);
    if (!QFileInfo::exists(real))
        return std::nullopt; // Document::open says what is missing
    for (const QString &path : {real, QFileInfo(real).absolutePath()}) {
        if (::access(QFile::encodeName(path).constData(), W_OK) != 0 &&
            (errno == EACCES || errno == EPERM || errno == EROFS)) {
            return Error{ErrorKind::NotPermitted, fileName, 0,
                         u"cannot be changed: " + QString::fromLocal8Bit(std::strerror(errno))};
        }
    }
    return std::nullopt;
}

} // namespace

std::unique_ptr<Document> openDocument(const QString &fileName, Console &console, int &code, Editing editing)
{
    if (const std::optional<Error> problem = problemWithChanging(fileName)) {
        code = console.fail(*problem);
        return nullptr;
    }
    Error error;
    std::unique_ptr<Document> doc = wgll::take(Document::open(fileName), error);
    if (!doc) {
        code = console.fail(error);
        return nullptr;
    }
    // A signed-off assessment refuses the edit before any input is read or checked.
    if (const Status editable = doc->checkEditable(); editing == Editing::Content && !editable) {
        doc->close();
        code = console.fail(editable.error());
        return nullptr;
    }
    return doc;
}

int saveAndClose(Document &doc, Console &console)
{
    const Status saved = doc.save();
    if (!saved) {
        doc.close();
        return console.fail(saved.error());
    }
    doc.close();
    return ExitOk;
}

namespace {

/// The options of `wgll new`, for createDocument().
struct NewOptions
{
    const QCommandLineOption &framework;
    const QCommandLineOption &organisation;
    const QCommandLineOption &period;
    const QCommandLineOption &target;
    const QCommandLineOption &baseline;
};

// The second half of `wgll new`: the options parsed, the framework found and checked, the file made.
int createDocument(const QCommandLineParser &parser, const NewOptions &o, const std::optional<Assessment> &older,
                   Console &console)
{
    const QCommandLineOption &framework = o.framework;
    const QCommandLineOption &organisation = o.organisation;
    const QCommandLineOption &period = o.period;
    const QCommandLineOption &target = o.target;
    const QCommandLineOption &baseline = o.baseline;
    bool numeric = false;
    const int defaultTarget =
        older && !parser.isSet(target) ? older->info.defaultTarget : parser.value(target).toInt(&numeric);
    if (!numeric && !(older && !parser.isSet(target)))
        return console.usage(u"--target must be a whole number, not '" + parser.value(target) + u'\'',
                             QStringLiteral("new"));

    const FrameworkCatalog catalog = FrameworkCatalog::load();
    const QString frameworkName = parser.isSet(framework) ? parser.value(framework) : older->framework.id;
    const FrameworkCatalog::Entry *entry = catalog.find(frameworkName);
    if (!entry)
        return console.fail(
            Error{ErrorKind::NotFound, frameworkName, 0, QStringLiteral("no such framework")});
    // A bad option value is a usage error (64) like any other, whatever the framework says.
    const Scale &scale = entry->framework.scale;
    if (parser.isSet(target) && (defaultTarget < scale.min || defaultTarget > scale.max))
        return console.usage(QStringLiteral("--target must be from %1 to %2 on %3's scale, not %4")
                                 .arg(scale.min)
                                 .arg(scale.max)
                                 .arg(entry->framework.id)
                                 .arg(defaultTarget),
                             QStringLiteral("new"));
    if (older && older->framework.id != entry->framework.id)
        return console.fail(
            Error{ErrorKind::BadData, parser.value(baseline), 0,
                  u"is an assessment of " + older->framework.id + u", not " + entry->framework.id});
    AssessmentInfo info;
    info.organisation =
        parser.isSet(organisation) || !older ? parser.value(organisation) : older->info.organisation;
    info.period = parser.value(period);
    info.defaultTarget = defaultTarget;
    Error error;
    const QString fileName = parser.positionalArguments().constFirst();
    std::unique_ptr<Document> doc =
        older ? wgll::take(Document::createFromBaseline(fileName, entry->framework, info, *older), error)
              : wgll::take(Document::create(fileName, entry->framework, info), error);
    if (!doc)
        return console.fail(error);
    doc->close();
    console.print(QStringLiteral("created %1: %2 %3, %4 statements\n")
                      .arg(Console::safe(fileName), Console::safe(entry->framework.id),
                           Console::safe(entry->framework.version))
                      .arg(entry->framework.indicatorCount()));
    return ExitOk;
}

int newDocument(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Create a new, unscored assessment file."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"),
                                 QStringLiteral("The file to create (must not exist)."));
    const QCommandLineOption framework(
        QStringLiteral("framework"), QStringLiteral("Framework ID or ID@VERSION, e.g. wgll-org (required)."),
        QStringLiteral("ID"));
    const QCommandLineOption organisation(
        QStringLiteral("organisation"), QStringLiteral("Organisation or ICS name."), QStringLiteral("NAME"));
    const QCommandLineOption period(
        QStringLiteral("period"), QStringLiteral("Assessment period, e.g. 2026/27."), QStringLiteral("TEXT"));
    const QCommandLineOption target(QStringLiteral("target"),
                                    QStringLiteral("Default target level (default 4)."), QStringLiteral("N"),
                                    QStringLiteral("4"));
    const QCommandLineOption baseline(
        QStringLiteral("baseline"),
        QStringLiteral(
            "Start from an earlier assessment: its targets, weights and actions carry over, scores do not.\n"
            "The framework, organisation and default target default to the baseline's."),
        QStringLiteral("OLDER.wgll"));
    parser.addOptions({framework, organisation, period, target, baseline});
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("new"), args, console, 1, 1); !p.ok())
        return *p.exitCode;
    std::optional<Assessment> older;
    if (parser.isSet(baseline)) {
        Error error;
        older = storage::readAssessmentFile(parser.value(baseline), error);
        if (!older)
            return console.fail(error);
    }
    if (!parser.isSet(framework) && !older)
        return console.usage(QStringLiteral("--framework is required (see 'wgll framework list')"),
                             QStringLiteral("new"));
    return createDocument(parser, {framework, organisation, period, target, baseline}, older, console);
}

int importResponses(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import agreed scores from a CSV file with the header indicator,score,target,weight,note.\n"
        "score is 1-5 or NA (the note is then the reason, and is required). An empty cell keeps the\n"
        "statement's current value (--reset-empty: unscored, default target, weight 1, no notes).\n"
        "All rows or none are imported."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment to fill."));
    parser.addPositionalArgument(QStringLiteral("RESPONSES.csv"),
                                 QStringLiteral("The responses (UTF-8 CSV)."));
    const QCommandLineOption author(
        QStringLiteral("author"),
        QStringLiteral("Name recorded in the change history (default: your login name, from USER,\n"
                       "LOGNAME or the password database; \"uid N\" if none is found)."),
        QStringLiteral("NAME"));
    const QCommandLineOption resetEmpty(
        QStringLiteral("reset-empty"),
        QStringLiteral("Empty cells reset their field (unscored, default target, weight 1, no notes)\n"
                       "instead of keeping the current value."));
    const QCommandLineOption notes(
        QStringLiteral("notes"),
        QStringLiteral("append (default): add a note after the notes already there, after a blank line,\n"
                       "unless they hold it already; replace: the note replaces them."),
        QStringLiteral("append|replace"), QStringLiteral("append"));
    parser.addOptions({author, resetEmpty, notes});
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("import"), args, console, 2, 2); !p.ok())
        return *p.exitCode;
    csvimport::ResponseOptions options;
    options.resetEmpty = parser.isSet(resetEmpty);
    if (parser.value(notes) == u"replace")
        options.notes = csvimport::ResponseOptions::Notes::Replace;
    else if (parser.value(notes) != u"append")
        return console.usage(u"--notes must be append or replace, not '" + parser.value(notes) + u'\'',
                             QStringLiteral("import"));
    // An empty name would leave history rows that say nobody made the change.
    if (parser.isSet(author) && parser.value(author).trimmed().isEmpty())
        return console.usage(QStringLiteral("--author needs a name"), QStringLiteral("import"));
    const QString authorName = parser.isSet(author) ? parser.value(author) : loginName();
    const QString fileName = parser.positionalArguments().at(0);
    const QString csvName = parser.positionalArguments().at(1);

    int code = ExitOk;
    const auto records = readCsvWithHeader(csvName, csvimport::responsesHeader(), console, code);
    if (!records)
        return code;
    std::unique_ptr<Document> doc = openDocument(fileName, console, code);
    if (!doc)
        return code;
    const Result<qsizetype> imported = csvimport::importResponses(*doc, *records, csvName, authorName, options);
    if (!imported) {
        doc->close();
        return console.fail(imported.error());
    }
    if (const int saved = saveAndClose(*doc, console); saved != ExitOk)
        return saved;
    console.print(QStringLiteral("imported %1 responses into %2\n").arg(*imported).arg(Console::safe(fileName)));
    return ExitOk;
}

int check(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Validate an assessment file completely: SQLite integrity, format and version, schema, every value,\n"
        "the content checksum, every evidence file's SHA-256 and, when signed off, that the scored content\n"
        "still has the hash its sign-off recorded. Prints \"ok\" or what is wrong (exit 65)."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The file to check."));
    const QCommandLineOption expect(
        QStringLiteral("expect"),
        QStringLiteral("Also require the SHA-256 of the current scored content to begin with HEX (12 or 64\n"
                       "hex digits, as printed on the board paper): exit 65 when it does not."),
        QStringLiteral("HEX"));
    parser.addOption(expect);
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("check"), args, console, 1, 1); !p.ok())
        return *p.exitCode;
    const QString expected = parser.value(expect).toLower();
    if (parser.isSet(expect) &&
        ((expected.size() != 12 && expected.size() != 64) ||
         std::any_of(expected.begin(), expected.end(),
                     [](QChar c) { return !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')); })))
        return console.usage(u"--expect needs 12 or 64 hex digits, not '" + parser.value(expect) + u'\'',
                             QStringLiteral("check"));
    int code = ExitOk;
    const QString fileName = parser.positionalArguments().constFirst();
    std::unique_ptr<Document> doc = openForReading(fileName, console, code);
    if (!doc)
        return code;
    const Status evidence = doc->verifyEvidence();
    const Status signedOff = evidence ? doc->verifySignOff() : evidence;
    const QString actual = scoredContentSha256(doc->assessment());
    doc->close();
    if (!signedOff)
        return console.fail(signedOff.error());
    if (parser.isSet(expect) && !actual.startsWith(expected))
        return console.fail(Error{ErrorKind::BadData, fileName, 0,
                                  u"does not hold the content expected: its scored content has SHA-256 " + actual +
                                      u", which does not begin with " + expected});
    console.print(parser.isSet(expect) ? u"ok: the scored content's SHA-256 is " + actual + u'\n'
                                       : QStringLiteral("ok\n"));
    return ExitOk;
}

QStringList indicatorList(const QString &text)
{
    QStringList ids;
    for (const QString &id : text.split(u',', Qt::SkipEmptyParts))
        ids.append(id.trimmed());
    return ids;
}

int evidenceAdd(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Store a file in the assessment as evidence for one or more statements (comma-separated ids).\n"
        "With --link or --note, PATH is a web address or the note's text instead of a file."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    parser.addPositionalArgument(QStringLiteral("INDICATOR"),
                                 QStringLiteral("Statement id(s), e.g. 3.5 or 3.5,3.6."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("The evidence file."));
    const QCommandLineOption title(
        QStringLiteral("title"),
        QStringLiteral("Title (default: the file name, the address, or the note's first line)."),
        QStringLiteral("T"));
    const QCommandLineOption link(QStringLiteral("link"), QStringLiteral("PATH is a web address."));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("PATH is the text of a note."));
    parser.addOptions({title, link, note});
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("evidence add"), args, console, 3, 3); !p.ok())
        return *p.exitCode;
    if (parser.isSet(link) && parser.isSet(note))
        return console.usage(QStringLiteral("choose --link or --note, not both"),
                             QStringLiteral("evidence add"));
    const QStringList pos = parser.positionalArguments();
    int code = ExitOk;
    std::unique_ptr<Document> doc = openDocument(pos.at(0), console, code);
    if (!doc)
        return code;
    Error error;
    const QStringList ids = indicatorList(pos.at(1));
    const std::optional<qint64> id =
        parser.isSet(link)   ? wgll::take(doc->addEvidenceLink(pos.at(2), parser.value(title), ids), error)
        : parser.isSet(note) ? wgll::take(doc->addEvidenceNote(pos.at(2), parser.value(title), ids), error)
                             : wgll::take(doc->addEvidenceFile(pos.at(2), parser.value(title), ids), error);
    if (!id) {
        doc->close();
        return console.fail(error);
    }
    if (const int saved = saveAndClose(*doc, console); saved != ExitOk)
        return saved;
    console.print(QStringLiteral("added evidence %1\n").arg(*id));
    return ExitOk;
}

int evidenceList(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the evidence stored in an assessment: id, kind, title, statements, size, SHA-256 and\n"
        "date added. The text table shows the first 8 hex digits of the SHA-256; json and csv all 64."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text (default), json or csv."),
                                    QStringLiteral("FORMAT"));
    parser.addOption(format);
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("evidence list"), args, console, 1, 1); !p.ok())
        return *p.exitCode;
    int code = ExitOk;
    const auto f =
        formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")},
                     QStringLiteral("evidence list"), console, code);
    if (!f)
        return code;
    std::unique_ptr<Document> doc = openForReading(parser.positionalArguments().constFirst(), console, code);
    if (!doc)
        return code;
    const QList<Evidence> items = doc->evidence();
    doc->close();
    if (*f == u"json")
        return deliver(evidencelisting::json(items), {}, console);
    if (*f == u"csv")
        return deliver(evidencelisting::csv(items), {}, console);
    console.print(evidencelisting::text(items, terminalWidth()));
    return ExitOk;
}

int evidenceExtract(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write a stored evidence file out, after checking its SHA-256."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QStringLiteral("Evidence id (see 'wgll evidence list')."));
    const QCommandLineOption output(QStringLiteral("o"),
                                    QStringLiteral("Where to write the file (required; - for standard output)."),
                                    QStringLiteral("PATH"));
    parser.addOption(output);
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("evidence extract"), args, console, 2, 2);
        !p.ok())
        return *p.exitCode;
    if (!parser.isSet(output))
        return console.usage(QStringLiteral("-o PATH is required"), QStringLiteral("evidence extract"));
    bool numeric = false;
    const qint64 id = parser.positionalArguments().at(1).toLongLong(&numeric);
    if (!numeric)
        return console.usage(QStringLiteral("ID must be a number"), QStringLiteral("evidence extract"));
    const QString fileName = parser.positionalArguments().at(0);
    const QString outFile = parser.value(output);
    if (const int refused = checkOutput(outFile, {fileName}, QStringLiteral("evidence extract"), console);
        refused != ExitOk)
        return refused;
    int code = ExitOk;
    // Extracting only reads the document: while a recovery is pending it reads the saved file.
    std::unique_ptr<Document> doc = openForReading(fileName, console, code);
    if (!doc)
        return code;
    const Status written =
        outFile == u"-" ? doc->extractEvidence(id, [&](QByteArrayView bytes) { return writeStdout(bytes); })
                        : doc->extractEvidence(id, outFile);
    doc->close();
    return written ? ExitOk : console.fail(written.error());
}

} // namespace

QList<Command> documentCommands()
{
    return {
        {QStringLiteral("new"), QStringLiteral("Create a new assessment file."), newDocument},
        {QStringLiteral("import"), QStringLiteral("Import scores from a CSV file (all rows or none)."),
         importResponses},
        {QStringLiteral("check"), QStringLiteral("Validate an assessment file completely."), check},
        {QStringLiteral("evidence add"), QStringLiteral("Store a file, link or note as evidence."),
         evidenceAdd},
        {QStringLiteral("evidence list"), QStringLiteral("List stored evidence."), evidenceList},
        {QStringLiteral("evidence extract"), QStringLiteral("Write a stored evidence file out."),
         evidenceExtract},
    };
}

} // namespace wgll::cli
