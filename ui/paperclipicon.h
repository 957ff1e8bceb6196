// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace wgll {

/// A paperclip, the mark mail programs give their attachment column: it heads the navigator's
/// evidence counts in a column a digit wide, where the word "Evidence" took seven characters of
/// statement text on a laptop. Drawn in the palette's button text colour (so it follows the light,
/// dark and high-contrast schemes), sharp at any scale factor.
QIcon paperclipIcon();

} // namespace wgll
