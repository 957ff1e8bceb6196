// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace wgll::report {

/// What a tagged PDF needs that Cairo 1.16 cannot write.
struct PdfAccessibility
{
    QString language = QStringLiteral("en-GB");
    QString title;
    QString creator;
    /// The alternative text of each Figure element, in the structure tree's order.
    QStringList figureAlt;
};

/// Completes Cairo's tagged PDF in memory with libqpdf: /Lang, /MarkInfo, /ViewerPreferences
/// /DisplayDocTitle and an XMP metadata stream (dc:title, pdfuaid:part 1) in the catalog;
/// /Alt on every Figure; /Tabs /S on every page; and each /Private element (what the engine
/// drew as page furniture: running header, footer, rules, repeated header rows) made an
/// /Artifact in the page's content and taken out of the structure tree, as Cairo 1.16 has no
/// artifact tag. Empty and `error` set when the PDF cannot be read.
std::optional<QByteArray> completeTaggedPdf(const QByteArray &pdf, const PdfAccessibility &info, Error &error);

} // namespace wgll::report
