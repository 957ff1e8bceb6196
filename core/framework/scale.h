// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace wgll {

/// One whole level of a maturity scale, e.g. 3 "Partly in place", with the descriptor that tells
/// assessors when to choose it.
struct ScaleLevel
{
    int value = 0;
    QString label;
    QString description;

    friend bool operator==(const ScaleLevel &, const ScaleLevel &) = default;
};

/// The maturity scale of a framework: whole levels from `min` to `max`, one ScaleLevel each, in
/// ascending order (the reader guarantees this, so `level()` can index directly).
struct Scale
{
    int min = 1;
    int max = 5;
    QList<ScaleLevel> levels;

    bool contains(int value) const { return value >= min && value <= max; }
    /// The level with this value, or nullptr when it is outside the scale.
    const ScaleLevel *level(int value) const;

    friend bool operator==(const Scale &, const Scale &) = default;
};

} // namespace wgll
