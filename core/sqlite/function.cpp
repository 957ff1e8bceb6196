// SPDX-License-Identifier: GPL-3.0-or-later
#include "function.h"

#include <sqlite3.h>

namespace wgll::sqlite {

ValueType Arguments::type(int i) const
{
    switch (sqlite3_value_type(m_values[i])) {
    case SQLITE_INTEGER:
        return ValueType::Integer;
    case SQLITE_FLOAT:
        return ValueType::Real;
    case SQLITE_TEXT:
        return ValueType::Text;
    case SQLITE_BLOB:
        return ValueType::Blob;
    default:
        return ValueType::Null;
    }
}

qint64 Arguments::int64(int i) const
{
    return sqlite3_value_int64(m_values[i]);
}

QByteArrayView Arguments::bytes(int i) const
{
    // sqlite3_value_blob() before sqlite3_value_bytes(): the documented order that reads the
    // stored bytes without converting them.
    const auto *data = static_cast<const char *>(sqlite3_value_blob(m_values[i]));
    return {data, sqlite3_value_bytes(m_values[i])};
}

namespace {

void call(sqlite3_context *context, int count, sqlite3_value **values)
{
    const auto &body = *static_cast<const ScalarFunction::Body *>(sqlite3_user_data(context));
    const std::optional<QByteArray> result = body(Arguments(count, values));
    if (!result)
        return sqlite3_result_null(context);
    sqlite3_result_text(context, result->constData(), static_cast<int>(result->size()), SQLITE_TRANSIENT);
}

} // namespace

ScalarFunction::ScalarFunction(sqlite3 *db, const char *name, int arguments, Body body)
    : m_db(db), m_name(name), m_arguments(arguments), m_body(std::move(body))
{
    m_ok = m_db && sqlite3_create_function_v2(m_db, m_name.constData(), m_arguments,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, &m_body,
                                              call, nullptr, nullptr, nullptr) == SQLITE_OK;
}

ScalarFunction::~ScalarFunction()
{
    if (m_ok)
        sqlite3_create_function_v2(m_db, m_name.constData(), m_arguments, SQLITE_UTF8, nullptr, nullptr, nullptr,
                                   nullptr, nullptr);
}

} // namespace wgll::sqlite
