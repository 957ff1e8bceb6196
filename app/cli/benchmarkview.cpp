// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarkview.h"

#include "textlayout.h"

#include <QJsonArray>

namespace wgll::cli {

namespace {

QString signedScore(double value)
{
    const QString s = formatScore(value);
    return value > 0 && s != u"0.0" ? u'+' + s : s;
}

} // namespace

std::optional<benchmark::FoundSet> loadBenchmark(const QString &name, Console &console, int &code)
{
    Result<benchmark::FoundSet> found = benchmark::findSet(name, benchmark::benchmarkFolder());
    if (!found) {
        code = console.fail(found.error());
        return std::nullopt;
    }
    return std::move(*found);
}

QString benchmarkSourceLine(const benchmark::FoundSet &found)
{
    return benchmark::sourceLine(found.import);
}

QString benchmarkText(const Scorecard &card, const benchmark::FoundSet &found, qsizetype width)
{
    const benchmark::BenchmarkSet &set = found.set;
    const QString column = QStringLiteral("DMA %1").arg(found.import.year);
    QString text = u'\n'
                   + wrap(u"Benchmark " + Console::safe(set.name) + u": " + Console::safe(set.title) + u"; "
                              + Console::safe(benchmarkSourceLine(found)) + u"; " + Console::safe(set.method),
                          width, 2)
                   + u"\n\n";
    TextTable table({QStringLiteral("Measure"), QStringLiteral("Score"), column, QStringLiteral("Difference"),
                     QStringLiteral("DMA pillar")},
                    {false, true, true, true, false}, {false, false, false, false, true});
    for (const MeasureResult &m : card.measures) {
        const benchmark::PillarBenchmark *p = set.pillarFor(m.title);
        table.addRow({m.id + u' ' + m.title, formatScore(m.score), p ? formatScore(p->score) : formatScore({}),
                      p && m.score ? signedScore(*m.score - p->score) : formatScore({}),
                      p ? p->pillarName : QStringLiteral("(no DMA pillar)")});
    }
    text += table.toString(width) + u'\n';
    text += wrap(u"Caveat: " + benchmark::caveat(), width, 2) + u'\n';
    text += wrap(Console::safe(benchmark::attribution(found.import.source)), width, 2) + u'\n';
    return text;
}

QJsonObject benchmarkJson(const Scorecard &card, const benchmark::FoundSet &found)
{
    QJsonObject o = benchmark::setToJson(found.import, found.set);
    QJsonArray measures;
    for (const MeasureResult &m : card.measures) {
        const benchmark::PillarBenchmark *p = found.set.pillarFor(m.title);
        QJsonObject row{{QStringLiteral("id"), m.id}, {QStringLiteral("title"), m.title},
                        {QStringLiteral("score"), m.score ? QJsonValue(*m.score) : QJsonValue()},
                        {QStringLiteral("benchmarkScore"), p ? QJsonValue(p->score) : QJsonValue()},
                        {QStringLiteral("pillar"), p ? QJsonValue(p->pillarName) : QJsonValue()},
                        {QStringLiteral("difference"), p && m.score ? QJsonValue(*m.score - p->score) : QJsonValue()}};
        measures.append(row);
    }
    o.insert(QStringLiteral("measures"), measures);
    return o;
}

} // namespace wgll::cli
