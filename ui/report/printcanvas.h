// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GLib's headers name a struct member "signals", which Qt defines as a macro: Pango comes first.
#include "pdfpages.h"

#include <QHash>
#include <QRawFont>

class QPainter;

namespace wgll::report::pdf {

/// The engine's pages on a QPainter (a printer, or its preview), as vectors: each line of text
/// as the glyphs Pango shaped for the PDF, at the positions Pango gave them, so a printed page
/// breaks and wraps exactly as the PDF's; charts through charts::paint(), the code that draws the
/// PDF's SVG charts. The painter's units must be points of the A4 page. Tags and bookmarks are
/// the PDF's own and are not drawn.
class PrintCanvas : public Canvas
{
public:
    explicit PrintCanvas(QPainter &painter) : m_painter(painter) {}

    void line(PangoLayoutLine *line, double x, double y, const Rgb &colour) override;
    void layout(PangoLayout *layout, double x, double y, const Rgb &colour) override;
    void fill(const op::Fill &fill) override;
    void stroke(const op::Stroke &stroke) override;
    bool chart(const op::Chart &chart, Error &error) override;
    void image(const op::Image &image) override;
    void tag(const QByteArray &, const QByteArray &, bool) override {}
    void outline(const op::Outline &, int) override {}
    QString failure() const override { return {}; }

private:
    /// Pango's font as a QRawFont whose glyph indexes are the same font file's.
    QRawFont rawFont(PangoFont *font);

    QPainter &m_painter;
    QHash<PangoFont *, QRawFont> m_fonts;
};

} // namespace wgll::report::pdf
