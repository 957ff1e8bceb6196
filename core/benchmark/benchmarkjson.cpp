// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark file in the user's data folder (one per import) and the JSON the CLI shows of a
// set. The stored file is ours, but it sits where anything can change it: it is checked as
// it is read, and a fault is BadData naming the file.
#include "benchmark/benchmarkset.h"

#include "benchmark/pillaraliases.h"

#include <QJsonArray>

#include <cmath>

namespace wgll::benchmark {

namespace {

const QString Format = QStringLiteral("wgll-benchmark");
constexpr int FormatVersion = 1;

QJsonObject sourceJson(const BenchmarkSource &s)
{
    return {{QStringLiteral("publisher"), s.publisher},   {QStringLiteral("title"), s.title},
            {QStringLiteral("fileName"), s.fileName},     {QStringLiteral("sha256"), s.sha256},
            {QStringLiteral("publicationDate"), s.publicationDate}};
}

QJsonArray pillarsJson(const BenchmarkSet &set)
{
    QJsonArray pillars;
    for (const PillarBenchmark &p : set.pillars) {
        pillars.append(QJsonObject{{QStringLiteral("key"), p.key},
                                   {QStringLiteral("measure"), p.measureTitle},
                                   {QStringLiteral("pillar"), p.pillarName},
                                   {QStringLiteral("score"), p.score}});
    }
    return pillars;
}

QJsonObject storedSet(const BenchmarkSet &set)
{
    QJsonObject o{{QStringLiteral("name"), set.name},     {QStringLiteral("title"), set.title},
                  {QStringLiteral("kind"), set.kind},     {QStringLiteral("method"), set.method},
                  {QStringLiteral("rowCount"), set.rowCount}, {QStringLiteral("pillars"), pillarsJson(set)}};
    if (set.overall2025)
        o.insert(QStringLiteral("comparableOverall2025"), *set.overall2025);
    if (set.overall2024)
        o.insert(QStringLiteral("comparableOverall2024"), *set.overall2024);
    return o;
}

bool isScore(const QJsonValue &v)
{
    return v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() >= 1 && v.toDouble() <= 5;
}

std::optional<BenchmarkSet> readSet(const QJsonObject &o)
{
    BenchmarkSet set;
    set.name = o.value(u"name").toString();
    set.title = o.value(u"title").toString();
    set.kind = o.value(u"kind").toString();
    set.method = o.value(u"method").toString();
    set.rowCount = o.value(u"rowCount").toInt();
    const QJsonArray pillars = o.value(u"pillars").toArray();
    if (set.name.isEmpty() || set.rowCount < 1 || pillars.size() != pillarAliases().size())
        return std::nullopt;
    for (qsizetype i = 0; i < pillars.size(); ++i) {
        const QJsonObject p = pillars.at(i).toObject();
        if (p.value(u"key").toString() != pillarAliases().at(i).key || !isScore(p.value(u"score")))
            return std::nullopt;
        set.pillars.append({pillarAliases().at(i).key, pillarAliases().at(i).measureTitle,
                            p.value(u"pillar").toString(), p.value(u"score").toDouble()});
    }
    for (const auto &[key, field] : {std::pair{u"comparableOverall2025", &set.overall2025},
                                     std::pair{u"comparableOverall2024", &set.overall2024}}) {
        if (o.contains(key) && !isScore(o.value(key)))
            return std::nullopt;
        if (o.contains(key))
            *field = o.value(key).toDouble();
    }
    return set;
}

} // namespace

QJsonObject toJson(const BenchmarkImport &import)
{
    QJsonArray sets;
    for (const BenchmarkSet &set : import.sets)
        sets.append(storedSet(set));
    return {{QStringLiteral("format"), Format},
            {QStringLiteral("formatVersion"), FormatVersion},
            {QStringLiteral("source"), sourceJson(import.source)},
            {QStringLiteral("year"), import.year},
            {QStringLiteral("importedAt"), import.importedAt},
            {QStringLiteral("attribution"), attribution(import.source)},
            {QStringLiteral("sets"), sets}};
}

Result<BenchmarkImport> importFromJson(const QJsonObject &json, const QString &fileName)
{
    const auto bad = [&fileName](const QString &why) {
        return Error{ErrorKind::BadData, fileName, 0, u"not a benchmark file this version reads: " + why};
    };
    if (json.value(u"format").toString() != Format || json.value(u"formatVersion").toInt() != FormatVersion)
        return bad(QStringLiteral("no \"format\": \"wgll-benchmark\", \"formatVersion\": 1"));
    BenchmarkImport import;
    const QJsonObject source = json.value(u"source").toObject();
    import.source = {source.value(u"publisher").toString(), source.value(u"title").toString(),
                     source.value(u"fileName").toString(), source.value(u"sha256").toString(),
                     source.value(u"publicationDate").toString()};
    import.year = json.value(u"year").toInt();
    import.importedAt = json.value(u"importedAt").toString();
    if (import.source.publisher.isEmpty() || import.year < 2000)
        return bad(QStringLiteral("no source or year"));
    const QJsonArray sets = json.value(u"sets").toArray();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        std::optional<BenchmarkSet> set = readSet(sets.at(i).toObject());
        if (!set)
            return bad(QStringLiteral("set %1 is damaged").arg(i + 1));
        import.sets.append(std::move(*set));
    }
    return import;
}

QJsonObject setToJson(const BenchmarkImport &import, const BenchmarkSet &set)
{
    QJsonObject o = storedSet(set);
    o.insert(QStringLiteral("year"), import.year);
    o.insert(QStringLiteral("source"), sourceJson(import.source));
    o.insert(QStringLiteral("attribution"), attribution(import.source));
    o.insert(QStringLiteral("caveat"), caveat());
    return o;
}

} // namespace wgll::benchmark
