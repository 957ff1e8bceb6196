// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace wgll {

/// Light, dark or high contrast, chosen in Preferences: a projector in a darkened room reads
/// better dark, and Qt 6.4 follows neither a Linux desktop's dark mode nor its high-contrast
/// theme by itself. System takes the platform's palette as it is (Windows' high-contrast themes
/// arrive that way), or the high-contrast scheme when the desktop asks for it (desktopcontrast.h).
enum class ColourScheme { System, Light, Dark, HighContrast };

QString colourSchemeKey(ColourScheme scheme); ///< "system", "light", "dark", "high-contrast"
std::optional<ColourScheme> colourSchemeFromKey(const QString &key);

/// Applies the scheme to the whole application, live, to every window and pane at once: the
/// platform's own style and palette for System, the Fusion style with a light, dark or
/// high-contrast palette otherwise.
void applyColourScheme(ColourScheme scheme);

} // namespace wgll
