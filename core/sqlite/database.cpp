// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <mutex>


namespace wgll::sqlite {

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

namespace {

// Once per process, before SQLite starts: no global memory statistics, whose mutex would
// serialise every allocation when files are checked on several threads (roll-up).
void configureSqlite()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); // SQLITE_MISUSE if already started: harmless
        sqlite3_initialize();
    });
}

} // namespace

bool Database::open(const QString &fileName, Mode mode)
{
    configureSqlite();
    close();
    int flags = SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_PRIVATECACHE | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    m_fileName = fileName;
    const int rc = sqlite3_open_v2(fileName.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        m_openError = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return false;
    }
    m_failedCode = 0;
    m_failedMessage.clear();
    harden();
    return true;
}

bool Database::openImage(const QByteArray &image)
{
    if (!open(QStringLiteral(":memory:"), Mode::ReadWrite))
        return false;
    const auto size = static_cast<sqlite3_int64>(image.size());
    auto *copy = static_cast<unsigned char *>(sqlite3_malloc64(static_cast<sqlite3_uint64>(std::max<sqlite3_int64>(size, 1))));
    if (!copy) {
        m_openError = QStringLiteral("out of memory");
        close();
        return false;
    }
    std::memcpy(copy, image.constData(), static_cast<size_t>(size));
    // SQLite owns `copy` from here, and frees it even when deserialising fails.
    const int rc = sqlite3_deserialize(m_db, "main", copy, size, size,
                                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK) {
        m_openError = QString::fromUtf8(sqlite3_errstr(rc));
        close();
        return false;
    }
    return true;
}

void Database::harden()
{
    // SQLite's "Defense against the dark arts" settings, each applied before any SQL runs
    // against the file's schema.
    const int off[] = {SQLITE_DBCONFIG_ENABLE_TRIGGER, SQLITE_DBCONFIG_ENABLE_VIEW,
                       SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION,
                       SQLITE_DBCONFIG_TRUSTED_SCHEMA, SQLITE_DBCONFIG_DQS_DDL, SQLITE_DBCONFIG_DQS_DML};
    for (const int option : off)
        sqlite3_db_config(m_db, option, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_enable_load_extension(m_db, 0);
    setLimits();
    sqlite3_extended_result_codes(m_db, 1);
    exec("PRAGMA cell_size_check=ON");
    exec("PRAGMA mmap_size=0");
    exec("PRAGMA foreign_keys=ON");
}

void Database::setLimits()
{
    // Evidence files make rows large (up to the 512 MiB evidence cap), everything else is kept
    // near SQLite's high-security values.
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, 512 * 1024 * 1024 + 1024);
    sqlite3_limit(m_db, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_limit(m_db, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(m_db, SQLITE_LIMIT_EXPR_DEPTH, 50);
    sqlite3_limit(m_db, SQLITE_LIMIT_COMPOUND_SELECT, 3);
    sqlite3_limit(m_db, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(m_db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
    sqlite3_limit(m_db, SQLITE_LIMIT_VARIABLE_NUMBER, 20);
    sqlite3_limit(m_db, SQLITE_LIMIT_TRIGGER_DEPTH, 10);
}

void Database::setStepBudget(int thousands)
{
    m_budget = thousands;
    m_used = 0;
    if (thousands <= 0) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    // The handler runs every 1000 VM steps; it counts calls against the budget.
    sqlite3_progress_handler(
        m_db, 1000,
        [](void *self) -> int {
            auto *db = static_cast<Database *>(self);
            return ++db->m_used > db->m_budget ? 1 : 0;
        },
        this);
}

Statement Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (!m_db || sqlite3_prepare_v3(m_db, sql, -1, 0, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return {};
    }
    return {m_db, stmt};
}

bool Database::exec(const char *sql)
{
    if (!m_db)
        return false;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    m_failedCode = sqlite3_extended_errcode(m_db);
    m_failedMessage = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

qint64 Database::scalar(const char *sql, qint64 fallback)
{
    Statement s = prepare(sql);
    return s.isValid() && s.step() ? s.int64(0) : fallback;
}

Result<Blob> Database::openBlob(const char *table, const char *column, qint64 row, Blob::Access access)
{
    sqlite3_blob *blob = nullptr;
    const int flags = access == Blob::Access::ReadWrite ? 1 : 0;
    if (!m_db || sqlite3_blob_open(m_db, "main", table, column, row, flags, &blob) != SQLITE_OK) {
        sqlite3_blob_close(blob); // SQLite may hand back a handle even on failure
        const ErrorKind kind = m_db && (errorCode() & 0xff) == SQLITE_ERROR ? ErrorKind::NotFound : ErrorKind::Io;
        return Error{kind, m_fileName, 0,
                     QStringLiteral("cannot open the blob in %1.%2 of row %3: %4")
                         .arg(QLatin1StringView(table), QLatin1StringView(column))
                         .arg(row)
                         .arg(errorMessage())};
    }
    return Blob(m_db, blob, m_fileName);
}

bool Database::vacuumInto(const QString &path)
{
    if (!m_db)
        return false;
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 1);
    Statement vacuum = prepare("VACUUM INTO ?1");
    const bool vacuumed = vacuum.bind(1, path).exec();
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 0);
    return vacuumed;
}

std::unique_ptr<ScalarFunction> Database::addFunction(const char *name, int arguments, ScalarFunction::Body body)
{
    return std::make_unique<ScalarFunction>(m_db, name, arguments, std::move(body));
}

QString Database::errorReason() const
{
    const int code = errorCode() & 0xff;
    const int system = m_db ? sqlite3_system_errno(m_db) : 0;
    if (code == SQLITE_FULL)
        return QString::fromLocal8Bit(std::strerror(system != 0 ? system : ENOSPC));
    if (code == SQLITE_IOERR && system != 0)
        return errorMessage() + u" (" + QString::fromLocal8Bit(std::strerror(system)) + u')';
    return errorMessage();
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

QString Database::errorMessage() const
{
    if (!m_db)
        return m_openError;
    return sqlite3_errcode(m_db) == SQLITE_OK && m_failedCode != 0 ? m_failedMessage
                                                                   : QString::fromUtf8(sqlite3_errmsg(m_db));
}

int Database::errorCode() const
{
    if (!m_db)
        return SQLITE_CANTOPEN;
    const int live = sqlite3_extended_errcode(m_db);
    return live == SQLITE_OK ? m_failedCode : live;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

// One savepoint name serves every depth: SQLite's savepoints form a stack and ROLLBACK TO and
// RELEASE act on the most recent one of the name.
Transaction::Transaction(Database &db) : m_db(db), m_nested(db.inTransaction())
{
    m_begun = m_db.exec(m_nested ? "SAVEPOINT nested_edit" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_begun || m_done)
        return;
    if (m_nested) {
        m_db.exec("ROLLBACK TO nested_edit");
        m_db.exec("RELEASE nested_edit");
    } else {
        m_db.exec("ROLLBACK");
    }
}

bool Transaction::commit()
{
    if (!m_begun || m_done)
        return false;
    if (m_nested) {
        m_done = m_db.exec("RELEASE nested_edit");
        return m_done;
    }
    if (!m_db.exec("COMMIT")) {
        if (m_db.inTransaction())
            m_db.exec("ROLLBACK");
        m_done = true;
        return false;
    }
    m_done = true;
    return true;
}

QString libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace wgll::sqlite
