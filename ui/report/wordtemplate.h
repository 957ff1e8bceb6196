// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/zippackage.h"
#include "util/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace wgll::report {

/// A trust's Word template (.dotx or .docx), read and checked before any report is written. The
/// report keeps its styles, theme, fonts, numbering, settings, header and footer and page set-up,
/// and replaces only the body (docs/reports.md, "Word").
struct WordTemplate
{
    /// The largest template read (a real one is well under 1 MiB; its pictures make the rest).
    static constexpr qint64 MaxBytes = 64LL * 1024 * 1024;

    QString fileName; ///< as the user named it, for errors
    zip::PackageReader package;
    /// Paragraph, character and table style ids by their lower-case names ("heading 1" →
    /// "Heading1", or "berschrift1" in a German template).
    QMap<QString, QString> styleIds;
    /// The body ends with a w:sectPr (page size, margins, header and footer references), which
    /// the report copies from word/document.xml (copySectPr() in docxbody.cpp).
    bool hasSectPr = false;
    bool hasHeader = false; ///< sectPr refers to a header of the trust's own
    bool hasFooter = false;
    int textWidthTwips = 0; ///< page width less the margins, from sectPr; 0 when it says none

    /// The style id of the style named `name` (lower case), or empty.
    QString styleId(const QString &name) const { return styleIds.value(name); }
};

/// Reads `fileName` as a Word template. Refuses (BadData, naming the file and the fault) a file
/// that is not a zip package, lacks [Content_Types].xml, word/document.xml or word/styles.xml,
/// holds malformed XML in a part the report uses, is macro-enabled, or would unpack too large.
Result<WordTemplate> readWordTemplate(const QString &fileName);
/// The same from bytes already read (`fileName` names them in errors).
Result<WordTemplate> parseWordTemplate(const QByteArray &bytes, const QString &fileName);

/// Every style's id by its lower-case name, from a styles.xml part.
QMap<QString, QString> styleIdsOf(const QByteArray &stylesXml);

} // namespace wgll::report
