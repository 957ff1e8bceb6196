// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace wgll::bench {

/// Times of one measured operation, in milliseconds.
struct Samples
{
    QList<double> ms;

    double percentile(double p) const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const auto at = static_cast<qsizetype>(p * static_cast<double>(sorted.size() - 1) + 0.5);
        return sorted.at(std::clamp<qsizetype>(at, 0, sorted.size() - 1));
    }
    double median() const { return percentile(0.5); }
};

/// Runs `body` `count` times (after `warmup` unmeasured runs) and keeps each run's time.
inline Samples measure(int count, const std::function<void()> &body, int warmup = 3)
{
    for (int i = 0; i < warmup; ++i)
        body();
    Samples s;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        body();
        s.ms.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return s;
}

/// One row of the Markdown table the benchmark programs print: what, n, median, p95, p99,
/// budget, and whether the median is within it.
inline void report(const char *what, const Samples &s, double budgetMs = -1)
{
    const bool within = budgetMs < 0 || s.median() <= budgetMs;
    char budget[32] = "–";
    if (budgetMs >= 0)
        std::snprintf(budget, sizeof budget, "≤ %.0f ms", budgetMs);
    std::printf("| %s | %lld | %.2f | %.2f | %.2f | %s | %s |\n", what, static_cast<long long>(s.ms.size()),
                s.median(), s.percentile(0.95), s.percentile(0.99), budget,
                budgetMs < 0 ? "" : (within ? "yes" : "**NO**"));
    std::fflush(stdout);
}

inline void header(const char *title)
{
    std::printf("\n### %s\n\n| measure | n | median ms | p95 ms | p99 ms | budget | within "
                "|\n|---|---|---|---|---|---|---|\n",
                title);
}

} // namespace wgll::bench
