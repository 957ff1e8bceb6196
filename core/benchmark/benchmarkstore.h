// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchmark/benchmarkset.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace wgll::benchmark {

/// Where imported benchmarks are kept: <AppDataLocation>/benchmarks, one JSON file per import.
QString benchmarkFolder();

/// The file an import is kept in: dma-YEAR.json, so importing a corrected file of the same year
/// (the DMA's "version 2") replaces the earlier import instead of doubling every set.
QString fileFor(const BenchmarkImport &import, const QString &folder);

/// Writes the import whole or not at all (durable::writeFile), creating the folder if need be.
Status save(const BenchmarkImport &import, const QString &folder);

/// Every import in the folder, newest year first; none when the folder does not exist. A
/// damaged file is an error naming it.
Result<QList<BenchmarkImport>> loadAll(const QString &folder);

/// A set and the import it belongs to.
struct FoundSet
{
    BenchmarkImport import;
    BenchmarkSet set;
};

/// The set named `name` ("england-providers", from the newest year that has it) or
/// `name@YEAR`; NotFound naming it when there is none.
Result<FoundSet> findSet(const QString &name, const QString &folder);

} // namespace wgll::benchmark
