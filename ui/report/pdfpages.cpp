// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's pages drawn to a Canvas: the ops pdflayout.cpp placed, then the running header
// and footer. One drawing for the tagged PDF and for the printer, so they cannot differ.
#include "pdfpages.h"

#include "reportlogo.h"

#include <QCoreApplication>

namespace wgll::report::pdf {

PagedReport::PagedReport(const BoardReport &report) : m_report(report)
{
    // A font map of our own (not Pango's per-thread default) at 72 dpi, so one unit is a point,
    // with unhinted metrics: the pages are laid out for no one resolution, and print as the PDF.
    m_fontMap = pango_cairo_font_map_new();
    m_context = pango_font_map_create_context(m_fontMap);
    pango_cairo_context_set_resolution(m_context, 72);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(m_context, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(m_context, FALSE);
    m_small = pango_font_description_from_string("Liberation Sans 8");
}

PagedReport::~PagedReport()
{
    m_layout.pages.clear(); // the laid-out texts hold layouts of the context: gone first
    pango_font_description_free(m_small);
    g_object_unref(m_context);
    g_object_unref(m_fontMap);
}

std::unique_ptr<PagedReport> PagedReport::lay(const BoardReport &report, Error &error)
{
    QImage logo;
    if (!readLogo(report.logoFile, logo, error))
        return nullptr;
    std::unique_ptr<PagedReport> paged(new PagedReport(report));
    paged->m_layout = layOut(report, logo, paged->m_context);
    return paged;
}

namespace {

/// Turns each op of a page into the canvas's calls.
struct OpDrawer
{
    Canvas &canvas;
    int number;
    Error &error;

    bool operator()(const op::Line &o) const
    {
        const Text::Line &line = o.text->lines[static_cast<std::size_t>(o.line)];
        canvas.line(pango_layout_get_line_readonly(o.text->layout, o.line), o.x + line.x, o.y + line.baseline,
                    o.text->colour);
        return true;
    }
    bool operator()(const op::Fill &o) const
    {
        canvas.fill(o);
        return true;
    }
    bool operator()(const op::Stroke &o) const
    {
        canvas.stroke(o);
        return true;
    }
    bool operator()(const op::Chart &o) const { return canvas.chart(o, error); }
    bool operator()(const op::Image &o) const
    {
        canvas.image(o);
        return true;
    }
    bool operator()(const op::Tag &o) const
    {
        canvas.tag(o.name, o.attributes, o.end);
        return true;
    }
    bool operator()(const op::Outline &o) const
    {
        canvas.outline(o, number);
        return true;
    }
};

} // namespace

bool PagedReport::draw(Canvas &canvas, int number, Error &error) const
{
    const Page &current = m_layout.pages.at(static_cast<std::size_t>(number - 1));
    for (const Op &op : current.ops) {
        if (!std::visit(OpDrawer{canvas, number, error}, op))
            return false;
        if (const QString failure = canvas.failure(); !failure.isEmpty()) {
            const auto *tag = std::get_if<op::Tag>(&op);
            error = {ErrorKind::Io, {}, 0,
                     QStringLiteral("the PDF could not be drawn (%1%2)")
                         .arg(failure, tag ? u" at " + QString::fromUtf8(tag->name) : QString())};
            return false;
        }
    }
    furniture(canvas, number);
    return true;
}

/// One line of 8 pt text in the band [top, bottom), left or right aligned, bottom-aligned or
/// centred.
void PagedReport::furnitureText(Canvas &canvas, const QString &s, bool right, double top, double bottom,
                                bool centred) const
{
    PangoLayout *layout = pango_layout_new(m_context);
    pango_layout_set_font_description(layout, m_small);
    const QByteArray utf8 = s.toUtf8();
    pango_layout_set_text(layout, utf8.constData(), static_cast<int>(utf8.size()));
    PangoRectangle logical;
    pango_layout_get_extents(layout, nullptr, &logical);
    const double w = pango_units_to_double(logical.width), h = pango_units_to_double(logical.height);
    const double y = centred ? top + (bottom - top - h) / 2 : bottom - h;
    canvas.layout(layout, right ? page::Left + page::TextWidth - w : page::Left, y, Muted);
    g_object_unref(layout);
}

void PagedReport::furniture(Canvas &canvas, int number) const
{
    canvas.tag("Private", {}, false);
    if (m_layout.pages.at(static_cast<std::size_t>(number - 1)).cover) {
        canvas.fill({page::Left, page::Top, page::TextWidth, 4 * page::Mm, NhsBlue});
    } else {
        const double bottom = page::Top + page::HeaderBand - 3 * page::Mm;
        furnitureText(canvas, m_report.runningHeader(), false, page::Top, bottom, false);
        furnitureText(canvas, QCoreApplication::translate("BoardReport", "What Good Looks Like"), true, page::Top,
                      bottom, false);
        const double y = page::Top + page::HeaderBand - 1.5 * page::Mm;
        canvas.stroke({page::Left, y, page::Left + page::TextWidth, y, Rule, 0.2 * page::Mm});
    }
    // Every page, the cover too, says which revision and which content it shows.
    const double top = page::Height - page::Top - page::FooterBand + 3 * page::Mm;
    const double bottom = page::Height - page::Top;
    furnitureText(canvas, m_report.status + QStringLiteral("  ·  ") + m_report.footerLine(), false, top, bottom, true);
    furnitureText(canvas, QCoreApplication::translate("BoardReport", "Page %1 of %2").arg(number).arg(pageCount()),
                  true, top, bottom, true);
    canvas.tag("Private", {}, true);
}

} // namespace wgll::report::pdf
