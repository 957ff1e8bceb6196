// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollupfiles.h"

#include "assessmentfile.h"
#include "platform/platformfile.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <thread>
#include <vector>

namespace wgll::storage {

namespace {

struct Loaded
{
    std::optional<Scorecard> card;
    Error error;
};

/// The first file named twice, by identity or canonical path, before any is read: counting one
/// organisation's file twice would weigh it double in every mean.
std::optional<Error> sameFileTwice(const QStringList &files)
{
    QHash<QString, qsizetype> seen; // identity or canonical path -> index in files
    for (qsizetype i = 0; i < files.size(); ++i) {
        QStringList keys;
        if (const std::optional<platform::FileInfo> info = platform::infoOf(files.at(i)))
            keys.append(u"id:" + QString::number(info->device) + u':' + QString::number(info->file));
        if (const QString canonical = QFileInfo(files.at(i)).canonicalFilePath(); !canonical.isEmpty())
            keys.append(u"path:" + canonical);
        for (const QString &key : keys) {
            if (const auto found = seen.constFind(key); found != seen.constEnd())
                return Error{ErrorKind::BadData, files.at(i), 0,
                             files.at(*found) + u" and " + files.at(i) +
                                 u" are the same file; each organisation counts once in a roll-up"};
        }
        for (const QString &key : keys)
            seen.insert(key, i);
    }
    return std::nullopt;
}

} // namespace

std::optional<Rollup> rollUpFiles(const QStringList &files, Error &error, RollupOptions options)
{
    if (std::optional<Error> twice = sameFileTwice(files)) {
        error = *twice;
        return std::nullopt;
    }
    const qsizetype workers = std::clamp<qsizetype>(std::thread::hardware_concurrency(), 1, 16);
    const qsizetype chunk = workers * 16;
    RollupBuilder builder(std::move(options));
    for (qsizetype start = 0; start < files.size(); start += chunk) {
        const qsizetype count = std::min(chunk, files.size() - start);
        std::vector<Loaded> loaded(static_cast<size_t>(count));
        auto work = [&](qsizetype first) {
            for (qsizetype i = first; i < count; i += workers) {
                Loaded &l = loaded[static_cast<size_t>(i)];
                if (const auto a = readAssessmentFile(files.at(start + i), l.error))
                    l.card = Scorecard::of(*a);
            }
        };
        std::vector<std::thread> threads;
        for (qsizetype w = 1; w < std::min(workers, count); ++w)
            threads.emplace_back(work, w);
        work(0);
        for (std::thread &t : threads)
            t.join();
        for (qsizetype i = 0; i < count; ++i) {
            Loaded &l = loaded[static_cast<size_t>(i)];
            if (!l.card) {
                error = l.error;
                return std::nullopt;
            }
            if (const auto problem = builder.add(files.at(start + i), *l.card)) {
                error = {ErrorKind::BadData, files.at(start + i), 0, *problem};
                return std::nullopt;
            }
        }
    }
    return builder.result();
}

} // namespace wgll::storage
