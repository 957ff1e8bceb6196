// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/boardreport.h"
#include "util/error.h"

#include <optional>

class QPrinter;

namespace wgll::report {

/// Sets `printer` up for the board report, named `title`: A4 (the pages are laid out on A4), the
/// whole sheet given to the painter, as the pages carry the report's own margins (the printer's
/// margins on top of them would shrink the page twice).
void preparePrinter(QPrinter &printer, const QString &title);

/// Prints the report on `printer` (a printer, a PDF file, or a print preview): the pages the
/// tagged PDF lays out (pdfpages.h), the printer's page range only (all pages without one), in
/// its page order, and its copies when the printer cannot make them itself. A sheet that is not
/// A4 takes the page scaled to fit. The number of pages painted; none, and `error`, when the
/// report cannot be laid out (an unreadable logo) or the printer cannot start.
std::optional<int> print(const BoardReport &report, QPrinter &printer, Error &error);

} // namespace wgll::report
