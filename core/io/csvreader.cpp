// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "util/boundedread.h"
#include "util/jsonchecker.h"

#include <QFile>

namespace wgll {

std::optional<QList<CsvReader::Record>> CsvReader::readFile(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = {ErrorKind::NotFound, fileName, 0, u"cannot read: " + f.errorString()};
        return std::nullopt;
    }
    // Bounded however the file is: a FIFO or /dev/zero stops at the limit too.
    const std::optional<QByteArray> bytes =
        readAtMost(f, fileName, MaxFileSize, QStringLiteral("a CSV file"), m_error);
    if (!bytes)
        return std::nullopt;
    return parse(*bytes, fileName);
}

namespace {

/// The text of a CSV file's bytes: at most MaxFileSize, without the byte-order mark Excel writes,
/// valid UTF-8. nullopt (with `error`) otherwise.
std::optional<QString> decodedText(const QByteArray &input, const QString &displayName, Error &error)
{
    if (input.size() > CsvReader::MaxFileSize) {
        error = {ErrorKind::BadData, displayName, 0, QStringLiteral("is larger than 16 MiB")};
        return std::nullopt;
    }
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // Excel writes a byte-order mark
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        error = {ErrorKind::BadData, displayName, lineOfOffset(bytes, bad),
                 QStringLiteral("invalid UTF-8 (save the file as CSV UTF-8)")};
        return std::nullopt;
    }
    return QString::fromUtf8(bytes);
}

/// One character at `i` inside a quoted field: a doubled quote is a quote, a single one closes
/// the field. Whether the field is still quoted after it.
bool readQuoted(const QString &text, qsizetype &i, QString &field, int &line)
{
    const QChar c = text.at(i);
    if (c != u'"') {
        if (c == u'\n')
            ++line;
        field += c;
        return true;
    }
    if (i + 1 < text.size() && text.at(i + 1) == u'"') {
        field += u'"';
        ++i;
        return true;
    }
    return false;
}

} // namespace

std::optional<QList<CsvReader::Record>> CsvReader::parse(const QByteArray &input, const QString &displayName)
{
    auto fail = [&](int line, const QString &message) {
        m_error = {ErrorKind::BadData, displayName, line, message};
        return std::nullopt;
    };
    const std::optional<QString> decoded = decodedText(input, displayName, m_error);
    if (!decoded)
        return std::nullopt;
    const QString &text = *decoded;

    QList<Record> records;
    Record current;
    QString field;
    int line = 1;
    current.line = 1;
    bool quoted = false;
    bool fieldWasQuoted = false;
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        // A blank line is not a record.
        if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
            records.append(current);
        current = Record{line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            quoted = readQuoted(text, i, field, line);
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || fieldWasQuoted)
                return fail(line, QStringLiteral("a quote inside an unquoted field (quote the whole field and double the quote)"));
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue; // CRLF: the LF ends the record
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else if (fieldWasQuoted) {
            return fail(line, QStringLiteral("text after a closing quote"));
        } else {
            field += c;
        }
    }
    if (quoted)
        return fail(current.line, QStringLiteral("a quoted field is never closed"));
    if (!field.isEmpty() || !current.fields.isEmpty() || fieldWasQuoted)
        endRecord();
    return records;
}

} // namespace wgll
