// SPDX-License-Identifier: GPL-3.0-or-later
// The hardened XLSX reader (issue 19, item 5): the published DMA workbook read as it is, and each
// hostile or damaged workbook refused with an error naming the workbook, the part or sheet and,
// where it applies, the cell; never a crash, a hang or an allocation the file asked for.
#include "io/xlsxreader.h"

#include "xlsxforge.h"

#include <QRandomGenerator>
#include <QtEndian>

using namespace wgll;
using namespace Qt::Literals::StringLiterals;
using wgll::xlsx::Workbook;

namespace {

const QString Book = QStringLiteral("book.xlsx");

Error refused(const QByteArray &bytes, const xlsx::Limits &limits = {}, const QString &sheet = QStringLiteral("Sheet1"))
{
    Result<Workbook> book = Workbook::fromBytes(bytes, Book, limits);
    if (!book)
        return book.error();
    Result<xlsx::Sheet> s = book->sheet(sheet);
    REQUIRE_FALSE(s);
    return s.error();
}

QString message(const Error &e)
{
    return e.toString();
}

} // namespace

TEST_CASE("xlsx: the published DMA workbook reads as it is: sheet names, shared strings, numbers", "[xlsx]")
{
    Result<Workbook> book = Workbook::open(test::dmaFixture());
    REQUIRE(book);
    // The trailing spaces are the publisher's, kept as published.
    CHECK(book->sheetNames()
          == QStringList{u"Introduction "_s, u"SC - 2025 Pillar Summary"_s, u"SC - 24 vs 25 Overall DMA"_s,
                         u"ICB - 2025 Pillar Summary"_s, u"ICB -24 vs 25 Overall DMA "_s,
                         u"2025 Pillar Summary (ICB PC)"_s});
    Result<xlsx::Sheet> sc = book->sheet(u"SC - 2025 Pillar Summary"_s);
    REQUIRE(sc);
    CHECK(sc->text(11, 4) == u"Provider");
    CHECK(sc->text(12, 4) == u"SALISBURY NHS FOUNDATION TRUST");
    REQUIRE(sc->at(12, 6));
    CHECK(sc->at(12, 6)->number == 2.8);
    CHECK(sc->at(13, 10)->number == 2.2999999999999998);
    CHECK_FALSE(sc->at(12, 1)); // the first column is empty
    CHECK(sc->lastRow() == 299);
}

TEST_CASE("xlsx: rich-text runs are joined, phonetic runs left out, inline strings read", "[xlsx]")
{
    const QByteArray strings = R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
                               R"(<si><r><t>Well </t></r><r><rPr><b/></rPr><t>Led</t></r><rPh><t>x</t></rPh></si>)"
                               R"(<si><t>plain</t></si></sst>)";
    const QByteArray rows = R"(<row r="3"><c r="B3" t="s"><v>0</v></c><c t="s"><v>1</v></c>)"
                            R"(<c r="E3" t="inlineStr"><is><t>in</t><r><t>line</t></r></is></c><c r="F3"><v>4.5</v></c></row>)";
    Result<Workbook> book = Workbook::fromBytes(test::tinyWorkbook(test::worksheet(rows), strings), Book);
    REQUIRE(book);
    Result<xlsx::Sheet> sheet = book->sheet(u"Sheet1"_s);
    REQUIRE(sheet);
    CHECK(sheet->text(3, 2) == u"Well Led");
    CHECK(sheet->text(3, 3) == u"plain"); // no reference: the column after the last
    CHECK(sheet->text(3, 5) == u"inline");
    CHECK(sheet->at(3, 6)->number == 4.5);
    CHECK(xlsx::cellReference(12, 3) == u"C12");
    CHECK(xlsx::cellReference(1, 28) == u"AB1");
}

TEST_CASE("xlsx: not a zip, or a zip that is no workbook, is refused naming the file", "[xlsx]")
{
    const Result<Workbook> text = Workbook::fromBytes("Region,ICS,Provider\n", Book);
    REQUIRE_FALSE(text);
    CHECK(text.error().kind == ErrorKind::BadData);
    CHECK(message(text.error()).startsWith(u"book.xlsx: not a zip package"));

    const QByteArray noBook = test::rewriteZip(test::dmaBytes(), {{u"_rels/.rels"_s, std::nullopt}});
    const Result<Workbook> other = Workbook::fromBytes(noBook, Book);
    REQUIRE_FALSE(other);
    CHECK(message(other.error()).contains(u"not an Excel workbook"));

    const Result<Workbook> missing = Workbook::open(u"/nonexistent/dma.xlsx"_s);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == ErrorKind::NotFound);
}

TEST_CASE("xlsx: a missing sheet, or a sheet whose part is missing, is named", "[xlsx]")
{
    Result<Workbook> book = Workbook::open(test::dmaFixture());
    REQUIRE(book);
    const Result<xlsx::Sheet> none = book->sheet(u"SC - 2026 Pillar Summary"_s);
    REQUIRE_FALSE(none);
    CHECK(message(none.error()).contains(u"the sheet 'SC - 2026 Pillar Summary': is missing"));

    const QByteArray noPart =
        test::rewriteZip(test::dmaBytes(), {{u"xl/worksheets/sheet2.xml"_s, std::nullopt}});
    Result<Workbook> damaged = Workbook::fromBytes(noPart, Book);
    REQUIRE(damaged);
    const Result<xlsx::Sheet> gone = damaged->sheet(u"SC - 2025 Pillar Summary"_s);
    REQUIRE_FALSE(gone);
    CHECK(message(gone.error()).contains(u"xl/worksheets/sheet2.xml is missing"));
}

TEST_CASE("xlsx: any DOCTYPE is refused, entity declarations and all, in every part", "[xlsx]")
{
    const QByteArray laughs = R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">)"
                              R"(<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>)"
                              R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
                              R"(<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>)";
    const Error sheet = refused(test::tinyWorkbook(laughs));
    CHECK(message(sheet).contains(u"book.xlsx: xl/worksheets/sheet1.xml: has a DOCTYPE"));

    const QByteArray external = R"(<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>)"
                                R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>)";
    const Result<Workbook> strings = Workbook::fromBytes(test::tinyWorkbook(test::worksheet({}), external), Book);
    REQUIRE_FALSE(strings);
    CHECK(message(strings.error()).contains(u"xl/sharedStrings.xml: has a DOCTYPE"));
}

TEST_CASE("xlsx: a 50 MB shared-strings part is refused by the part limit, not read whole", "[xlsx]")
{
    QByteArray huge = R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>)";
    // Letters at random deflate less than 2 to 1: under the bomb ratio, so only the size limit
    // stands in the way.
    QByteArray letters(50LL * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(19);
    for (char &c : letters)
        c = static_cast<char>('a' + random.bounded(26));
    huge += letters;
    huge += "</t></si></sst>";
    const QByteArray bytes = test::tinyWorkbook(test::worksheet({}), huge);
    // The zip's directory declares the true size: refused before a byte is inflated.
    const Result<Workbook> declared = Workbook::fromBytes(bytes, Book);
    REQUIRE_FALSE(declared);
    CHECK(message(declared.error()).contains(u"xl/sharedStrings.xml unpacks to more than 32 MiB"));

    // The same with the declared size forged down to 100 bytes in both headers: the bounded
    // read stops at the limit (or libzip at the lie), never trusting the number.
    QByteArray lying = bytes;
    const QByteArray name = "xl/sharedStrings.xml";
    for (qsizetype at = lying.indexOf("PK\x03\x04"); at >= 0; at = lying.indexOf("PK\x03\x04", at + 4)) {
        if (lying.mid(at + 30, name.size()) == name)
            qToLittleEndian<quint32>(100, lying.data() + at + 22);
    }
    for (qsizetype at = lying.indexOf("PK\x01\x02"); at >= 0; at = lying.indexOf("PK\x01\x02", at + 4)) {
        if (lying.mid(at + 46, name.size()) == name)
            qToLittleEndian<quint32>(100, lying.data() + at + 24);
    }
    const Result<Workbook> forged = Workbook::fromBytes(lying, Book);
    REQUIRE_FALSE(forged);
    CHECK(message(forged.error()).contains(u"xl/sharedStrings.xml unpacks to more than 32 MiB"));
}

TEST_CASE("xlsx: a part that inflates past the ratio is a zip bomb, refused under the size limit", "[xlsx]")
{
    // 8 MiB of one repeated cell deflates about 1000 to 1: under the 32 MiB limit, over the ratio.
    QByteArray rows;
    const QByteArray row = R"(<row><c t="inlineStr"><is><t>x</t></is></c></row>)";
    while (rows.size() < 8LL * 1024 * 1024)
        rows += row;
    const Error bomb = refused(test::tinyWorkbook(test::worksheet(rows)));
    CHECK(message(bomb).contains(u"xl/worksheets/sheet1.xml unpacks to more than 200 times its packed size"));
}

TEST_CASE("xlsx: too many rows or cells, a bad reference or a bad shared string is named", "[xlsx]")
{
    xlsx::Limits small;
    small.maxRows = 3;
    small.maxCells = 5;
    const QByteArray four = test::worksheet("<row/><row/><row/><row/>");
    CHECK(message(refused(test::tinyWorkbook(four), small)).contains(u"Sheet1: has more than 3 rows"));
    const QByteArray six = test::worksheet(R"(<row r="1"><c><v>1</v></c><c><v>1</v></c><c><v>1</v></c>)"
                                           R"(<c><v>1</v></c><c><v>1</v></c><c><v>1</v></c></row>)");
    CHECK(message(refused(test::tinyWorkbook(six), small)).contains(u"Sheet1: has more than 5 cells"));
    const QByteArray badRef = test::worksheet(R"(<row r="1"><c r="1A"><v>1</v></c></row>)");
    CHECK(message(refused(test::tinyWorkbook(badRef))).contains(u"Sheet1!1A: is not a cell reference"));
    const QByteArray badString = test::worksheet(R"(<row r="2"><c r="C2" t="s"><v>7</v></c></row>)");
    CHECK(message(refused(test::tinyWorkbook(badString))).contains(u"Sheet1!C2: shared string '7' does not exist"));
    const QByteArray badNumber = test::worksheet(R"(<row r="2"><c r="D2"><v>two</v></c></row>)");
    CHECK(message(refused(test::tinyWorkbook(badNumber))).contains(u"Sheet1!D2: 'two' is not a number"));
    const QByteArray truncated = test::worksheet(R"(<row r="2"><c r="D2"><v>2</v></c></row>)").left(120);
    CHECK(message(refused(test::tinyWorkbook(truncated))).contains(u"is not well-formed XML"));
}
