// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statement.h"

#include <QString>

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
    sqlite3 *handle() const { return m_db; }

    /// Prepares one statement. An invalid Statement (and errorMessage()) on failure.
    Statement prepare(const char *sql);
    /// Runs SQL with no parameters and no results (pragmas, DDL, BEGIN/COMMIT).
    bool exec(const char *sql);
    /// First column of the first row as an integer, or `fallback` on error / no row.
    qint64 scalar(const char *sql, qint64 fallback = -1);

    QString errorMessage() const;
    int errorCode() const;
    /// Sets how many SQLite VM steps (in thousands) one statement may take before it is
    /// interrupted, so a hostile file cannot make a check run for minutes. 0 = no budget.
    void setStepBudget(int thousands);

    qint64 lastInsertId() const;
    int changes() const;

private:
    void harden();

    sqlite3 *m_db = nullptr;
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
};

} // namespace wgll::sqlite
