// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wgll::text {

/// Which line-layout characters a caller lets through unchanged.
enum class Keep {
    Nothing,   ///< one-line fields: tab and newline are escaped too (a newline could forge a line)
    LineBreaks ///< multi-line text: tab and newline pass; every other control is escaped
};

/// True for a character that must never reach a terminal or an XML file as itself: C0 controls,
/// DEL, C1 controls, the bidirectional embedding, override and isolate controls (which reorder
/// what a reader sees, "report\u202efdp.exe"), the line and paragraph separators, the
/// non-characters U+FFFE/U+FFFF and unpaired surrogates (not allowed in XML 1.0).
bool isUnsafe(char32_t c);

/// `text` with each unsafe character written as a visible escape: "\x1b" for those below
/// U+0100, "\u202e" for the rest. Text from files goes through this before it is printed or
/// written into XML, so it can neither drive a terminal nor make a file ill-formed, and the
/// reader still sees that something odd was there.
QString escapeUnsafe(const QString &text, Keep keep = Keep::Nothing);

} // namespace wgll::text
