// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/textlimits.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

/// What counts as text in an assessment (docs/file-format.md, "Text"): valid UTF-8 (no lone
/// surrogates), no NUL, no C0 or C1 control character or DEL except tab and newline in
/// multi-line fields, and at most a given number of characters. A NUL hid a megabyte behind
/// SQLite's length(), and control characters reach terminals and XML; so both the input rules
/// and the checker of opened files refuse them. Each problem reads after the field's name:
/// "the organisation " + "contains a NUL character".
namespace wgll::text {

/// Stored bytes (a TEXT value read from a file): nullopt when they are acceptable text.
/// `maxBytes` is checked before anything is decoded.
std::optional<QString> problemWithUtf8(QByteArrayView bytes, Lines lines, qsizetype maxChars,
                                       qsizetype maxBytes);
inline std::optional<QString> problemWithUtf8(QByteArrayView bytes, Lines lines, qsizetype maxChars)
{
    return problemWithUtf8(bytes, lines, maxChars, maxUtf8Bytes(maxChars));
}
/// Text typed or imported: nullopt when it may be stored.
std::optional<QString> problemWithText(QStringView text, Lines lines, qsizetype maxChars);

/// True for the characters that reorder how text is shown (U+202E RIGHT-TO-LEFT OVERRIDE and
/// the other embeddings, overrides, isolates and marks): "report\u202Efdp.exe" shows as
/// "report" + "exe.pdf".
bool isBidiControl(char32_t c);

/// The name an evidence file is stored under, from the name or path it was added from: the
/// last path part (either slash), without control, bidirectional-control or NUL characters,
/// trimmed, at most MaxFileNameBytes of UTF-8 (the extension kept); "evidence" when nothing
/// usable is left (empty, "." or "..").
QString safeFileName(QStringView name);
/// What makes a stored evidence file name unsafe to show or to write as a file (empty, "." or
/// "..", a folder part, a control or bidirectional character, over MaxFileNameBytes): nullopt
/// when it is safe. Every name safeFileName() returns passes.
std::optional<QString> problemWithFileName(QStringView name);

/// A title for a text that has none (a note added as evidence without --title): its first line
/// that is not blank, trimmed, tabs as spaces; one longer than `maxChars` is cut at the last
/// word boundary that leaves room for "…" (mid-word only when one word fills the line), never
/// inside a surrogate pair. Empty when the text is blank.
QString titleFromFirstLine(QStringView text, qsizetype maxChars);

} // namespace wgll::text
