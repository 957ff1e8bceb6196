// SPDX-License-Identifier: GPL-3.0-or-later
// The zip packages behind the Word and OpenDocument reports: what is written reads back, the
// OpenDocument rule (mimetype first, stored) holds byte for byte, and a damaged, truncated or
// bomb-like package from the user is refused with the file's name.
#include "io/zippackage.h"

#include "testsupport.h"

#include <QtEndian>

using namespace wgll;
using wgll::zip::PackageReader;
using wgll::zip::PackageWriter;

namespace {

QByteArray twoEntryPackage()
{
    PackageWriter writer;
    writer.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", PackageWriter::Storage::Stored);
    writer.add(QStringLiteral("content.xml"), QByteArray(5000, 'x'));
    Result<QByteArray> bytes = writer.finish(QStringLiteral("out.odt"));
    REQUIRE(bytes);
    return *bytes;
}

} // namespace

TEST_CASE("zip package: what is written reads back, entries in order", "[zip]")
{
    const QByteArray bytes = twoEntryPackage();
    Result<PackageReader> package = PackageReader::read(bytes, QStringLiteral("out.odt"));
    REQUIRE(package);
    CHECK(package->names() == QStringList{QStringLiteral("mimetype"), QStringLiteral("content.xml")});
    CHECK(package->entry(QStringLiteral("mimetype")) == "application/vnd.oasis.opendocument.text");
    CHECK(package->entry(QStringLiteral("content.xml")) == QByteArray(5000, 'x'));
    CHECK_FALSE(package->contains(QStringLiteral("styles.xml")));
    // The 5,000 x's were deflated: the package is much smaller than its contents.
    CHECK(bytes.size() < 1000);
}

TEST_CASE("zip package: the first entry is mimetype, stored, with no extra field, as ODF requires", "[zip]")
{
    const QByteArray bytes = twoEntryPackage();
    // Local file header: signature, version, flags, method at 8, name length at 26, extra at 28.
    REQUIRE(bytes.startsWith("PK\x03\x04"));
    CHECK(qFromLittleEndian<quint16>(bytes.constData() + 8) == 0);   // stored
    CHECK(qFromLittleEndian<quint16>(bytes.constData() + 26) == 8);  // "mimetype"
    CHECK(qFromLittleEndian<quint16>(bytes.constData() + 28) == 0);  // no extra field
    CHECK(bytes.mid(30, 8) == "mimetype");
    CHECK(bytes.mid(38, 39) == "application/vnd.oasis.opendocument.text");
}

TEST_CASE("zip package: the same entries give the same bytes", "[zip]")
{
    CHECK(twoEntryPackage() == twoEntryPackage());
}

TEST_CASE("zip package: not a zip, truncated or damaged is refused with the file's name", "[zip]")
{
    const QByteArray good = twoEntryPackage();
    const QString name = QStringLiteral("trust.dotx");

    Result<PackageReader> text = PackageReader::read("this is a Word document, honestly", name);
    REQUIRE_FALSE(text);
    CHECK(text.error().kind == ErrorKind::BadData);
    CHECK(text.error().toString().startsWith(u"trust.dotx: not a zip package"));

    CHECK_FALSE(PackageReader::read(good.left(good.size() / 2), name));
    CHECK_FALSE(PackageReader::read(QByteArray(), name));

    // Flip a byte inside the stored mimetype's data: the CRC check must catch it.
    QByteArray damaged = good;
    damaged[40] = static_cast<char>(damaged[40] ^ 0x20);
    Result<PackageReader> crc = PackageReader::read(damaged, name);
    REQUIRE_FALSE(crc);
    CHECK(crc.error().message.contains(u"mimetype"));
}

TEST_CASE("zip package: one that unpacks to more than the limit is refused before it is inflated", "[zip]")
{
    const QByteArray bytes = twoEntryPackage(); // 5,039 bytes unpacked
    Result<PackageReader> small = PackageReader::read(bytes, QStringLiteral("bomb.docx"), 4096);
    REQUIRE_FALSE(small);
    CHECK(small.error().message.contains(u"more than 4096 bytes"));
    CHECK(PackageReader::read(bytes, QStringLiteral("bomb.docx"), 8192));
}
