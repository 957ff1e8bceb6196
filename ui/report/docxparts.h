// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Inside the Word writer (docxwriter.cpp): the parts of the package, one file each.

#include "report/boardreport.h"
#include "wordtemplate.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

class QXmlStreamWriter;

namespace wgll::report::docx {

// Namespaces as QString: Qt 6.4's QXmlStreamWriter takes nothing else.
inline const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
inline const QString R = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
inline const QString RelNs = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
inline constexpr auto RelBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/// The style names the report uses (lower case, as Word names its built-in styles in styles.xml).
QStringList usedStyleNames();
/// The clean built-in styles.xml: Liberation Sans (Arial), NHS-blue headings, en-GB.
QByteArray builtinStyles();
/// `stylesXml` (a template's) with a built-in definition appended for each used style it lacks;
/// `ids` gains those styles' ids.
QByteArray withMissingStyles(const QByteArray &stylesXml, QMap<QString, QString> &ids);

/// A picture the body shows: its part name under word/ and relationship id.
struct Media
{
    QString relId;
    QString target; ///< "media/wgll-chart-1.png"
    QByteArray png;
};

/// How the body refers to what is outside it.
struct BodyContext
{
    const WordTemplate *wordTemplate = nullptr; ///< null: the built-in styles and page
    QMap<QString, QString> styleIds;           ///< by lower-case name
    QString headerRelId, footerRelId;          ///< the report's own, when the template has none
    int textWidthTwips = 9638;                 ///< A4 less 20 mm margins
};

/// word/document.xml; the pictures it shows are appended to `media`. Null and `error` set when
/// the logo cannot be read.
std::optional<QByteArray> documentXml(const BoardReport &report, const BodyContext &context, QList<Media> &media,
                                      Error &error);

/// The header (running header, "What Good Looks Like") and footer (status, revision and content,
/// "Page n of N" with PAGE and NUMPAGES fields).
QByteArray headerXml(const BoardReport &report, const BodyContext &context);
QByteArray footerXml(const BoardReport &report, const BodyContext &context);
QByteArray settingsXml();
QByteArray fontTableXml();
QByteArray corePropertiesXml(const BoardReport &report);
QByteArray appPropertiesXml();

/// Starts an XML part with its declaration; the caller writes the root.
void startPart(QXmlStreamWriter &w);

} // namespace wgll::report::docx
