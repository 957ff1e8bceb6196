// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchmark/dmaworkbook.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace wgll::benchmark {

/// Where a benchmark's figures come from: the publisher's file, as imported.
struct BenchmarkSource
{
    QString publisher;
    QString title;
    QString fileName; ///< the file's name, without the folder it was imported from
    QString sha256;
    QString publicationDate;
};

/// One pillar's benchmark score: the mean of the rows' pillar scores.
struct PillarBenchmark
{
    QString key;          ///< pillarAliases() key
    QString measureTitle; ///< the framework's title
    QString pillarName;   ///< the DMA's heading
    double score = 0;
};

/// A named set of DMA rows and its mean pillar scores: england-providers, england-acute,
/// region-london, ics-…-providers, icb-…, provider-….
struct BenchmarkSet
{
    QString name;
    QString title;  ///< "England, all provider care settings"
    QString kind;   ///< england, care-setting, region, ics-providers, icb, provider, provider-setting
    QString method; ///< how the rows make the score, in words
    int rowCount = 0;
    QList<PillarBenchmark> pillars;
    /// The mean of the same rows' overall scores on comparable domains only, when the overall
    /// sheets have them (not the mean of the pillar scores: the DMA's own caveat).
    std::optional<double> overall2025;
    std::optional<double> overall2024;

    /// The pillar a framework measure titled `measureTitle` meets through the alias table, or
    /// null (a framework of other measures has none).
    const PillarBenchmark *pillarFor(const QString &measureTitle) const;
};

/// All the sets one import made, with what every use of them must say.
struct BenchmarkImport
{
    BenchmarkSource source;
    int year = 0;
    QString importedAt; ///< ISO 8601 UTC
    QList<BenchmarkSet> sets;

    const BenchmarkSet *find(const QString &name) const;
};

/// The OGL v3.0 attribution every display of NHS England's figures carries.
QString attribution(const BenchmarkSource &source);
/// "NHS England, Digital Maturity Assessment 2025 (published 30 March 2026)".
QString sourceLine(const BenchmarkImport &import);
/// The caveat every display carries: DMA questions are not the WGLL statements.
QString caveat();

/// The named sets of a DMA workbook (docs/method.md): England (every provider care-setting row
/// counted once), each care setting, each region, each ICS's providers, each ICB's own score,
/// each provider (the mean of its care-setting rows) and each provider's care setting.
BenchmarkImport buildSets(const DmaWorkbook &workbook, const QString &importedAt);

QJsonObject toJson(const BenchmarkImport &import);
/// Reads what toJson wrote; anything else is BadData naming `fileName`.
Result<BenchmarkImport> importFromJson(const QJsonObject &json, const QString &fileName);
/// One set as the CLI's JSON shows it (benchmark show, summary --benchmark).
QJsonObject setToJson(const BenchmarkImport &import, const BenchmarkSet &set);

} // namespace wgll::benchmark
