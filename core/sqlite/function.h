// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_value;

namespace wgll::sqlite {

/// The storage class of an SQL value, as SQLite keeps it.
enum class ValueType { Integer, Real, Text, Blob, Null };

/// The arguments of one call of a ScalarFunction, read as stored (no conversion, no copy).
class Arguments
{
public:
    Arguments(int count, sqlite3_value **values) : m_count(count), m_values(values) {}
    int count() const { return m_count; }
    ValueType type(int i) const;
    qint64 int64(int i) const;
    /// The stored bytes of a text or blob value; its length comes from the record header, so a
    /// NUL inside cannot hide any of it. Valid for the length of the call.
    QByteArrayView bytes(int i) const;

private:
    int m_count;
    sqlite3_value **m_values;
};

/// An application-defined SQL function, registered on one connection for as long as this
/// object lives (Database::addFunction), so no other use of the connection sees it. It is
/// deterministic and callable only from top-level SQL (never from a file's schema).
class ScalarFunction
{
public:
    /// Returns the function's result: text, or NULL (nullopt).
    using Body = std::function<std::optional<QByteArray>(const Arguments &)>;

    ScalarFunction(sqlite3 *db, const char *name, int arguments, Body body);
    ~ScalarFunction();
    ScalarFunction(const ScalarFunction &) = delete;
    ScalarFunction &operator=(const ScalarFunction &) = delete;

    bool ok() const { return m_ok; }

private:
    sqlite3 *m_db;
    QByteArray m_name;
    int m_arguments;
    Body m_body;
    bool m_ok = false;
};

} // namespace wgll::sqlite
