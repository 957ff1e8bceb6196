// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/boardreport.h"
#include "util/error.h"

#include <QByteArray>

#include <optional>

namespace wgll::report {

/// The board report as a tagged PDF (PDF/UA as the aim): laid out with Pango, drawn with
/// Cairo's tag API (structure tree, links, destinations, outline), charts from
/// charts::svg() through librsvg, then completed by pdfaccess (language, figure alternative
/// text, XMP metadata). A4, Liberation Sans embedded, the running header and the footer
/// ("Revision N · content …", "Page n of N") as the QTextDocument rendering had them.
/// On failure (an unreadable logo, a library error) the error and no bytes.
std::optional<QByteArray> taggedPdf(const BoardReport &report, Error &error);

} // namespace wgll::report
