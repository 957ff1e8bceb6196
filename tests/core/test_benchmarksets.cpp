// SPDX-License-Identifier: GPL-3.0-or-later
// The named benchmark sets made from NHS England's DMA file (issue 19, item 5): England, each care
// setting, region, ICS, ICB and provider, every mean checked against one this test works out
// from the sheet's cells; and the sets kept in, and found again from, the benchmark folder.
#include "benchmark/benchmarkstore.h"

#include "dmacells.h"

#include <QTemporaryDir>

#include <map>

using namespace wgll;
using namespace wgll::benchmark;
using namespace wgll::test;
using namespace Qt::Literals::StringLiterals;

namespace {

BenchmarkImport imported()
{
    Result<DmaWorkbook> workbook = readDmaWorkbook(dmaFixture());
    INFO((workbook ? QString() : workbook.error().toString()).toStdString());
    REQUIRE(workbook);
    return buildSets(*workbook, QStringLiteral("2026-11-30T00:00:00Z"));
}

const BenchmarkSet &set(const BenchmarkImport &import, const QString &name)
{
    const BenchmarkSet *s = import.find(name);
    INFO(name.toStdString());
    REQUIRE(s);
    return *s;
}

} // namespace

TEST_CASE("benchmark: england-providers' pillar means agree with the means worked out from the cells", "[benchmark]")
{
    const BenchmarkImport import = imported();
    const xlsx::Sheet sc = fixtureSheet(u"SC - 2025 Pillar Summary"_s);
    const BenchmarkSet &england = set(import, u"england-providers"_s);
    CHECK(england.rowCount == 285);
    const auto all = [](const xlsx::Sheet &, int) { return true; };
    for (int i = 0; i < 7; ++i) {
        const auto [mean, n] = cellMean(sc, LastProviderRow, 6 + i, all);
        CHECK(n == 285);
        CHECK(england.pillars.at(i).score == Approx(mean).epsilon(1e-12));
    }
    // Well led, also worked out outside this program (Python's zipfile and ElementTree).
    CHECK(england.pillars.at(0).score == Approx(2.827368421052627).epsilon(1e-12));
    CHECK(england.pillars.at(0).measureTitle == u"Well led");
    const xlsx::Sheet overall = fixtureSheet(u"SC - 24 vs 25 Overall DMA"_s);
    REQUIRE(england.overall2025);
    CHECK(*england.overall2025 == Approx(cellMean(overall, LastProviderRow, 6, all).first).epsilon(1e-12));
    CHECK(*england.overall2024 == Approx(cellMean(overall, LastProviderRow, 7, all).first).epsilon(1e-12));
}

TEST_CASE("benchmark: care settings, regions and ICSs agree with the cells and their counts add up", "[benchmark]")
{
    const BenchmarkImport import = imported();
    const xlsx::Sheet sc = fixtureSheet(u"SC - 2025 Pillar Summary"_s);
    const std::map<QString, int> settings{{u"acute"_s, 134}, {u"community"_s, 90}, {u"mental-health"_s, 50},
                                          {u"ambulance"_s, 11}};
    for (const auto &[slug, count] : settings) {
        const BenchmarkSet &s = set(import, u"england-"_s + slug);
        CHECK(s.rowCount == count);
        const QString name = s.title.section(u": "_s, 1).section(u" care"_s, 0, 0);
        const auto [mean, n] =
            cellMean(sc, LastProviderRow, 11, [&name](const xlsx::Sheet &sh, int r) { return sh.text(r, 5) == name; });
        CHECK(n == count);
        CHECK(s.pillars.at(5).score == Approx(mean).epsilon(1e-12)); // Improve care
    }
    const BenchmarkSet &london = set(import, u"region-london"_s);
    const auto [londonMean, londonRows] =
        cellMean(sc, LastProviderRow, 8, [](const xlsx::Sheet &sh, int r) { return sh.text(r, 2) == u"LONDON"; });
    CHECK(london.rowCount == londonRows);
    CHECK(london.pillars.at(2).score == Approx(londonMean).epsilon(1e-12)); // Safe practice
    const BenchmarkSet &blackCountry = set(import, u"ics-black-country-providers"_s);
    const auto [bcMean, bcRows] = cellMean(sc, LastProviderRow, 9, [](const xlsx::Sheet &sh, int r) {
        return sh.text(r, 3) == u"NHS BLACK COUNTRY INTEGRATED CARE BOARD";
    });
    CHECK(blackCountry.rowCount == bcRows);
    CHECK(blackCountry.pillars.at(3).score == Approx(bcMean).epsilon(1e-12)); // Support people
    int regionRows = 0;
    for (const BenchmarkSet &s : import.sets)
        regionRows += s.kind == u"region" ? s.rowCount : 0;
    CHECK(regionRows == 285);
}

TEST_CASE("benchmark: named providers and ICBs carry their published scores", "[benchmark]")
{
    const BenchmarkImport import = imported();
    // Salisbury has one row (12): its scores as published.
    const BenchmarkSet &salisbury = set(import, u"provider-salisbury"_s);
    CHECK(salisbury.rowCount == 1);
    const QList<double> published{2.8, 2.4, 2, 2, 1.9, 2, 1.4};
    for (int i = 0; i < 7; ++i)
        CHECK(salisbury.pillars.at(i).score == published.at(i));
    // The Bath, North East Somerset, Swindon and Wiltshire ICB's own row (ICB sheet row 12).
    const BenchmarkSet &bsw = set(import, u"icb-bath-and-north-east-somerset-swindon-and-wiltshire"_s);
    const QList<double> icb{2, 4, 3.3, 1.5, 2, 2.8, 2.6};
    for (int i = 0; i < 7; ++i)
        CHECK(bsw.pillars.at(i).score == icb.at(i));
    // A provider with several care-setting rows: the provider set is the mean of its rows, and each
    // row is a set of its own; both worked out here from the cells.
    const xlsx::Sheet sc = fixtureSheet(u"SC - 2025 Pillar Summary"_s);
    const QString dudley = u"THE DUDLEY GROUP NHS FOUNDATION TRUST"_s;
    const auto [mean, rows] =
        cellMean(sc, LastProviderRow, 6, [&dudley](const xlsx::Sheet &sh, int r) { return sh.text(r, 4) == dudley; });
    REQUIRE(rows > 1);
    const BenchmarkSet &group = set(import, u"provider-dudley-group"_s);
    CHECK(group.rowCount == rows);
    CHECK(group.pillars.at(0).score == Approx(mean).epsilon(1e-12));
    CHECK(group.method.contains(QString::number(rows) + u" care-setting rows"));
    const BenchmarkSet &acute = set(import, u"provider-dudley-group-acute"_s);
    CHECK(acute.rowCount == 1);
    // Every ICB's own score, from the ICB sheet.
    const xlsx::Sheet icbSheet = fixtureSheet(u"ICB - 2025 Pillar Summary"_s);
    const auto [icbMean, icbRows] = cellMean(icbSheet, LastIcbRow, 4, [](const xlsx::Sheet &, int) { return true; });
    double sum = 0;
    int icbs = 0;
    for (const BenchmarkSet &s : import.sets) {
        if (s.kind == u"icb") {
            sum += s.pillars.at(0).score;
            ++icbs;
        }
    }
    CHECK(icbs == icbRows);
    CHECK(sum / icbs == Approx(icbMean).epsilon(1e-12));
}

TEST_CASE("benchmark: the sets survive the benchmark file, and a name finds the newest year", "[benchmark]")
{
    QTemporaryDir dir;
    const BenchmarkImport import = imported();
    REQUIRE(save(import, dir.filePath(u"benchmarks"_s)));
    CHECK(QFile::exists(dir.filePath(u"benchmarks/dma-2025.json"_s)));
    Result<FoundSet> found = findSet(u"england-providers"_s, dir.filePath(u"benchmarks"_s));
    REQUIRE(found);
    CHECK(found->set.pillars.at(0).score == set(import, u"england-providers"_s).pillars.at(0).score);
    CHECK(found->import.source.sha256 == import.source.sha256);
    CHECK(found->import.sets.size() == import.sets.size());
    CHECK(findSet(u"england-providers@2025"_s, dir.filePath(u"benchmarks"_s)));
    const Result<FoundSet> missing = findSet(u"england-providers@2019"_s, dir.filePath(u"benchmarks"_s));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == ErrorKind::NotFound);
    CHECK(attribution(import.source).contains(u"Open Government Licence v3.0: NHS England"));
}
