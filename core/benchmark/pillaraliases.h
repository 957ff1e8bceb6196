// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace wgll::benchmark {

/// One WGLL success measure as the national DMA and the framework both name it: a stable key,
/// the framework's title, and every other name it is published under.
struct PillarAlias
{
    QString key;          ///< "smart-foundations"
    QString measureTitle; ///< the framework's title, "Ensure smart foundations"
    QStringList names;    ///< every spelling matched, the framework's title first
    QString why;          ///< where each other spelling comes from
};

/// THE alias table (docs/method.md, "The national DMA benchmark"): the seven WGLL measures in the
/// framework's order. Both a DMA pillar heading and a framework measure title are matched
/// through it, so a benchmark's pillar and an assessment's measure meet on the same key.
const QList<PillarAlias> &pillarAliases();

/// The key a pillar heading or measure title stands for (case, spacing and surrounding spaces
/// ignored), or "" when the table does not know it.
QString pillarKey(const QString &name);

} // namespace wgll::benchmark
