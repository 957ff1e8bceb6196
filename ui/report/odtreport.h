// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/boardreport.h"
#include "util/error.h"

#include <QByteArray>

#include <optional>

namespace wgll::report {

/// The board report as an OpenDocument text package (ODF 1.3), written element by element:
/// named styles a template can restyle (Title, Heading 1–3, Text body, Caption, Table Heading and
/// Contents), real headings with outline levels, tables with repeating header rows and the right
/// number of cells in every row, charts as pictures with alternative text and a caption, the
/// running header and "Page N of M" footer, document metadata. Empty with `error` set when the
/// logo cannot be read.
std::optional<QByteArray> odt(const BoardReport &report, Error &error);

} // namespace wgll::report
