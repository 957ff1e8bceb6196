// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wgll {

/// Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, newlines inside quotes) from
/// untrusted UTF-8 text. Each record keeps the line it started on so errors can say
/// `responses.csv:7: …`. Refuses invalid UTF-8, unterminated quotes and oversized input.
class CsvReader
{
public:
    struct Record
    {
        int line = 0;
        QStringList fields;
    };
    static constexpr qint64 MaxFileSize = 16LL * 1024 * 1024;

    std::optional<QList<Record>> readFile(const QString &fileName);
    std::optional<QList<Record>> parse(const QByteArray &bytes, const QString &displayName);
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

} // namespace wgll
