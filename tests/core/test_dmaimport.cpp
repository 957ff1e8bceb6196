// SPDX-License-Identifier: GPL-3.0-or-later
// The national DMA benchmark (issue 19, item 5): NHS England's published data file read as it is,
// every figure checked against values this test works out itself from the sheet's cells (at the
// cells' fixed places, not through the importer's header search), and each damaged workbook
// refused naming the sheet and cell.
#include "benchmark/dmaworkbook.h"
#include "benchmark/pillaraliases.h"

#include "dmacells.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace wgll;
using namespace wgll::benchmark;
using namespace Qt::Literals::StringLiterals;

namespace {

QString importError(const QByteArray &bytes, const QTemporaryDir &dir)
{
    const QString file = dir.filePath(u"damaged.xlsx"_s);
    test::writeAll(file, bytes);
    Result<DmaWorkbook> workbook = readDmaWorkbook(file);
    REQUIRE_FALSE(workbook);
    CHECK(workbook.error().kind == ErrorKind::BadData);
    return workbook.error().toString();
}

} // namespace

TEST_CASE("dma: the alias table matches every published pillar heading and every framework title", "[dma]")
{
    CHECK(pillarKey(u"Ensure Smart Foundations"_s) == u"smart-foundations");
    CHECK(pillarKey(u"Ensuring Smart Foundations"_s) == u"smart-foundations");
    CHECK(pillarKey(u"Smart foundations"_s) == u"smart-foundations");
    CHECK(pillarKey(u"Support Workforce"_s) == u"support-people");
    CHECK(pillarKey(u" Support  People "_s) == u"support-people");
    CHECK(pillarKey(u"Empower People"_s) == u"empower-citizens");
    CHECK(pillarKey(u"Well Led"_s) == u"well-led");
    CHECK(pillarKey(u"Improve care"_s) == u"improve-care");
    CHECK(pillarKey(u"Empower Staff"_s).isEmpty());
    for (const QString &title : {u"Well led"_s, u"Ensure smart foundations"_s, u"Safe practice"_s,
                                 u"Support people"_s, u"Empower citizens"_s, u"Improve care"_s,
                                 u"Healthy populations"_s})
        CHECK_FALSE(pillarKey(title).isEmpty());
}

TEST_CASE("dma: the published file's rows, source and date are read as published", "[dma]")
{
    Result<DmaWorkbook> w = readDmaWorkbook(test::dmaFixture());
    REQUIRE(w);
    CHECK(w->providers.size() == 285);
    CHECK(w->icbs.size() == 42);
    CHECK(w->providerOverall.size() == 285);
    CHECK(w->icbOverall.size() == 42);
    CHECK(w->year == 2025);
    CHECK(w->publicationDate == u"30 March 2026");
    CHECK(w->sha256 == u"4ea98849dae795aa24c632473b4b3856d500657c89b99978490d591c8286ca4d");
    CHECK(w->pillarNames.at(1) == u"Ensure Smart Foundations");
    CHECK(w->pillarNames.at(4) == u"Empower People");
    CHECK(w->providers.constFirst().provider == u"SALISBURY NHS FOUNDATION TRUST");
    CHECK(w->providers.constFirst().row == 12);
    CHECK(w->providers.constLast().row == 296);
    // Every row's every score is the cell's, read here at the cells' fixed places.
    const xlsx::Sheet sc = test::fixtureSheet(u"SC - 2025 Pillar Summary"_s);
    for (const DmaRow &r : w->providers) {
        CHECK(r.provider == sc.text(r.row, 4));
        CHECK(r.careSetting == sc.text(r.row, 5));
        for (int i = 0; i < 7; ++i)
            CHECK(r.pillars.at(static_cast<size_t>(i)) == sc.at(r.row, 6 + i)->number);
    }
    const xlsx::Sheet icb = test::fixtureSheet(u"ICB - 2025 Pillar Summary"_s);
    for (const DmaRow &r : w->icbs) {
        CHECK(r.ics == icb.text(r.row, 3));
        for (int i = 0; i < 7; ++i)
            CHECK(r.pillars.at(static_cast<size_t>(i)) == icb.at(r.row, 4 + i)->number);
    }
}

TEST_CASE("dma: damaged workbooks are refused naming the sheet and the cell", "[dma]")
{
    QTemporaryDir dir;
    const QString sheet2 = u"xl/worksheets/sheet2.xml"_s;
    const QString strings = u"xl/sharedStrings.xml"_s;
    const std::vector<std::pair<QByteArray, QString>> table{
        {test::dmaWithEdit(sheet2, R"(<c r="F14" s="85"><v>2.5</v></c>)",
                           R"(<c r="F14" s="85" t="inlineStr"><is><t>n/a</t></is></c>)"),
         u"SC - 2025 Pillar Summary!F14: 'n/a' is not a score"_s},
        {test::dmaWithEdit(sheet2, R"(<c r="F14" s="85"><v>2.5</v></c>)", R"(<c r="F14" s="85"><v>7</v></c>)"),
         u"SC - 2025 Pillar Summary!F14: 7 is not a score from 1 to 5"_s},
        {test::dmaWithEdit(sheet2, R"(<c r="F14" s="85"><v>2.5</v></c>)", R"(<c r="F14" s="85"/>)"),
         u"SC - 2025 Pillar Summary!F14: is empty"_s},
        {test::dmaWithEdit(strings, "<si><t>Provider</t></si>", "<si><t>Trust</t></si>"),
         u"SC - 2025 Pillar Summary!B11: the header row has no column 'Provider'"_s},
        {test::dmaWithEdit(strings, "<si><t>Safe Practice</t></si>", "<si><t>Safe Practise</t></si>"),
         u"SC - 2025 Pillar Summary!H11: 'Safe Practise' is not a WGLL pillar"_s},
        {test::dmaWithEdit(u"xl/workbook.xml"_s, R"(name="ICB - 2025 Pillar Summary")", R"(name="ICB 2025")"),
         u"the sheet 'ICB - 2025 Pillar Summary': is missing"_s},
        {test::dmaWithEdit(strings, "<si><t>Region</t></si>", "<si><t>Area</t></si>"),
         u"SC - 2025 Pillar Summary: no header row: no cell 'Region'"_s},
    };
    for (const auto &[bytes, expected] : table) {
        const QString message = importError(bytes, dir);
        INFO(message.toStdString());
        CHECK(message.startsWith(dir.filePath(u"damaged.xlsx: "_s)));
        CHECK(message.contains(expected));
    }
}

/// The DMA file with the provider pillar sheet moved down `by` rows (every row and cell
/// reference renumbered), as a publisher adding a line to the title block would.
QByteArray providerSheetMovedDown(int by)
{
    const QByteArray original = test::dmaBytes();
    Result<zip::PackageReader> in = zip::PackageReader::read(original, u"dma.xlsx"_s);
    REQUIRE(in);
    const QString xml = QString::fromUtf8(in->entry(u"xl/worksheets/sheet2.xml"_s));
    static const QRegularExpression reference(uR"re( r="([A-Z]*)(\d+)")re"_s);
    QString moved;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &m : reference.globalMatch(xml)) {
        moved += xml.mid(from, m.capturedStart() - from) + u" r=\""_s + m.captured(1)
                 + QString::number(m.captured(2).toInt() + by) + u'"';
        from = m.capturedEnd();
    }
    moved += xml.mid(from);
    return test::rewriteZip(original, {{u"xl/worksheets/sheet2.xml"_s, moved.toUtf8()}});
}

TEST_CASE("dma: the header row is found by its titles wherever it is, not at a fixed row", "[dma]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"moved.xlsx"_s);
    test::writeAll(file, providerSheetMovedDown(3));
    Result<DmaWorkbook> w = readDmaWorkbook(file);
    INFO((w ? QString() : w.error().toString()).toStdString());
    REQUIRE(w);
    CHECK(w->providers.size() == 285);
    CHECK(w->providers.constFirst().row == 15);
    CHECK(w->providers.constFirst().pillars.at(0) == 2.8);
}

