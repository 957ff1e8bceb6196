// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollupfiles.h"

#include "assessmentfile.h"

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

} // namespace

std::optional<Rollup> rollUpFiles(const QStringList &files, Error &error)
{
    const qsizetype workers = std::clamp<qsizetype>(std::thread::hardware_concurrency(), 1, 16);
    const qsizetype chunk = workers * 16;
    RollupBuilder builder;
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
