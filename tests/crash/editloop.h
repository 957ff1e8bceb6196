// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include <optional>

namespace wgll::test::editloop {

/// The edit loop's deterministic plan: the edit that makes generation `g` (g ≥ 2) sets
/// statement `ids[g % n]` to level `(g / n) % 5 + 1`. Consecutive edits of one statement differ,
/// so every edit really changes something and moves the generation on.
inline int statementFor(qint64 generation, qsizetype count)
{
    return static_cast<int>(generation % count);
}
inline int levelFor(qint64 generation, qsizetype count)
{
    return static_cast<int>((generation / count) % 5) + 1;
}

/// The scores every statement must hold once the loop has reached `generation`.
inline QList<std::optional<int>> expectedScores(qint64 generation, qsizetype count)
{
    QList<std::optional<int>> scores(count);
    for (qint64 g = 2; g <= generation; ++g)
        scores[statementFor(g, count)] = levelFor(g, count);
    return scores;
}

} // namespace wgll::test::editloop
