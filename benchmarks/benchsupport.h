// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace wgll::bench {

/// Stops a benchmark that cannot go on (exit 70, EX_SOFTWARE), naming the program.
[[noreturn]] inline void die(const QString &why)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(why));
    std::exit(70);
}

/// Writes `megabytes` of incompressible bytes to `path` (evidence that makes a file big).
inline void writeRandomFile(const QString &path, int megabytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        die(u"cannot write " + path);
    QByteArray block(1 << 20, '\0');
    for (int i = 0; i < megabytes; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        if (f.write(block) != block.size())
            die(u"cannot write " + path);
    }
}

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
