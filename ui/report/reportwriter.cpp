// SPDX-License-Identifier: GPL-3.0-or-later
// The print path (from the laid-out text document) and the choice by extension. The PDF is the
// tagged one of taggedpdf.cpp, the ODT odtreport.cpp's, the HTML htmlreport.cpp's.
#include "reportwriter.h"

#include "charts/chartpainter.h"
#include "docxwriter.h"
#include "odtreport.h"
#include "pager.h"
#include "reportdocument.h"
#include "storage/durablefile.h"
#include "taggedpdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>


namespace wgll::report {

std::optional<Format> formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"pdf")
        return Format::Pdf;
    if (suffix == u"odt")
        return Format::Odt;
    if (suffix == u"html" || suffix == u"htm")
        return Format::Html;
    if (suffix == u"docx")
        return Format::Docx;
    return std::nullopt;
}

int paintPages(const BoardReport &report, const std::vector<std::unique_ptr<QTextDocument>> &groups,
               QPagedPaintDevice &device)
{
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal dpi = device.logicalDpiY();
    const auto mm = [dpi](qreal millimetres) { return millimetres * dpi / 25.4; };
    // The painter's origin is the top left of the printable area (inside the page margins).
    const QRectF area(QPointF(0, 0), device.pageLayout().paintRectPixels(static_cast<int>(dpi)).size());
    const qreal headerBand = mm(10), footerBand = mm(9);
    const QRectF body(0, headerBand, area.width(), area.height() - headerBand - footerBand);

    // Each group cut into pages from one layout of it (pagesOf()).
    std::vector<QList<PageSlice>> slices;
    slices.reserve(groups.size());
    int pages = 0;
    for (const auto &group : groups) {
        group->documentLayout()->setPaintDevice(&device);
        slices.push_back(pagesOf(*group, body.size()));
        pages += static_cast<int>(slices.back().size());
    }

    const QFont small = reportFont(8);
    int number = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        for (const PageSlice &slice : slices[g]) {
            if (number++ > 0)
                device.newPage();
            painter.save();
            painter.translate(body.topLeft());
            paintSlice(painter, *groups[g], slice, body.width());
            painter.restore();
            painter.setFont(small);
            if (g == 0) { // the cover: an NHS-blue band instead of the running header
                painter.fillRect(QRectF(0, 0, area.width(), mm(4)), QColor(0, 94, 184));
            } else {
                painter.setPen(QColor(77, 87, 97));
                const QRectF header(0, 0, area.width(), headerBand - mm(3));
                painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, report.runningHeader());
                painter.drawText(header, Qt::AlignRight | Qt::AlignBottom,
                                 QCoreApplication::translate("BoardReport", "What Good Looks Like"));
                painter.setPen(QPen(QColor(174, 183, 189), mm(0.2)));
                painter.drawLine(QPointF(0, headerBand - mm(1.5)), QPointF(area.width(), headerBand - mm(1.5)));
            }
            // Every page, the cover too, says which revision and which content it shows.
            painter.setPen(QColor(77, 87, 97));
            const QRectF footer(0, area.height() - footerBand + mm(3), area.width(), footerBand - mm(3));
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                             QCoreApplication::translate("BoardReport", "Page %1 of %2").arg(number).arg(pages));
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                             report.status + QStringLiteral("  ·  ") + report.footerLine());
        }
    }
    return pages;
}

std::optional<QByteArray> render(const BoardReport &report, Format format, Error &error,
                                 const WordTemplate *wordTemplate)
{
    if (format == Format::Docx)
        return wordReport(report, wordTemplate, error);
    if (format == Format::Html) {
        QByteArray bytes = html(report, error);
        return bytes.isEmpty() ? std::nullopt : std::optional<QByteArray>(bytes);
    }
    if (format == Format::Odt)
        return odt(report, error); // issue 17: written element by element (odtreport.cpp)
    // The tagged, accessible PDF (issue 17). Qt's PDF writer cannot tag; the window's print
    // preview and printing still lay the report out as a QTextDocument (paintPages()).
    return taggedPdf(report, error);
}

QByteArray chartFile(const BoardReport &report, Chart::Kind kind, QSize size, bool svg)
{
    for (const Section &s : report.sections) {
        for (const Block &b : s.blocks) {
            const auto *chart = std::get_if<Chart>(&b);
            if (!chart || chart->kind != kind)
                continue;
            if (svg)
                return charts::svg(*chart, size);
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            charts::image(*chart, size).save(&buffer, "PNG");
            return bytes;
        }
    }
    return {}; // build() always includes both charts
}

Status write(const BoardReport &report, const QString &fileName, const WordTemplate *wordTemplate)
{
    const std::optional<Format> format = formatOf(fileName);
    if (!format)
        return Error{ErrorKind::CannotCreate, fileName, 0,
                     QStringLiteral("the report's name must end in .pdf, .odt, .html or .docx")};
    Error error;
    const std::optional<QByteArray> bytes = render(report, *format, error, wordTemplate);
    if (!bytes)
        return error;
    return storage::durable::writeFile(fileName, *bytes);
}

} // namespace wgll::report
