// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console.h"

#include <QObject>
#include <QString>

namespace wgll::storage {
class Document;
}
namespace wgll::workshop {
class VotingRoom;
}

namespace wgll::cli {

/// The facilitator's side of `wgll workshop host`: one command a line from standard input
/// (docs/cli.md), each answered on standard output, or on standard error as
/// `wgll: FILE: message` when refused (the host goes on). `close`, or the end of the input,
/// saves the file and ends the session.
class HostCommands : public QObject
{
    Q_OBJECT
public:
    HostCommands(storage::Document &doc, workshop::VotingRoom &room, Console &console, QString typedName);

    /// Runs one line; empty lines are ignored.
    void run(const QString &line);
    /// Saves and closes the document once: the exit code.
    int finish();

Q_SIGNALS:
    /// `close` was given: the host stops serving and exits with finish().
    void closed();

private:
    void open(const QString &indicator);
    void status();
    void reveal();
    void agree(const QString &arguments);
    void release(const QString &name);
    void claims();
    void refuse(const QString &message, ErrorKind kind = ErrorKind::BadData);
    void refuse(const Error &error);

    storage::Document &m_doc;
    workshop::VotingRoom &m_room;
    Console &m_console;
    QString m_typedName;
    bool m_closing = false;
    bool m_finished = false;
};

} // namespace wgll::cli
