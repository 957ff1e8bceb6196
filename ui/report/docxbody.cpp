// SPDX-License-Identifier: GPL-3.0-or-later
// word/document.xml of the Word report: the report model walked block by block, as
// htmlreport.cpp walks it, into real headings (the template's Title and Heading 1–3 styles),
// tables whose header row repeats on every page, charts as pictures with alternative text and a
// caption, and links from the action plan to the gap list's rows (bookmarks).
#include "charts/chartpainter.h"
#include "docxparts.h"
#include "docxxml.h"
#include "reportlogo.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace wgll::report::docx {

namespace {

const QString Wp = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
const QString A = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString Pic = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture");
constexpr qint64 EmuPerPoint = 12700;
// The chart's printed size, as the PDF and ODT print it, and the picture's resolution: at 216
// dpi its 9 pt labels stay sharp in print.
constexpr qreal ChartWidthPt = 430, RadarHeightPt = 290, BarsHeightPt = 220, TrendHeightPt = 160, ChartDpi = 216;


class Body
{
public:
    Body(QXmlStreamWriter &w, const BodyContext &c, QList<Media> &media) : x(w, c), m_media(media) {}

    void cover(const BoardReport &report, const QImage &logo)
    {
        if (!logo.isNull()) {
            const qreal height = 48, width = std::min(180.0, height * logo.width() / std::max(1, logo.height()));
            x.startParagraph({}, ParagraphFormat().aligned(u"right"));
            picture(charts::png(logo), QSizeF(width, height),
                    QCoreApplication::translate("BoardReport", "%1 logo").arg(report.organisation));
            x.w.writeEndElement();
        }
        x.paragraph(QString(), report.organisation, {}, RunFormat().sized(24));
        x.paragraph(QStringLiteral("title"), report.title);
        x.paragraph(QString(), report.status, {},
                    RunFormat().strong().coloured(report.isFinal() ? QString() : QStringLiteral("B3261E")));
        const Table t = report.coverTable();
        x.paragraph(QStringLiteral("caption"), t.caption, ParagraphFormat().withNext());
        x.table(t, Look::RowHeaders);
    }

    void section(const Section &s)
    {
        x.startParagraph(QStringLiteral("heading 1"), ParagraphFormat().breakBefore(s.newPage));
        x.bookmark(s.id, [&] { x.run(s.title); });
        x.w.writeEndElement();
        for (const Block &b : s.blocks)
            block(b);
    }

private:
    void block(const Block &b)
    {
        std::visit(
            [this](const auto &item) {
                using T = std::decay_t<decltype(item)>;
                if constexpr (std::is_same_v<T, Paragraph>) {
                    const int size = item.style == Paragraph::Style::Lead ? 22 : item.style == Paragraph::Style::Small ? 17 : 0;
                    x.paragraph(QString(), item.text, {}, RunFormat().sized(size));
                } else if constexpr (std::is_same_v<T, Subheading>) {
                    x.paragraph(QStringLiteral("heading 2"), item.text, ParagraphFormat().breakBefore(item.newPage));
                } else if constexpr (std::is_same_v<T, KeyFigures>) {
                    x.keyFigures(item);
                } else if constexpr (std::is_same_v<T, Table>) {
                    captionedTable(item);
                } else if constexpr (std::is_same_v<T, Chart>) {
                    chart(item);
                } else {
                    captionedTable(signatureTable(item));
                }
            },
            b);
    }

    void captionedTable(const Table &t)
    {
        if (!t.caption.isEmpty() && !t.rows.isEmpty())
            x.paragraph(QStringLiteral("caption"), t.caption, ParagraphFormat().withNext());
        x.table(t, Look::HeaderRow);
    }

    void chart(const Chart &c)
    {
        const QSizeF points(ChartWidthPt, c.kind == Chart::Kind::Radar   ? RadarHeightPt
                                          : c.kind == Chart::Kind::Trend ? TrendHeightPt
                                                                         : BarsHeightPt);
        // A narrower page (a template's) gets the picture scaled down to its text width.
        const qreal fit = std::min(1.0, x.c.textWidthTwips / 20.0 / points.width());
        x.startParagraph({}, ParagraphFormat().withNext().aligned(u"center"));
        picture(charts::png(charts::printImage(c, points, ChartDpi)), points * fit, c.description);
        x.w.writeEndElement();
        x.paragraph(QStringLiteral("caption"), c.title, ParagraphFormat().aligned(u"center"));
        captionedTable(c.data);
    }

    /// An inline picture `size` points large whose alternative text is `description`.
    void picture(const QByteArray &bytes, QSizeF size, const QString &description)
    {
        const int n = static_cast<int>(m_media.size()) + 1;
        const Media media{QStringLiteral("rIdWgllMedia%1").arg(n), QStringLiteral("media/wgll-picture-%1.png").arg(n), bytes};
        m_media.append(media);
        const QString cx = QString::number(qRound64(size.width() * EmuPerPoint));
        const QString cy = QString::number(qRound64(size.height() * EmuPerPoint));
        const QString alt = safe(description), name = QStringLiteral("Picture %1").arg(n);
        QXmlStreamWriter &w = x.w;
        w.writeStartElement(W, QStringLiteral("r"));
        w.writeStartElement(W, QStringLiteral("drawing"));
        w.writeStartElement(Wp, QStringLiteral("inline"));
        for (const char16_t *side : {u"distT", u"distB", u"distL", u"distR"})
            w.writeAttribute(QString::fromUtf16(side), QStringLiteral("0"));
        w.writeEmptyElement(Wp, QStringLiteral("extent"));
        w.writeAttribute(QStringLiteral("cx"), cx);
        w.writeAttribute(QStringLiteral("cy"), cy);
        w.writeEmptyElement(Wp, QStringLiteral("docPr"));
        w.writeAttribute(QStringLiteral("id"), QString::number(n));
        w.writeAttribute(QStringLiteral("name"), name);
        w.writeAttribute(QStringLiteral("descr"), alt);
        w.writeStartElement(Wp, QStringLiteral("cNvGraphicFramePr"));
        w.writeEmptyElement(A, QStringLiteral("graphicFrameLocks"));
        w.writeAttribute(QStringLiteral("noChangeAspect"), QStringLiteral("1"));
        w.writeEndElement();
        w.writeStartElement(A, QStringLiteral("graphic"));
        w.writeStartElement(A, QStringLiteral("graphicData"));
        w.writeAttribute(QStringLiteral("uri"), Pic);
        pictureElement(media.relId, name, alt, cx, cy);
        w.writeEndElement(); // graphicData
        w.writeEndElement(); // graphic
        w.writeEndElement(); // inline
        w.writeEndElement(); // drawing
        w.writeEndElement(); // r
    }

    void pictureElement(const QString &relId, const QString &name, const QString &alt, const QString &cx,
                        const QString &cy)
    {
        QXmlStreamWriter &w = x.w;
        w.writeStartElement(Pic, QStringLiteral("pic"));
        w.writeStartElement(Pic, QStringLiteral("nvPicPr"));
        w.writeEmptyElement(Pic, QStringLiteral("cNvPr"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("name"), name);
        w.writeAttribute(QStringLiteral("descr"), alt);
        w.writeEmptyElement(Pic, QStringLiteral("cNvPicPr"));
        w.writeEndElement();
        w.writeStartElement(Pic, QStringLiteral("blipFill"));
        w.writeEmptyElement(A, QStringLiteral("blip"));
        w.writeAttribute(R, QStringLiteral("embed"), relId);
        w.writeStartElement(A, QStringLiteral("stretch"));
        w.writeEmptyElement(A, QStringLiteral("fillRect"));
        w.writeEndElement();
        w.writeEndElement(); // blipFill
        w.writeStartElement(Pic, QStringLiteral("spPr"));
        w.writeStartElement(A, QStringLiteral("xfrm"));
        w.writeEmptyElement(A, QStringLiteral("off"));
        w.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
        w.writeEmptyElement(A, QStringLiteral("ext"));
        w.writeAttribute(QStringLiteral("cx"), cx);
        w.writeAttribute(QStringLiteral("cy"), cy);
        w.writeEndElement(); // xfrm
        w.writeStartElement(A, QStringLiteral("prstGeom"));
        w.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
        w.writeEmptyElement(A, QStringLiteral("avLst"));
        w.writeEndElement();
        w.writeEndElement(); // spPr
        w.writeEndElement(); // pic
    }

    WordXml x;
    QList<Media> &m_media;
};

/// Copies the template's last body-level w:sectPr (its page and its header and footer), adding
/// the report's own header or footer reference where the template has none.
void copySectPr(const WordTemplate &t, const BodyContext &c, QXmlStreamWriter &w)
{
    const QByteArray xml = t.package.entry(QStringLiteral("word/document.xml"));
    auto bodyLevelSectPrs = [&xml](auto onEach) {
        QXmlStreamReader reader(xml);
        QStringList path;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                if (reader.name() == u"sectPr" && path.size() == 2 && path.last() == u"body")
                    onEach(reader);
                path.append(reader.name().toString());
            } else if (reader.isEndElement()) {
                path.removeLast();
            }
        }
    };
    int count = 0;
    bodyLevelSectPrs([&count](QXmlStreamReader &) { ++count; });
    int seen = 0;
    bodyLevelSectPrs([&](QXmlStreamReader &reader) {
        if (++seen != count)
            return;
        w.writeCurrentToken(reader);
        if (!c.headerRelId.isEmpty())
            WordXml::reference(w, u"headerReference", c.headerRelId);
        if (!c.footerRelId.isEmpty())
            WordXml::reference(w, u"footerReference", c.footerRelId);
        for (int depth = 1; depth > 0 && !reader.atEnd();) {
            reader.readNext();
            depth += reader.isStartElement() ? 1 : reader.isEndElement() ? -1 : 0;
            w.writeCurrentToken(reader);
        }
    });
}

/// The report's own page: A4 with 20 mm margins, its header and footer.
void ownSectPr(const BodyContext &c, QXmlStreamWriter &w)
{
    w.writeStartElement(W, QStringLiteral("sectPr"));
    WordXml::reference(w, u"headerReference", c.headerRelId);
    WordXml::reference(w, u"footerReference", c.footerRelId);
    w.writeEmptyElement(W, QStringLiteral("pgSz"));
    w.writeAttribute(W, QStringLiteral("w"), QStringLiteral("11906"));
    w.writeAttribute(W, QStringLiteral("h"), QStringLiteral("16838"));
    w.writeEmptyElement(W, QStringLiteral("pgMar"));
    for (const char16_t *side : {u"top", u"right", u"bottom", u"left"})
        w.writeAttribute(W, QString::fromUtf16(side), QStringLiteral("1134"));
    w.writeAttribute(W, QStringLiteral("header"), QStringLiteral("567"));
    w.writeAttribute(W, QStringLiteral("footer"), QStringLiteral("567"));
    w.writeAttribute(W, QStringLiteral("gutter"), QStringLiteral("0"));
    w.writeEndElement();
}

} // namespace

std::optional<QByteArray> documentXml(const BoardReport &report, const BodyContext &context, QList<Media> &media,
                                      Error &error)
{
    QImage logo;
    if (!readLogo(report.logoFile, logo, error))
        return std::nullopt;
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    startPart(w);
    const std::pair<QString, const char *> namespaces[] = {{W, "w"}, {R, "r"}, {Wp, "wp"}, {A, "a"}, {Pic, "pic"}};
    for (const auto &[uri, prefix] : namespaces)
        w.writeNamespace(uri, QString::fromLatin1(prefix));
    w.writeStartElement(W, QStringLiteral("document"));
    w.writeStartElement(W, QStringLiteral("body"));
    Body body(w, context, media);
    body.cover(report, logo);
    for (const Section &s : report.sections)
        body.section(s);
    if (context.wordTemplate && context.wordTemplate->hasSectPr)
        copySectPr(*context.wordTemplate, context, w);
    else
        ownSectPr(context, w);
    w.writeEndDocument();
    return bytes;
}

} // namespace wgll::report::docx
