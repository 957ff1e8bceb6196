// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for the command-line tests of issue 13: assessments to work on, a tiny tmpfs to fill,
// and a thread feeding a FIFO, so each fault can be reproduced for real.
#include "clirunner.h"

#include <QDir>
#include <QFile>

#include <atomic>
#include <thread>

namespace wgll::test {

/// `wgll new` + `import` of a few scores + one 300 kB evidence file (id 1) in `cli`'s home.
QString assessmentWithEvidence(const Cli &cli, const QString &name,
                               const QString &organisation = QStringLiteral("Northshire Hospitals NHS FT"),
                               const QString &period = QStringLiteral("2026/27"));

/// The names of the entries in `folder` (files, hidden ones too: temporaries would show).
QStringList entriesOf(const QString &folder);

/// A tmpfs of `kiB` kilobytes mounted on `folder` for the test (read-only when asked), unmounted
/// when it goes. Needs root (the tests run as root in CI); `mounted` is false elsewhere.
struct TinyTmpfs
{
    TinyTmpfs(const QString &folder, int kiB, bool readOnly = false);
    ~TinyTmpfs();
    TinyTmpfs(const TinyTmpfs &) = delete;
    TinyTmpfs &operator=(const TinyTmpfs &) = delete;
    QString folder;
    bool mounted = false;
};

/// Writes `head` and then, when `endless`, "y\n" for ever (like `cat file; yes`) into the FIFO
/// `path` from a thread, until the reader goes away. The destructor stops and joins it.
class FifoFeeder
{
public:
    FifoFeeder(const QString &path, QByteArray head, bool endless);
    ~FifoFeeder();
    FifoFeeder(const FifoFeeder &) = delete;
    FifoFeeder &operator=(const FifoFeeder &) = delete;
    /// How many bytes the reader took.
    qint64 written() const { return m_written; }

private:
    QByteArray m_path;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_done{false};
    std::atomic<qint64> m_written{0};
    std::thread m_thread;
};

/// True when `text` holds nothing a terminal would act on: no C0 control but newline, no DEL,
/// no C1 control, no bidirectional override or isolate.
bool terminalSafe(const QString &text);

/// Whether every XML part of the ZIP file (XLSX, ODT) parses, by python3's zipfile and
/// xml.etree; `why` gets python's complaint.
bool zipPartsWellFormed(const QString &zipFile, QString &why);

/// Whether the file parses as XML (the HTML report is polyglot XHTML), by python3's xml.etree.
bool xmlWellFormed(const QString &file, QString &why);

} // namespace wgll::test
