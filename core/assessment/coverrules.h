// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/boardpaper.h"

#include <QString>

#include <optional>

/// What a valid board paper cover sheet is: the document refuses anything else, and the window's
/// dialog and `wgll cover` check with the same rule before they write.
namespace wgll::coverrules {

/// Why `cover` may not be stored: a purpose or assurance not in its list, a text too long or
/// with control characters.
std::optional<QString> problemWith(const CoverSheet &cover);

} // namespace wgll::coverrules
