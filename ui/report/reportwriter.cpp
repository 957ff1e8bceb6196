// SPDX-License-Identifier: GPL-3.0-or-later
// The choice by extension. The PDF is the tagged one of taggedpdf.cpp (printing paints the same
// pages: reportprint.cpp), the ODT odtreport.cpp's, the HTML htmlreport.cpp's.
#include "reportwriter.h"

#include "charts/chartpainter.h"
#include "docxwriter.h"
#include "odtreport.h"
#include "storage/durablefile.h"
#include "taggedpdf.h"

#include <QBuffer>
#include <QFileInfo>

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
    // The tagged, accessible PDF (issue 17): Qt's PDF writer cannot tag.
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
            return charts::png(charts::image(*chart, size));
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
