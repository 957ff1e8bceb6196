// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmark/benchmarkstore.h"

#include "storage/durablefile.h"
#include "util/boundedread.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

namespace wgll::benchmark {

namespace {

// A benchmark file of every set of one year is about 1 MiB; this is far past any real one.
constexpr qint64 MaxBenchmarkFile = 64LL * 1024 * 1024;

Result<BenchmarkImport> loadFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::NotFound, fileName, 0, u"cannot be read: " + file.errorString()};
    Error error;
    const std::optional<QByteArray> bytes =
        readAtMost(file, fileName, MaxBenchmarkFile, QStringLiteral("a benchmark file"), error);
    if (!bytes)
        return error;
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return Error{ErrorKind::BadData, fileName, 0, u"not JSON: " + parse.errorString()};
    return importFromJson(doc.object(), fileName);
}

} // namespace

QString benchmarkFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/benchmarks";
}

QString fileFor(const BenchmarkImport &import, const QString &folder)
{
    return folder + QStringLiteral("/dma-%1.json").arg(import.year);
}

Status save(const BenchmarkImport &import, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Error{ErrorKind::CannotCreate, folder, 0, QStringLiteral("cannot create the benchmark folder")};
    return storage::durable::writeFile(fileFor(import, folder), QJsonDocument(toJson(import)).toJson());
}

Result<QList<BenchmarkImport>> loadAll(const QString &folder)
{
    QList<BenchmarkImport> imports;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("dma-*.json")}, QDir::Files, QDir::Name)) {
        Result<BenchmarkImport> import = loadFile(dir.filePath(name));
        if (!import)
            return import.error();
        imports.append(std::move(*import));
    }
    std::stable_sort(imports.begin(), imports.end(),
                     [](const BenchmarkImport &a, const BenchmarkImport &b) { return a.year > b.year; });
    return imports;
}

Result<FoundSet> findSet(const QString &name, const QString &folder)
{
    const QString setName = name.section(u'@', 0, 0);
    const QString year = name.contains(u'@') ? name.section(u'@', 1) : QString();
    Result<QList<BenchmarkImport>> imports = loadAll(folder);
    if (!imports)
        return imports.error();
    for (const BenchmarkImport &import : *imports) {
        if (!year.isEmpty() && QString::number(import.year) != year)
            continue;
        if (const BenchmarkSet *set = import.find(setName))
            return FoundSet{import, *set};
    }
    return Error{ErrorKind::NotFound, name, 0,
                 imports->isEmpty() ? QStringLiteral("no such benchmark: none has been imported "
                                                     "(wgll benchmark import FILE.xlsx)")
                                    : QStringLiteral("no such benchmark (wgll benchmark list shows them)")};
}

} // namespace wgll::benchmark
