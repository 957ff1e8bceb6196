// SPDX-License-Identifier: GPL-3.0-or-later
// File → Print and Print Preview: the tagged PDF's pages (one layout, pdfpages.cpp) painted on
// the printer by PrintCanvas, page by page.
#include "reportprint.h"

#include "printcanvas.h"

#include <QPainter>
#include <QPrinter>

#include <algorithm>

namespace wgll::report {

namespace {

/// The pages to paint, in order: the printer's range in its page order, and the copies the
/// printer does not make itself (collated: the whole range again; else each page again).
QList<int> sheetsOf(const QPrinter &printer, int count)
{
    QList<int> pages;
    const bool ranged = printer.printRange() == QPrinter::PageRange && !printer.pageRanges().isEmpty();
    for (int number = 1; number <= count; ++number) {
        if (!ranged || printer.pageRanges().contains(number))
            pages.append(number);
    }
    if (printer.pageOrder() == QPrinter::LastPageFirst)
        std::reverse(pages.begin(), pages.end());
    const int copies = printer.supportsMultipleCopies() ? 1 : std::max(1, printer.copyCount());
    QList<int> sheets;
    if (printer.collateCopies()) {
        for (int c = 0; c < copies; ++c)
            sheets += pages;
    } else {
        for (int number : pages)
            sheets.insert(sheets.size(), copies, number);
    }
    return sheets;
}

/// Points of the A4 page to the sheet's device pixels: 1:1 on A4 (or larger) paper, scaled to
/// fit and centred on a smaller sheet.
QTransform pageTransform(const QPrinter &printer)
{
    const double pixelsPerPoint = printer.resolution() / 72.0;
    const QRectF paper = printer.paperRect(QPrinter::Point);
    const double fit = std::min(paper.width() / pdf::page::Width, paper.height() / pdf::page::Height);
    if (fit > 0.999) // A4 measured in whole device pixels is a hair short of A4
        return QTransform::fromScale(pixelsPerPoint, pixelsPerPoint);
    const QRectF device = printer.paperRect(QPrinter::DevicePixel);
    const double scale = pixelsPerPoint * fit;
    QTransform t;
    t.translate((device.width() - pdf::page::Width * scale) / 2, (device.height() - pdf::page::Height * scale) / 2);
    t.scale(scale, scale);
    return t;
}

} // namespace

void preparePrinter(QPrinter &printer, const QString &title)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer.setDocName(title);
}

std::optional<int> print(const BoardReport &report, QPrinter &printer, Error &error)
{
    const std::unique_ptr<pdf::PagedReport> paged = pdf::PagedReport::lay(report, error);
    if (!paged)
        return std::nullopt;
    const QList<int> sheets = sheetsOf(printer, paged->pageCount());
    QPainter painter;
    if (!painter.begin(&printer)) {
        error = {ErrorKind::CannotCreate, printer.outputFileName(), 0, QStringLiteral("the printer could not start")};
        return std::nullopt;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const QTransform transform = pageTransform(printer);
    pdf::PrintCanvas canvas(painter);
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        if (i > 0 && !printer.newPage()) {
            painter.end();
            error = {ErrorKind::Io, printer.outputFileName(), 0, QStringLiteral("the printer refused a new page")};
            return std::nullopt;
        }
        painter.setTransform(transform);
        if (!paged->draw(canvas, sheets.at(i), error)) {
            painter.end();
            return std::nullopt;
        }
    }
    painter.end();
    return static_cast<int>(sheets.size());
}

} // namespace wgll::report
