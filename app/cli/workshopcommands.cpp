// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll votes import`: a workshop's votes from a CSV file (from a paper tally, a form or another
// tool), as one new session in the assessment: all rows or none.
#include "command.h"
#include "io/csvreader.h"
#include "storage/document.h"

#include <QSet>

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
        return console.usage(u"votes import: --date must be YYYY-MM-DD, not \"" + parser.value(date) + u'"');
    const QString fileName = parser.positionalArguments().at(0);
    const QString csvName = parser.positionalArguments().at(1);

    const QStringList header{QStringLiteral("participant"), QStringLiteral("indicator"), QStringLiteral("score")};
    auto bad = [&](int line, const QString &message) {
        return console.fail(Error{ErrorKind::BadData, csvName, line, message});
    };
    int code = ExitOk;
    const auto records = readCsvWithHeader(csvName, header, console, code);
    if (!records)
        return code;
    if (records->size() == 1)
        return bad(records->first().line, QStringLiteral("no votes after the header"));

    std::unique_ptr<Document> doc = openDocument(fileName, console, code);
    if (!doc)
        return code;
    const Framework &framework = doc->framework();
    QList<Document::VoteRow> rows;
    QSet<QString> seen;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvReader::Record &rec = records->at(r);
        if (rec.fields.size() != header.size())
            return bad(rec.line, QStringLiteral("has %1 fields; expected 3").arg(rec.fields.size()));
        const QString who = rec.fields.at(0).trimmed();
        const QString id = rec.fields.at(1).trimmed();
        const QString level = rec.fields.at(2).trimmed();
        if (who.isEmpty() || who.size() > 300)
            return bad(rec.line, QStringLiteral("the participant's name must be 1 to 300 characters"));
        if (!framework.indicator(id))
            return bad(rec.line, u"there is no statement \"" + id + u"\" in " + framework.id);
        bool whole = false;
        const int score = level.toInt(&whole);
        if (!whole)
            return bad(rec.line, u"score \"" + level + u"\" is not a whole number");
        if (!framework.scale.contains(score))
            return bad(rec.line, QStringLiteral("score %1 is outside the scale %2–%3")
                                     .arg(score)
                                     .arg(framework.scale.min)
                                     .arg(framework.scale.max));
        const QString key = who.toCaseFolded() + u'\n' + id;
        if (seen.contains(key))
            return bad(rec.line, who + u" has already voted on " + id + u" in this file");
        seen.insert(key);
        rows.append({who, id, score});
    }
    Error error;
    const std::optional<qint64> id = doc->importVotes(session, rows, error);
    if (!id) {
        doc->close();
        return console.fail(error);
    }
    if (const int saved = saveAndClose(*doc, console); saved != ExitOk)
        return saved;
    console.print(QStringLiteral("imported %1 votes into %2 as session %3, \"%4\"\n")
                      .arg(rows.size())
                      .arg(Console::safe(fileName))
                      .arg(*id)
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
