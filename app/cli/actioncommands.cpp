// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll action add | list | set | remove | import`: the improvement actions of an assessment.
// What a valid action is lives in core (actionrules); the CSV import's checking in core/io.
// Exit codes: a value of the wrong form on the command line (a date that is not YYYY-MM-DD, a
// status that is not one of the three, an id that is not a number) is a usage error, 64; a value
// the file does not have (a statement of another framework, an action id it does not hold) and
// any bad CSV row are bad data, 65, as `wgll import` treats an unknown statement.
#include "command.h"
#include "assessment/actionrules.h"
#include "export/recordexport.h"
#include "export/tableexport.h"
#include "io/actionimport.h"
#include "output.h"
#include "storage/document.h"
#include "textlayout.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace wgll::cli {

namespace {

using namespace Qt::Literals::StringLiterals;
using storage::Document;

/// Checks the form of --due and --status (64 when wrong) and copies the options given into `a`.
/// Returns ExitOk or the usage error's exit code.
struct ActionOptions
{
    QCommandLineOption statement{QStringLiteral("statement"), QStringLiteral("The statement it closes a gap in, e.g. 3.1."),
                                 QStringLiteral("ID")};
    QCommandLineOption text{QStringLiteral("text"), QStringLiteral("What is to be done."), QStringLiteral("TEXT")};
    QCommandLineOption owner{QStringLiteral("owner"), QStringLiteral("Who answers for it (a role or a name)."),
                             QStringLiteral("NAME")};
    QCommandLineOption due{QStringLiteral("due"), QStringLiteral("Due date, YYYY-MM-DD (\"\" for none)."),
                           QStringLiteral("DATE")};
    QCommandLineOption status{QStringLiteral("status"), QStringLiteral("open (default), \"in progress\" or done."),
                              QStringLiteral("STATUS")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({statement, text, owner, due, status}); }
    bool anySet(const QCommandLineParser &p) const
    {
        return p.isSet(statement) || p.isSet(text) || p.isSet(owner) || p.isSet(due) || p.isSet(status);
    }
    int apply(const QCommandLineParser &p, Action &a, const QString &command, Console &console) const
    {
        if (p.isSet(statement))
            a.indicator = p.value(statement).trimmed();
        if (p.isSet(text))
            a.text = p.value(text);
        if (p.isSet(owner))
            a.owner = p.value(owner);
        if (p.isSet(due)) {
            const std::optional<QDate> date = actionrules::dueDate(p.value(due));
            if (!date)
                return console.usage(u"--due must be YYYY-MM-DD or \"\", not \"" + p.value(due) + u'"', command);
            a.due = *date;
        }
        if (p.isSet(status)) {
            if (const auto problem = actionrules::problemWithStatus(p.value(status)))
                return console.usage(u"--status: " + *problem, command);
            a.status = p.value(status);
        }
        return ExitOk;
    }
};

std::optional<qint64> actionId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

/// Saves after an edit that succeeded, or closes (discarding the edit) and reports the failure.
int finish(Document &doc, const Status &edited, Console &console)
{
    if (!edited) {
        doc.close();
        return console.fail(edited.error());
    }
    return saveAndClose(doc, console);
}

int add(const QStringList &args, Console &console)
{
    const QString command = QStringLiteral("action add");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Add an improvement action against a statement; prints its id.\n"
        "--statement and --text are required."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    const ActionOptions o;
    o.addTo(parser);
    if (const ParsedArgs p = parseArgs(parser, command, args, console, 1, 1); !p.ok())
        return *p.exitCode;
    if (!parser.isSet(o.statement) || !parser.isSet(o.text))
        return console.usage(QStringLiteral("--statement and --text are required"), command);
    Action a;
    if (const int bad = o.apply(parser, a, command, console); bad != ExitOk)
        return bad;
    int code = ExitOk;
    std::unique_ptr<Document> doc = openDocument(parser.positionalArguments().constFirst(), console, code);
    if (!doc)
        return code;
    Error error;
    const std::optional<qint64> id = wgll::take(doc->addAction(a), error);
    if (const int done = finish(*doc, id ? Status() : Status(error), console); done != ExitOk)
        return done;
    console.print(QString::number(*id) + u'\n');
    return ExitOk;
}

int set(const QStringList &args, Console &console)
{
    const QString command = QStringLiteral("action set");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Change an action: only the fields given change. --due \"\" clears the due date."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The action's id (see 'wgll action list')."));
    const ActionOptions o;
    o.addTo(parser);
    if (const ParsedArgs p = parseArgs(parser, command, args, console, 2, 2); !p.ok())
        return *p.exitCode;
    const std::optional<qint64> id = actionId(parser.positionalArguments().at(1));
    if (!id)
        return console.usage(u"ID must be a whole number above 0, not \"" + parser.positionalArguments().at(1) + u'"',
                             command);
    if (!o.anySet(parser))
        return console.usage(QStringLiteral("nothing to change: give --text, --owner, --due, --status or --statement"),
                             command);
    Action a;
    a.id = *id;
    // The form of every option is checked before the file is opened.
    if (const int bad = o.apply(parser, a, command, console); bad != ExitOk)
        return bad;
    const QString fileName = parser.positionalArguments().at(0);
    int code = ExitOk;
    std::unique_ptr<Document> doc = openDocument(fileName, console, code);
    if (!doc)
        return code;
    const QList<Action> actions = doc->actions();
    const auto found = std::find_if(actions.begin(), actions.end(), [&](const Action &x) { return x.id == *id; });
    if (found == actions.end()) {
        doc->close();
        return console.fail(Error{ErrorKind::BadData, fileName, 0, QStringLiteral("has no action %1").arg(*id)});
    }
    Action changed = *found;
    o.apply(parser, changed, command, console);
    return finish(*doc, doc->updateAction(changed), console);
}

int remove(const QStringList &args, Console &console)
{
    const QString command = QStringLiteral("action remove");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Remove one or more actions: all of them, or none when one id is unknown."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Action ids."), QStringLiteral("ID..."));
    if (const ParsedArgs p = parseArgs(parser, command, args, console, 2, std::numeric_limits<qsizetype>::max()); !p.ok())
        return *p.exitCode;
    QList<qint64> ids;
    for (const QString &text : parser.positionalArguments().mid(1)) {
        const std::optional<qint64> id = actionId(text);
        if (!id)
            return console.usage(u"ID must be a whole number above 0, not \"" + text + u'"', command);
        ids.append(*id);
    }
    int code = ExitOk;
    std::unique_ptr<Document> doc = openDocument(parser.positionalArguments().constFirst(), console, code);
    if (!doc)
        return code;
    return finish(*doc, doc->removeActions(ids), console);
}

int import(const QStringList &args, Console &console)
{
    const QString command = QStringLiteral("action import");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Add actions from a CSV file with the header statement,text,owner,due,status (due YYYY-MM-DD or\n"
        "empty; status open, in progress or done, empty for open). Every row is checked first; then all\n"
        "are added in one transaction, or none."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    parser.addPositionalArgument(QStringLiteral("ACTIONS.csv"), QStringLiteral("The actions (UTF-8 CSV)."));
    if (const ParsedArgs p = parseArgs(parser, command, args, console, 2, 2); !p.ok())
        return *p.exitCode;
    const QString fileName = parser.positionalArguments().at(0);
    const QString csvName = parser.positionalArguments().at(1);
    int code = ExitOk;
    const auto records = readCsvWithHeader(csvName, csvimport::actionsHeader(), console, code);
    if (!records)
        return code;
    std::unique_ptr<Document> doc = openDocument(fileName, console, code);
    if (!doc)
        return code;
    Error error;
    const auto actions = csvimport::actions(*records, doc->framework(), csvName, error);
    if (!actions) {
        doc->close();
        return console.fail(error);
    }
    const auto ids = wgll::take(doc->addActions(*actions), error);
    if (const int done = finish(*doc, ids ? Status() : Status(error), console); done != ExitOk)
        return done;
    console.print(QStringLiteral("imported %1 actions into %2\n").arg(ids->size()).arg(Console::safe(fileName)));
    return ExitOk;
}

/// What `action list` shows: the options --statement, --owner and --overdue, each empty when not given.
struct ListFilter
{
    std::optional<QString> statement;
    std::optional<QString> owner;
    bool overdue = false;

    // The owner is matched ignoring case and surrounding spaces because owners are typed by hand
    // ("Chief Information Officer", "chief information officer ").
    bool shows(const Action &a, const QDate &today) const
    {
        if (statement && a.indicator != *statement)
            return false;
        if (owner && a.owner.trimmed().compare(*owner, Qt::CaseInsensitive) != 0)
            return false;
        return !overdue || actionrules::isOverdue(a, today);
    }
};

QList<Action> actionsShown(const QList<Action> &all, const ListFilter &filter, const QDate &today)
{
    QList<Action> shown;
    for (const Action &a : all) {
        if (filter.shows(a, today))
            shown.append(a);
    }
    return shown;
}

QByteArray actionListJson(const QList<Action> &shown, const QDate &today)
{
    QJsonArray list;
    for (const Action &a : shown)
        list.append(records::actionJson(a, today));
    return QJsonDocument(QJsonObject{{QStringLiteral("actions"), list}}).toJson(QJsonDocument::Indented);
}

/// The CSV is the export's actions table with an `overdue` column (yes/no) added, so a
/// spreadsheet can filter on it without knowing today's date.
QByteArray actionListCsv(const QList<Action> &shown, const QDate &today)
{
    records::Table t = records::actions(shown);
    t.header.append(QStringLiteral("overdue"));
    for (qsizetype i = 0; i < shown.size(); ++i)
        t.rows[i].append(actionrules::isOverdue(shown.at(i), today) ? QStringLiteral("yes") : QStringLiteral("no"));
    return tables::csv(t.header, t.rows);
}

QString actionListText(const QList<Action> &shown, const QDate &today)
{
    TextTable table({QStringLiteral("ID"), QStringLiteral("STATEMENT"), QStringLiteral("DUE"), QStringLiteral("STATUS"),
                     QStringLiteral("OWNER"), QStringLiteral("TEXT")},
                    {true, false, false, false, false, false}, {false, false, false, false, true, true});
    // An overdue action's date is marked with a star and the mark explained once below the
    // table: a word in the status column would take the width the text needs at 80 columns.
    bool anyOverdue = false;
    for (const Action &a : shown) {
        const bool late = actionrules::isOverdue(a, today);
        anyOverdue = anyOverdue || late;
        table.addRow({QString::number(a.id), a.indicator, records::dateText(a.due) + (late ? u"*"_s : QString()),
                      a.status, a.owner, a.text});
    }
    QString text = table.toString(terminalWidth());
    if (anyOverdue)
        text += QStringLiteral("* overdue: due before today (%1) and not done\n").arg(today.toString(Qt::ISODate));
    return text;
}

int list(const QStringList &args, Console &console)
{
    const QString command = QStringLiteral("action list");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the actions: id, statement, text, owner, due date and status. Overdue: due before today\n"
        "and not done."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text (default), json or csv."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption statement(QStringLiteral("statement"), QStringLiteral("Only this statement's actions."),
                                       QStringLiteral("ID"));
    const QCommandLineOption owner(QStringLiteral("owner"),
                                   QStringLiteral("Only this owner's actions (case and surrounding spaces aside)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption overdue(QStringLiteral("overdue"), QStringLiteral("Only the overdue actions."));
    parser.addOptions({format, statement, owner, overdue});
    if (const ParsedArgs p = parseArgs(parser, command, args, console, 1, 1); !p.ok())
        return *p.exitCode;
    int code = ExitOk;
    const auto f = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")},
                                command, console, code);
    if (!f)
        return code;
    std::unique_ptr<Document> doc = openForReading(parser.positionalArguments().constFirst(), console, code);
    if (!doc)
        return code;
    const QList<Action> all = doc->actions();
    doc->close();
    ListFilter filter;
    if (parser.isSet(statement))
        filter.statement = parser.value(statement).trimmed();
    if (parser.isSet(owner))
        filter.owner = parser.value(owner).trimmed();
    filter.overdue = parser.isSet(overdue);
    const QDate today = QDate::currentDate();
    const QList<Action> shown = actionsShown(all, filter, today);
    if (*f == u"json")
        return deliver(actionListJson(shown, today), {}, console);
    if (*f == u"csv")
        return deliver(actionListCsv(shown, today), {}, console);
    console.print(actionListText(shown, today));
    return ExitOk;
}

} // namespace

QList<Command> actionCommands()
{
    return {
        {QStringLiteral("action add"), QStringLiteral("Add an improvement action; prints its id."), add},
        {QStringLiteral("action list"), QStringLiteral("List the actions (by statement, owner, overdue)."), list},
        {QStringLiteral("action set"), QStringLiteral("Change an action's text, owner, due date or status."),
         set},
        {QStringLiteral("action remove"), QStringLiteral("Remove actions (all of them or none)."), remove},
        {QStringLiteral("action import"), QStringLiteral("Add actions from a CSV file (all rows or none)."), import},
    };
}

} // namespace wgll::cli
