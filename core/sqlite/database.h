// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blob.h"
#include "function.h"
#include "statement.h"
#include "util/result.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace wgll::sqlite {

/// One SQLite connection (RAII) over the system libsqlite3 C API, hardened on open for files
/// that may come from anyone: defensive mode, no triggers, views, extensions or FTS3
/// tokenizer, untrusted schema, no double-quoted strings, no memory mapping, tight limits and
/// a statement time budget. See docs/file-format.md, "Opening untrusted files".
class Database
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    Database() = default;
    // Not movable: the progress handler registered by setStepBudget() holds `this`.
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    /// Opens and hardens. On failure returns false and `errorMessage()` says why.
    bool open(const QString &fileName, Mode mode);
    /// Opens a read-only, hardened in-memory database holding a copy of `image` (the bytes of a
    /// database file), for checking bytes that never touch the disk (the fuzz harness).
    bool openImage(const QByteArray &image);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    /// The file as given to open(), for the errors this connection reports.
    QString fileName() const { return m_fileName; }

    /// Prepares one statement. An invalid Statement (and errorMessage()) on failure.
    Statement prepare(const char *sql);
    /// Runs SQL with no parameters and no results (pragmas, DDL, BEGIN/COMMIT).
    bool exec(const char *sql);
    /// First column of the first row as an integer, or `fallback` on error / no row.
    qint64 scalar(const char *sql, qint64 fallback = -1);
    /// Opens `column` of row `row` of `table` for incremental I/O (streamed evidence): the
    /// Blob closes itself when it goes out of scope.
    Result<Blob> openBlob(const char *table, const char *column, qint64 row, Blob::Access access);
    /// Writes a compact copy of the whole database to `path` (bound, never spliced into SQL).
    /// VACUUM INTO attaches its output, which the hardened limits forbid: exactly one attachment
    /// is allowed for the length of this one statement.
    bool vacuumInto(const QString &path);
    /// Registers `function` as the SQL function `name` for as long as the returned object lives.
    [[nodiscard]] std::unique_ptr<ScalarFunction> addFunction(const char *name, int arguments,
                                                              ScalarFunction::Body body);

    QString errorMessage() const;
    int errorCode() const;
    /// Why the last operation failed, in the system's words where a system call failed ("No
    /// space left on device", from the errno SQLite kept), else SQLite's message.
    QString errorReason() const;
    /// True inside an explicit transaction (BEGIN without COMMIT or ROLLBACK yet).
    bool inTransaction() const;
    /// Sets how many SQLite VM steps (in thousands) one statement may take before it is
    /// interrupted, so a hostile file cannot make a check run for minutes. 0 = no budget.
    void setStepBudget(int thousands);

    qint64 lastInsertId() const;
    int changes() const;

private:
    void harden();
    void setLimits();

    sqlite3 *m_db = nullptr;
    QString m_fileName;
    int m_budget = 0;
    int m_used = 0;
    QString m_openError;
    // The failure of the last exec(): a ROLLBACK that follows a failed COMMIT succeeds and
    // would otherwise replace SQLite's message (e.g. "disk I/O error") with "not an error".
    int m_failedCode = 0;
    QString m_failedMessage;
};

/// Runs a transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless
/// commit() succeeded. Keeps every multi-statement edit all-or-nothing.
///
/// Inside another transaction it is a savepoint: commit() releases it into the outer one (no
/// write to disk yet) and destruction without commit() rolls back only what was done since it
/// began. That lets several edits share one durable commit (one fsync; Document::inOneTransaction)
/// while each stays all-or-nothing on its own.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begun() const { return m_begun; }
    bool commit();

private:
    Database &m_db;
    bool m_begun = false;
    bool m_done = false;
    bool m_nested = false;
};

/// The version of the SQLite library in use, for reports and benchmarks.
QString libraryVersion();

} // namespace wgll::sqlite
