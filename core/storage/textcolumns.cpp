// SPDX-License-Identifier: GPL-3.0-or-later
#include "textcolumns.h"

#include "assessment/textrules.h"
#include "sqlite/database.h"

#include <QByteArray>
#include <QList>


namespace wgll::storage {

namespace {

using text::Lines;

struct Column
{
    const char *name;
    Lines lines;
    qsizetype maxChars;
    qsizetype maxBytes = -1; ///< -1: text::maxUtf8Bytes(maxChars)
    bool nullable = false;
};

struct Table
{
    const char *name;
    bool hasRowid;
    QList<Column> columns;
    int sinceVersion = 1; ///< the format version that added the table
};

constexpr Lines S = Lines::Single;
constexpr Lines M = Lines::Multi;

// Every TEXT column of the schema (schema.cpp), with its form and limit.
using namespace text;

// A table of data rather than a function, so it is built once and reads as the schema does.
const QList<Table> TextTables{
    {"meta", false, {{"key", S, MaxMetaKey}, {"value", S, MaxMetaValue}}},
    {"assessment",
     true,
     {{"organisation", S, MaxName},
      {"period", S, MaxName},
      {"status", S, MaxCode},
      {"framework_id", S, MaxCode},
      {"framework_version", S, MaxCode},
      {"created", S, MaxCode},
      {"modified", S, MaxCode}}},
    {"framework", true, {{"json", M, MaxFrameworkJson, MaxFrameworkJson}}},
    {"answer", false, {{"indicator", S, MaxCode}, {"na_reason", M, MaxLongText}, {"notes", M, MaxLongText}}},
    {"action",
     true,
     {{"indicator", S, MaxCode},
      {"text", M, MaxActionText},
      {"owner", S, MaxName},
      {"due", S, MaxCode},
      {"status", S, MaxCode}}},
    {"evidence",
     true,
     {{"kind", S, MaxCode},
      {"title", S, MaxName},
      {"file_name", S, MaxFileNameBytes, MaxFileNameBytes},
      {"media_type", S, MaxMediaType},
      {"sha256", S, MaxCode},
      {"url", S, MaxUrl},
      {"note", M, MaxLongText},
      {"added", S, MaxCode},
      {"review_by", S, MaxCode}}},
    {"evidence_link", false, {{"indicator", S, MaxCode}}},
    {"participant", true, {{"name", S, MaxName}, {"role", S, MaxName}, {"organisation", S, MaxName}}},
    {"workshop_session", true, {{"title", S, MaxName}, {"date", S, MaxCode}, {"facilitator", S, MaxName}}},
    {"workshop_session", true, {{"disagreement_rule", S, MaxCode}}, 3}, // the column came in format 3
    {"attendance", false, {{"status", S, MaxCode}}},
    {"vote", false, {{"indicator", S, MaxCode}, {"cast_at", S, MaxCode}}},
    {"cant_say", false, {{"indicator", S, MaxCode}, {"cast_at", S, MaxCode}}, 3},
    {"unrevealed", false, {{"indicator", S, MaxCode}}, 3},
    {"claim", true, {{"device", S, MaxDevice}, {"at", S, MaxCode}}, 3},
    {"voting_link", true, {{"secret", S, MaxCode}, {"address", S, MaxCode}, {"opened_at", S, MaxCode}, {"seal", S, MaxCode}}, 3},
    {"voting_token", false, {{"token_sha256", S, MaxCode}}, 3},
    {"decision",
     true,
     {{"indicator", S, MaxCode, -1, true},
      {"text", M, MaxLongText},
      {"rationale", M, MaxLongText},
      {"dissent", M, MaxLongText},
      {"recorded", S, MaxCode}}},
    {"history",
     true,
     {{"indicator", S, MaxCode},
      {"field", S, MaxCode},
      {"old_value", M, MaxLongText, -1, true},
      {"new_value", M, MaxLongText, -1, true},
      {"author", S, MaxName},
      {"changed", S, MaxCode}}},
    {"cover_sheet",
     true,
     {{"meeting", S, MaxName},
      {"meeting_date", S, MaxCode},
      {"agenda_item", S, MaxCode},
      {"report_title", S, MaxName},
      {"purpose", S, MaxCode},
      {"recommendation", M, MaxCoverText},
      {"assurance", S, MaxCode},
      {"assurance_rationale", M, MaxCoverText},
      {"risks", M, MaxCoverText},
      {"author", S, MaxName},
      {"executive_lead", S, MaxName},
      {"previously_considered", S, MaxName},
      {"executive_summary", M, MaxLongText}},
     2},
    {"signoff",
     true,
     {{"signed_by", S, MaxName},
      {"signed_at", S, MaxCode},
      {"meeting", S, MaxName},
      {"content_sha256", S, MaxCode},
      {"content", M, MaxSignedContent, MaxSignedContent},
      {"reopened_by", S, MaxName},
      {"reopened_at", S, MaxCode}},
     2},
};

// wgll_text_fault(value, multi-line, max characters, max bytes, nullable): NULL when the value
// is acceptable text, else what is wrong. Reads the stored bytes (no conversion, no copy).
std::optional<QByteArray> textFault(const sqlite::Arguments &args)
{
    const sqlite::ValueType type = args.type(0);
    if (type == sqlite::ValueType::Null && args.int64(4) != 0)
        return std::nullopt;
    switch (type) {
    case sqlite::ValueType::Text:
        break;
    case sqlite::ValueType::Blob:
        return QByteArrayLiteral("is stored as a BLOB, not as text");
    case sqlite::ValueType::Null:
        return QByteArrayLiteral("is NULL, not text");
    case sqlite::ValueType::Integer:
        return QByteArrayLiteral("is stored as an integer, not as text");
    case sqlite::ValueType::Real:
        return QByteArrayLiteral("is stored as a real number, not as text");
    }
    const auto problem = text::problemWithUtf8(args.bytes(0), args.int64(1) != 0 ? Lines::Multi : Lines::Single,
                                               args.int64(2), args.int64(3));
    if (!problem)
        return std::nullopt;
    return problem->toUtf8();
}

QByteArray faultCall(const Column &c)
{
    const qsizetype maxBytes = c.maxBytes < 0 ? text::maxUtf8Bytes(c.maxChars) : c.maxBytes;
    return "wgll_text_fault(\"" + QByteArray(c.name) + "\", " + (c.lines == M ? "1" : "0") + ", " +
           QByteArray::number(c.maxChars) + ", " + QByteArray::number(maxBytes) + ", " + (c.nullable ? "1" : "0") +
           ")";
}

std::optional<QString> problemWithFileNames(sqlite::Database &db)
{
    // Only after every column passed: file_name is valid UTF-8 here.
    sqlite::Statement s = db.prepare("SELECT id, kind, file_name FROM evidence");
    while (s.step()) {
        const QString name = s.text(2);
        const QString where = u"column \"file_name\" of table \"evidence\" (row " + QString::number(s.int64(0)) + u") ";
        if (s.text(1) != u"file") {
            if (!name.isEmpty())
                return where + u"names a file for a link or note";
            continue;
        }
        if (const auto problem = text::problemWithFileName(name))
            return where + *problem;
    }
    if (!s.ok())
        return u"the evidence file names cannot be read: " + db.errorMessage();
    return std::nullopt;
}

} // namespace

std::optional<QString> problemWithTextColumns(sqlite::Database &db)
{
    // The function exists only while the check runs, so no other use of the connection sees it.
    const auto function = db.addFunction("wgll_text_fault", 5, textFault);
    if (!function->ok())
        return u"cannot be checked: " + db.errorMessage();
    const qint64 version = db.scalar("PRAGMA user_version", -1);
    for (const Table &table : TextTables) {
        if (table.sinceVersion > version)
            continue; // an older file has no such table (the schema check made sure of that)
        // One pass per table inside SQLite; only a faulty row comes back, to be named.
        QByteArray select = table.hasRowid ? "SELECT rowid" : "SELECT NULL";
        QByteArray where;
        for (const Column &c : table.columns) {
            select += ", " + faultCall(c);
            where += (where.isEmpty() ? " WHERE " : " OR ") + faultCall(c) + " IS NOT NULL";
        }
        const QByteArray sql = select + " FROM \"" + table.name + '"' + where + " LIMIT 1";
        sqlite::Statement s = db.prepare(sql.constData());
        if (!s.isValid())
            return u"cannot be checked: " + db.errorMessage();
        if (s.step()) {
            for (int i = 0; i < table.columns.size(); ++i) {
                if (s.isNull(i + 1))
                    continue;
                const QString row =
                    table.hasRowid ? QString(u" (row " + QString::number(s.int64(0)) + u')') : QString();
                return u"column \"" + QString::fromLatin1(table.columns.at(i).name) + u"\" of table \"" +
                       QString::fromLatin1(table.name) + u'"' + row + u' ' + s.text(i + 1);
            }
        }
        if (!s.ok())
            return u"cannot be checked: " + db.errorMessage();
    }
    return problemWithFileNames(db);
}

} // namespace wgll::storage
