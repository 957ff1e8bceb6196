// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "sqlite/database.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace wgll::storage {

namespace {

// Version 1. Never edit a released statement: add a migration and a new version instead.
constexpr const char *CreateStatements[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE assessment(id INTEGER PRIMARY KEY CHECK (id = 1), organisation TEXT NOT NULL, "
    "period TEXT NOT NULL, status TEXT NOT NULL, default_target INTEGER NOT NULL, "
    "framework_id TEXT NOT NULL, framework_version TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL)",
    "CREATE TABLE framework(id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL)",
    "CREATE TABLE answer(indicator TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, score INTEGER, "
    "na INTEGER NOT NULL DEFAULT 0, na_reason TEXT NOT NULL DEFAULT '', target INTEGER, "
    "weight INTEGER NOT NULL DEFAULT 1, confidence INTEGER, notes TEXT NOT NULL DEFAULT '') WITHOUT ROWID",
    "CREATE TABLE action(id INTEGER PRIMARY KEY, indicator TEXT NOT NULL REFERENCES answer(indicator), "
    "text TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '', due TEXT NOT NULL DEFAULT '', "
    "status TEXT NOT NULL DEFAULT 'open')",
    "CREATE TABLE evidence(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL, "
    "file_name TEXT NOT NULL DEFAULT '', media_type TEXT NOT NULL DEFAULT '', size INTEGER NOT NULL DEFAULT 0, "
    "sha256 TEXT NOT NULL DEFAULT '', content BLOB, url TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', "
    "added TEXT NOT NULL, review_by TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE evidence_link(evidence INTEGER NOT NULL REFERENCES evidence(id), "
    "indicator TEXT NOT NULL REFERENCES answer(indicator), PRIMARY KEY (evidence, indicator)) WITHOUT ROWID",
    "CREATE TABLE participant(id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL DEFAULT '', "
    "organisation TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE workshop_session(id INTEGER PRIMARY KEY, title TEXT NOT NULL, date TEXT NOT NULL, "
    "facilitator TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE attendance(session INTEGER NOT NULL REFERENCES workshop_session(id), "
    "participant INTEGER NOT NULL REFERENCES participant(id), status TEXT NOT NULL, "
    "PRIMARY KEY (session, participant)) WITHOUT ROWID",
    "CREATE TABLE vote(session INTEGER NOT NULL REFERENCES workshop_session(id), "
    "participant INTEGER NOT NULL REFERENCES participant(id), indicator TEXT NOT NULL REFERENCES answer(indicator), "
    "score INTEGER NOT NULL, cast_at TEXT NOT NULL, PRIMARY KEY (session, participant, indicator)) WITHOUT ROWID",
    "CREATE TABLE decision(id INTEGER PRIMARY KEY, session INTEGER REFERENCES workshop_session(id), "
    "indicator TEXT REFERENCES answer(indicator), text TEXT NOT NULL, rationale TEXT NOT NULL DEFAULT '', "
    "dissent TEXT NOT NULL DEFAULT '', recorded TEXT NOT NULL)",
    "CREATE TABLE history(id INTEGER PRIMARY KEY, indicator TEXT NOT NULL REFERENCES answer(indicator), "
    "field TEXT NOT NULL, old_value TEXT, new_value TEXT, author TEXT NOT NULL DEFAULT '', changed TEXT NOT NULL)",
    "CREATE INDEX history_by_indicator ON history(indicator, id)",
    "CREATE INDEX evidence_link_by_indicator ON evidence_link(indicator)",
};

// Version 2 adds the board paper: the cover sheet (zero or one row) and every sign-off, each
// keeping the scored content it signed (scoredContent() JSON) so that a reopened revision stays
// in the file. These statements are also the whole migration from version 1.
constexpr const char *Version2Statements[] = {
    "CREATE TABLE cover_sheet(id INTEGER PRIMARY KEY CHECK (id = 1), meeting TEXT NOT NULL DEFAULT '', "
    "meeting_date TEXT NOT NULL DEFAULT '', agenda_item TEXT NOT NULL DEFAULT '', "
    "report_title TEXT NOT NULL DEFAULT '', purpose TEXT NOT NULL DEFAULT '', "
    "recommendation TEXT NOT NULL DEFAULT '', assurance TEXT NOT NULL DEFAULT '', "
    "assurance_rationale TEXT NOT NULL DEFAULT '', risks TEXT NOT NULL DEFAULT '', "
    "author TEXT NOT NULL DEFAULT '', executive_lead TEXT NOT NULL DEFAULT '', "
    "previously_considered TEXT NOT NULL DEFAULT '', executive_summary TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE signoff(revision INTEGER PRIMARY KEY, signed_by TEXT NOT NULL, signed_at TEXT NOT NULL, "
    "meeting TEXT NOT NULL DEFAULT '', content_sha256 TEXT NOT NULL, content TEXT NOT NULL, "
    "reopened_by TEXT NOT NULL DEFAULT '', reopened_at TEXT NOT NULL DEFAULT '')",
};

// Version 3 keeps the rule each workshop session judged disagreement by (issue 18, item 5:
// range, interquartile range or the share within one level of the median; workshop/votes.h),
// 'range' for the sessions of an older file, which were all judged by it. It also keeps what a
// vote from a phone needs (issue 18): a "can't say" answer (in version 2 it was not written at
// all, so it was lost when the round was taken up again), and which rounds are still blind
// (votes cast, not yet revealed), so that a report or export made mid-round shows no vote of
// it, and the log of which device claimed which name on the voting page, and every release
// (issue 18, item 2). While phones vote, the page's address and session secret and a SHA-256
// of each claimed name's token are kept too (voting_link, voting_token), so that after a crash
// the workbench serves the same address again and each phone goes on as the voter it was; they
// are deleted when voting stops, and no export or report shows them. These statements are also
// the whole migration from version 2.
constexpr const char *Version3Statements[] = {
    "ALTER TABLE workshop_session ADD COLUMN disagreement_rule TEXT NOT NULL DEFAULT 'range' "
    "CHECK (disagreement_rule IN ('range', 'iqr', 'median-share'))",
    "CREATE TABLE cant_say(session INTEGER NOT NULL REFERENCES workshop_session(id), "
    "participant INTEGER NOT NULL REFERENCES participant(id), indicator TEXT NOT NULL REFERENCES answer(indicator), "
    "cast_at TEXT NOT NULL, PRIMARY KEY (session, participant, indicator)) WITHOUT ROWID",
    "CREATE TABLE unrevealed(session INTEGER NOT NULL REFERENCES workshop_session(id), "
    "indicator TEXT NOT NULL REFERENCES answer(indicator), PRIMARY KEY (session, indicator)) WITHOUT ROWID",
    "CREATE TABLE claim(id INTEGER PRIMARY KEY, session INTEGER NOT NULL REFERENCES workshop_session(id), "
    "participant INTEGER NOT NULL REFERENCES participant(id), device TEXT NOT NULL DEFAULT '', at TEXT NOT NULL, "
    "released INTEGER NOT NULL DEFAULT 0 CHECK (released IN (0, 1)))",
    "CREATE TABLE voting_link(session INTEGER PRIMARY KEY REFERENCES workshop_session(id), "
    "secret TEXT NOT NULL CHECK (length(secret) = 32), address TEXT NOT NULL, "
    "port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535), opened_at TEXT NOT NULL, "
    "seal TEXT NOT NULL CHECK (length(seal) = 64))",
    "CREATE TABLE voting_token(session INTEGER NOT NULL REFERENCES voting_link(session), "
    "participant INTEGER NOT NULL REFERENCES participant(id), "
    "token_sha256 TEXT NOT NULL CHECK (length(token_sha256) = 64), PRIMARY KEY (session, participant)) WITHOUT ROWID",
};

template <std::size_t N> bool execAll(sqlite::Database &db, const char *const (&statements)[N])
{
    return std::all_of(std::begin(statements), std::end(statements), [&db](const char *sql) { return db.exec(sql); });
}

bool setVersion(sqlite::Database &db, int version)
{
    sqlite::Statement s = db.prepare(QByteArray("PRAGMA user_version = " + QByteArray::number(version)).constData());
    return s.exec();
}

QList<Schema::Object> readSchema(sqlite::Database &db)
{
    QList<Schema::Object> objects;
    sqlite::Statement s = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema");
    while (s.step())
        objects.append({s.text(0), s.text(1), s.text(2), s.isNull(3) ? QString() : s.text(3)});
    std::sort(objects.begin(), objects.end(), [](const Schema::Object &a, const Schema::Object &b) {
        return a.type != b.type ? a.type < b.type : a.name < b.name;
    });
    return objects;
}

} // namespace

bool Schema::create(sqlite::Database &db, int version)
{
    if (!execAll(db, CreateStatements) || (version >= 2 && !execAll(db, Version2Statements)) ||
        (version >= 3 && !execAll(db, Version3Statements)))
        return false;
    sqlite::Statement appId = db.prepare("PRAGMA application_id = 1464290380"); // 0x57474C4C
    return appId.exec() && setVersion(db, version);
}

bool Schema::migrate(sqlite::Database &db)
{
    const qint64 version = db.scalar("PRAGMA user_version", -1);
    if (version == Version)
        return true;
    if (version != 1 && version != 2)
        return false;
    // Every step in one transaction: a file is either at its old version or at the current one.
    sqlite::Transaction tx(db);
    if (!tx.begun())
        return false;
    // 1 → 2: the new tables, and the status made to agree with the sign-offs (there are none
    // yet, so "final" was only a word: it is now reached by signing off).
    if (version == 1 && (!execAll(db, Version2Statements) ||
                         !db.exec("UPDATE assessment SET status = 'draft' WHERE status <> 'draft'")))
        return false;
    // 2 → 3: the disagreement rule of every session so far is the one rule there was, range.
    return execAll(db, Version3Statements) && setVersion(db, Version) && tx.commit();
}

const QList<Schema::Object> &Schema::expected(int version)
{
    const auto schemaOf = [](int v) {
        sqlite::Database db;
        db.open(QStringLiteral(":memory:"), sqlite::Database::Mode::Create);
        create(db, v);
        return readSchema(db);
    };
    static const QList<Object> objects[Version] = {schemaOf(1), schemaOf(2), schemaOf(3)};
    return objects[std::clamp(version, 1, static_cast<int>(Version)) - 1];
}

QList<Schema::Object> Schema::actual(sqlite::Database &db)
{
    return readSchema(db);
}

const QList<Schema::Table> &Schema::tables(int version)
{
    // Version 2 checksums its new tables too; a version-1 file keeps the checksum it was saved with.
    static const QList<Table> version2 = [] {
        QList<Table> t = version1Tables();
        t.insert(t.size() - 1, {"cover_sheet", "SELECT id, meeting, meeting_date, agenda_item, report_title, purpose, "
                                               "recommendation, assurance, assurance_rationale, risks, author, "
                                               "executive_lead, previously_considered, executive_summary "
                                               "FROM cover_sheet ORDER BY id"});
        t.insert(t.size() - 1, {"signoff", "SELECT revision, signed_by, signed_at, meeting, content_sha256, content, "
                                           "reopened_by, reopened_at FROM signoff ORDER BY revision"});
        return t;
    }();
    // Version 3: the session's disagreement rule is content too (it decides what is flagged),
    // and so are the "can't say" answers and which rounds are still blind.
    static const QList<Table> version3 = [] {
        QList<Table> t = version2;
        for (Table &table : t) {
            if (std::strcmp(table.name, "workshop_session") == 0)
                table.select = "SELECT id, title, date, facilitator, disagreement_rule FROM workshop_session ORDER BY id";
        }
        t.insert(t.size() - 1, {"cant_say", "SELECT session, participant, indicator, cast_at FROM cant_say "
                                            "ORDER BY session, participant, indicator"});
        t.insert(t.size() - 1, {"unrevealed", "SELECT session, indicator FROM unrevealed ORDER BY session, indicator"});
        t.insert(t.size() - 1, {"claim", "SELECT id, session, participant, device, at, released FROM claim ORDER BY id"});
        t.insert(t.size() - 1, {"voting_link", "SELECT session, secret, address, port, opened_at, seal FROM voting_link "
                                               "ORDER BY session"});
        t.insert(t.size() - 1, {"voting_token", "SELECT session, participant, token_sha256 FROM voting_token "
                                                "ORDER BY session, participant"});
        return t;
    }();
    if (version >= 3)
        return version3;
    return version >= 2 ? version2 : version1Tables();
}

const QList<Schema::Table> &Schema::version1Tables()
{
    // Evidence content is covered through its sha256 column (checked against the bytes by
    // `wgll check` and on extraction) so that opening a file does not hash every blob.
    static const QList<Table> tables{
        {"assessment", "SELECT id, organisation, period, status, default_target, framework_id, framework_version, "
                       "created, modified FROM assessment ORDER BY id"},
        {"framework", "SELECT id, json FROM framework ORDER BY id"},
        {"answer", "SELECT indicator, position, score, na, na_reason, target, weight, confidence, notes FROM answer "
                   "ORDER BY indicator"},
        {"action", "SELECT id, indicator, text, owner, due, status FROM action ORDER BY id"},
        {"evidence", "SELECT id, kind, title, file_name, media_type, size, sha256, url, note, added, review_by "
                     "FROM evidence ORDER BY id"},
        {"evidence_link", "SELECT evidence, indicator FROM evidence_link ORDER BY evidence, indicator"},
        {"participant", "SELECT id, name, role, organisation FROM participant ORDER BY id"},
        {"workshop_session", "SELECT id, title, date, facilitator FROM workshop_session ORDER BY id"},
        {"attendance", "SELECT session, participant, status FROM attendance ORDER BY session, participant"},
        {"vote", "SELECT session, participant, indicator, score, cast_at FROM vote ORDER BY session, participant, "
                 "indicator"},
        {"decision", "SELECT id, session, indicator, text, rationale, dissent, recorded FROM decision ORDER BY id"},
        {"history", "SELECT id, indicator, field, old_value, new_value, author, changed FROM history ORDER BY id"},
        {"meta", "SELECT key, value FROM meta WHERE key <> 'content-sha256' ORDER BY key"},
    };
    return tables;
}

} // namespace wgll::storage
