// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>

class QWidget;

namespace wgll {

/// Where the main window opens, and remembering where it was: the first start fills the screen
/// (maximised on one below LargeScreenWidth), later starts restore the last geometry, clamped
/// to the screen it opens on (a laptop taken off its docking station, a scale factor raised).
namespace windowplacement {

/// Below this available width (logical pixels) a first start opens maximised: a laptop screen
/// holds the three panes only when the window has all of it.
inline constexpr int LargeScreenWidth = 1600;

struct Placement
{
    QRect geometry;
    bool maximised = false;
};

/// The placement for a screen with `available` geometry: `stored` (empty on a first start),
/// moved and shrunk to fit inside `available`, maximised when it was or on a first start on a
/// screen narrower than LargeScreenWidth.
Placement choose(const QRect &stored, bool storedMaximised, const QRect &available);

/// Shows `window` where choose() places it, on the screen its stored geometry is on (the
/// primary screen when that screen is gone), from the settings.
void show(QWidget &window);
/// Stores the window's normal geometry and whether it is maximised, for the next start.
void remember(const QWidget &window);

} // namespace windowplacement

} // namespace wgll
