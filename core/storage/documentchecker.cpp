// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentchecker.h"
#include "assessment/statuses.h"

#include "contentchecksum.h"
#include "schema.h"
#include "textcolumns.h"
#include "framework/frameworkreader.h"
#include "sqlite/database.h"

#include <QCryptographicHash>
#include <QDate>
#include <QSet>

#include <algorithm>


namespace wgll::storage {

namespace {

bool isTimestamp(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs).isValid() || QDateTime::fromString(s, Qt::ISODate).isValid();
}

} // namespace

bool DocumentChecker::fail(const QString &message)
{
    m_errors.append({ErrorKind::BadData, m_fileName, 0, message});
    return false;
}

bool DocumentChecker::check(Checksum checksum)
{
    m_errors.clear();
    m_db.setStepBudget(StepBudget);
    const bool ok = checkHeader() && checkSchema() && checkText() && checkFramework() && checkRows() &&
                    (checksum == Checksum::Skip || checkChecksum());
    m_db.setStepBudget(0);
    return ok;
}

bool DocumentChecker::checkHeader()
{
    // The structural check first: nothing else may read a file whose b-trees are damaged.
    // integrity_check also finds an index that disagrees with its table, which quick_check
    // misses; it is kept to files small enough for the open budget.
    const qint64 bytes = m_db.scalar("PRAGMA page_count", 0) * m_db.scalar("PRAGMA page_size", 0);
    sqlite::Statement quick = m_db.prepare(bytes <= IntegrityCheckLimit ? "PRAGMA integrity_check(5)"
                                                                        : "PRAGMA quick_check(5)");
    if (!quick.isValid()) {
        if (sqlite::failureOf(m_db.errorCode()) == sqlite::Failure::NotADatabase)
            return fail(QStringLiteral("not a WGLL assessment (not an SQLite database)"));
        return fail(u"damaged: " + m_db.errorMessage());
    }
    QStringList problems;
    while (quick.step())
        problems.append(quick.text(0));
    if (!quick.ok()) {
        if (sqlite::failureOf(quick.errorCode()) == sqlite::Failure::NotADatabase)
            return fail(QStringLiteral("not a WGLL assessment (not an SQLite database)"));
        if (sqlite::failureOf(quick.errorCode()) == sqlite::Failure::Interrupted)
            return fail(QStringLiteral("damaged: checking took too long"));
        return fail(u"damaged: " + m_db.errorMessage());
    }
    if (problems != QStringList{QStringLiteral("ok")})
        return fail(u"damaged (SQLite integrity check: " + problems.join(QStringLiteral("; ")) + u')');

    const qint64 appId = m_db.scalar("PRAGMA application_id", 0);
    if (appId != Schema::ApplicationId) {
        return fail(QStringLiteral("not a WGLL assessment (application id 0x%1, expected 0x57474C4C)")
                        .arg(static_cast<quint32>(appId), 8, 16, QLatin1Char('0')));
    }
    const qint64 version = m_db.scalar("PRAGMA user_version", -1);
    if (version > Schema::Version) {
        return fail(QStringLiteral("made by a newer WGLL Workbench (file format %1; this version reads up to %2); "
                                   "update WGLL Workbench to open it")
                        .arg(version)
                        .arg(Schema::Version));
    }
    if (version < 1)
        return fail(QStringLiteral("unsupported file format version %1").arg(version));
    m_version = static_cast<int>(version);
    sqlite::Statement encoding = m_db.prepare("PRAGMA encoding");
    if (!encoding.step() || encoding.text(0) != u"UTF-8")
        return fail(QStringLiteral("stores text in an encoding other than UTF-8"));
    return true;
}

bool DocumentChecker::checkSchema()
{
    const QList<Schema::Object> actual = Schema::actual(m_db);
    const QList<Schema::Object> &expected = Schema::expected(m_version);
    QSet<QString> expectedNames;
    for (const Schema::Object &o : expected)
        expectedNames.insert(o.type + u' ' + o.name);
    for (const Schema::Object &o : actual) {
        if (!expectedNames.contains(o.type + u' ' + o.name))
            return fail(u"unexpected " + o.type + u" \"" + o.name + u"\" in the file (not part of the WGLL format)");
    }
    for (const Schema::Object &o : expected) {
        if (!actual.contains(o)) {
            const bool present = std::any_of(actual.begin(), actual.end(),
                                             [&](const Schema::Object &a) { return a.type == o.type && a.name == o.name; });
            return fail(u"the " + o.type + u" \"" + o.name + u"\"" +
                        (present ? QStringLiteral(" has been altered") : QStringLiteral(" is missing")));
        }
    }
    return true;
}

bool DocumentChecker::checkText()
{
    if (const std::optional<QString> problem = problemWithTextColumns(m_db))
        return fail(*problem);
    return true;
}

bool DocumentChecker::checkFramework()
{
    sqlite::Statement s = m_db.prepare("SELECT json, typeof(json) FROM framework WHERE id = 1");
    if (!s.step() || s.text(1) != u"text")
        return fail(QStringLiteral("the framework the assessment was scored against is missing"));
    FrameworkReader reader;
    const auto framework = reader.parse(s.blob(0), m_fileName);
    if (!framework) {
        return fail(u"the embedded framework is invalid: " +
                    (reader.errors().isEmpty() ? QString() : reader.errors().first().message));
    }
    m_framework = *framework;
    return true;
}

static_assert(DocumentChecker::MaxCounter == 9007199254740991LL, "the checker's SQL spells 2^53 - 1 out");

namespace {

struct Rule
{
    const char *sql;
    const char *message;
};

// Whole-table rules, each a count of the rows that break it.
const Rule RowRules[] = {
    {"SELECT count(*) FROM action WHERE text = '' OR status NOT IN ('open', 'in progress', 'done') OR (due <> '' AND date(due) IS NOT due)",
     "an action has empty or over-long text, an unknown status or an invalid due date"},
    {"SELECT count(*) FROM evidence WHERE kind NOT IN ('file', 'link', 'note') OR title = '' "
     "OR (review_by <> '' AND date(review_by) IS NOT review_by)",
     "an evidence item has an unknown kind, empty or over-long text, or an invalid review date"},
    {"SELECT count(*) FROM evidence WHERE kind = 'file' AND (typeof(content) <> 'blob' OR length(content) <> size "
     "OR size > 536870912 OR length(sha256) <> 64 OR sha256 GLOB '*[^0-9a-f]*')",
     "an evidence file's stored size or checksum does not match its content"},
    {"SELECT count(*) FROM evidence WHERE kind <> 'file' AND content IS NOT NULL",
     "a link or note evidence item carries file content"},
    {"SELECT count(*) FROM evidence WHERE kind = 'link' AND url NOT LIKE 'https://%' AND url NOT LIKE 'http://%' "
     "AND url NOT LIKE 'mailto:%'",
     "an evidence link is not an http, https or mailto address"},
    {"SELECT count(*) FROM participant WHERE name = ''",
     "a participant has an empty or over-long name"},
    {"SELECT count(*) FROM workshop_session WHERE title = '' OR date(date) IS NOT date",
     "a workshop session has an empty title or an invalid date"},
    {"SELECT count(*) FROM attendance WHERE status NOT IN ('present', 'apologies')",
     "an attendance record is neither present nor apologies"},
    {"SELECT count(*) FROM decision WHERE text = ''",
     "a decision has empty or over-long text"},
    {"SELECT count(*) FROM history WHERE field NOT IN ('score', 'na', 'na_reason', 'target', 'weight', "
     "'confidence', 'notes')",
     "a change-history row is malformed"},
    // Counters and ids: whole numbers in their natural ranges. A generation near 2^63
    // once overflowed on the next edit.
    {"SELECT count(*) FROM meta WHERE key = 'generation' AND (value = '' OR value GLOB '*[^0-9]*' "
     "OR length(value) > 16 OR CAST(value AS INTEGER) > 9007199254740991)",
     "the edit counter (generation) is not a whole number from 0 to 2^53 - 1"},
    {"SELECT (SELECT count(*) FROM meta WHERE key = 'generation') <> 1", "the edit counter (generation) is missing"},
    {"SELECT (SELECT count(*) FROM action WHERE id NOT BETWEEN 1 AND 9007199254740991) + "
     "(SELECT count(*) FROM evidence WHERE id NOT BETWEEN 1 AND 9007199254740991) + "
     "(SELECT count(*) FROM participant WHERE id NOT BETWEEN 1 AND 9007199254740991) + "
     "(SELECT count(*) FROM workshop_session WHERE id NOT BETWEEN 1 AND 9007199254740991) + "
     "(SELECT count(*) FROM decision WHERE id NOT BETWEEN 1 AND 9007199254740991) + "
     "(SELECT count(*) FROM history WHERE id NOT BETWEEN 1 AND 9007199254740991)",
     "a row id is outside 1 to 2^53 - 1"},
    {"SELECT count(*) FROM evidence WHERE typeof(size) <> 'integer' OR size < 0 OR (kind <> 'file' AND size <> 0)",
     "an evidence item's size is not a whole number of bytes"},
    {"SELECT (SELECT count(*) FROM evidence_link WHERE typeof(evidence) <> 'integer') + "
     "(SELECT count(*) FROM attendance WHERE typeof(session) <> 'integer' OR typeof(participant) <> 'integer') + "
     "(SELECT count(*) FROM vote WHERE typeof(session) <> 'integer' OR typeof(participant) <> 'integer') + "
     "(SELECT count(*) FROM decision WHERE session IS NOT NULL AND typeof(session) <> 'integer')",
     "a reference to another row is not a whole number"},
};

} // namespace

bool DocumentChecker::checkRows()
{
    return checkAssessmentRow() && checkAnswerRows() && checkRowRules() && (m_version < 2 || checkBoardPaper()) &&
           (m_version < 3 || checkSessionRules());
}

bool DocumentChecker::checkSessionRules()
{
    // The column's CHECK holds for what SQLite writes; a forged file can still break it.
    if (m_db.scalar("SELECT count(*) FROM workshop_session WHERE disagreement_rule NOT IN ('range', 'iqr', "
                    "'median-share')") != 0)
        return fail(QStringLiteral("a workshop session has an unknown disagreement rule"));
    if (m_db.scalar("SELECT (SELECT count(*) FROM cant_say WHERE typeof(session) <> 'integer' OR "
                    "typeof(participant) <> 'integer') + "
                    "(SELECT count(*) FROM unrevealed WHERE typeof(session) <> 'integer') + "
                    "(SELECT count(*) FROM claim WHERE typeof(session) <> 'integer' OR typeof(participant) <> 'integer') + "
                    "(SELECT count(*) FROM voting_link WHERE typeof(session) <> 'integer') + "
                    "(SELECT count(*) FROM voting_token WHERE typeof(session) <> 'integer' OR "
                    "typeof(participant) <> 'integer')") != 0)
        return fail(QStringLiteral("a reference to another row is not a whole number"));
    if (m_db.scalar("SELECT count(*) FROM claim WHERE id NOT BETWEEN 1 AND 9007199254740991") != 0)
        return fail(QStringLiteral("a row id is outside 1 to 2^53 - 1"));
    if (m_db.scalar("SELECT count(*) FROM claim WHERE typeof(released) <> 'integer' OR released NOT IN (0, 1)") != 0)
        return fail(QStringLiteral("a claim of a name on the voting page is neither a claim nor a release"));
    if (!checkVotingLinks())
        return false;
    // One answer per person per round: a level or "can't say", never both.
    if (m_db.scalar("SELECT count(*) FROM cant_say c JOIN vote v ON v.session = c.session AND "
                    "v.participant = c.participant AND v.indicator = c.indicator") != 0)
        return fail(QStringLiteral("a workshop vote is both a level and \"can't say\""));
    return true;
}

bool DocumentChecker::checkVotingLinks()
{
    // Read back into a running voting page after a crash (VotingRoom::over): lower-case
    // hexadecimal digests of the right length, a port a server can listen on, and an address
    // written as an IP address is (digits, hexadecimal, ':' and '.'), nothing else.
    if (m_db.scalar("SELECT count(*) FROM voting_link WHERE secret GLOB '*[^0-9a-f]*' OR length(secret) <> 32 OR "
                    "seal GLOB '*[^0-9a-f]*' OR length(seal) <> 64 OR typeof(port) <> 'integer' OR "
                    "port NOT BETWEEN 1 AND 65535 OR address = '' OR length(address) > 45 OR "
                    "address GLOB '*[^0-9A-Fa-f:.]*'") != 0)
        return fail(QStringLiteral("the voting page's address or session secret is malformed"));
    if (m_db.scalar("SELECT count(*) FROM voting_token WHERE token_sha256 GLOB '*[^0-9a-f]*' OR "
                    "length(token_sha256) <> 64") != 0)
        return fail(QStringLiteral("a voting page token's digest is malformed"));
    return true;
}

bool DocumentChecker::inScale(qint64 v) const
{
    return v >= m_framework.scale.min && v <= m_framework.scale.max;
}

bool DocumentChecker::checkAssessmentRow()
{
    // The single assessment row.
    if (m_db.scalar("SELECT count(*) FROM assessment") != 1)
        return fail(QStringLiteral("the assessment details are missing"));
    sqlite::Statement a = m_db.prepare(
        "SELECT organisation, period, status, default_target, framework_id, framework_version, created, modified, "
        "typeof(default_target) FROM assessment");
    if (!a.step())
        return fail(QStringLiteral("the assessment details cannot be read"));
    if (!assessmentStatusFrom(a.text(2)))
        return fail(u"assessment status \"" + a.text(2) + u"\" is not draft or final");
    if (a.text(8) != u"integer" || !inScale(a.int64(3)))
        return fail(QStringLiteral("the default target is outside the scale"));
    if (a.text(4) != m_framework.id || a.text(5) != m_framework.version)
        return fail(QStringLiteral("the assessment names a different framework from the one embedded"));
    if (!isTimestamp(a.text(6)) || !isTimestamp(a.text(7)))
        return fail(QStringLiteral("the created or modified time is not a valid time"));
    return true;
}

bool DocumentChecker::checkAnswerRows()
{
    const Scale &scale = m_framework.scale;
    // Exactly one answer per indicator, in framework order.
    QSet<QString> indicators;
    QList<QString> order;
    for (const Measure &m : m_framework.measures) {
        for (const Indicator &i : m.indicators) {
            indicators.insert(i.id);
            order.append(i.id);
        }
    }
    sqlite::Statement ans = m_db.prepare(
        "SELECT indicator, position, score, na, na_reason, target, weight, confidence, "
        "typeof(position), typeof(score), typeof(na), typeof(target), typeof(weight), typeof(confidence) "
        "FROM answer");
    qsizetype count = 0;
    while (ans.step()) {
        ++count;
        const QString id = ans.text(0);
        const QString where = u"statement " + id + u": ";
        if (!indicators.contains(id))
            return fail(u"an answer refers to statement \"" + id + u"\", which is not in the framework");
        if (ans.text(8) != u"integer" || ans.int64(1) != order.indexOf(id))
            return fail(where + u"stored out of framework order");
        const bool na = ans.int64(3) == 1;
        if (ans.text(10) != u"integer" || (ans.int64(3) != 0 && !na))
            return fail(where + u"the N/A flag is not 0 or 1");
        if (ans.text(9) != u"null" && (ans.text(9) != u"integer" || !inScale(ans.int64(2))))
            return fail(where + u"score " + ans.text(2) + u" is outside the scale " +
                        QString::number(scale.min) + u"–" + QString::number(scale.max));
        if (na && ans.text(9) != u"null")
            return fail(where + u"marked N/A but also scored");
        if (na && ans.text(4).trimmed().isEmpty())
            return fail(where + u"marked N/A without a reason");
        if (ans.text(11) != u"null" && (ans.text(11) != u"integer" || !inScale(ans.int64(5))))
            return fail(where + u"target is outside the scale");
        if (ans.text(12) != u"integer" || ans.int64(6) < Answer::MinWeight || ans.int64(6) > Answer::MaxWeight)
            return fail(where + u"weight must be 1, 2 or 3");
        if (ans.text(13) != u"null" && (ans.text(13) != u"integer" || ans.int64(7) < 1 || ans.int64(7) > 3))
            return fail(where + u"confidence must be 1, 2 or 3");
    }
    if (!ans.ok())
        return fail(u"the answers cannot be read: " + m_db.errorMessage());
    if (count != indicators.size())
        return fail(QStringLiteral("%1 of the framework's %2 statements have no answer row")
                        .arg(indicators.size() - count)
                        .arg(indicators.size()));
    return true;
}

bool DocumentChecker::checkRowRules()
{
    // Every reference resolves (SQLite's own foreign-key check); text lengths and forms were
    // checked by checkText(), so length() here counts every character.
    sqlite::Statement fk = m_db.prepare("PRAGMA foreign_key_check");
    if (fk.step())
        return fail(u"a row in \"" + fk.text(0) + u"\" refers to something that does not exist");
    for (const Rule &rule : RowRules) {
        const qint64 bad = m_db.scalar(rule.sql, -1);
        if (bad != 0)
            return fail(bad < 0 ? u"cannot be checked: " + m_db.errorMessage() : QString::fromUtf8(rule.message));
    }
    sqlite::Statement votes = m_db.prepare("SELECT typeof(score), score FROM vote");
    while (votes.step()) {
        if (votes.text(0) != u"integer" || !inScale(votes.int64(1)))
            return fail(QStringLiteral("a workshop vote is outside the scale"));
    }
    return true;
}

bool DocumentChecker::checkBoardPaper()
{
    // The cover sheet: a date or nothing, and purpose and assurance from their lists or empty.
    sqlite::Statement c = m_db.prepare("SELECT meeting_date, purpose, assurance FROM cover_sheet");
    while (c.step()) {
        if (!c.text(0).isEmpty() && !QDate::fromString(c.text(0), Qt::ISODate).isValid())
            return fail(u"the cover sheet's meeting date \"" + c.text(0) + u"\" is not a date (YYYY-MM-DD)");
        if (!c.text(1).isEmpty() && !CoverSheet::purposes().contains(c.text(1)))
            return fail(u"the cover sheet's purpose \"" + c.text(1) + u"\" is not one of " +
                        CoverSheet::purposes().join(u", "));
        if (!c.text(2).isEmpty() && !CoverSheet::assuranceLevels().contains(c.text(2)))
            return fail(u"the cover sheet's assurance \"" + c.text(2) + u"\" is not one of " +
                        CoverSheet::assuranceLevels().join(u", "));
    }
    if (!c.ok())
        return fail(u"the cover sheet cannot be read: " + m_db.errorMessage());

    // Sign-offs: revisions 1..n in order, each complete, its kept content matching its hash,
    // every one but the last reopened; the status says final exactly when the last is in force.
    sqlite::Statement s = m_db.prepare("SELECT revision, typeof(revision), signed_by, signed_at, content_sha256, "
                                       "content, reopened_by, reopened_at FROM signoff ORDER BY revision");
    qint64 expected = 1;
    bool lastInForce = false;
    while (s.step()) {
        const QString where = u"sign-off " + s.text(0) + u": ";
        if (s.text(1) != u"integer" || s.int64(0) != expected)
            return fail(QStringLiteral("the sign-offs are not numbered 1, 2, 3… in order (found %1 where %2 was due)")
                            .arg(s.text(0))
                            .arg(expected));
        ++expected;
        if (s.text(2).trimmed().isEmpty())
            return fail(where + u"does not say who signed off");
        if (!isTimestamp(s.text(3)))
            return fail(where + u"the time \"" + s.text(3) + u"\" is not a valid time");
        const QString sha = s.text(4);
        if (sha.size() != 64 || std::any_of(sha.begin(), sha.end(), [](QChar ch) {
                return !((ch >= u'0' && ch <= u'9') || (ch >= u'a' && ch <= u'f'));
            }))
            return fail(where + u"the recorded hash is not 64 lower-case hex digits");
        if (QCryptographicHash::hash(s.blob(5), QCryptographicHash::Sha256).toHex() != sha.toLatin1())
            return fail(where + u"the content kept with it does not match its recorded hash");
        const bool reopenedBy = !s.text(6).isEmpty();
        const bool reopenedAt = !s.text(7).isEmpty();
        if (reopenedBy != reopenedAt || (reopenedAt && !isTimestamp(s.text(7))))
            return fail(where + u"the reopening is incomplete (it needs both who and a valid time)");
        if (lastInForce)
            return fail(QStringLiteral("a sign-off follows one that is still in force"));
        lastInForce = !reopenedBy;
    }
    if (!s.ok())
        return fail(u"the sign-offs cannot be read: " + m_db.errorMessage());
    const bool final = m_db.scalar("SELECT count(*) FROM assessment WHERE status = 'final'") == 1;
    if (final != lastInForce)
        return fail(lastInForce ? QStringLiteral("the assessment is signed off but its status is not final")
                                : QStringLiteral("the assessment is marked final but no sign-off is in force"));
    return true;
}

bool DocumentChecker::checkChecksum()
{
    sqlite::Statement s = m_db.prepare("SELECT value FROM meta WHERE key = 'content-sha256'");
    if (!s.step())
        return fail(QStringLiteral("has no content checksum (not saved by WGLL Workbench)"));
    const QByteArray stored = s.text(0).toLatin1();
    const QByteArray actual = contentChecksum(m_db);
    if (actual.isEmpty())
        return fail(u"cannot be read: " + m_db.errorMessage());
    if (stored != actual)
        return fail(QStringLiteral("content does not match its checksum: the file was damaged or altered "
                                   "outside WGLL Workbench"));
    return true;
}

bool DocumentChecker::checkEvidenceContent()
{
    sqlite::Statement s = m_db.prepare("SELECT id, sha256, title FROM evidence WHERE kind = 'file' ORDER BY id");
    while (s.step()) {
        const qint64 id = s.int64(0);
        const Result<sqlite::Blob> blob = m_db.openBlob("evidence", "content", id, sqlite::Blob::Access::ReadOnly);
        if (!blob)
            return fail(QStringLiteral("evidence %1 cannot be read").arg(id));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (qint64 offset = 0; offset < blob->size();) {
            const Result<QByteArray> chunk = blob->read(offset, std::min<qint64>(blob->size() - offset, 1 << 20));
            if (!chunk)
                return fail(QStringLiteral("evidence %1 cannot be read").arg(id));
            hash.addData(*chunk);
            offset += chunk->size();
        }
        if (hash.result().toHex() != s.text(1).toLatin1())
            return fail(u"evidence " + QString::number(id) + u" (\"" + s.text(2) + u"\") is damaged: its content "
                        u"does not match its SHA-256");
    }
    return true;
}

} // namespace wgll::storage
