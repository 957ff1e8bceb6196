// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll details | signoff | reopen`: the board paper's cover sheet, signing the assessment off
// and reopening it for changes (issue 16). `wgll check --expect` is in documentcommands.cpp.
#include "command.h"
#include "coverkeys.h"
#include "assessment/coverrules.h"
#include "output.h"
#include "storage/document.h"
#include "textlayout.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wgll::cli {

using storage::Document;

namespace {

QString shortHash(const QString &sha256)
{
    return sha256.left(12);
}

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + u" UTC";
}

QJsonValue signOffJson(const SignOff *s)
{
    if (!s)
        return QJsonValue(QJsonValue::Null);
    QJsonObject o{{QStringLiteral("revision"), s->revision},
                  {QStringLiteral("by"), s->by},
                  {QStringLiteral("at"), s->at.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("meeting"), s->meeting},
                  {QStringLiteral("contentSha256"), s->contentSha256},
                  {QStringLiteral("contentSha256Short"), shortHash(s->contentSha256)}};
    o.insert(QStringLiteral("reopenedBy"), s->reopenedBy.isEmpty() ? QJsonValue() : QJsonValue(s->reopenedBy));
    o.insert(QStringLiteral("reopenedAt"), s->reopenedAt.isValid()
                                               ? QJsonValue(s->reopenedAt.toUTC().toString(Qt::ISODateWithMs))
                                               : QJsonValue());
    return o;
}

QByteArray detailsJson(const Assessment &a)
{
    const QJsonObject o{{QStringLiteral("cover"), coverkeys::toJson(a.cover)},
                        {QStringLiteral("status"), a.info.status},
                        {QStringLiteral("revision"), a.revision()},
                        {QStringLiteral("signOff"), signOffJson(a.signOffInForce())}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString detailsText(const Assessment &a)
{
    QString s;
    const QStringList keys = coverkeys::names();
    qsizetype width = 0;
    for (const QString &k : keys)
        width = std::max(width, k.size());
    for (const QString &key : keys) {
        const QString value = coverkeys::value(a.cover, key);
        s += key + u':' + QString(width + 1 - key.size(), u' ');
        if (value.isEmpty()) {
            s += QStringLiteral("(not set)\n");
            continue;
        }
        // Each line escaped on its own: a multi-line field keeps its lines, indented.
        const QStringList lines = value.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i)
            s += (i ? QString(width + 2, u' ') : QString()) + Console::safe(lines.at(i)) + u'\n';
    }
    s += u'\n';
    if (const SignOff *in = a.signOffInForce())
        s += QStringLiteral("Signed off by %1 on %2, revision %3, SHA-256 %4\n")
                 .arg(Console::safe(in->by), utc(in->at))
                 .arg(in->revision)
                 .arg(shortHash(in->contentSha256));
    else
        s += QStringLiteral("Draft, revision %1 (not signed off)\n").arg(a.revision());
    return s;
}

int details(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Show the board paper's cover sheet, or change it with --set KEY=VALUE (all changes in one\n"
        u"transaction: all or none). An empty VALUE clears the field. Keys:\n  " +
        coverkeys::names().join(u", ") +
        u"\nmeeting-date is YYYY-MM-DD; purpose is one of " + CoverSheet::purposes().join(u", ") +
        u";\nassurance is one of " + CoverSheet::assuranceLevels().join(u", ") + u'.');
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    const QCommandLineOption set(QStringLiteral("set"), QStringLiteral("Change one field (repeatable)."),
                                 QStringLiteral("KEY=VALUE"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text (default) or json."),
                                    QStringLiteral("FORMAT"));
    parser.addOptions({set, format});
    const QString command = QStringLiteral("details");
    if (const ParsedArgs p = parseArgs(parser, command, args, console, 1, 1); !p.ok())
        return *p.exitCode;
    int code = ExitOk;
    const auto f = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json")}, command, console,
                                code);
    if (!f)
        return code;
    const QString fileName = parser.positionalArguments().constFirst();
    if (!parser.isSet(set)) {
        const std::optional<Assessment> a = loadAssessment(fileName, console, code);
        if (!a)
            return code;
        return *f == u"json" ? deliver(detailsJson(*a), {}, console) : (console.print(detailsText(*a)), ExitOk);
    }
    // Every key and value is checked before the file is opened: a mistake changes nothing.
    QList<std::pair<QString, QString>> changes;
    CoverSheet probe;
    for (const QString &pair : parser.values(set)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return console.usage(u"--set needs KEY=VALUE, not '" + pair + u'\'', command);
        const QString key = pair.left(eq).trimmed();
        const QString value = pair.mid(eq + 1);
        if (const auto problem = coverkeys::set(probe, key, value))
            return console.usage(*problem, command);
        changes.append({key, value});
    }
    if (const auto problem = coverrules::problemWith(probe))
        return console.usage(*problem, command);
    std::unique_ptr<Document> doc = openDocument(fileName, console, code);
    if (!doc)
        return code;
    CoverSheet cover = doc->cover();
    for (const auto &[key, value] : changes)
        coverkeys::set(cover, key, value); // checked above
    if (const Status s = doc->setCover(cover); !s) {
        doc->close();
        return console.fail(s.error());
    }
    const Assessment a = doc->assessment();
    if (const int saved = saveAndClose(*doc, console); saved != ExitOk)
        return saved;
    return *f == u"json" ? deliver(detailsJson(a), {}, console) : (console.print(detailsText(a)), ExitOk);
}

QByteArray signOffResult(const QString &action, const SignOff &s, int revision)
{
    QJsonObject o{{QStringLiteral("action"), action},
                  {QStringLiteral("signOff"), signOffJson(&s)},
                  {QStringLiteral("revision"), revision}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

int signOff(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sign the assessment off as final: records who, when (UTC), at which meeting, the revision and\n"
        "the SHA-256 of the scored content, and keeps that content in the file. Every edit is then\n"
        "refused (exit 77) until 'wgll reopen'. An assessment with nothing scored or N/A is refused (65)."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    const QCommandLineOption by(QStringLiteral("by"), QStringLiteral("Who signs it off (required)."),
                                QStringLiteral("NAME"));
    const QCommandLineOption meeting(QStringLiteral("meeting"), QStringLiteral("The meeting that approved it."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text (default) or json."),
                                    QStringLiteral("FORMAT"));
    parser.addOptions({by, meeting, format});
    const QString command = QStringLiteral("signoff");
    if (const ParsedArgs p = parseArgs(parser, command, args, console, 1, 1); !p.ok())
        return *p.exitCode;
    int code = ExitOk;
    const auto f = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json")}, command, console,
                                code);
    if (!f)
        return code;
    if (parser.value(by).trimmed().isEmpty())
        return console.usage(QStringLiteral("--by NAME is required"), command);
    const QString fileName = parser.positionalArguments().constFirst();
    std::unique_ptr<Document> doc = openDocument(fileName, console, code, Editing::SignOff);
    if (!doc)
        return code;
    Error error;
    const std::optional<SignOff> s = wgll::take(doc->signOff(parser.value(by), parser.value(meeting)), error);
    if (!s) {
        doc->close();
        return console.fail(error);
    }
    if (const int saved = saveAndClose(*doc, console); saved != ExitOk)
        return saved;
    if (*f == u"json")
        return deliver(signOffResult(QStringLiteral("signoff"), *s, s->revision), {}, console);
    console.print(QStringLiteral("signed off %1: revision %2, by %3 on %4%5\nSHA-256 %6 (to confirm later: wgll check "
                                 "%1 --expect %6)\n")
                      .arg(Console::safe(fileName))
                      .arg(s->revision)
                      .arg(Console::safe(s->by), utc(s->at),
                           s->meeting.isEmpty() ? QString() : u", at " + Console::safe(s->meeting),
                           shortHash(s->contentSha256)));
    return ExitOk;
}

int reopen(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reopen a signed-off assessment for changes. The sign-off and the content it signed stay in the\n"
        "file; a new revision begins and the status goes back to draft. Refused (65) when not signed off."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    const QCommandLineOption by(QStringLiteral("by"), QStringLiteral("Who reopens it (required)."),
                                QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text (default) or json."),
                                    QStringLiteral("FORMAT"));
    parser.addOptions({by, format});
    const QString command = QStringLiteral("reopen");
    if (const ParsedArgs p = parseArgs(parser, command, args, console, 1, 1); !p.ok())
        return *p.exitCode;
    int code = ExitOk;
    const auto f = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json")}, command, console,
                                code);
    if (!f)
        return code;
    if (parser.value(by).trimmed().isEmpty())
        return console.usage(QStringLiteral("--by NAME is required"), command);
    const QString fileName = parser.positionalArguments().constFirst();
    std::unique_ptr<Document> doc = openDocument(fileName, console, code, Editing::SignOff);
    if (!doc)
        return code;
    Error error;
    const std::optional<SignOff> s = wgll::take(doc->reopen(parser.value(by)), error);
    if (!s) {
        doc->close();
        return console.fail(error);
    }
    const int revision = doc->assessment().revision();
    if (const int saved = saveAndClose(*doc, console); saved != ExitOk)
        return saved;
    if (*f == u"json")
        return deliver(signOffResult(QStringLiteral("reopen"), *s, revision), {}, console);
    console.print(QStringLiteral("reopened %1 for changes by %2: revision %3 (signed off by %4, SHA-256 %5) is kept "
                                 "in the file; now revision %6\n")
                      .arg(Console::safe(fileName), Console::safe(s->reopenedBy))
                      .arg(s->revision)
                      .arg(Console::safe(s->by), shortHash(s->contentSha256))
                      .arg(revision));
    return ExitOk;
}

} // namespace

QList<Command> boardPaperCommands()
{
    return {
        {QStringLiteral("details"), QStringLiteral("Show or set the board paper's cover sheet."), details},
        {QStringLiteral("signoff"), QStringLiteral("Sign the assessment off as final, recording its hash."), signOff},
        {QStringLiteral("reopen"), QStringLiteral("Reopen a signed-off assessment for changes."), reopen},
    };
}

} // namespace wgll::cli
