// SPDX-License-Identifier: GPL-3.0-or-later
// The board paper in the file (issue 16): format version 2 and the migration from version 1,
// the cover sheet, signing off, the guard on every edit while signed off, and reopening.
#include "testsupport.h"
#include "forge.h"
#include "validfile.h"

#include "assessment/scoredcontent.h"
#include "framework/frameworkcatalog.h"
#include "sqlite/database.h"
#include "storage/assessmentfile.h"
#include "storage/document.h"
#include "storage/schema.h"

#include <QCryptographicHash>
#include <QFile>

#include <functional>

using namespace wgll;
using storage::Document;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString work() const { return dir.filePath(QStringLiteral("work")); }
    QString file(const QString &name = QStringLiteral("a.wgll")) const { return dir.filePath(name); }

    std::unique_ptr<Document> create()
    {
        static const FrameworkCatalog catalog = FrameworkCatalog::load({});
        AssessmentInfo info;
        info.organisation = QStringLiteral("Northshire Hospitals NHS FT");
        info.period = QStringLiteral("2026/27");
        Error error;
        auto doc = wgll::take(Document::create(file(), catalog.find(QStringLiteral("wgll-org"))->framework, info, work()), error);
        INFO(error.toString().toStdString());
        REQUIRE(doc);
        return doc;
    }
    std::unique_ptr<Document> open()
    {
        Error error;
        auto doc = wgll::take(Document::open(file(), Document::Recovery::Refuse, work()), error);
        INFO(error.toString().toStdString());
        REQUIRE(doc);
        return doc;
    }
};

Answer scored(const QString &id, int score)
{
    Answer a;
    a.indicator = id;
    a.score = score;
    return a;
}

qint64 fileVersion(const QString &path)
{
    sqlite::Database db;
    REQUIRE(db.open(path, sqlite::Database::Mode::ReadOnly));
    return db.scalar("PRAGMA user_version", -1);
}

CoverSheet fullCover()
{
    CoverSheet c;
    c.meeting = QStringLiteral("Trust Board (public)");
    c.meetingDate = QDate(2026, 12, 3);
    c.agendaItem = QStringLiteral("8.2");
    c.reportTitle = QStringLiteral("What Good Looks Like: annual self-assessment");
    c.purpose = QStringLiteral("Assurance");
    c.recommendation = QStringLiteral("The board is asked to note the assessment\nand approve the action plan.");
    c.assurance = QStringLiteral("Reasonable");
    c.assuranceRationale = QStringLiteral("Scores agreed in two workshops; 6 of 47 evidenced.");
    c.risks = QStringLiteral("SR5 Cyber security\nBAF 2.1 Digital maturity");
    c.author = QStringLiteral("Head of Digital Strategy");
    c.executiveLead = QStringLiteral("Chief Digital Information Officer");
    c.previouslyConsidered = QStringLiteral("Digital Committee, 4 November 2026");
    c.executiveSummary = QStringLiteral("Maturity rose in four of seven measures.");
    return c;
}

// Fills every kind of row a version-1 file can hold.
void fill(Document &doc, const QString &evidencePath)
{
    REQUIRE(doc.setAnswers({scored(QStringLiteral("1.1"), 3), scored(QStringLiteral("3.1"), 5)}, QStringLiteral("ana")));
    Answer na;
    na.indicator = QStringLiteral("3.5");
    na.notApplicable = true;
    na.naReason = QStringLiteral("No acute services");
    REQUIRE(doc.setAnswer(na));
    Error error;
    Action action;
    action.indicator = QStringLiteral("1.1");
    action.text = QStringLiteral("Publish the digital strategy");
    action.owner = QStringLiteral("CDIO");
    action.due = QDate(2027, 3, 31);
    REQUIRE(wgll::take(doc.addAction(action), error));
    REQUIRE(wgll::take(doc.addEvidenceFile(evidencePath, QStringLiteral("Strategy"), {QStringLiteral("1.1")}), error));
    REQUIRE(wgll::take(doc.addEvidenceNote(QStringLiteral("Minutes say so"), {}, {QStringLiteral("3.1")}), error));
    const auto person = wgll::take(doc.addParticipant({0, QStringLiteral("Ana"), QStringLiteral("CNIO"), {}}), error);
    REQUIRE(person);
    WorkshopSession session{0, QStringLiteral("Scoring"), QDate(2026, 11, 20), QStringLiteral("Ben"), {{*person, QStringLiteral("present")}}};
    const auto sessionId = wgll::take(doc.startSession(session), error);
    REQUIRE(sessionId);
    REQUIRE(doc.setVotes(*sessionId, QStringLiteral("1.1"), {{*person, 3}}));
    Decision decision;
    decision.session = *sessionId;
    decision.indicator = QStringLiteral("1.1");
    decision.text = QStringLiteral("Agreed 3");
    REQUIRE(wgll::take(doc.recordDecision(decision), error));
}

bool sameWorkshop(const Workshop &a, const Workshop &b)
{
    return a.participants == b.participants && a.sessions == b.sessions && a.votes == b.votes &&
           a.decisions == b.decisions;
}

} // namespace

TEST_CASE("a version-1 file is migrated in the working copy, saved as the current version with every row kept",
          "[document][signoff][migration]")
{
    Fixture f;
    const QString evidence = f.dir.filePath(QStringLiteral("strategy.pdf"));
    wgll::test::writeAll(evidence, "%PDF-1.4 strategy");
    Assessment before;
    {
        auto doc = f.create();
        fill(*doc, evidence);
        REQUIRE(doc->save());
        before = doc->assessment();
        doc->close();
    }
    // The file exactly as version 1 wrote it: the version-1 statements (the schema allow-list
    // holds it to them), user_version 1, and its checksum over the version-1 tables. "final"
    // was a plain word in version 1.
    wgll::test::forge(f.file(), "DROP TABLE cover_sheet; DROP TABLE signoff; UPDATE assessment SET status = 'final'; "
                                "ALTER TABLE workshop_session DROP COLUMN disagreement_rule; DROP TABLE cant_say; "
                                "DROP TABLE unrevealed; DROP TABLE claim; "
                                "DROP TABLE voting_token; DROP TABLE voting_link; PRAGMA user_version = 1");
    REQUIRE(fileVersion(f.file()) == 1);
    QString why;
    REQUIRE(wgll::test::isValidDocument(f.file(), why));
    const QByteArray v1Bytes = wgll::test::readAll(f.file());

    // Read-only commands read it as it is.
    Error error;
    const std::optional<Assessment> read = storage::readAssessmentFile(f.file(), error);
    REQUIRE(read);
    CHECK(read->answers == before.answers);
    CHECK(read->cover.isEmpty());
    CHECK(read->signOffs.isEmpty());

    auto doc = f.open();
    // Migrated in the working copy only: the user's file is untouched until it is saved.
    CHECK(wgll::test::readAll(f.file()) == v1Bytes);
    Assessment migrated = doc->assessment();
    CHECK(migrated.info.status == u"draft"); // final now means signed off
    CHECK(migrated.answers == before.answers);
    CHECK(migrated.actions == before.actions);
    CHECK(migrated.evidence == before.evidence);
    CHECK(sameWorkshop(migrated.workshop, before.workshop));
    CHECK(migrated.reassessed == before.reassessed);
    REQUIRE(doc->setAnswer(scored(QStringLiteral("2.1"), 4)));
    REQUIRE(doc->setCover(fullCover()));
    REQUIRE(doc->save());
    doc->close();

    CHECK(fileVersion(f.file()) == storage::Schema::Version); // 1 → 2 → 3 in one step
    REQUIRE(wgll::test::isValidDocument(f.file(), why));
    const std::optional<Assessment> after = storage::readAssessmentFile(f.file(), error);
    REQUIRE(after);
    CHECK(after->actions == before.actions);
    CHECK(after->evidence == before.evidence);
    CHECK(sameWorkshop(after->workshop, before.workshop));
    CHECK(after->cover == fullCover());
    for (const Answer &a : before.answers) {
        if (a.indicator != u"2.1")
            CHECK(*after->answer(a.indicator) == a);
    }
    CHECK(after->answer(QStringLiteral("2.1"))->score == 4);
    // The evidence bytes came through too.
    auto again = f.open();
    CHECK(again->verifyEvidence());
}

TEST_CASE("a version-4 file is refused as made by a newer WGLL Workbench", "[document][signoff][migration]")
{
    Fixture f;
    f.create()->close();
    wgll::test::forge(f.file(), "PRAGMA user_version = 4");
    Error error;
    CHECK_FALSE(wgll::take(Document::open(f.file(), Document::Recovery::Refuse, f.work()), error));
    CHECK(error.kind == ErrorKind::BadData);
    CHECK(error.message.contains(u"made by a newer WGLL Workbench (file format 4"));
}

TEST_CASE("the cover sheet goes through the file whole, and bad values are refused", "[document][signoff][cover]")
{
    Fixture f;
    {
        auto doc = f.create();
        REQUIRE(doc->setCover(fullCover()));
        const qint64 generation = doc->generation();
        REQUIRE(doc->setCover(fullCover())); // unchanged: not an edit
        CHECK(doc->generation() == generation);

        CoverSheet bad = fullCover();
        bad.purpose = QStringLiteral("Rubber stamp");
        Status s = doc->setCover(bad);
        REQUIRE_FALSE(s);
        CHECK(s.error().kind == ErrorKind::BadData);
        CHECK(s.error().message.contains(u"the purpose \"Rubber stamp\" is not one of Approval, Assurance"));
        bad = fullCover();
        bad.assurance = QStringLiteral("Total");
        CHECK(doc->setCover(bad).error().message.contains(u"the assurance \"Total\""));
        bad = fullCover();
        bad.meeting = QStringLiteral("Board\nof directors");
        CHECK(doc->setCover(bad).error().message.contains(u"the meeting contains a line break"));
        bad = fullCover();
        bad.risks = QString(4001, u'x');
        CHECK(doc->setCover(bad).error().message.contains(u"the risks is longer than 4000"));
        CHECK(doc->cover() == fullCover());
        REQUIRE(doc->save());
        doc->close();
    }
    Error error;
    const std::optional<Assessment> read = storage::readAssessmentFile(f.file(), error);
    REQUIRE(read);
    CHECK(read->cover == fullCover());
    auto doc = f.open();
    CHECK(doc->cover() == fullCover());
    // An empty field clears.
    CoverSheet cleared = fullCover();
    cleared.meetingDate = {};
    cleared.risks.clear();
    REQUIRE(doc->setCover(cleared));
    REQUIRE(doc->save());
    doc->close();
    CHECK(storage::readAssessmentFile(f.file(), error)->cover == cleared);
}

TEST_CASE("a sign-off records who, when, where and the hash of the content as stored", "[document][signoff]")
{
    Fixture f;
    auto doc = f.create();
    Error error;
    // Nothing scored: nothing to sign off.
    CHECK_FALSE(wgll::take(doc->signOff(QStringLiteral("Chair"), {}), error));
    CHECK(error.kind == ErrorKind::BadData);
    CHECK(error.message.contains(u"nothing to sign off"));
    REQUIRE(doc->setAnswer(scored(QStringLiteral("1.1"), 3)));
    REQUIRE(doc->setCover(fullCover()));
    CHECK_FALSE(wgll::take(doc->signOff(QStringLiteral("  "), {}), error));

    const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const std::optional<SignOff> s = wgll::take(doc->signOff(QStringLiteral("Jane Chair"), QStringLiteral("Trust Board")), error);
    INFO(error.toString().toStdString());
    REQUIRE(s);
    const Assessment a = doc->assessment();
    CHECK(s->revision == 1);
    CHECK(s->by == u"Jane Chair");
    CHECK(s->meeting == u"Trust Board");
    CHECK(s->at >= start);
    CHECK(s->at <= QDateTime::currentDateTimeUtc());
    CHECK(s->contentSha256 == scoredContentSha256(a));
    CHECK(s->contentSha256.size() == 64);
    CHECK(a.info.status == u"final");
    CHECK(a.signOffInForce());
    CHECK(a.signOffs == QList<SignOff>{*s});
    // The content itself is kept, and is what the hash is of.
    CHECK(doc->signedContent(1) == scoredContent(a));
    CHECK(doc->verifySignOff());
    // Signing off twice is refused.
    CHECK_FALSE(wgll::take(doc->signOff(QStringLiteral("Jane Chair"), {}), error));
    CHECK(error.kind == ErrorKind::NotPermitted);
    REQUIRE(doc->save());
    doc->close();

    const std::optional<Assessment> read = storage::readAssessmentFile(f.file(), error);
    REQUIRE(read);
    CHECK(read->signOffs == QList<SignOff>{*s});
    CHECK(read->info.status == u"final");
    CHECK(scoredContentSha256(*read) == s->contentSha256);
}

TEST_CASE("while signed off every edit is refused, naming who signed and how to reopen, and after reopening each is "
          "allowed",
          "[document][signoff][guard]")
{
    Fixture f;
    const QString evidence = f.dir.filePath(QStringLiteral("strategy.pdf"));
    wgll::test::writeAll(evidence, "%PDF-1.4 strategy");
    auto doc = f.create();
    fill(*doc, evidence);
    Error error;
    const Assessment filled = doc->assessment();
    const qint64 evidenceId = filled.evidence.constFirst().id;
    const Action action = filled.actions.constFirst();
    const qint64 sessionId = filled.workshop.sessions.constFirst().id;
    const qint64 personId = filled.workshop.participants.constFirst().id;
    REQUIRE(wgll::take(doc->signOff(QStringLiteral("Jane Chair"), QStringLiteral("Trust Board")), error));

    // Every public mutator of Document, each with an edit that is valid once reopened.
    using Edit = std::function<Status(Document &)>;
    auto opt = [](Error &e, auto result) { return result ? Status() : Status(e); };
    const QList<std::pair<const char *, Edit>> edits{
        {"setInfo",
         [](Document &d) {
             AssessmentInfo info = d.info();
             info.organisation = QStringLiteral("Northshire Hospitals");
             return d.setInfo(info);
         }},
        {"setAnswer", [](Document &d) { return d.setAnswer(scored(QStringLiteral("2.1"), 2)); }},
        {"setAnswers", [](Document &d) { return d.setAnswers({scored(QStringLiteral("2.2"), 2)}); }},
        {"addEvidenceFile",
         [&](Document &d) {
             Error e;
             return opt(e, wgll::take(d.addEvidenceFile(evidence, QStringLiteral("Again"), {QStringLiteral("2.1")}), e));
         }},
        {"addEvidenceLink",
         [&](Document &d) {
             Error e;
             return opt(e, wgll::take(d.addEvidenceLink(QStringLiteral("https://example.org/"), {}, {QStringLiteral("2.1")}), e));
         }},
        {"addEvidenceNote",
         [&](Document &d) {
             Error e;
             return opt(e, wgll::take(d.addEvidenceNote(QStringLiteral("A note"), {}, {QStringLiteral("2.1")}), e));
         }},
        {"addAction",
         [&](Document &d) {
             Error e;
             Action a = action;
             a.id = 0;
             return opt(e, wgll::take(d.addAction(a), e));
         }},
        {"updateAction",
         [&](Document &d) {
             Action a = action;
             a.status = QStringLiteral("done");
             return d.updateAction(a);
         }},
        {"setCover",
         [](Document &d) {
             CoverSheet c = d.cover();
             c.agendaItem = QStringLiteral("9.1");
             return d.setCover(c);
         }},
        {"addParticipant",
         [&](Document &d) {
             Error e;
             return opt(e, wgll::take(d.addParticipant({0, QStringLiteral("Cai"), {}, {}}), e));
         }},
        {"startSession",
         [&](Document &d) {
             Error e;
             return opt(e, wgll::take(d.startSession({0, QStringLiteral("Second"), QDate(2026, 11, 27), {}, {}}), e));
         }},
        {"setAttendance", [&](Document &d) { return d.setAttendance(sessionId, personId, QStringLiteral("apologies")); }},
        {"setVotes", [&](Document &d) { return d.setVotes(sessionId, QStringLiteral("2.1"), {{personId, 4}}); }},
        {"recordDecision",
         [&](Document &d) {
             Error e;
             Decision decision;
             decision.text = QStringLiteral("Revisit in spring");
             return opt(e, wgll::take(d.recordDecision(decision), e));
         }},
        {"importVotes",
         [&](Document &d) {
             Error e;
             return opt(e, wgll::take(d.importVotes({0, QStringLiteral("Third"), QDate(2026, 11, 28), {}, {}},
                                         {{QStringLiteral("Ana"), QStringLiteral("2.1"), 3}}), e));
         }},
        {"removeAction", [&](Document &d) { return d.removeAction(action.id); }},
        {"removeEvidence", [&](Document &d) { return d.removeEvidence(evidenceId); }},
        {"signOff",
         [&](Document &d) {
             Error e;
             return opt(e, wgll::take(d.signOff(QStringLiteral("Jane Chair"), {}), e));
         }},
    };
    const qint64 generation = doc->generation();
    const QString hash = scoredContentSha256(doc->assessment());
    for (const auto &[name, edit] : edits) {
        INFO(name);
        const Status refused = edit(*doc);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == ErrorKind::NotPermitted);
        const QString message = refused.error().message;
        INFO(message.toStdString());
        CHECK(message.contains(u"is signed off (revision 1, by Jane Chair on "));
        CHECK(message.contains(u"'wgll reopen " + f.file() + u" --by NAME'"));
        CHECK(message.contains(u"File → Reopen for Changes"));
    }
    CHECK(doc->generation() == generation);
    CHECK(scoredContentSha256(doc->assessment()) == hash);

    REQUIRE(wgll::take(doc->reopen(QStringLiteral("Company Secretary")), error));
    for (const auto &[name, edit] : edits) {
        INFO(name);
        const Status allowed = edit(*doc);
        INFO((allowed ? std::string() : allowed.error().toString().toStdString()));
        CHECK(allowed);
    }
    // The last edit signed it off again: revision 2.
    CHECK(doc->assessment().revision() == 2);
    CHECK(doc->assessment().signOffInForce());
}

TEST_CASE("reopening keeps the signed-off revision and its content, and the next sign-off is revision 2",
          "[document][signoff][reopen]")
{
    Fixture f;
    auto doc = f.create();
    Error error;
    CHECK_FALSE(wgll::take(doc->reopen(QStringLiteral("Secretary")), error));
    CHECK(error.message.contains(u"is not signed off"));
    REQUIRE(doc->setAnswer(scored(QStringLiteral("1.1"), 3)));
    const std::optional<SignOff> first = wgll::take(doc->signOff(QStringLiteral("Jane Chair"), QStringLiteral("Board")), error);
    REQUIRE(first);
    const QByteArray firstContent = scoredContent(doc->assessment());

    const std::optional<SignOff> reopened = wgll::take(doc->reopen(QStringLiteral("Company Secretary")), error);
    REQUIRE(reopened);
    CHECK(reopened->revision == 1);
    CHECK(reopened->reopenedBy == u"Company Secretary");
    CHECK(reopened->reopenedAt.isValid());
    Assessment a = doc->assessment();
    CHECK(a.info.status == u"draft");
    CHECK_FALSE(a.signOffInForce());
    CHECK(a.revision() == 2);
    REQUIRE(doc->setAnswer(scored(QStringLiteral("1.1"), 4)));
    const std::optional<SignOff> second = wgll::take(doc->signOff(QStringLiteral("Jane Chair"), QStringLiteral("Board")), error);
    REQUIRE(second);
    CHECK(second->revision == 2);
    CHECK(second->contentSha256 != first->contentSha256);
    REQUIRE(doc->save());
    doc->close();

    QString why;
    REQUIRE(wgll::test::isValidDocument(f.file(), why));
    auto again = f.open();
    const QList<SignOff> list = again->signOffs();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).contentSha256 == first->contentSha256);
    CHECK(list.at(0).reopenedBy == u"Company Secretary");
    CHECK_FALSE(list.at(0).inForce());
    CHECK(list.at(1).inForce());
    // The first revision's content is still in the file, byte for byte, with its hash.
    CHECK(again->signedContent(1) == firstContent);
    CHECK(QCryptographicHash::hash(again->signedContent(1), QCryptographicHash::Sha256).toHex() ==
          first->contentSha256.toLatin1());
    CHECK(again->signedContent(1).contains("\"score\":3"));
}

TEST_CASE("signed-off content changed with SQL, its checksum recomputed, is caught by verifySignOff",
          "[document][signoff][forgery]")
{
    Fixture f;
    {
        auto doc = f.create();
        REQUIRE(doc->setAnswer(scored(QStringLiteral("3.1"), 5)));
        Error error;
        REQUIRE(wgll::take(doc->signOff(QStringLiteral("Jane Chair"), {}), error));
        REQUIRE(doc->save());
        doc->close();
    }
    wgll::test::forge(f.file(), "UPDATE answer SET score = 4 WHERE indicator = '3.1'");
    QString why;
    REQUIRE(wgll::test::isValidDocument(f.file(), why)); // the file's own checksum agrees: it was recomputed
    auto doc = f.open();
    const Status verified = doc->verifySignOff();
    REQUIRE_FALSE(verified);
    CHECK(verified.error().kind == ErrorKind::BadData);
    CHECK(verified.error().message.contains(u"signed-off content was changed after sign-off"));
}
