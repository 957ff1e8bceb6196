// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace wgll {

/// Keeps the window's text in a proportional typeface. On a Debian 12 with Liberation but not
/// DejaVu installed (the report's font pulled in before fontconfig's default), fontconfig answers
/// Qt's "Sans Serif" with Liberation Mono, and every pane is set in a typewriter face that fits
/// a fifth fewer characters. When the application font resolves to a fixed-pitch face, the first
/// proportional sans serif installed takes its place, at the same size. Call once, after the
/// QApplication exists; a font chosen by the desktop (proportional) is left alone.
void useProportionalInterfaceFont();

} // namespace wgll
