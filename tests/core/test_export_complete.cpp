// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON export holds every kind of record in the file (issue 16, item 7): every table is
// filled through the Document API, exported, and each stored value found in the export. The
// tables are read from the file's sqlite_schema, so a new table fails this test until it is
// exported and compared here.
#include "testsupport.h"
#include "forge.h"

#include "export/jsonexport.h"
#include "export/recordexport.h"
#include "framework/frameworkcatalog.h"
#include "scoring/scorecard.h"
#include "sqlite/database.h"
#include "storage/assessmentfile.h"
#include "storage/document.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

using namespace wgll;
using namespace Qt::Literals::StringLiterals;
using storage::Document;

namespace {

/// A JSON value as the file stores it: null as '' (or NULL), booleans as 1 and 0, whole numbers
/// without a fraction.
QString cell(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isBool())
        return v.toBool() ? u"1"_s : u"0"_s;
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

QJsonObject byKey(const QJsonArray &list, const QString &key, const QString &value)
{
    for (const QJsonValue &v : list) {
        if (cell(v[key]) == value)
            return v.toObject();
    }
    FAIL("no entry with " << key.toStdString() << " = " << value.toStdString());
    return {};
}

struct Filled
{
    QTemporaryDir dir;
    QString work = dir.filePath(u"work"_s);
    QString file = dir.filePath(u"2026.wgll"_s);
};

/// Every table of a .wgll file, every column given a value that is not its default.
void fill(Filled &f)
{
    static const FrameworkCatalog catalog = FrameworkCatalog::load({});
    const Framework &framework = catalog.find(u"wgll-org"_s)->framework;
    Error error;
    AssessmentInfo older{u"Northshire Hospitals NHS FT"_s, u"2025/26"_s, u"draft"_s, 4, {}, {}};
    auto baseline = wgll::take(Document::create(f.dir.filePath(u"2025.wgll"_s), framework, older, f.work), error);
    REQUIRE(baseline);
    REQUIRE(baseline->setAnswer(Answer{u"1.1"_s, 2, false, {}, 5, 2, {}, {}}));
    const Assessment last = baseline->assessment();
    baseline->close();

    // Draft: the file is final only by a sign-off, made last below.
    AssessmentInfo info{u"Northshire Hospitals NHS FT"_s, u"2026/27"_s, u"draft"_s, 3, {}, {}};
    auto doc = wgll::take(Document::createFromBaseline(f.file, framework, info, last, f.work), error);
    INFO(error.toString().toStdString());
    REQUIRE(doc);
    REQUIRE(doc->setAnswer(Answer{u"1.1"_s, 4, false, {}, 5, 3, 2, u"CIO sits on the board."_s}, u"Priya Shah"_s));
    REQUIRE(doc->setAnswer(Answer{u"5.6"_s, {}, true, u"Provided by the ICS."_s, {}, 1, {}, {}}, u"Priya Shah"_s));

    Action action{0, u"2.6"_s, u"Replace Windows 10 devices"_s, u"Chief Information Officer"_s, QDate(2027, 3, 31),
                  u"in progress"_s};
    REQUIRE(wgll::take(doc->addAction(action), error));

    const QString evidenceFile = f.dir.filePath(u"safety-case.txt"_s);
    wgll::test::writeAll(evidenceFile, "DCB0160 clinical safety case\n");
    REQUIRE(wgll::take(doc->addEvidenceFile(evidenceFile, u"Safety case"_s, {u"3.8"_s, u"1.1"_s}), error));
    REQUIRE(wgll::take(doc->addEvidenceLink(u"https://www.dsptoolkit.nhs.uk/"_s, u"DSPT"_s, {u"3.1"_s}), error));
    REQUIRE(wgll::take(doc->addEvidenceNote(u"Board minutes, item 7"_s, u"Minutes"_s, {u"1.2"_s}), error));

    const auto alice = wgll::take(doc->addParticipant({0, u"Alice Smith"_s, u"Chief Executive"_s, u"Northshire"_s}), error);
    const auto bob = wgll::take(doc->addParticipant({0, u"Bob Jones"_s, u"CCIO"_s, u"Northshire ICS"_s}), error);
    REQUIRE(alice);
    REQUIRE(bob);
    const auto session = wgll::take(doc->startSession({0, u"Board development session"_s, QDate(2026, 10, 14), u"Priya Shah"_s,
                                            {{*alice, u"present"_s}, {*bob, u"present"_s}}}), error);
    REQUIRE(session);
    REQUIRE(doc->setAttendance(*session, *bob, u"apologies"_s));
    REQUIRE(doc->setVotes(*session, u"1.1"_s, {{*alice, 4}, {*bob, 5}}));
    // A revealed "can't say", and a round still blind (exported as a count only).
    REQUIRE(doc->castVote(*session, *alice, u"1.2"_s, std::nullopt));
    REQUIRE(doc->castVote(*session, *bob, u"1.2"_s, 3));
    REQUIRE(doc->revealVotes(*session, u"1.2"_s));
    REQUIRE(doc->castVote(*session, *alice, u"1.3"_s, 2));
    REQUIRE(doc->recordClaim(*session, *bob, u"10.0.0.7 Mozilla/5.0 (Android 14)"_s, false));
    REQUIRE(doc->recordClaim(*session, *bob, {}, true));
    // Phones voting when the file was saved: the page's address and secret, and a token's digest.
    REQUIRE(doc->keepVotingLink({*session, "0123456789abcdef0123456789abcdef", u"192.168.4.1"_s, 8731, {}}));
    REQUIRE(doc->recordClaim(*session, *alice, u"10.0.0.8 Mozilla/5.0 (iPhone)"_s, false,
                             QByteArray(64, 'e')));
    REQUIRE(wgll::take(doc->recordDecision({0, *session, u"1.1"_s, u"Agreed 4"_s, u"Median of the room"_s, u"Bob says 5"_s, {}}), error));
    REQUIRE(doc->save());
    doc->close();
    // No edit sets an evidence item's review date yet; a file made elsewhere may carry one.
    wgll::test::forge(f.file, "UPDATE evidence SET review_by = '2027-04-01'");

    // The board paper last, as in life: the cover sheet, then the sign-offs, after which no edit
    // is allowed. Signed off, reopened and signed off again, so every sign-off column has a value.
    doc = wgll::take(Document::open(f.file, Document::Recovery::Refuse, f.work), error);
    INFO(error.toString().toStdString());
    REQUIRE(doc);
    REQUIRE(doc->setCover(CoverSheet{u"Trust Board (public)"_s, QDate(2026, 12, 3), u"8.2"_s, u"Digital maturity"_s,
                                     u"Assurance"_s, u"The board is asked to note the assessment."_s, u"Reasonable"_s,
                                     u"Most gaps have owners."_s, u"SR5 Cyber security"_s, u"Head of Digital Strategy"_s,
                                     u"Chief Information Officer"_s, u"Digital Committee, 4 November 2026"_s,
                                     u"Overall 2.5, up from 2.2."_s}));
    REQUIRE(wgll::take(doc->signOff(u"Jane Chair"_s, u"Trust Board, December"_s), error));
    REQUIRE(wgll::take(doc->reopen(u"Chief Information Officer"_s), error));
    REQUIRE(wgll::take(doc->signOff(u"Jane Chair"_s, u"Trust Board, January"_s), error));
    REQUIRE(doc->save());
    doc->close();
}

using Row = QStringList;

QList<Row> rowsOf(sqlite::Database &db, const QString &table, QStringList &columns)
{
    columns.clear();
    const QByteArray infoSql = (u"SELECT name FROM pragma_table_info('"_s + table + u"') ORDER BY cid"_s).toUtf8();
    sqlite::Statement info = db.prepare(infoSql.constData());
    while (info.step())
        columns.append(info.text(0));
    const QByteArray sql = (u"SELECT * FROM \""_s + table + u'"').toUtf8();
    sqlite::Statement s = db.prepare(sql.constData());
    QList<Row> rows;
    while (s.step()) {
        Row r;
        for (int c = 0; c < columns.size(); ++c)
            r.append(s.isNull(c) ? QString() : s.text(c));
        rows.append(r);
    }
    return rows;
}

} // namespace

TEST_CASE("the JSON export holds every value of every table in the file", "[export][complete]")
{
    Filled f;
    fill(f);
    Error error;
    QList<Change> history;
    const std::optional<Assessment> a = storage::readAssessmentFile(f.file, error, &history);
    INFO(error.toString().toStdString());
    REQUIRE(a);
    const QJsonObject exported =
        QJsonDocument::fromJson(json::toBytes(json::exportOf(Scorecard::of(*a), *a, history))).object();
    const QJsonArray indicators = exported[u"indicators"].toArray();
    const QJsonObject workshop = exported[u"workshop"].toObject();

    // Each table and how its rows are found in the export: the object a row is, and for each
    // column the key that holds it. Columns not listed must be handled in `special`.
    struct Mapping
    {
        std::function<QJsonObject(const Row &, const QStringList &columns)> find;
        QHash<QString, QString> keys; ///< column -> key
    };
    auto col = [](const Row &r, const QStringList &columns, const QString &name) { return r.at(columns.indexOf(name)); };
    const QHash<QString, Mapping> mappings{
        {u"assessment"_s,
         {[&](const Row &, const QStringList &) {
              QJsonObject o = exported[u"assessment"].toObject();
              o.insert(u"id"_s, 1); // the one row
              o.insert(u"frameworkId"_s, exported[u"framework"][u"id"]);
              o.insert(u"frameworkVersion"_s, exported[u"framework"][u"version"]);
              return o;
          },
          {{u"id"_s, u"id"_s}, {u"organisation"_s, u"organisation"_s}, {u"period"_s, u"period"_s},
           {u"status"_s, u"status"_s}, {u"default_target"_s, u"defaultTarget"_s},
           {u"framework_id"_s, u"frameworkId"_s}, {u"framework_version"_s, u"frameworkVersion"_s},
           {u"created"_s, u"created"_s}, {u"modified"_s, u"modified"_s}}}},
        {u"answer"_s,
         {[&](const Row &r, const QStringList &c) {
              for (qsizetype i = 0; i < indicators.size(); ++i) {
                  if (indicators[i][u"id"].toString() == col(r, c, u"indicator"_s)) {
                      QJsonObject o = indicators[i].toObject();
                      o.insert(u"position"_s, i); // the export lists statements in framework order
                      return o;
                  }
              }
              return QJsonObject();
          },
          {{u"indicator"_s, u"id"_s}, {u"position"_s, u"position"_s}, {u"score"_s, u"score"_s}, {u"na"_s, u"na"_s},
           {u"na_reason"_s, u"naReason"_s}, {u"target"_s, u"ownTarget"_s}, {u"weight"_s, u"weight"_s},
           {u"confidence"_s, u"confidence"_s}, {u"notes"_s, u"notes"_s}}}},
        {u"action"_s,
         {[&](const Row &r, const QStringList &c) { return byKey(exported[u"actions"].toArray(), u"id"_s, col(r, c, u"id"_s)); },
          {{u"id"_s, u"id"_s}, {u"indicator"_s, u"statement"_s}, {u"text"_s, u"text"_s}, {u"owner"_s, u"owner"_s},
           {u"due"_s, u"due"_s}, {u"status"_s, u"status"_s}}}},
        {u"evidence"_s,
         {[&](const Row &r, const QStringList &c) {
              QJsonObject o = byKey(exported[u"evidence"].toArray(), u"id"_s, col(r, c, u"id"_s));
              if (o[u"size"].isNull())
                  o.insert(u"size"_s, 0); // links and notes store no size
              // The bytes are exported as their SHA-256 (`wgll evidence extract` writes them out):
              // the content counts as exported when the exported SHA-256 is the content's.
              const QString content = col(r, c, u"content"_s);
              const bool hashed = o[u"sha256"].toString() ==
                                  QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
              o.insert(u"content"_s, content.isEmpty() ? QJsonValue()
                                     : hashed          ? QJsonValue(content)
                                                       : QJsonValue(u"(not the exported SHA-256)"_s));
              return o;
          },
          {{u"id"_s, u"id"_s}, {u"kind"_s, u"kind"_s}, {u"title"_s, u"title"_s}, {u"file_name"_s, u"fileName"_s},
           {u"media_type"_s, u"mediaType"_s}, {u"size"_s, u"size"_s}, {u"sha256"_s, u"sha256"_s},
           {u"content"_s, u"content"_s}, {u"url"_s, u"url"_s}, {u"note"_s, u"note"_s}, {u"added"_s, u"added"_s},
           {u"review_by"_s, u"reviewBy"_s}}}},
        {u"evidence_link"_s,
         {[&](const Row &r, const QStringList &c) {
              const QJsonObject e = byKey(exported[u"evidence"].toArray(), u"id"_s, col(r, c, u"evidence"_s));
              const bool linked = e[u"indicators"].toArray().contains(col(r, c, u"indicator"_s));
              return QJsonObject{{u"evidence"_s, e[u"id"]},
                                 {u"indicator"_s, linked ? col(r, c, u"indicator"_s) : QString()}};
          },
          {{u"evidence"_s, u"evidence"_s}, {u"indicator"_s, u"indicator"_s}}}},
        {u"participant"_s,
         {[&](const Row &r, const QStringList &c) { return byKey(workshop[u"participants"].toArray(), u"id"_s, col(r, c, u"id"_s)); },
          {{u"id"_s, u"id"_s}, {u"name"_s, u"name"_s}, {u"role"_s, u"role"_s}, {u"organisation"_s, u"organisation"_s}}}},
        {u"workshop_session"_s,
         {[&](const Row &r, const QStringList &c) { return byKey(workshop[u"sessions"].toArray(), u"id"_s, col(r, c, u"id"_s)); },
          {{u"id"_s, u"id"_s}, {u"title"_s, u"title"_s}, {u"date"_s, u"date"_s}, {u"facilitator"_s, u"facilitator"_s},
           {u"disagreement_rule"_s, u"disagreementRule"_s}}}},
        {u"attendance"_s,
         {[&](const Row &r, const QStringList &c) {
              const QJsonObject s = byKey(workshop[u"sessions"].toArray(), u"id"_s, col(r, c, u"session"_s));
              QJsonObject o = byKey(s[u"attendance"].toArray(), u"participant"_s, col(r, c, u"participant"_s));
              o.insert(u"session"_s, s[u"id"]);
              return o;
          },
          {{u"session"_s, u"session"_s}, {u"participant"_s, u"participant"_s}, {u"status"_s, u"status"_s}}}},
        {u"vote"_s,
         {[&](const Row &r, const QStringList &c) {
              for (const QJsonValue &v : workshop[u"votes"].toArray()) {
                  if (cell(v[u"session"]) == col(r, c, u"session"_s) &&
                      cell(v[u"participant"]) == col(r, c, u"participant"_s) &&
                      v[u"statement"].toString() == col(r, c, u"indicator"_s))
                      return v.toObject();
              }
              return QJsonObject();
          },
          {{u"session"_s, u"session"_s}, {u"participant"_s, u"participant"_s}, {u"indicator"_s, u"statement"_s},
           {u"score"_s, u"score"_s}, {u"cast_at"_s, u"castAt"_s}}}},
        {u"cant_say"_s,
         {[&](const Row &r, const QStringList &c) {
              for (const QJsonValue &v : workshop[u"cantSay"].toArray()) {
                  if (cell(v[u"session"]) == col(r, c, u"session"_s) &&
                      cell(v[u"participant"]) == col(r, c, u"participant"_s) &&
                      v[u"statement"].toString() == col(r, c, u"indicator"_s))
                      return v.toObject();
              }
              return QJsonObject();
          },
          {{u"session"_s, u"session"_s}, {u"participant"_s, u"participant"_s}, {u"indicator"_s, u"statement"_s},
           {u"cast_at"_s, u"castAt"_s}}}},
        {u"unrevealed"_s,
         {[&](const Row &r, const QStringList &c) {
              for (const QJsonValue &v : workshop[u"roundsNotRevealed"].toArray()) {
                  if (cell(v[u"session"]) == col(r, c, u"session"_s) && v[u"statement"].toString() == col(r, c, u"indicator"_s))
                      return v.toObject();
              }
              return QJsonObject();
          },
          {{u"session"_s, u"session"_s}, {u"indicator"_s, u"statement"_s}}}},
        {u"claim"_s,
         {[&](const Row &r, const QStringList &c) { return byKey(workshop[u"claims"].toArray(), u"id"_s, col(r, c, u"id"_s)); },
          {{u"id"_s, u"id"_s}, {u"session"_s, u"session"_s}, {u"participant"_s, u"participant"_s},
           {u"device"_s, u"device"_s}, {u"at"_s, u"at"_s}, {u"released"_s, u"released"_s}}}},
        {u"decision"_s,
         {[&](const Row &r, const QStringList &c) { return byKey(workshop[u"decisions"].toArray(), u"id"_s, col(r, c, u"id"_s)); },
          {{u"id"_s, u"id"_s}, {u"session"_s, u"session"_s}, {u"indicator"_s, u"statement"_s}, {u"text"_s, u"text"_s},
           {u"rationale"_s, u"rationale"_s}, {u"dissent"_s, u"dissent"_s}, {u"recorded"_s, u"recorded"_s}}}},
        {u"history"_s,
         {[&](const Row &r, const QStringList &c) { return byKey(exported[u"history"].toArray(), u"id"_s, col(r, c, u"id"_s)); },
          {{u"id"_s, u"id"_s}, {u"indicator"_s, u"indicator"_s}, {u"field"_s, u"field"_s},
           {u"old_value"_s, u"oldValue"_s}, {u"new_value"_s, u"newValue"_s}, {u"author"_s, u"author"_s},
           {u"changed"_s, u"changed"_s}}}},
        {u"cover_sheet"_s,
         {[&](const Row &, const QStringList &) {
              QJsonObject o = exported[u"cover"].toObject();
              o.insert(u"id"_s, 1); // the one row
              return o;
          },
          {{u"id"_s, u"id"_s}, {u"meeting"_s, u"meeting"_s}, {u"meeting_date"_s, u"meetingDate"_s},
           {u"agenda_item"_s, u"agendaItem"_s}, {u"report_title"_s, u"reportTitle"_s}, {u"purpose"_s, u"purpose"_s},
           {u"recommendation"_s, u"recommendation"_s}, {u"assurance"_s, u"assurance"_s},
           {u"assurance_rationale"_s, u"assuranceRationale"_s}, {u"risks"_s, u"risks"_s}, {u"author"_s, u"author"_s},
           {u"executive_lead"_s, u"executiveLead"_s}, {u"previously_considered"_s, u"previouslyConsidered"_s},
           {u"executive_summary"_s, u"executiveSummary"_s}}}},
        {u"signoff"_s,
         {[&](const Row &r, const QStringList &c) {
              QJsonObject o = byKey(exported[u"signOffs"].toArray(), u"revision"_s, col(r, c, u"revision"_s));
              // The signed content is exported as its SHA-256, like an evidence file's bytes.
              const QString content = col(r, c, u"content"_s);
              const bool hashed = o[u"contentSha256"].toString() ==
                                  QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
              o.insert(u"content"_s, hashed ? QJsonValue(content) : QJsonValue(u"(not the exported SHA-256)"_s));
              return o;
          },
          {{u"revision"_s, u"revision"_s}, {u"signed_by"_s, u"by"_s}, {u"signed_at"_s, u"at"_s},
           {u"meeting"_s, u"meeting"_s}, {u"content_sha256"_s, u"contentSha256"_s}, {u"content"_s, u"content"_s},
           {u"reopened_by"_s, u"reopenedBy"_s}, {u"reopened_at"_s, u"reopenedAt"_s}}}},
    };

    sqlite::Database db;
    REQUIRE(db.open(f.file, sqlite::Database::Mode::ReadOnly));
    QStringList tables;
    sqlite::Statement schema = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (schema.step())
        tables.append(schema.text(0));
    REQUIRE(tables.size() >= 13);
    for (const QString &table : tables) {
        CAPTURE(table);
        QStringList columns;
        const QList<Row> rows = rowsOf(db, table, columns);
        {
            INFO("the test fills and compares every table; " << table.toStdString() << " has no rows");
            CHECK_FALSE(rows.isEmpty());
        }
        // Every column holds a value somewhere (a column left empty everywhere proves nothing).
        for (qsizetype c = 0; c < columns.size(); ++c) {
            CAPTURE(columns[c]);
            CHECK(std::any_of(rows.begin(), rows.end(), [&](const Row &r) { return !r.at(c).isEmpty(); }));
        }
        if (table == u"framework") {
            // The framework is exported as its id and version (in `framework`) and its text.
            const QJsonObject stored = QJsonDocument::fromJson(rows.constFirst().at(1).toUtf8()).object();
            CHECK(stored[u"id"] == exported[u"framework"][u"id"]);
            CHECK(stored[u"version"] == exported[u"framework"][u"version"]);
            qsizetype n = 0;
            for (const QJsonValue &m : stored[u"measures"].toArray()) {
                CHECK(byKey(exported[u"measures"].toArray(), u"id"_s, m[u"id"].toString())[u"title"] == m[u"title"]);
                for (const QJsonValue &i : m[u"indicators"].toArray()) {
                    CHECK(byKey(indicators, u"id"_s, i[u"id"].toString())[u"text"] == i[u"text"]);
                    ++n;
                }
            }
            CHECK(n == indicators.size());
            continue;
        }
        if (table == u"meta") {
            for (const Row &r : rows) {
                CAPTURE(r.at(0));
                if (r.at(0) == u"baseline") {
                    const QJsonObject b = QJsonDocument::fromJson(r.at(1).toUtf8()).object();
                    CHECK(exported[u"baseline"].toString().contains(b[u"organisation"].toString()));
                    CHECK(exported[u"baseline"].toString().contains(b[u"period"].toString()));
                    CHECK(exported[u"baseline"].toString().contains(b[u"frameworkVersion"].toString()));
                } else {
                    // Bookkeeping, not content: the edit counter, the checksum, the program
                    // version that created the file. A new key must be exported or listed here.
                    CHECK(QStringList{u"generation"_s, u"content-sha256"_s, u"created-by"_s}.contains(r.at(0)));
                }
            }
            continue;
        }
        if (table == u"voting_link" || table == u"voting_token") {
            // How to reach a running voting page, not content, and a secret: no export shows
            // any of it (docs/workshop-security.md).
            const QByteArray text = QJsonDocument(exported).toJson();
            for (const Row &r : rows) {
                CAPTURE(r.join(u" | ").toStdString());
                const QString secret = col(r, columns, table == u"voting_link" ? u"secret"_s : u"token_sha256"_s);
                CHECK_FALSE(text.contains(secret.toLatin1()));
            }
            continue;
        }
        if (table == u"vote" || table == u"cant_say") {
            // A round not yet revealed is exported as its count of answers only: none of its
            // answers may appear, whoever asks for an export mid-round (blind until the reveal).
            const QJsonArray blind = workshop[u"roundsNotRevealed"].toArray();
            QList<Row> shown;
            for (const Row &r : rows) {
                const bool isBlind = std::any_of(blind.begin(), blind.end(), [&](const QJsonValue &b) {
                    return cell(b[u"session"]) == col(r, columns, u"session"_s) &&
                           b[u"statement"].toString() == col(r, columns, u"indicator"_s);
                });
                if (!isBlind) {
                    shown.append(r);
                    continue;
                }
                const QJsonArray listed = workshop[table == u"vote" ? u"votes" : u"cantSay"].toArray();
                CHECK(std::none_of(listed.begin(), listed.end(), [&](const QJsonValue &v) {
                    return cell(v[u"session"]) == col(r, columns, u"session"_s) &&
                           v[u"statement"].toString() == col(r, columns, u"indicator"_s);
                }));
            }
            CHECK_FALSE(shown.isEmpty());
            const Mapping &m = mappings.value(table);
            for (const Row &r : shown) {
                CAPTURE(r.join(u" | ").toStdString());
                const QJsonObject o = m.find(r, columns);
                for (qsizetype c = 0; c < columns.size(); ++c) {
                    CAPTURE(columns[c]);
                    CHECK(cell(o.value(m.keys.value(columns[c]))) == r.at(c));
                }
            }
            continue;
        }
        REQUIRE(mappings.contains(table));
        const Mapping &m = mappings.value(table);
        for (const QString &c : columns) {
            CAPTURE(c);
            CHECK(m.keys.contains(c));
        }
        for (const Row &r : rows) {
            CAPTURE(r.join(u" | ").toStdString());
            const QJsonObject o = m.find(r, columns);
            for (qsizetype c = 0; c < columns.size(); ++c) {
                CAPTURE(columns[c]);
                CHECK(cell(o.value(m.keys.value(columns[c]))) == r.at(c));
            }
        }
    }
}

TEST_CASE("the export carries the cover sheet, every sign-off and the revision", "[export][complete]")
{
    Assessment a;
    a.cover = CoverSheet{u"Trust Board (public)"_s, QDate(2026, 12, 3), u"8.2"_s, u"Digital maturity"_s, u"Assurance"_s,
                         u"The board is asked to note the assessment."_s, u"Reasonable"_s, u"Most gaps have owners."_s,
                         u"SR5 Cyber security"_s, u"Head of Digital Strategy"_s, u"Chief Information Officer"_s,
                         u"Digital Committee, 4 November 2026"_s, u"Overall 2.5, up from 2.2."_s};
    const QDateTime at(QDate(2026, 12, 3), QTime(15, 30), Qt::UTC);
    a.signOffs = {SignOff{1, u"Chair"_s, at, u"Trust Board"_s, QString(64, u'a'), u"CIO"_s, at.addDays(2)},
                  SignOff{2, u"Chair"_s, at.addDays(30), u"Trust Board, January"_s, QString(64, u'b'), {}, {}}};
    QJsonObject o;
    records::addRecords(o, a, {});
    const QJsonObject cover = o[u"cover"].toObject();
    CHECK(cover == QJsonObject{{u"meeting"_s, u"Trust Board (public)"_s},
                               {u"meetingDate"_s, u"2026-12-03"_s},
                               {u"agendaItem"_s, u"8.2"_s},
                               {u"reportTitle"_s, u"Digital maturity"_s},
                               {u"purpose"_s, u"Assurance"_s},
                               {u"recommendation"_s, u"The board is asked to note the assessment."_s},
                               {u"assurance"_s, u"Reasonable"_s},
                               {u"assuranceRationale"_s, u"Most gaps have owners."_s},
                               {u"risks"_s, u"SR5 Cyber security"_s},
                               {u"author"_s, u"Head of Digital Strategy"_s},
                               {u"executiveLead"_s, u"Chief Information Officer"_s},
                               {u"previouslyConsidered"_s, u"Digital Committee, 4 November 2026"_s},
                               {u"executiveSummary"_s, u"Overall 2.5, up from 2.2."_s}});
    const QJsonArray signOffs = o[u"signOffs"].toArray();
    REQUIRE(signOffs.size() == 2);
    CHECK(signOffs[0].toObject() == QJsonObject{{u"revision"_s, 1},
                                                {u"by"_s, u"Chair"_s},
                                                {u"at"_s, u"2026-12-03T15:30:00.000Z"_s},
                                                {u"meeting"_s, u"Trust Board"_s},
                                                {u"contentSha256"_s, QString(64, u'a')},
                                                {u"reopenedBy"_s, u"CIO"_s},
                                                {u"reopenedAt"_s, u"2026-12-05T15:30:00.000Z"_s},
                                                {u"inForce"_s, false}});
    CHECK(signOffs[1][u"reopenedBy"].isNull());
    CHECK(signOffs[1][u"inForce"].toBool());
    CHECK(o[u"revision"].toInt() == 2);
    // The same in the tables CSV and XLSX write.
    const records::Table coverTable = records::cover(a.cover);
    CHECK(coverTable.rows.size() == 13);
    CHECK(coverTable.rows[1] == QStringList{u"meetingDate"_s, u"2026-12-03"_s});
    const records::Table signOffTable = records::signOffs(a);
    REQUIRE(signOffTable.rows.size() == 2);
    CHECK(signOffTable.rows[0] == QStringList{u"1"_s, u"Chair"_s, u"2026-12-03T15:30:00.000Z"_s, u"Trust Board"_s,
                                              QString(64, u'a'), u"CIO"_s, u"2026-12-05T15:30:00.000Z"_s, u"no"_s});
    // An empty cover sheet is all nulls, never blanks.
    QJsonObject empty;
    records::addRecords(empty, Assessment(), {});
    for (const QJsonValue &v : empty[u"cover"].toObject())
        CHECK(v.isNull());
}
