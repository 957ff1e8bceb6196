// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>

namespace wgll {

/// Whether the desktop asks for high contrast, for the System colour scheme. Qt 6.4 does not say
/// (QStyleHints::colorScheme and its accessibility hints came later), so the signs a Linux
/// desktop leaves are read here: GTK_THEME or GTK's settings.ini naming a high-contrast theme
/// (GNOME's "HighContrast" and "HighContrastInverse") and KDE's kdeglobals colour scheme. Not
/// the palette: a light theme's black on white is as stark as a contrast theme's. (Windows'
/// contrast themes reach Qt as the platform palette, which System already takes.) Cheap: two
/// small files read, no process started.
bool desktopAsksHighContrast(const QProcessEnvironment &environment);

} // namespace wgll
