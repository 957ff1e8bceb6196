// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

#include <sqlite3.h>

#include <utility>

namespace wgll::sqlite {

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_error(std::exchange(other.m_error, 0))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_error = std::exchange(other.m_error, 0);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        m_error = rc;
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        m_error = rc;
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (const int rc = sqlite3_bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                                           SQLITE_TRANSIENT, SQLITE_UTF8);
        rc != SQLITE_OK)
        m_error = rc;
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    if (const int rc = sqlite3_bind_blob64(m_stmt, index, value.constData(), static_cast<sqlite3_uint64>(value.size()),
                                           SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        m_error = rc;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        m_error = rc;
    return *this;
}

Statement &Statement::bindZeroBlob(int index, qint64 size)
{
    if (const int rc = sqlite3_bind_zeroblob64(m_stmt, index, static_cast<sqlite3_uint64>(size)); rc != SQLITE_OK)
        m_error = rc;
    return *this;
}

Statement &Statement::bind(int index, std::optional<int> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

bool Statement::step()
{
    if (!m_stmt) {
        m_error = SQLITE_MISUSE;
        return false;
    }
    if (m_error != 0)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = rc;
    return false;
}

bool Statement::exec()
{
    while (step()) {
    }
    return ok();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error = 0;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::integer(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return QString::fromUtf8(data, size);
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return QByteArray(data, size);
}

ColumnType Statement::columnType(int column) const
{
    static_assert(int(ColumnType::Integer) == SQLITE_INTEGER && int(ColumnType::Float) == SQLITE_FLOAT &&
                  int(ColumnType::Text) == SQLITE_TEXT && int(ColumnType::Blob) == SQLITE_BLOB &&
                  int(ColumnType::Null) == SQLITE_NULL);
    return static_cast<ColumnType>(sqlite3_column_type(m_stmt, column));
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

} // namespace wgll::sqlite
