// SPDX-License-Identifier: GPL-3.0-or-later
// "Text is text" (issue 13): every text column of a file is valid UTF-8 of type TEXT with no NUL
// and no control character but tab and newline where a field allows them, within limits counted
// in bytes before characters; counters and ids within their ranges; evidence file names safe;
// and the structure rules the checker added beside them (integrity_check, no data after the
// last page). Each forged file has its content checksum recomputed, as a sender can.
#include "testsupport.h"

#include "assessment/textrules.h"
#include "forge.h"
#include "framework/frameworkcatalog.h"
#include "storage/document.h"
#include "storage/durablefile.h"

#include <QDir>
#include <QFile>

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
    // A saved file with one evidence file, one action, a participant, a session and a decision,
    // so every table has a row to forge.
    void createFull()
    {
        auto doc = create();
        const QString minutes = file(QStringLiteral("minutes.txt"));
        wgll::test::writeAll(minutes, "Minutes\n");
        Error error;
        REQUIRE(wgll::take(doc->addEvidenceFile(minutes, QStringLiteral("Minutes"), {QStringLiteral("7.5")}), error));
        REQUIRE(wgll::take(doc->addAction({0, QStringLiteral("1.1"), QStringLiteral("Appoint a CNIO"), QStringLiteral("Board"),
                                {}, QStringLiteral("open")}), error));
        REQUIRE(wgll::take(doc->addParticipant({0, QStringLiteral("Ann"), {}, {}}), error));
        REQUIRE(wgll::take(doc->startSession({0, QStringLiteral("Workshop"), QDate(2026, 11, 20), {}, {}}), error));
        REQUIRE(wgll::take(doc->recordDecision({0, 0, QStringLiteral("1.1"), QStringLiteral("Agreed"), {}, {}, {}}), error));
        Answer a;
        a.indicator = QStringLiteral("1.1");
        a.score = 3;
        a.notes = QStringLiteral("first");
        REQUIRE(doc->setAnswer(a));
        REQUIRE(doc->save());
        doc->close();
    }
    Error openError()
    {
        Error error;
        auto doc = wgll::take(Document::open(file(), Document::Recovery::Refuse, work()), error);
        CHECK_FALSE(doc);
        return error;
    }
    bool opens()
    {
        Error error;
        auto doc = wgll::take(Document::open(file(), Document::Recovery::Refuse, work()), error);
        INFO(error.toString().toStdString());
        if (doc)
            doc->close();
        return doc != nullptr;
    }
};

} // namespace

TEST_CASE("forged text in a file is refused on open, naming the table and column", "[document][text]")
{
    struct Case
    {
        const char *name;
        const char *sql;
        const char *message;
    };
    const Case c = GENERATE(values<Case>({
        {"NUL-padded organisation", "UPDATE assessment SET organisation = 'Northshire' || char(0) || printf('%.*c', 1000000, 'x')",
         "column \"organisation\" of table \"assessment\" (row 1) is longer than 300 characters"},
        {"short text hidden behind a NUL", "UPDATE assessment SET period = '2026' || char(0) || 'hidden'",
         "column \"period\" of table \"assessment\" (row 1) contains a NUL character"},
        {"1 MB note behind a NUL", "UPDATE answer SET notes = 'x' || char(0) || printf('%.*c', 1000000, 'y') WHERE indicator = '1.1'",
         "column \"notes\" of table \"answer\" is longer than 20000 characters"},
        {"note of NULs", "UPDATE answer SET notes = 'ok' || char(0) WHERE indicator = '1.1'",
         "column \"notes\" of table \"answer\" contains a NUL character"},
        {"text stored as a BLOB", "UPDATE assessment SET period = CAST('2026' AS BLOB)",
         "column \"period\" of table \"assessment\" (row 1) is stored as a BLOB, not as text"},
        {"invalid UTF-8", "UPDATE answer SET notes = CAST(x'4142C328' AS TEXT) WHERE indicator = '1.1'",
         "column \"notes\" of table \"answer\" is not valid UTF-8 text"},
        {"overlong UTF-8", "UPDATE participant SET name = CAST(x'C0AF' AS TEXT)",
         "column \"name\" of table \"participant\" (row 1) is not valid UTF-8 text"},
        {"UTF-8 surrogate", "UPDATE decision SET text = CAST(x'EDA080' AS TEXT)",
         "column \"text\" of table \"decision\" (row 1) is not valid UTF-8 text"},
        {"escape in the organisation", "UPDATE assessment SET organisation = 'A' || char(27) || '[31mB'",
         "column \"organisation\" of table \"assessment\" (row 1) contains a control character (U+001B)"},
        {"line break forging a wgll: line", "UPDATE assessment SET period = 'Q1' || char(10) || 'wgll: forged'",
         "column \"period\" of table \"assessment\" (row 1) contains a line break (U+000A)"},
        {"carriage return in a title", "UPDATE workshop_session SET title = 'W' || char(13)",
         "column \"title\" of table \"workshop_session\" (row 1) contains a line break (U+000D)"},
        {"C1 control in an evidence title", "UPDATE evidence SET title = 'x' || char(133)",
         "column \"title\" of table \"evidence\" (row 1) contains a control character (U+0085)"},
        {"tab in a single-line owner", "UPDATE action SET owner = 'a' || char(9) || 'b'",
         "column \"owner\" of table \"action\" (row 1) contains a control character (U+0009)"},
        {"control character in history", "UPDATE history SET new_value = 'x' || char(7)",
         "column \"new_value\" of table \"history\" (row 1) contains a control character (U+0007)"},
        {"NUL in a metadata value", "UPDATE meta SET value = 'WGLL' || char(0) WHERE key = 'created-by'",
         "column \"value\" of table \"meta\" contains a NUL character"},
        {"zero blob as a media type", "UPDATE evidence SET media_type = zeroblob(3)",
         "column \"media_type\" of table \"evidence\" (row 1) is stored as a BLOB"},
    }));
    INFO(c.name);
    Fixture f;
    f.createFull();
    test::forge(f.file(), c.sql);
    const Error e = f.openError();
    CHECK(e.kind == ErrorKind::BadData);
    INFO(e.message.toStdString());
    CHECK(e.message.contains(QString::fromUtf8(c.message)));
}

TEST_CASE("tab and newline are allowed in multi-line fields of a file", "[document][text]")
{
    Fixture f;
    f.createFull();
    test::forge(f.file(), "UPDATE answer SET notes = 'a' || char(9) || 'b' || char(10) || 'c' WHERE indicator = '1.1'; "
                          "UPDATE decision SET rationale = 'one' || char(13) || char(10) || 'two'; "
                          "UPDATE answer SET notes = 'Zürich — 東京 😀' WHERE indicator = '2.1'");
    CHECK(f.opens());
}

TEST_CASE("counters and ids outside their ranges are refused on open", "[document][text]")
{
    struct Case
    {
        const char *name;
        const char *sql;
        const char *message;
    };
    const Case c = GENERATE(values<Case>({
        {"generation 2^63-1", "UPDATE meta SET value = '9223372036854775807' WHERE key = 'generation'",
         "the edit counter (generation) is not a whole number"},
        {"generation 2^53", "UPDATE meta SET value = '9007199254740992' WHERE key = 'generation'",
         "the edit counter (generation) is not a whole number"},
        {"negative generation", "UPDATE meta SET value = '-1' WHERE key = 'generation'",
         "the edit counter (generation) is not a whole number"},
        {"generation not a number", "UPDATE meta SET value = '12abc' WHERE key = 'generation'",
         "the edit counter (generation) is not a whole number"},
        {"no generation", "DELETE FROM meta WHERE key = 'generation'", "the edit counter (generation) is missing"},
        {"negative action id", "UPDATE action SET id = -5", "a row id is outside 1 to 2^53 - 1"},
        {"huge history id", "UPDATE history SET id = 9223372036854775807 WHERE id = (SELECT max(id) FROM history)",
         "a row id is outside 1 to 2^53 - 1"},
        {"negative evidence size", "PRAGMA foreign_keys = OFF; INSERT INTO evidence(kind, title, size, added) "
         "VALUES ('note', 't', -1, '2026-01-01T00:00:00Z')",
         "an evidence item's size is not a whole number of bytes"},
    }));
    INFO(c.name);
    Fixture f;
    f.createFull();
    test::forge(f.file(), c.sql);
    const Error e = f.openError();
    CHECK(e.kind == ErrorKind::BadData);
    INFO(e.message.toStdString());
    CHECK(e.message.contains(QString::fromUtf8(c.message)));
}

TEST_CASE("a hostile evidence file name in a file is refused on open", "[document][text][evidence]")
{
    struct Case
    {
        const char *name;
        const char *sql;
        const char *message;
    };
    const Case c = GENERATE(values<Case>({
        {"folder parts", "UPDATE evidence SET file_name = '../../x'", "contains a folder part"},
        {"absolute path", "UPDATE evidence SET file_name = '/etc/passwd'", "contains a folder part"},
        {"Windows path", "UPDATE evidence SET file_name = 'C:\\Windows\\x.exe'", "contains a folder part"},
        {"right-to-left override", "UPDATE evidence SET file_name = 'report' || char(8238) || 'fdp.exe'",
         "contains a control or bidirectional-override character (U+202E)"},
        {"isolate", "UPDATE evidence SET file_name = 'a' || char(8294) || 'b.pdf'",
         "contains a control or bidirectional-override character (U+2066)"},
        {"newline", "UPDATE evidence SET file_name = 'a' || char(10) || 'b.pdf'", "contains a line break"},
        {"NUL", "UPDATE evidence SET file_name = 'a.pdf' || char(0) || '.exe'", "contains a NUL character"},
        {"empty", "UPDATE evidence SET file_name = ''", "is empty"},
        {"dot dot", "UPDATE evidence SET file_name = '..'", "is not a file name"},
        {"too long", "UPDATE evidence SET file_name = printf('%.*c', 256, 'a')", "is longer than 255"},
    }));
    INFO(c.name);
    Fixture f;
    f.createFull();
    test::forge(f.file(), c.sql);
    const Error e = f.openError();
    INFO(e.message.toStdString());
    CHECK(e.message.contains(u"column \"file_name\" of table \"evidence\" (row 1) "));
    CHECK(e.message.contains(QString::fromUtf8(c.message)));
}

TEST_CASE("an index that disagrees with its table is refused", "[document][structure]")
{
    Fixture f;
    f.createFull();
    // The evidence link to 7.5 is in evidence_link and in its index evidence_link_by_indicator.
    // Change the index entry only, in the page bytes: quick_check does not compare the two.
    int root = 0, pageSize = 0;
    {
        sqlite::Database db;
        REQUIRE(db.open(f.file(), sqlite::Database::Mode::ReadOnly));
        root = static_cast<int>(
            db.scalar("SELECT rootpage FROM sqlite_schema WHERE name = 'evidence_link_by_indicator'", 0));
        pageSize = static_cast<int>(db.scalar("PRAGMA page_size", 0));
    }
    REQUIRE(root > 1);
    QByteArray bytes = test::readAll(f.file());
    const qsizetype start = qsizetype(root - 1) * pageSize;
    const qsizetype at = bytes.indexOf(QByteArrayView("7.5"), start);
    REQUIRE(at >= 0);
    REQUIRE(at < start + pageSize);
    bytes[at + 2] = '4'; // still sorted, still well formed: only the table and the index disagree
    test::writeAll(f.file(), bytes);
    const Error e = f.openError();
    INFO(e.message.toStdString());
    CHECK(e.message.startsWith(u"damaged (SQLite integrity check: "));
}

TEST_CASE("data after the last page, or a sparse tail, is refused before anything is copied", "[document][structure]")
{
    Fixture f;
    f.createFull();
    const QByteArray good = test::readAll(f.file());
    static int copies = 0;
    copies = 0;
    storage::durable::setFaultHook([](const char *step) {
        if (qstrcmp(step, "copy") == 0)
            ++copies;
        return 0;
    });
    SECTION("appended bytes")
    {
        test::writeAll(f.file(), good + QByteArray(4096, 'Z'));
        CHECK(f.openError().message == u"has 4096 bytes of data after the last page of the database");
    }
    SECTION("a sparse gigabyte")
    {
        QFile file(f.file());
        REQUIRE(file.resize(good.size() + (qint64(1) << 30)));
        CHECK(f.openError().message ==
              QStringLiteral("has %1 bytes of data after the last page of the database").arg(qint64(1) << 30));
    }
    SECTION("shorter than the header says")
    {
        test::writeAll(f.file(), good.left(good.size() - 4096));
        CHECK(f.openError().message.startsWith(u"truncated"));
    }
    storage::durable::setFaultHook(nullptr);
    CHECK(copies == 0);
    test::writeAll(f.file(), good);
    CHECK(f.opens());
}

TEST_CASE("new text with NUL or control characters is refused, tab and newline allowed in notes", "[document][text]")
{
    Fixture f;
    auto doc = f.create();
    const qint64 generation = doc->generation();
    const QString nul = QStringLiteral("x") + QChar(0) + QString(1000000, u'y');

    AssessmentInfo info = doc->info();
    info.organisation = nul;
    CHECK(doc->setInfo(info).error().message.contains(u"the organisation name contains a NUL character"));
    info.organisation = u"A\x1b[31mB"_qs;
    CHECK(doc->setInfo(info).error().message.contains(u"contains a control character (U+001B)"));
    info = doc->info();
    info.period = u"Q1\nwgll: forged"_qs;
    CHECK(doc->setInfo(info).error().message.contains(u"the period contains a line break (U+000A)"));

    Answer a;
    a.indicator = QStringLiteral("1.1");
    a.notes = nul;
    CHECK(doc->setAnswer(a).error().message.contains(u"the notes contains a NUL character"));
    a.notes = QString(QChar(0xd800)) + u"x";
    CHECK(doc->setAnswer(a).error().message.contains(u"lone UTF-16 surrogate"));
    a.notes = QStringLiteral("lone\rreturn");
    CHECK(doc->setAnswer(a).error().message.contains(u"the notes contains a line break (U+000D)"));
    a.notes = QStringLiteral("line one\r\n\tline two 😀");
    a.notApplicable = true;
    a.naReason = u"provided by\u0085the ICS"_qs;
    CHECK(doc->setAnswer(a).error().message.contains(u"the N/A reason contains a control character (U+0085)"));
    a.naReason = QStringLiteral("Provided by the ICS");
    CHECK(doc->setAnswer(a, u"Ann\rB"_qs).error().message.contains(u"the author's name contains a line break"));
    CHECK(doc->generation() == generation);
    REQUIRE(doc->setAnswer(a));
    CHECK(doc->answer(QStringLiteral("1.1"))->notes == u"line one\r\n\tline two 😀");

    Error error;
    CHECK_FALSE(wgll::take(doc->addAction({0, QStringLiteral("1.1"), QStringLiteral("Do"), u"Bo\x07" u"b"_qs, {}, QStringLiteral("open")}), error));
    CHECK(error.message.contains(u"the action owner contains a control character (U+0007)"));
    CHECK_FALSE(wgll::take(doc->addAction({0, QStringLiteral("1.1"), u"a\0b"_qs, {}, {}, QStringLiteral("open")}), error));
    CHECK(error.message.contains(u"the action text contains a NUL character"));
    CHECK_FALSE(wgll::take(doc->addParticipant({0, u"Ann\u009b"_qs, {}, {}}), error));
    CHECK(error.message.contains(u"the participant's name contains a control character (U+009B)"));
    CHECK_FALSE(wgll::take(doc->startSession({0, u"W\nX"_qs, QDate(2026, 11, 20), {}, {}}), error));
    CHECK(error.message.contains(u"the session title contains a line break"));
    CHECK_FALSE(wgll::take(doc->recordDecision({0, 0, {}, QStringLiteral("Agreed"), u"because\0"_qs, {}, {}}), error));
    CHECK(error.message.contains(u"the rationale contains a NUL character"));
    CHECK_FALSE(wgll::take(doc->addEvidenceNote(u"note\x1b"_qs, QStringLiteral("t"), {QStringLiteral("1.1")}), error));
    CHECK(error.message.contains(u"the note contains a control character (U+001B)"));
    CHECK_FALSE(wgll::take(doc->addEvidenceLink(QStringLiteral("https://example.org/"), u"t\x1b"_qs, {QStringLiteral("1.1")}), error));
    CHECK(error.message.contains(u"the evidence title contains a control character"));
    REQUIRE(wgll::take(doc->recordDecision({0, 0, {}, QStringLiteral("Agreed"), u"one\ntwo\tthree"_qs, {}, {}}), error));

    // Whatever was accepted passes the checker.
    REQUIRE(doc->save());
    doc->close();
    CHECK(f.opens());
}

TEST_CASE("evidence file names are stored as safe base names", "[document][text][evidence]")
{
    CHECK(text::safeFileName(u"../../x") == u"x");
    CHECK(text::safeFileName(u"/etc/passwd") == u"passwd");
    CHECK(text::safeFileName(u"C:\\Users\\ann\\minutes.docx") == u"minutes.docx");
    CHECK(text::safeFileName(u"report\u202efdp.exe") == u"reportfdp.exe");
    CHECK(text::safeFileName(u"a\nb\u0000c.pdf"_qs) == u"abc.pdf");
    CHECK(text::safeFileName(u"") == u"evidence");
    CHECK(text::safeFileName(u"..") == u"evidence");
    CHECK(text::safeFileName(u"folder/") == u"evidence");
    const QString longName = QString(300, u'é') + u".pdf";
    const QString cut = text::safeFileName(longName);
    CHECK(cut.endsWith(u".pdf"));
    CHECK(cut.toUtf8().size() <= 255);
    CHECK(cut.toUtf8().size() >= 250);
    CHECK_FALSE(text::problemWithFileName(cut));
    CHECK_FALSE(text::problemWithFileName(u"Board minutes (12 March).docx"));

    Fixture f;
    auto doc = f.create();
    const QString hostile = f.file(u"report\u202efdp.exe"_qs);
    test::writeAll(hostile, "MZ");
    Error error;
    const auto id = wgll::take(doc->addEvidenceFile(hostile, {}, {QStringLiteral("1.1")}), error);
    REQUIRE(id);
    const QList<Evidence> evidence = doc->evidence();
    REQUIRE(evidence.size() == 1);
    CHECK(evidence[0].fileName == u"reportfdp.exe");
    CHECK(evidence[0].title == u"reportfdp.exe");
    REQUIRE(doc->save());
    doc->close();
    CHECK(f.opens());
}
