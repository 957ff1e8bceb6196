// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Inside the Word writer: WordprocessingML paragraphs, runs, bookmarks and tables written with
// QXmlStreamWriter, in the styles the template (or the built-in set) names.

#include "docxparts.h"

#include <QXmlStreamWriter>

#include <functional>

namespace wgll::report::docx {

/// Text as it may go into XML: controls and bidirectional overrides shown as escapes.
QString safe(const QString &text);

// Set member by member (GCC 12 warns on designated initializers that leave out later members).
struct ParagraphFormat
{
    bool pageBreakBefore = false;
    bool keepNext = false;
    const char16_t *align = nullptr; ///< w:jc value, e.g. u"right"
    bool tight = false; ///< no space before or after, single lines: table cells, as the PDF sets them

    ParagraphFormat &solid() { tight = true; return *this; }
    ParagraphFormat &breakBefore(bool on) { pageBreakBefore = on; return *this; }
    ParagraphFormat &withNext() { keepNext = true; return *this; }
    ParagraphFormat &aligned(const char16_t *jc) { align = jc; return *this; }
};

struct RunFormat
{
    bool bold = false;
    int sizeHalfPoints = 0; ///< 0: the style's
    QString colour;         ///< RRGGBB, or empty: the style's
    QString styleName;      ///< a character style, by lower-case name

    RunFormat &strong(bool on = true) { bold = on; return *this; }
    RunFormat &sized(int halfPoints) { sizeHalfPoints = halfPoints; return *this; }
    RunFormat &coloured(const QString &rrggbb) { colour = rrggbb; return *this; }
};

/// Which cells of a table are headers.
enum class Look {
    HeaderRow,  ///< the first row, repeated on every page (w:tblHeader)
    RowHeaders, ///< the first column (the cover sheet: label and value)
};

class WordXml
{
public:
    WordXml(QXmlStreamWriter &writer, const BodyContext &context) : w(writer), c(context) {}

    /// Opens a w:p in the style named `styleName` (lower case; empty: Normal); the caller closes it.
    void startParagraph(const QString &styleName, const ParagraphFormat &format = {});
    /// Opens a w:tc `width` twips wide; the caller writes its paragraphs and closes it.
    void startCell(int width, bool shaded);
    void paragraph(const QString &styleName, const QString &text, const ParagraphFormat &format = {},
                   const RunFormat &run = {});
    /// A run of `text`, its line breaks and tabs as Word's.
    void run(const QString &text, const RunFormat &format = {});
    /// What `content` writes, as the bookmark `anchor` (an internal link's target).
    void bookmark(const QString &anchor, const std::function<void()> &content);
    void table(const Table &t, Look look);
    void keyFigures(const KeyFigures &figures);
    /// A header or footer reference of a w:sectPr.
    static void reference(QXmlStreamWriter &w, QStringView element, const QString &relId);
    /// A bookmark name Word accepts (letters, digits, underscores; 40 at most) for an anchor.
    static QString bookmarkName(const QString &anchor);

    QXmlStreamWriter &w;
    const BodyContext &c;

private:
    void styleRef(const char16_t *element, const QString &styleName);
    void tableProperties(const Table &t, Look look, const QList<int> &widths);
    void row(const Table &t, qsizetype r, const QList<int> &widths, Look look);
    void cell(const QString &text, int width, const ParagraphFormat &format, const RunFormat &run, bool shaded,
              const QString &anchor = {}, const QString &link = {});
    int m_bookmarks = 0;
};

} // namespace wgll::report::docx
