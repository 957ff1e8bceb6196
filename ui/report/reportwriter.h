// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/boardreport.h"
#include "util/status.h"

#include <QByteArray>
#include <QSize>
#include <QString>

#include <optional>

namespace wgll::report {

enum class Format { Pdf, Odt, Html, Docx };

struct WordTemplate;

/// The format a file name asks for by its extension (.pdf, .odt, .html or .htm, .docx).
std::optional<Format> formatOf(const QString &fileName);

/// The report as the bytes of a file of `format`; on failure (an unreadable logo) the error. A
/// Word document uses `wordTemplate` when given (ignored for the other formats).
std::optional<QByteArray> render(const BoardReport &report, Format format, Error &error,
                                 const WordTemplate *wordTemplate = nullptr);

/// Writes the report to `fileName` in the format its extension names, atomically: the file is
/// the whole report or, on any failure, as it was. A .docx is in `wordTemplate` when given.
Status write(const BoardReport &report, const QString &fileName, const WordTemplate *wordTemplate = nullptr);

/// The report's radar or measure bar chart as the bytes of a PNG of `size` pixels or, when
/// `svg`, an SVG drawing: `wgll chart` and File → Export Chart.
QByteArray chartFile(const BoardReport &report, Chart::Kind kind, QSize size, bool svg);

/// The single-file accessible HTML version (charts as SVG images with alternative text and
/// their figures as tables).
QByteArray html(const BoardReport &report, Error &error);

} // namespace wgll::report
