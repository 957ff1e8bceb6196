// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace wgll {

/// Light or dark, chosen in Preferences: a projector in a darkened room reads better dark, and
/// Qt 6.4 does not follow a Linux desktop's dark mode by itself.
enum class ColourScheme { System, Light, Dark };

QString colourSchemeKey(ColourScheme scheme); ///< "system", "light", "dark"
std::optional<ColourScheme> colourSchemeFromKey(const QString &key);

/// Applies the scheme to the whole application: the platform's own style and palette for
/// System, the Fusion style with a light or dark palette otherwise.
void applyColourScheme(ColourScheme scheme);

} // namespace wgll
