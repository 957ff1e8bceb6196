// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarksection.h"

#include "reportparts.h"

#include <algorithm>
#include <numeric>

namespace wgll::report {

using parts::tr;

namespace {

/// The radar gains the benchmark's line, a column of its figures and the figures in its words.
void addToRadar(Chart &radar, const BenchmarkColumn &column)
{
    radar.benchmark = column.scores;
    radar.benchmarkName = column.legend;
    radar.data.header.append(column.header);
    radar.data.numeric.append(true);
    QStringList said;
    for (qsizetype r = 0; r < radar.data.rows.size(); ++r) {
        const std::optional<double> score = column.scores.value(r);
        radar.data.rows[r].append(formatScore(score));
        said.append(radar.measures.value(r) + u' ' + formatScore(score));
    }
    radar.description += u' ' + tr("Dash-dot line with diamonds: %1 (%2): ").arg(column.legend, column.setName) +
                         said.join(QStringLiteral("; ")) + u'.';
}

/// The measure table gains the benchmark's column; the other columns give it room in proportion.
void addToTable(Table &table, const BenchmarkColumn &column)
{
    table.header.append(column.header);
    if (!table.numeric.isEmpty())
        table.numeric.append(true);
    if (!table.widths.isEmpty()) {
        constexpr int Column = 10; // percent: room for "DMA 2025" and "2.8"
        const int total = std::accumulate(table.widths.cbegin(), table.widths.cend(), 0);
        for (int &w : table.widths)
            w = std::max(1, w * (100 - Column) / std::max(total, 1));
        table.widths.append(Column);
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r)
        table.rows[r].append(formatScore(column.scores.value(r)));
}

} // namespace

BenchmarkColumn benchmarkColumn(const Scorecard &card, const benchmark::BenchmarkImport &import,
                                const benchmark::BenchmarkSet &set)
{
    BenchmarkColumn c;
    c.setName = set.name;
    c.header = tr("DMA %1").arg(import.year);
    c.legend = tr("DMA %1 benchmark").arg(import.year);
    for (const MeasureResult &m : card.measures) {
        const benchmark::PillarBenchmark *p = set.pillarFor(m.title);
        c.scores.append(p ? std::optional<double>(p->score) : std::nullopt);
    }
    // No translator loaded means no plural forms: the count's words are chosen here.
    const QString rows = set.rowCount == 1 ? tr("1 DMA row") : tr("%1 DMA rows").arg(set.rowCount);
    c.note = tr("%1 column and the radar's dash-dot line: benchmark %2, %3. Source: %4. Method: %5 (%6). Caveat: %7 "
                "%8")
                 .arg(c.header, set.name, set.title, benchmark::sourceLine(import), set.method, rows,
                      benchmark::caveat(), benchmark::attribution(import.source));
    c.shortNote = tr("%1 benchmark, dash-dot: %2 (%3); %4. DMA questions are not the WGLL statements. Contains "
                     "public sector information licensed under the Open Government Licence v3.0.")
                      .arg(c.header, set.title, rows, benchmark::sourceLine(import));
    return c;
}

void addBenchmark(BoardReport &report, const BenchmarkColumn &column)
{
    const auto summary = std::find_if(report.sections.begin(), report.sections.end(),
                                      [](const Section &s) { return s.id == u"summary"; });
    if (summary == report.sections.end())
        return;
    QList<Block> &blocks = summary->blocks;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (auto *radar = std::get_if<Chart>(&blocks[i]); radar && radar->kind == Chart::Kind::Radar) {
            addToRadar(*radar, column);
        } else if (auto *table = std::get_if<Table>(&blocks[i])) {
            // The first table of the summary is the scores by success measure, a row per measure.
            addToTable(*table, column);
            blocks.insert(i + 1, Paragraph{column.note, Paragraph::Style::Small});
            // The note pushes the summary's first page over by a few lines: the gaps follow
            // them on that page instead of leaving it nearly empty.
            if (i + 2 < blocks.size()) {
                if (auto *next = std::get_if<Subheading>(&blocks[i + 2]))
                    next->newPage = false;
            }
            return;
        }
    }
}

} // namespace wgll::report
