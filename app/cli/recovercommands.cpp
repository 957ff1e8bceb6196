// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll recover FILE --show|--restore|--discard`: unsaved edits a session that ended unexpectedly
// left in a file's working copy, settled from the command line (no window needed).
#include "command.h"
#include "storage/assessmentfile.h"
#include "storage/document.h"
#include "storage/recovery.h"

#include <QFileInfo>

namespace wgll::cli {

using storage::Document;
using storage::RecoveryState;

void warnIfRecoveryPending(const QString &fileName, Console &console)
{
    if (storage::recovery::inspect(fileName).kind != RecoveryState::Kind::Pending)
        return;
    console.warnAbout(fileName, u"unsaved changes from a session that ended unexpectedly are waiting; this reads "
                                u"the file as last saved (see 'wgll recover " + fileName + u" --show')");
}

std::unique_ptr<Document> openForReading(const QString &fileName, Console &console, int &code)
{
    warnIfRecoveryPending(fileName, console);
    Error error;
    std::unique_ptr<Document> doc = wgll::take(Document::open(fileName, Document::Recovery::ReadOnly), error);
    if (!doc)
        code = console.fail(error);
    return doc;
}

namespace {

// The statements whose answer differs between the saved file and the recovered copy.
QStringList changedStatements(const Assessment &saved, const Assessment &recovered)
{
    QStringList ids;
    for (const Answer &a : recovered.answers) {
        const Answer *before = saved.answer(a.indicator);
        if (!before || !(*before == a))
            ids.append(a.indicator);
    }
    return ids;
}

int show(const QString &fileName, const RecoveryState &state, Console &console)
{
    QString text = fileName + u": unsaved changes from a session that ended unexpectedly\n";
    text += QStringLiteral("  edit count: %1 saved in the file, %2 in the unsaved copy\n")
                .arg(state.savedGeneration)
                .arg(state.generation < 0 ? QStringLiteral("unknown (the copy cannot be read)")
                                          : QString::number(state.generation));
    Error error;
    // Restore opens the copy as it is (nothing is saved); dropping it keeps the copy.
    std::unique_ptr<Document> doc = wgll::take(Document::open(fileName, Document::Recovery::Restore), error);
    if (doc && doc->isReadOnly())
        return console.fail(Error{ErrorKind::Conflict, fileName, 0, u"cannot be recovered now: " + doc->readOnlyReason()});
    if (doc) {
        const Assessment recovered = doc->assessment();
        text += u"  last change: " + recovered.info.modified.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                u" UTC\n";
        Error savedError;
        if (const std::optional<Assessment> saved = storage::readAssessmentFile(fileName, savedError)) {
            const QStringList ids = changedStatements(*saved, recovered);
            text += u"  statements changed: " + (ids.isEmpty() ? QStringLiteral("none") : ids.join(u", ")) + u'\n';
        }
    } else {
        text += u"  the unsaved copy cannot be restored: " + error.message + u'\n';
    }
    text += u"Run 'wgll recover " + fileName + u" --restore' to save them into the file, or --discard to drop them.\n";
    console.out() << text;
    return ExitOk;
}

int restore(const QString &fileName, Console &console)
{
    Error error;
    std::unique_ptr<Document> doc = wgll::take(Document::open(fileName, Document::Recovery::Restore), error);
    if (!doc)
        return console.fail(error);
    if (doc->isReadOnly())
        return console.fail(Error{ErrorKind::Conflict, fileName, 0, u"cannot be recovered now: " + doc->readOnlyReason()});
    // KeepBoth: a file another program changed meanwhile is kept, and ours saved beside it.
    if (const Status saved = doc->save(Document::Overwrite::KeepBoth); !saved) {
        // Saved beside it: the edits are safe in the new file. Otherwise keep the copy for later.
        if (!doc->isModified())
            doc->close();
        return console.fail(saved.error());
    }
    doc->close();
    console.out() << "restored the unsaved changes into " << fileName << '\n';
    return ExitOk;
}

int discard(const QString &fileName, Console &console)
{
    Error error;
    std::unique_ptr<Document> doc = wgll::take(Document::open(fileName, Document::Recovery::Discard), error);
    if (!doc)
        return console.fail(error);
    if (doc->isReadOnly())
        return console.fail(Error{ErrorKind::Conflict, fileName, 0, u"cannot be recovered now: " + doc->readOnlyReason()});
    doc->close();
    console.out() << "discarded the unsaved changes; " << fileName << " is as last saved\n";
    return ExitOk;
}

int recover(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Settle unsaved changes that a session which ended unexpectedly (a crash, a kill, a power cut)\n"
        "left for a file: show them, restore them into the file, or discard them. Until then, editing\n"
        "commands refuse the file (exit 75) and read-only commands read it as last saved."));
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
    const QCommandLineOption showOption(QStringLiteral("show"), QStringLiteral("Describe the unsaved changes."));
    const QCommandLineOption restoreOption(QStringLiteral("restore"),
                                           QStringLiteral("Save the unsaved changes into the file."));
    const QCommandLineOption discardOption(QStringLiteral("discard"), QStringLiteral("Drop the unsaved changes."));
    parser.addOptions({showOption, restoreOption, discardOption});
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("recover"), args, console, 1, 1); !p.ok())
        return *p.exitCode;
    const int chosen = int(parser.isSet(showOption)) + int(parser.isSet(restoreOption)) +
                       int(parser.isSet(discardOption));
    if (chosen != 1)
        return console.usage(QStringLiteral("choose one of --show, --restore or --discard"),
                             QStringLiteral("recover"));
    const QString fileName = parser.positionalArguments().constFirst();
    const RecoveryState state = storage::recovery::inspect(fileName);
    if (state.kind == RecoveryState::Kind::InUse)
        return console.fail(Error{ErrorKind::Conflict, fileName, 0, u"is open in " + state.lockedBy});
    if (state.kind == RecoveryState::Kind::None) {
        if (!QFileInfo::exists(fileName))
            return console.fail(Error{ErrorKind::NotFound, fileName, 0, QStringLiteral("no such file")});
        console.out() << fileName << ": nothing to recover\n";
        return ExitOk;
    }
    if (parser.isSet(showOption))
        return show(fileName, state, console);
    return parser.isSet(restoreOption) ? restore(fileName, console) : discard(fileName, console);
}

} // namespace

QList<Command> recoverCommands()
{
    return {{QStringLiteral("recover"),
             QStringLiteral("Show, restore or discard unsaved changes left by a crash."), recover}};
}

} // namespace wgll::cli
