// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite wrapper's own parts: the RAII Blob that streams evidence, and the scoped SQL
// function the text-column check registers.
#include "sqlite/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace wgll;
using sqlite::Blob;
using sqlite::Database;

namespace {

/// A database with one 16-byte zero blob in row 1 of t(b).
struct BlobFixture
{
    QTemporaryDir dir;
    Database db;

    BlobFixture()
    {
        REQUIRE(dir.isValid());
        REQUIRE(db.open(dir.filePath(QStringLiteral("blob.db")), Database::Mode::Create));
        REQUIRE(db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, b BLOB)"));
        REQUIRE(db.exec("INSERT INTO t(id, b) VALUES (1, zeroblob(16))"));
    }
};

} // namespace

TEST_CASE("A Blob writes and reads back bytes in place, and knows its size", "[sqlite][blob]")
{
    BlobFixture f;
    Result<Blob> blob = f.db.openBlob("t", "b", 1, Blob::Access::ReadWrite);
    REQUIRE(blob);
    CHECK(blob->size() == 16);
    REQUIRE(blob->write(3, "hello"));
    const Result<QByteArray> read = blob->read(0, 16);
    REQUIRE(read);
    CHECK(*read == QByteArray("\0\0\0hello\0\0\0\0\0\0\0\0", 16));
    const Result<QByteArray> tail = blob->read(16, 0);
    REQUIRE(tail);
    CHECK(tail->isEmpty());
}

TEST_CASE("A Blob refuses a read or write outside it, and a write through a read-only Blob", "[sqlite][blob]")
{
    BlobFixture f;
    Result<Blob> blob = f.db.openBlob("t", "b", 1, Blob::Access::ReadWrite);
    REQUIRE(blob);
    const Result<QByteArray> past = blob->read(10, 7);
    REQUIRE_FALSE(past);
    CHECK(past.error().kind == ErrorKind::BadData);
    CHECK(past.error().file.endsWith(u"blob.db"));
    CHECK(past.error().message.contains(u"bytes 10 to 17 of a blob of 16 bytes"));
    CHECK_FALSE(blob->read(-1, 2));
    const Status grow = blob->write(14, "abc");
    REQUIRE_FALSE(grow);
    CHECK(grow.error().kind == ErrorKind::BadData);
    // Nothing of a refused write reaches the row.
    const Result<QByteArray> unchanged = blob->read(0, 16);
    REQUIRE(unchanged);
    CHECK(*unchanged == QByteArray(16, '\0'));

    Result<Blob> readOnly = f.db.openBlob("t", "b", 1, Blob::Access::ReadOnly);
    REQUIRE(readOnly);
    const Status written = readOnly->write(0, "x");
    REQUIRE_FALSE(written);
    CHECK(written.error().kind == ErrorKind::Io);
}

TEST_CASE("A Blob whose row is gone fails as an Error, and a missing row cannot be opened", "[sqlite][blob]")
{
    BlobFixture f;
    Result<Blob> blob = f.db.openBlob("t", "b", 1, Blob::Access::ReadWrite);
    REQUIRE(blob);
    REQUIRE(f.db.exec("DELETE FROM t WHERE id = 1"));
    const Result<QByteArray> read = blob->read(0, 4);
    REQUIRE_FALSE(read);
    CHECK(read.error().kind == ErrorKind::Conflict);
    CHECK(read.error().message.contains(u"its row was changed or deleted"));
    const Status written = blob->write(0, "x");
    REQUIRE_FALSE(written);
    CHECK(written.error().kind == ErrorKind::Conflict);

    const Result<Blob> missing = f.db.openBlob("t", "b", 2, Blob::Access::ReadOnly);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == ErrorKind::NotFound);
    CHECK(missing.error().message.contains(u"row 2"));
}

TEST_CASE("A Blob is closed when it goes out of scope, and when moved from only once", "[sqlite][blob]")
{
    BlobFixture f;
    {
        Result<Blob> blob = f.db.openBlob("t", "b", 1, Blob::Access::ReadOnly);
        REQUIRE(blob);
        // An open blob is a statement in progress: the table cannot be dropped under it.
        CHECK_FALSE(f.db.exec("DROP TABLE t"));
        Blob moved = std::move(*blob);
        CHECK(moved.size() == 16);
        CHECK_FALSE(f.db.exec("DROP TABLE t"));
    }
    CHECK(f.db.exec("DROP TABLE t"));
}

TEST_CASE("A scoped SQL function exists only while its owner lives", "[sqlite]")
{
    BlobFixture f;
    {
        const auto twice = f.db.addFunction("wgll_test_twice", 1, [](const sqlite::Arguments &args) {
            return std::optional<QByteArray>(QByteArray::number(args.int64(0) * 2));
        });
        REQUIRE(twice->ok());
        sqlite::Statement s = f.db.prepare("SELECT wgll_test_twice(21)");
        REQUIRE(s.step());
        CHECK(s.text(0) == u"42");
    }
    CHECK_FALSE(f.db.prepare("SELECT wgll_test_twice(21)").isValid());
}

TEST_CASE("A Transaction inside another is a savepoint: it rolls back alone, and commits only with the outer one",
          "[sqlite]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("nested.db")), Database::Mode::Create));
    REQUIRE(db.exec("CREATE TABLE t(v INTEGER)"));
    const auto values = [&db] {
        QList<qint64> v;
        sqlite::Statement s = db.prepare("SELECT v FROM t ORDER BY v");
        while (s.step())
            v.append(s.integer(0));
        return v;
    };
    {
        sqlite::Transaction outer(db);
        REQUIRE(outer.begun());
        REQUIRE(db.exec("INSERT INTO t VALUES (1)"));
        {
            sqlite::Transaction failed(db);
            REQUIRE(failed.begun());
            REQUIRE(db.exec("INSERT INTO t VALUES (2)"));
        } // not committed: only its own row goes
        {
            sqlite::Transaction kept(db);
            REQUIRE(kept.begun());
            REQUIRE(db.exec("INSERT INTO t VALUES (3)"));
            REQUIRE(kept.commit());
        }
        CHECK(db.inTransaction()); // the inner commit wrote nothing on its own
        REQUIRE(outer.commit());
    }
    CHECK(values() == QList<qint64>{1, 3});
    {
        sqlite::Transaction outer(db);
        sqlite::Transaction inner(db);
        REQUIRE(db.exec("INSERT INTO t VALUES (4)"));
        REQUIRE(inner.commit());
    } // the outer one rolls back what its inner one committed
    CHECK(values() == QList<qint64>{1, 3});
    CHECK_FALSE(db.inTransaction());
}
