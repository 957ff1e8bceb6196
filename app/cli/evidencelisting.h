// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wgll::cli::evidencelisting {

// `wgll evidence list` in its three formats. Each item gives its id, kind, title, statements,
// size and SHA-256 (files only) and the time it was added.

/// A table for a terminal, at most `width` columns: the SHA-256 shortened to its first 8 hex
/// digits, the date added as YYYY-MM-DD (UTC), a long title cut with "…" and a long list of
/// statements shortened to whole ids and a count ("3.1,3.2 (+5)"). Every field escaped.
QString text(const QList<Evidence> &items, qsizetype width);
/// {"evidence": [{"added", "id", "kind", "sha256", "size", "statements", "title"}]}: the full
/// digest, the time added in ISO 8601 UTC with milliseconds, `null` size and digest for links
/// and notes.
QByteArray json(const QList<Evidence> &items);
/// CSV (RFC 4180, CRLF, formula-safe as every CSV export): id,kind,title,statements,size,sha256,added.
QByteArray csv(const QList<Evidence> &items);

} // namespace wgll::cli::evidencelisting
