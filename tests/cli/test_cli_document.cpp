// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll new | import | check | evidence` end to end, as a consultant would script them.
#include "clirunner.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "storage/contentchecksum.h"
#include "forge.h"

#include <QCryptographicHash>
#include <QDir>


using wgll::test::Run;

namespace {

using wgll::test::Cli;

const QString Header = QStringLiteral("indicator,score,target,weight,note\n");

/// How a damaged evidence file is papered over, as a tool that knows the format might.
enum class Forge {
    Nothing,         // one byte of the stored bytes flipped in place, nothing else touched
    ContentChecksum, // the bytes cut short, `size` set to match and the content checksum re-sealed
    EvidenceDigest,  // one byte flipped and `sha256` set to the damaged bytes' digest
};

/// Damages the stored bytes of evidence `id` in `file` with SQLite, as `forge` says. Returns the
/// content checksum the file then holds and the one its content now has (equal unless the damage
/// reaches what the checksum covers and it was not re-sealed).
std::pair<QByteArray, QByteArray> damageEvidence(const QString &file, qint64 id, Forge forge)
{
    wgll::sqlite::Database db;
    REQUIRE(db.open(file, wgll::sqlite::Database::Mode::ReadWrite));
    if (forge == Forge::ContentChecksum) {
        wgll::sqlite::Statement cut =
            db.prepare("UPDATE evidence SET content = substr(content, 1, length(content) - 100), "
                       "size = length(content) - 100 WHERE id = ?1");
        REQUIRE(cut.bind(1, id).exec());
        REQUIRE(db.changes() == 1);
    } else {
        wgll::Result<wgll::sqlite::Blob> blob =
            db.openBlob("evidence", "content", id, wgll::sqlite::Blob::Access::ReadWrite);
        REQUIRE(blob);
        const qint64 middle = blob->size() / 2;
        wgll::Result<QByteArray> byte = blob->read(middle, 1);
        REQUIRE(byte);
        (*byte)[0] = static_cast<char>(byte->at(0) ^ 0x5a);
        REQUIRE(blob->write(middle, *byte));
    }
    if (forge == Forge::EvidenceDigest) {
        QString digest;
        {
            wgll::sqlite::Statement read = db.prepare("SELECT content FROM evidence WHERE id = ?1");
            REQUIRE(read.bind(1, id).step());
            digest = QString::fromLatin1(QCryptographicHash::hash(read.blob(0), QCryptographicHash::Sha256).toHex());
        }
        wgll::sqlite::Statement set = db.prepare("UPDATE evidence SET sha256 = ?2 WHERE id = ?1");
        REQUIRE(set.bind(1, id).bind(2, digest).exec());
    }
    if (forge == Forge::ContentChecksum) {
        // Re-seal exactly as a save does, so the open-time checks find nothing wrong.
        const QString sealed = QString::fromLatin1(wgll::storage::contentChecksum(db));
        REQUIRE(sealed.size() == 64);
        wgll::sqlite::Statement seal =
            db.prepare("UPDATE meta SET value = ?1 WHERE key = 'content-sha256'");
        REQUIRE(seal.bind(1, sealed).exec());
        REQUIRE(db.changes() == 1);
    }
    wgll::sqlite::Statement stored = db.prepare("SELECT value FROM meta WHERE key = 'content-sha256'");
    REQUIRE(stored.step());
    return {stored.text(0).toLatin1(), wgll::storage::contentChecksum(db)};
}

} // namespace

TEST_CASE("wgll new, import and check make a valid, self-contained file", "[cli][document]")
{
    Cli wgll;
    const QString file = wgll.path(QStringLiteral("trust.wgll"));
    const Run created = wgll({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org"),
                              QStringLiteral("--organisation"), QStringLiteral("Northshire"), QStringLiteral("--period"),
                              QStringLiteral("2026/27")});
    REQUIRE(created.exitCode == 0);
    CHECK(created.out == u"created " + file + u": wgll-org 2021-10-04, 49 statements\n");
    wgll::test::writeAll(wgll.path(QStringLiteral("r.csv")),
                         (Header + u"1.1,3,,2,\"Board, and \"\"CCIO\"\"\"\n3.5,NA,,,Provided by the ICS\n2.4,4,5,1,\n").toUtf8());
    const Run imported = wgll({QStringLiteral("import"), file, wgll.path(QStringLiteral("r.csv"))});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out == u"imported 3 responses into " + file + u'\n');
    const Run checked = wgll({QStringLiteral("check"), file});
    CHECK(checked.exitCode == 0);
    CHECK(checked.out == u"ok\n");
    // The header says: SQLite, rollback journal (bytes 18-19 = 1), application id "WGLL".
    const QByteArray bytes = wgll::test::readAll(file);
    CHECK(bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)));
    CHECK(bytes.at(18) == 1);
    CHECK(bytes.at(19) == 1);
    CHECK(bytes.mid(68, 4) == "WGLL");
    CHECK(wgll.filesBeside(QStringLiteral("trust.wgll")) == QStringList{QStringLiteral("trust.wgll")});

    const Run again = wgll({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org")});
    CHECK(again.exitCode == 73);
    CHECK(again.err.contains(u"already exists"));
}

TEST_CASE("wgll import with one bad row imports nothing and names the line", "[cli][document]")
{
    Cli wgll;
    const QString file = wgll.path(QStringLiteral("t.wgll"));
    REQUIRE(wgll({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-ics")}).exitCode == 0);
    const QByteArray before = wgll::test::readAll(file);
    struct Case
    {
        QString csv;
        QString message;
    };
    const QList<Case> cases{
        {Header + u"1.1,3,,,\n1.2,7,,,\n", u":3: score 7 is outside the scale 1–5"_qs},
        {Header + u"1.1,3,,,\n9.9,3,,,\n", u":3: there is no statement \"9.9\" in wgll-ics"_qs},
        {Header + u"1.1,3,,,\n1.1,4,,,\n", u":3: statement 1.1 appears more than once"_qs},
        {Header + u"1.1,NA,,,\n", u":2: N/A needs a reason"_qs},
        {Header + u"1.1,three,,,\n", u":2: score \"three\" is not a whole number, NA or empty"_qs},
        {Header + u"1.1,3,,5,\n", u":2: weight 5 is not 1, 2 or 3"_qs},
        {Header + u"1.1,3\n", u":2: has 2 fields; expected 5"_qs},
        {u"id,score\n1.1,3\n"_qs, u":1: expected the header indicator,score,target,weight,note, found id,score"_qs},
    };
    for (const Case &c : cases) {
        INFO(c.csv.toStdString());
        const QString csv = wgll.path(QStringLiteral("bad.csv"));
        wgll::test::writeAll(csv, c.csv.toUtf8());
        const Run r = wgll({QStringLiteral("import"), file, csv});
        CHECK(r.exitCode == 65);
        CHECK(r.out.isEmpty());
        CHECK(r.err == u"wgll: " + csv + c.message + u'\n');
        CHECK(wgll::test::readAll(file) == before);
    }
    const Run missing = wgll({QStringLiteral("import"), file, wgll.path(QStringLiteral("none.csv"))});
    CHECK(missing.exitCode == 66);
}

TEST_CASE("wgll check rejects damaged and foreign files with exit 65", "[cli][document]")
{
    Cli wgll;
    const QString file = wgll.path(QStringLiteral("t.wgll"));
    REQUIRE(wgll({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org")}).exitCode == 0);
    QByteArray bytes = wgll::test::readAll(file);
    const QString damaged = wgll.path(QStringLiteral("damaged.wgll"));
    bytes.truncate(bytes.size() / 2);
    wgll::test::writeAll(damaged, bytes);
    const Run r = wgll({QStringLiteral("check"), damaged});
    CHECK(r.exitCode == 65);
    CHECK(r.err.startsWith(u"wgll: " + damaged + u": "));
    const Run none = wgll({QStringLiteral("check"), wgll.path(QStringLiteral("none.wgll"))});
    CHECK(none.exitCode == 66);
    CHECK(none.err == u"wgll: " + wgll.path(QStringLiteral("none.wgll")) + u": no such file\n");
}

TEST_CASE("wgll evidence add, list and extract round-trip the bytes", "[cli][document]")
{
    Cli wgll;
    const QString file = wgll.path(QStringLiteral("t.wgll"));
    REQUIRE(wgll({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org")}).exitCode == 0);
    QByteArray payload;
    for (int i = 0; i < 300000; ++i)
        payload.append(static_cast<char>(i % 253));
    wgll::test::writeAll(wgll.path(QStringLiteral("dspt.pdf")), payload);
    const Run added = wgll({QStringLiteral("evidence"), QStringLiteral("add"), file, QStringLiteral("3.1,3.2"),
                            wgll.path(QStringLiteral("dspt.pdf")), QStringLiteral("--title"), QStringLiteral("DSPT 2026")});
    CHECK(added.exitCode == 0);
    CHECK(added.out == u"added evidence 1\n");
    const Run link = wgll({QStringLiteral("evidence"), QStringLiteral("add"), file, QStringLiteral("5.2"),
                           QStringLiteral("https://www.nhs.uk/nhs-app/"), QStringLiteral("--link")});
    CHECK(link.exitCode == 0);
    const Run listed = wgll({QStringLiteral("evidence"), QStringLiteral("list"), file});
    CHECK(listed.out.contains(u" 1  file  3.1, 3.2    300000  DSPT 2026"));
    CHECK(listed.out.contains(u"link  5.2"));
    const QString out = wgll.path(QStringLiteral("out.pdf"));
    CHECK(wgll({QStringLiteral("evidence"), QStringLiteral("extract"), file, QStringLiteral("1"), QStringLiteral("-o"), out})
              .exitCode == 0);
    CHECK(wgll::test::readAll(out) == payload);
    const Run wrong = wgll({QStringLiteral("evidence"), QStringLiteral("extract"), file, QStringLiteral("2"),
                            QStringLiteral("-o"), wgll.path(QStringLiteral("x"))});
    CHECK(wrong.exitCode == 65);
    const Run bad = wgll({QStringLiteral("evidence"), QStringLiteral("add"), file, QStringLiteral("9.9"),
                          wgll.path(QStringLiteral("dspt.pdf"))});
    CHECK(bad.exitCode == 65);
    CHECK(bad.err.contains(u"no statement \"9.9\""));
    CHECK(wgll({QStringLiteral("check"), file}).exitCode == 0);
}

TEST_CASE("damaged evidence fails wgll check and is never extracted whether or not the checksum is forged",
          "[cli][document][evidence]")
{
    const auto forge = GENERATE(Forge::Nothing, Forge::ContentChecksum, Forge::EvidenceDigest);
    CAPTURE(static_cast<int>(forge));
    Cli wgll;
    const QString file = wgll.path(QStringLiteral("t.wgll"));
    REQUIRE(wgll({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org")}).exitCode ==
            0);
    QByteArray payload;
    for (int i = 0; i < 100000; ++i)
        payload.append(static_cast<char>(i % 251));
    wgll::test::writeAll(wgll.path(QStringLiteral("minutes.pdf")), payload);
    REQUIRE(wgll({QStringLiteral("evidence"), QStringLiteral("add"), file, QStringLiteral("1.1"),
                  wgll.path(QStringLiteral("minutes.pdf")), QStringLiteral("--title"), QStringLiteral("Minutes")})
                .exitCode == 0);
    REQUIRE(wgll({QStringLiteral("check"), file}).exitCode == 0);

    const auto [stored, actual] = damageEvidence(file, 1, forge);
    const QString output = wgll.path(QStringLiteral("extracted.pdf"));
    const Run check = wgll({QStringLiteral("check"), file});
    const Run extract =
        wgll({QStringLiteral("evidence"), QStringLiteral("extract"), file, QStringLiteral("1"), QStringLiteral("-o"), output});
    INFO(check.err.toStdString());
    INFO(extract.err.toStdString());
    CHECK(check.exitCode == 65);
    CHECK(check.out.isEmpty());
    CHECK(extract.exitCode == 65);
    CHECK(extract.out.isEmpty());
    CHECK_FALSE(QFile::exists(output));
    CHECK(wgll.filesBeside(QStringLiteral("extracted")).isEmpty()); // no temporary file either
    const Run list = wgll({QStringLiteral("evidence"), QStringLiteral("list"), file});
    if (forge == Forge::EvidenceDigest) {
        // The digest is covered by the content checksum: the file is refused as soon as it opens.
        CHECK(stored != actual);
        CHECK(check.err.contains(u"content does not match its checksum"));
        CHECK(extract.err.contains(u"content does not match its checksum"));
        CHECK(list.exitCode == 65);
    } else {
        // The file's checksum matches its content (evidence bytes are covered through their
        // digest), so it opens; only re-hashing the bytes finds the damage.
        CHECK(stored == actual);
        CHECK(list.exitCode == 0);
        CHECK(check.err == u"wgll: " + file + u": evidence 1 (\"Minutes\") is damaged: its content does not "
                           u"match its SHA-256\n");
        CHECK(extract.err.contains(u"evidence 1 is damaged"));
        CHECK(extract.err.contains(u"nothing was written"));
    }
}

TEST_CASE("wgll check refuses forged text and hostile evidence names with exit 65", "[cli][document][text]")
{
    struct Case
    {
        const char *name;
        const char *sql;
        const char *message;
    };
    const Case c = GENERATE(values<Case>({
        {"NUL-padded organisation", "UPDATE assessment SET organisation = 'N' || char(0) || printf('%.*c', 1000000, 'x')",
         "column \"organisation\" of table \"assessment\" (row 1) is longer than 300 characters"},
        {"text as a BLOB", "UPDATE assessment SET period = CAST('2026' AS BLOB)",
         "column \"period\" of table \"assessment\" (row 1) is stored as a BLOB, not as text"},
        {"escape in a note", "UPDATE answer SET notes = char(27) || ']0;pwned' || char(7) WHERE indicator = '1.1'",
         "column \"notes\" of table \"answer\" contains a control character (U+001B)"},
        {"invalid UTF-8", "UPDATE assessment SET organisation = CAST(x'FF' AS TEXT)",
         "column \"organisation\" of table \"assessment\" (row 1) is not valid UTF-8 text"},
        {"evidence name with folders", "UPDATE evidence SET file_name = '../../x'",
         "column \"file_name\" of table \"evidence\" (row 1) contains a folder part (a slash)"},
        {"evidence name with U+202E", "UPDATE evidence SET file_name = 'report' || char(8238) || 'fdp.exe'",
         "column \"file_name\" of table \"evidence\" (row 1) contains a control or bidirectional-override character "
         "(U+202E)"},
    }));
    INFO(c.name);
    Cli wgll;
    const QString file = wgll.path(QStringLiteral("t.wgll"));
    REQUIRE(wgll({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org")}).exitCode == 0);
    wgll::test::writeAll(wgll.path(QStringLiteral("dspt.pdf")), "%PDF-1.4\n");
    REQUIRE(wgll({QStringLiteral("evidence"), QStringLiteral("add"), file, QStringLiteral("3.1"),
                  wgll.path(QStringLiteral("dspt.pdf"))})
                .exitCode == 0);
    REQUIRE(wgll({QStringLiteral("check"), file}).exitCode == 0);
    wgll::test::forge(file, c.sql);
    const Run r = wgll({QStringLiteral("check"), file});
    CHECK(r.exitCode == 65);
    CHECK(r.err == u"wgll: " + file + u": " + QString::fromUtf8(c.message) + u'\n');
}

TEST_CASE("wgll check refuses a whole page of data after the last page", "[cli][document]")
{
    Cli wgll;
    const QString file = wgll.path(QStringLiteral("t.wgll"));
    REQUIRE(wgll({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org")}).exitCode == 0);
    const QByteArray good = wgll::test::readAll(file);
    wgll::test::writeAll(file, good + QByteArray(4096, 'Z'));
    const Run appended = wgll({QStringLiteral("check"), file});
    CHECK(appended.exitCode == 65);
    CHECK(appended.err == u"wgll: " + file + u": has 4096 bytes of data after the last page of the database\n");
}
