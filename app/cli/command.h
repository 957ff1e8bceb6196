// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "console.h"
#include "io/csvreader.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace wgll::storage {
class Document;
}

namespace wgll::cli {

/// One `wgll` sub-command, e.g. "framework show": its words, a one-line summary for
/// `wgll --help`, and the function that runs it with the arguments after its words.
struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &args, Console &console)> run;
};

/// Parses a sub-command's arguments with its own QCommandLineParser. Returns the parser when
/// the command should go on; otherwise the exit code (0 after --help, 64 after a usage error).
struct ParsedArgs
{
    std::optional<int> exitCode;
    bool ok() const { return !exitCode; }
};

/// Sets up `parser` with --help and `description`, parses `args` for command `name`, prints
/// help or a usage error, and checks the positional argument count.
ParsedArgs parseArgs(QCommandLineParser &parser, const QString &name, const QStringList &args, Console &console,
                     qsizetype minPositional, qsizetype maxPositional);

/// `--format` value check shared by every command that has one.
std::optional<QString> formatOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                    const QStringList &allowed, const QString &command, Console &console,
                                    int &exitCode);

/// Reads a .wgll file for a read-only command; on failure prints the error and sets `code`.
std::optional<Assessment> loadAssessment(const QString &fileName, Console &console, int &code);

/// Reads a CSV file whose first record must be `header` (case and spaces aside). Returns the
/// records, header first; on failure prints `FILE:LINE: message` and sets `code` (65 or 66).
std::optional<QList<CsvReader::Record>> readCsvWithHeader(const QString &csvName, const QStringList &header,
                                                          Console &console, int &code);

/// What a command opens a document to do: an ordinary edit is refused at once (77) while the
/// assessment is signed off, before any work; signing off and reopening are not.
enum class Editing { Content, SignOff };
/// Opens a .wgll file for editing; on failure prints the error and sets `code`.
std::unique_ptr<storage::Document> openDocument(const QString &fileName, Console &console, int &code,
                                                Editing editing = Editing::Content);
/// Opens a .wgll file for a command that only reads it (check, evidence list, evidence extract): while a
/// recovery is pending, the file as last saved, read-only, after a one-line warning.
std::unique_ptr<storage::Document> openForReading(const QString &fileName, Console &console, int &code);
/// Saves and closes; a command that fails after editing discards its edits so that it changes
/// nothing, as the CLI contract promises.
int saveAndClose(storage::Document &doc, Console &console);

QList<Command> frameworkCommands();
QList<Command> documentCommands();
QList<Command> scoringCommands();
QList<Command> reportCommands();
QList<Command> workshopCommands();
QList<Command> workshopHostCommands();
QList<Command> recoverCommands();
QList<Command> actionCommands();
QList<Command> boardPaperCommands();
QList<Command> benchmarkCommands();

/// Prints a one-line warning when a crash left unsaved changes for `fileName` (a read-only
/// command then reads the file as last saved; `wgll recover` settles them).
void warnIfRecoveryPending(const QString &fileName, Console &console);

} // namespace wgll::cli
