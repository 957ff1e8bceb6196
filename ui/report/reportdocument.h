// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/boardreport.h"
#include "util/error.h"

#include <QImage>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace wgll::report {

/// The board report laid out as QTextDocuments for the window's print preview and printing (the
/// PDF, ODT and HTML have writers of their own): the cover, then each run of sections that
/// starts a page (pagesOf() cuts each into pages), tables with repeating header rows, charts
/// drawn at paint time. Built with a text cursor from plain strings, never from HTML, so nothing
/// the user typed can become markup or a resource URL. Empty when the logo cannot be read.
std::vector<std::unique_ptr<QTextDocument>> pageGroups(const BoardReport &report, Error &error);

/// Reads the organisation's logo (none when `fileName` is empty). A huge or unreadable image
/// is refused before it is decoded, with `error` naming the file.
bool readLogo(const QString &fileName, QImage &logo, Error &error);

/// The body font of every rendering: Liberation Sans (metric-compatible with Arial), which the
/// PDF embeds.
QFont reportFont(qreal pointSize = 10);

} // namespace wgll::report
