// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include "charts/chartpainter.h"
#include "tablerows.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextObjectInterface>
#include <QTextTable>

namespace wgll::report {

namespace {

constexpr int ChartObjectType = QTextFormat::UserObject + 1;
constexpr int ChartIndexProperty = QTextFormat::UserProperty + 1;
const QColor Ink(33, 43, 50);
const QColor Muted(77, 87, 97);
const QColor NhsBlue(0, 94, 184);
const QColor Rule(174, 183, 189);
const QColor HeaderFill(232, 237, 238);
constexpr qreal ChartWidthPt = 430, RadarHeightPt = 290, BarsHeightPt = 220;

/// Draws the report's charts in place when the document is painted (as vectors on a PDF).
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    explicit ChartObject(QList<Chart> charts, QObject *parent) : QObject(parent), m_charts(std::move(charts)) {}

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) override
    {
        const Chart &c = m_charts.at(format.intProperty(ChartIndexProperty));
        // Points to the layout's device units.
        const qreal dpi = doc->documentLayout()->paintDevice() ? doc->documentLayout()->paintDevice()->logicalDpiY()
                                                               : 72.0;
        return QSizeF(ChartWidthPt, c.kind == Chart::Kind::Radar ? RadarHeightPt : BarsHeightPt) * (dpi / 72.0);
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        charts::paint(*painter, rect, m_charts.at(format.intProperty(ChartIndexProperty)));
    }

private:
    QList<Chart> m_charts;
};

class Builder
{
public:
    explicit Builder(QTextDocument &doc) : m_doc(doc), m_cursor(&doc), m_rows(new TableRows(&doc)) {}

    /// Points to the units of margins, padding and image sizes: QTextDocument takes those at
    /// 96 dpi and scales them to the device it lays out for.
    static qreal pt(qreal points) { return points * 96.0 / 72.0; }

    /// `percent` of the text width.
    static QTextLength width(qreal percent) { return QTextLength(QTextLength::PercentageLength, percent); }

    QTextCharFormat text(qreal size = 10, bool bold = false, const QColor &colour = Ink) const
    {
        QTextCharFormat f;
        f.setFont(reportFont(size));
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        f.setForeground(colour);
        return f;
    }

    void block(qreal spaceBefore = 0, qreal spaceAfter = 6, Qt::Alignment align = Qt::AlignLeft,
               bool pageBreak = false)
    {
        QTextBlockFormat b;
        b.setTopMargin(pt(spaceBefore));
        b.setBottomMargin(pt(spaceAfter));
        b.setAlignment(align);
        b.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        if (pageBreak)
            b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        if (m_first) {
            m_cursor.setBlockFormat(b);
            m_first = false;
        } else {
            m_cursor.insertBlock(b);
        }
    }

    void heading(const QString &s, int level, bool pageBreak)
    {
        block(level == 1 || pageBreak ? 0 : 12, level == 1 ? 10 : 4, Qt::AlignLeft, pageBreak);
        QTextBlockFormat b = m_cursor.blockFormat();
        b.setHeadingLevel(level);
        m_cursor.setBlockFormat(b);
        m_cursor.insertText(s, text(level == 1 ? 18 : 12.5, true, level == 1 ? NhsBlue : Ink));
    }

    void paragraph(const Paragraph &p)
    {
        block(0, 6);
        const qreal size = p.style == Paragraph::Style::Lead ? 11 : p.style == Paragraph::Style::Small ? 8.5 : 10;
        m_cursor.insertText(p.text, text(size, false, p.style == Paragraph::Style::Small ? Muted : Ink));
    }

    void keyFigures(const KeyFigures &k)
    {
        if (k.figures.isEmpty())
            return;
        QTextTableFormat f = tableFormat(false);
        f.setCellPadding(pt(6));
        f.setCellSpacing(pt(6));
        f.setBorder(0);
        QTextTable *t = m_cursor.insertTable(1, static_cast<int>(k.figures.size()), f);
        for (int c = 0; c < k.figures.size(); ++c) {
            QTextTableCell cell = t->cellAt(0, c);
            QTextCharFormat fill;
            fill.setBackground(HeaderFill);
            cell.setFormat(fill);
            QTextCursor in = cell.firstCursorPosition();
            in.insertText(k.figures[c].value, text(17, true, NhsBlue));
            QTextBlockFormat second;
            second.setTopMargin(pt(2));
            in.insertBlock(second);
            in.insertText(k.figures[c].label, text(8.5, false, Muted));
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    void table(const Table &t)
    {
        if (t.rows.isEmpty()) {
            paragraph({t.empty, Paragraph::Style::Normal});
            return;
        }
        // Each row drawn as one object (TableRows), so a page never ends inside it.
        block(0, 0);
        m_rows->insert(m_cursor, t);
    }

    void chart(const Chart &c)
    {
        block(6, 2, Qt::AlignCenter);
        // The chart is one tall line: the text's 115 % line height would add 15 % of the chart
        // (about 15 mm) of empty space between the chart and its caption.
        QTextBlockFormat single = m_cursor.blockFormat();
        single.setLineHeight(100, QTextBlockFormat::SingleHeight);
        m_cursor.setBlockFormat(single);
        QTextCharFormat object;
        object.setObjectType(ChartObjectType);
        object.setProperty(ChartIndexProperty, static_cast<int>(m_charts.size()));
        m_charts.append(c);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        block(0, 8, Qt::AlignCenter);
        m_cursor.insertText(c.title, text(8.5, false, Muted));
    }

    void signatures(const SignatureBlock &s) { table(signatureTable(s)); }

    /// Page 1: the organisation, the title, the status and the NHS cover sheet as a ruled table
    /// of its filled-in fields and the report's identity.
    void cover(const BoardReport &r, const QImage &logo)
    {
        if (!logo.isNull()) {
            block(0, 12, Qt::AlignRight);
            m_doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("logo")), logo);
            QTextImageFormat image;
            image.setName(QStringLiteral("logo"));
            const qreal height = pt(50);
            image.setHeight(height);
            image.setWidth(height * logo.width() / std::max(1, logo.height()));
            m_cursor.insertImage(image);
        }
        block(logo.isNull() ? 0 : 6, 8);
        m_cursor.insertText(r.organisation.isEmpty() ? QCoreApplication::translate("BoardReport", "Board report")
                                                     : r.organisation,
                            text(13, true, Muted));
        block(0, 8);
        QTextBlockFormat b = m_cursor.blockFormat();
        b.setHeadingLevel(1);
        m_cursor.setBlockFormat(b);
        m_cursor.insertText(r.title, text(22, true, NhsBlue));
        block(0, 10);
        m_cursor.insertText(r.status.toUpper(), text(12, true, r.isFinal() ? Ink : QColor(218, 41, 28)));
        table(r.coverTable());
    }

    QList<Chart> takeCharts() { return std::move(m_charts); }
    TableRows *rows() const { return m_rows; }

private:
    QTextTableFormat tableFormat(bool ruled) const
    {
        QTextTableFormat f;
        f.setWidth(width(100));
        f.setHeaderRowCount(ruled ? 1 : 0); // repeated at the top of each page the table runs onto
        f.setCellPadding(pt(2.5));
        f.setCellSpacing(0);
        f.setBorderCollapse(true);
        f.setBorder(ruled ? pt(0.5) : 0);
        f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        f.setBorderBrush(Rule);
        f.setTopMargin(pt(4));
        f.setBottomMargin(pt(8));
        return f;
    }

    QTextDocument &m_doc;
    QTextCursor m_cursor;
    QList<Chart> m_charts;
    TableRows *m_rows; ///< owned by the document
    bool m_first = true;
};

} // namespace

QFont reportFont(qreal pointSize)
{
    QFont f(QStringLiteral("Liberation Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(pointSize);
    return f;
}

bool readLogo(const QString &fileName, QImage &logo, Error &error)
{
    if (fileName.isEmpty())
        return true;
    if (!QFileInfo(fileName).isFile()) { // e.g. a logo chosen in Preferences and since moved
        error = {ErrorKind::NotFound, fileName, 0, QStringLiteral("the logo file is not there any more")};
        return false;
    }
    QImageReader reader(fileName);
    // A logo is small; a huge or hostile image is refused before it is decoded.
    if (QFileInfo(fileName).size() > 5LL * 1024 * 1024 || reader.size().width() > 4000 ||
        reader.size().height() > 4000 || !reader.read(&logo)) {
        error = {ErrorKind::BadData, fileName, 0,
                 QStringLiteral("the logo must be a PNG, JPEG or SVG image of at most 5 MB and 4000 × 4000 pixels")};
        return false;
    }
    return true;
}

namespace {

/// The cover (when asked) and sections [from, to) as one document.
std::unique_ptr<QTextDocument> documentOf(const BoardReport &report, const QImage &logo,
                                          bool withCover, qsizetype from, qsizetype to)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(reportFont());
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle, report.title);
    doc->setUndoRedoEnabled(false);
    Builder b(*doc);
    if (withCover)
        b.cover(report, logo);
    for (qsizetype i = from; i < to; ++i) {
        const Section &s = report.sections.at(i);
        b.heading(s.title, 1, s.newPage && (withCover || i > from));
        for (const Block &block : s.blocks) {
            std::visit(
                [&b](const auto &x) {
                    using T = std::decay_t<decltype(x)>;
                    if constexpr (std::is_same_v<T, Paragraph>)
                        b.paragraph(x);
                    else if constexpr (std::is_same_v<T, Subheading>)
                        b.heading(x.text, 2, x.newPage);
                    else if constexpr (std::is_same_v<T, KeyFigures>)
                        b.keyFigures(x);
                    else if constexpr (std::is_same_v<T, Table>)
                        b.table(x);
                    else if constexpr (std::is_same_v<T, Chart>)
                        b.chart(x);
                    else
                        b.signatures(x);
                },
                block);
        }
    }
    // A null page size: creating the layout below then lays nothing out (a new document's
    // size is undefined, laid out a word a line); the renderer sets the page's.
    doc->setPageSize(QSizeF(0, 0));
    auto *handler = new ChartObject(b.takeCharts(), doc.get());
    doc->documentLayout()->registerHandler(ChartObjectType, handler);
    doc->documentLayout()->registerHandler(TableRows::ObjectType, b.rows());
    return doc;
}

} // namespace

std::vector<std::unique_ptr<QTextDocument>> pageGroups(const BoardReport &report, Error &error)
{
    std::vector<std::unique_ptr<QTextDocument>> groups;
    QImage logo;
    if (!readLogo(report.logoFile, logo, error))
        return groups;
    groups.push_back(documentOf(report, logo, true, 0, 0));
    for (qsizetype from = 0; from < report.sections.size();) {
        qsizetype to = from + 1;
        while (to < report.sections.size() && !report.sections.at(to).newPage)
            ++to;
        groups.push_back(documentOf(report, logo, false, from, to));
        from = to;
    }
    return groups;
}

} // namespace wgll::report

#include "reportdocument.moc"
