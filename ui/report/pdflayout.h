// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GLib's headers name a struct member "signals", which Qt defines as a macro: Pango comes first.
#include <pango/pangocairo.h>

#include "report/boardreport.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <memory>
#include <variant>
#include <vector>

namespace wgll::report::pdf {

/// Page geometry of the PDF, in points (A4, 18 mm side and 14 mm top and bottom margins, a
/// 10 mm band for the running header and 9 mm for the footer), as the QTextDocument PDF had it.
namespace page {
inline constexpr double Mm = 72.0 / 25.4;
inline constexpr double Width = 210 * Mm, Height = 297 * Mm;
inline constexpr double Left = 18 * Mm, Top = 14 * Mm;
inline constexpr double TextWidth = Width - 2 * Left;
inline constexpr double HeaderBand = 10 * Mm, FooterBand = 9 * Mm;
inline constexpr double BodyTop = Top + HeaderBand, BodyBottom = Height - Top - FooterBand;
} // namespace page

struct Rgb
{
    double r = 0, g = 0, b = 0;
};
inline constexpr Rgb rgb(int r, int g, int b)
{
    return {r / 255.0, g / 255.0, b / 255.0};
}
inline constexpr Rgb Ink = rgb(33, 43, 50), Muted = rgb(77, 87, 97), NhsBlue = rgb(0, 94, 184),
                     Rule = rgb(174, 183, 189), HeaderFill = rgb(232, 237, 238), DraftRed = rgb(218, 41, 28);

/// A piece of text laid out by Pango, and the box of each of its lines (points, from the
/// layout's top left).
struct Text
{
    struct Line
    {
        double top = 0, bottom = 0, baseline = 0;
        double x = 0; ///< the line's left, after alignment
    };
    PangoLayout *layout = nullptr;
    std::vector<Line> lines;
    double height = 0;
    Rgb colour;
    QByteArray utf8; ///< the layout's text, for finding links in it

    Text() = default;
    Text(const Text &) = delete;
    Text &operator=(const Text &) = delete;
    ~Text();
};
using TextPtr = std::shared_ptr<const Text>;

/// What a page holds, in drawing order: pdfpages.cpp turns each into a Canvas's calls (Cairo's
/// for the PDF, a QPainter's for a print).
namespace op {
struct Line
{
    TextPtr text;
    int line = 0;
    double x = 0, y = 0; ///< the layout's top left on the page
};
struct Fill
{
    double x = 0, y = 0, w = 0, h = 0;
    Rgb colour;
};
struct Stroke
{
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    Rgb colour;
    double width = 0.5;
};
struct Chart
{
    const report::Chart *chart = nullptr;
    double x = 0, y = 0, w = 0, h = 0;
};
struct Image
{
    QImage image;
    double x = 0, y = 0, w = 0, h = 0;
};
/// cairo_tag_begin (or _end when `end`) of a structure tag, a link or a destination.
struct Tag
{
    QByteArray name;
    QByteArray attributes;
    bool end = false;
};
/// A bookmark to this place of the page: level 1 under the root, level 2 under the last 1.
struct Outline
{
    QString title;
    int level = 1;
    double y = 0;
};
} // namespace op

using Op = std::variant<op::Line, op::Fill, op::Stroke, op::Chart, op::Image, op::Tag, op::Outline>;

struct Page
{
    std::vector<Op> ops;
    bool cover = false; ///< the NHS-blue band instead of the running header
};

/// The report laid out: its pages, and the alternative text of its figures in order.
struct Layout
{
    std::vector<Page> pages;
    QStringList figureAlt;
};

/// Lays the report out on pages with Pango (`context` at 72 dpi: one unit a point). Keeps
/// headings with what follows, a table's header row with its first row, charts with their
/// captions; a page that starts inside a table repeats its header row; a table row is never
/// cut unless it is taller than the page, and then between lines of its cells.
Layout layOut(const BoardReport &report, const QImage &logo, PangoContext *context);

} // namespace wgll::report::pdf
