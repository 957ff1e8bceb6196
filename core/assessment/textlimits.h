// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// The limits on every text field of an assessment, in one place: the rules that accept new
/// text (Document::problemWith…, the evidence and workshop edits) and the checker that judges
/// a file on open (DocumentChecker) both use these, so a file the program writes always
/// passes its own check and a file it refuses could not have been typed in.
/// Lengths are in characters (Unicode code points), as SQLite's length() counts a TEXT value
/// without a NUL; the checker also bounds the bytes first (at most 4 per character in UTF-8).
namespace wgll::text {

/// Whether a field may hold several lines: multi-line fields allow tab and newline, single-line
/// fields allow neither. No field allows NUL or any other C0 or C1 control character.
enum class Lines { Single, Multi };

constexpr qsizetype MaxName = 300;      ///< names, titles, organisation, period, owner, author
constexpr qsizetype MaxLongText = 20000; ///< notes, N/A reasons, note evidence, decisions, history values
constexpr qsizetype MaxActionText = 2000;
constexpr qsizetype MaxUrl = 2000;
constexpr qsizetype MaxMediaType = 100;
constexpr qsizetype MaxMetaKey = 100;
constexpr qsizetype MaxMetaValue = 2000; ///< the baseline record: two names, JSON-escaped
/// The cover sheet's recommendation, assurance rationale and risks (its summary is MaxLongText).
constexpr qsizetype MaxCoverText = 4000;
/// The scored content a sign-off keeps (scoredContent() JSON), in bytes: every statement's notes
/// at their limit would fit several times over.
constexpr qsizetype MaxSignedContent = 64LL * 1024 * 1024;
/// A phone's address and browser, as the voting page's claim log keeps them.
constexpr qsizetype MaxDevice = 200;
/// Short fixed-form values: ids, statuses, dates, times, digests.
constexpr qsizetype MaxCode = 100;
/// The embedded framework's JSON (FrameworkReader's file limit is 4 MiB of bytes).
constexpr qsizetype MaxFrameworkJson = 4LL * 1024 * 1024;
/// An evidence file's stored name, in UTF-8 bytes: what common file systems allow for one name.
constexpr qsizetype MaxFileNameBytes = 255;

/// The most bytes a text of `characters` code points can take in UTF-8.
constexpr qsizetype maxUtf8Bytes(qsizetype characters)
{
    return 4 * characters;
}

} // namespace wgll::text
