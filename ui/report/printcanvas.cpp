// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's pages on a QPainter: the glyphs Pango shaped, where Pango placed them. Qt is not
// asked to shape or place text again, so a printed line cannot wrap or break differently from
// the PDF's.
#include "printcanvas.h"

#include "charts/chartpainter.h"

#include <hb.h>

#include <QGlyphRun>
#include <QPainter>

#include <algorithm>

namespace wgll::report::pdf {

namespace {

QColor qColour(const Rgb &c)
{
    return QColor::fromRgbF(static_cast<float>(c.r), static_cast<float>(c.g), static_cast<float>(c.b));
}

/// A table of the font file (e.g. "head"), to tell whether two fonts are the same file.
QByteArray fontTable(hb_face_t *face, const char (&tag)[5])
{
    hb_blob_t *blob = hb_face_reference_table(face, HB_TAG(tag[0], tag[1], tag[2], tag[3]));
    unsigned int length = 0;
    const char *data = hb_blob_get_data(blob, &length);
    QByteArray out(data, static_cast<qsizetype>(length));
    hb_blob_destroy(blob);
    return out;
}

/// Qt's font of the family, weight and style Pango chose.
QFont qtFont(const PangoFontDescription *d)
{
    QFont font(QString::fromUtf8(pango_font_description_get_family(d)));
    font.setWeight(static_cast<QFont::Weight>(std::clamp(static_cast<int>(pango_font_description_get_weight(d)), 1, 1000)));
    font.setItalic(pango_font_description_get_style(d) != PANGO_STYLE_NORMAL);
    font.setStyleStrategy(QFont::NoFontMerging);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace

QRawFont PrintCanvas::rawFont(PangoFont *font)
{
    if (const auto found = m_fonts.constFind(font); found != m_fonts.cend())
        return *found;
    PangoFontDescription *description = pango_font_describe_with_absolute_size(font);
    const double size = pango_units_to_double(pango_font_description_get_size(description));
    QRawFont raw = QRawFont::fromFont(qtFont(description));
    pango_font_description_free(description);
    hb_face_t *face = hb_font_get_face(pango_font_get_hb_font(font));
    // Qt's own font is used when it is the very file Pango shaped with (same "head" table:
    // checksum and dates): Qt's PDF engine then embeds it with its text, so a PDF printed from
    // the window can be searched. Otherwise the file Pango read, given to Qt as data: the
    // glyphs are right, but Qt's PDF engine draws such a font as outlines.
    if (!raw.isValid() || raw.fontTable("head") != fontTable(face, "head")) {
        hb_blob_t *blob = hb_face_reference_blob(face);
        unsigned int length = 0;
        const char *data = hb_blob_get_data(blob, &length);
        raw = QRawFont(QByteArray(data, static_cast<qsizetype>(length)), size, QFont::PreferNoHinting);
        hb_blob_destroy(blob);
    }
    raw.setPixelSize(size);
    m_fonts.insert(font, raw);
    return raw;
}

void PrintCanvas::line(PangoLayoutLine *line, double x, double y, const Rgb &colour)
{
    m_painter.setPen(qColour(colour));
    double pen = x;
    for (GSList *l = line->runs; l; l = l->next) {
        const auto *run = static_cast<const PangoGlyphItem *>(l->data);
        const PangoGlyphString *glyphs = run->glyphs;
        QList<quint32> indexes;
        QList<QPointF> positions;
        for (int i = 0; i < glyphs->num_glyphs; ++i) {
            const PangoGlyphInfo &g = glyphs->glyphs[i];
            // No glyph for an empty or unknown character (Cairo draws the latter as a hex box).
            if (g.glyph != PANGO_GLYPH_EMPTY && !(g.glyph & PANGO_GLYPH_UNKNOWN_FLAG)) {
                indexes.append(g.glyph);
                positions.append({pen + pango_units_to_double(g.geometry.x_offset),
                                  y - pango_units_to_double(run->y_offset) + pango_units_to_double(g.geometry.y_offset)});
            }
            pen += pango_units_to_double(g.geometry.width);
        }
        if (indexes.isEmpty())
            continue;
        QGlyphRun glyphRun;
        glyphRun.setRawFont(rawFont(run->item->analysis.font));
        glyphRun.setGlyphIndexes(indexes);
        glyphRun.setPositions(positions);
        m_painter.drawGlyphRun(QPointF(0, 0), glyphRun);
    }
}

void PrintCanvas::layout(PangoLayout *layout, double x, double y, const Rgb &colour)
{
    // As pango_cairo_show_layout() places each line: its logical left, on its baseline.
    PangoLayoutIter *it = pango_layout_get_iter(layout);
    do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(it, nullptr, &logical);
        line(pango_layout_iter_get_line_readonly(it), x + pango_units_to_double(logical.x),
             y + pango_units_to_double(pango_layout_iter_get_baseline(it)), colour);
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
}

void PrintCanvas::fill(const op::Fill &o)
{
    m_painter.fillRect(QRectF(o.x, o.y, o.w, o.h), qColour(o.colour));
}

void PrintCanvas::stroke(const op::Stroke &o)
{
    m_painter.setPen(QPen(qColour(o.colour), o.width, Qt::SolidLine, Qt::SquareCap));
    m_painter.drawLine(QLineF(o.x1, o.y1, o.x2, o.y2));
}

bool PrintCanvas::chart(const op::Chart &o, Error &)
{
    // charts::paint() takes its target in device pixels and lays the chart out at the size
    // that is in points, as the PDF's SVG chart is laid out: the same labels at the same size.
    const QRectF target = m_painter.transform().mapRect(QRectF(o.x, o.y, o.w, o.h));
    m_painter.save();
    m_painter.resetTransform();
    charts::paint(m_painter, target, *o.chart);
    m_painter.restore();
    return true;
}

void PrintCanvas::image(const op::Image &o)
{
    m_painter.drawImage(QRectF(o.x, o.y, o.w, o.h), o.image);
}

} // namespace wgll::report::pdf
