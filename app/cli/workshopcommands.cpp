// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll votes import`: a workshop's votes from a CSV file (from a paper tally, a form or another
// tool), as one new session in the assessment: all rows or none.
#include "command.h"
#include "io/csvimport.h"
#include "storage/document.h"

namespace wgll::cli {

namespace {

using storage::Document;

int votesImport(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import a workshop's votes from a CSV file with the header participant,indicator,score (score a whole\n"
        "level of the scale). They become one new workshop session; participants are matched by name or added,\n"
        "and everyone who voted is recorded as present. All rows or none are imported."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    parser.addPositionalArgument(QStringLiteral("VOTES.csv"), QStringLiteral("The votes (UTF-8 CSV)."));
    const QCommandLineOption title(QStringLiteral("session"),
                                   QStringLiteral("The session's title (default \"Imported votes\")."),
                                   QStringLiteral("TITLE"));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("The session's date, YYYY-MM-DD (default today)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption facilitator(QStringLiteral("facilitator"), QStringLiteral("Who facilitated."),
                                         QStringLiteral("NAME"));
    parser.addOptions({title, date, facilitator});
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("votes import"), args, console, 2, 2); !p.ok())
        return *p.exitCode;
    WorkshopSession session;
    session.title = parser.isSet(title) ? parser.value(title) : QStringLiteral("Imported votes");
    session.date = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : QDate::currentDate();
    session.facilitator = parser.value(facilitator);
    if (!session.date.isValid())
        return console.usage(u"--date must be YYYY-MM-DD, not \"" + parser.value(date) + u'"',
                                 QStringLiteral("votes import"));
    const QString fileName = parser.positionalArguments().at(0);
    const QString csvName = parser.positionalArguments().at(1);

    int code = ExitOk;
    const auto records = readCsvWithHeader(csvName, csvimport::votesHeader(), console, code);
    if (!records)
        return code;
    std::unique_ptr<Document> doc = openDocument(fileName, console, code);
    if (!doc)
        return code;
    const Result<csvimport::ImportedVotes> imported = csvimport::importVotes(*doc, session, *records, csvName);
    if (!imported) {
        doc->close();
        return console.fail(imported.error());
    }
    if (const int saved = saveAndClose(*doc, console); saved != ExitOk)
        return saved;
    console.print(QStringLiteral("imported %1 votes into %2 as session %3, \"%4\"\n")
                      .arg(imported->votes)
                      .arg(Console::safe(fileName))
                      .arg(imported->session)
                      .arg(Console::safe(session.title)));
    return ExitOk;
}

} // namespace

QList<Command> workshopCommands()
{
    return {
        {QStringLiteral("votes import"), QStringLiteral("Import workshop votes from a CSV file (all rows or none)."),
         votesImport},
    };
}

} // namespace wgll::cli
