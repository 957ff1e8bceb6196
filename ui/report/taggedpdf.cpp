// SPDX-License-Identifier: GPL-3.0-or-later
// The tagged PDF's drawing: the laid-out pages (pdflayout.cpp) through Cairo's PDF surface with
// its tag API, the running header and footer on each page as artifacts, the outline, then the
// accessibility entries Cairo 1.16 cannot write (pdfaccess.cpp).
#include <cairo-pdf.h>
#include <cairo.h>
#include <librsvg/rsvg.h>

#include "pdflayout.h"

#include "charts/chartpainter.h"
#include "pdfaccess.h"
#include "reportdocument.h"
#include "taggedpdf.h"

#include <QCoreApplication>

#include <list>

namespace wgll::report {

namespace {

using namespace pdf;

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const
    {
        if (p)
            Free(p);
    }
};
using SurfacePtr = std::unique_ptr<cairo_surface_t, Deleter<cairo_surface_t, cairo_surface_destroy>>;
using CairoPtr = std::unique_ptr<cairo_t, Deleter<cairo_t, cairo_destroy>>;
void unref(void *object)
{
    g_object_unref(object);
}
using ObjectPtr = std::unique_ptr<void, Deleter<void, unref>>;

cairo_status_t append(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data), static_cast<qsizetype>(length));
    return CAIRO_STATUS_SUCCESS;
}

void colour(cairo_t *cr, const Rgb &c)
{
    cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

class Renderer
{
public:
    Renderer(cairo_surface_t *surface, cairo_t *cr, PangoContext *context, const BoardReport &report,
             std::list<QImage> &images)
        : m_surface(surface), m_cr(cr), m_context(context), m_report(report), m_images(images)
    {
        m_small = pango_font_description_from_string("Liberation Sans 8");
    }
    ~Renderer() { pango_font_description_free(m_small); }
    Renderer(const Renderer &) = delete;
    Renderer &operator=(const Renderer &) = delete;

    /// Draws every page; false (and `error`) when a chart cannot be drawn.
    bool draw(const std::vector<Page> &pages, Error &error)
    {
        cairo_tag_begin(m_cr, "Document", nullptr);
        m_count = static_cast<int>(pages.size());
        for (m_number = 1; m_number <= m_count; ++m_number) {
            const Page &current = pages[static_cast<std::size_t>(m_number - 1)];
            for (const Op &op : current.ops) {
                if (!std::visit([this, &error](const auto &o) { return draw(o, error); }, op))
                    return false;
                if (const cairo_status_t status = cairo_status(m_cr); status != CAIRO_STATUS_SUCCESS) {
                    const auto *tag = std::get_if<op::Tag>(&op);
                    error = {ErrorKind::Io, {}, 0,
                             QStringLiteral("the PDF could not be drawn (%1%2)")
                                 .arg(QString::fromUtf8(cairo_status_to_string(status)),
                                      tag ? u" at " + QString::fromUtf8(tag->name) : QString())};
                    return false;
                }
            }
            furniture(current.cover);
            if (m_number == m_count)
                cairo_tag_end(m_cr, "Document");
            cairo_show_page(m_cr);
        }
        return true;
    }

private:
    bool draw(const op::Line &o, Error &)
    {
        const Text::Line &line = o.text->lines[static_cast<std::size_t>(o.line)];
        colour(m_cr, o.text->colour);
        cairo_move_to(m_cr, o.x + line.x, o.y + line.baseline);
        pango_cairo_show_layout_line(m_cr, pango_layout_get_line_readonly(o.text->layout, o.line));
        return true;
    }
    bool draw(const op::Fill &o, Error &)
    {
        colour(m_cr, o.colour);
        cairo_rectangle(m_cr, o.x, o.y, o.w, o.h);
        cairo_fill(m_cr);
        return true;
    }
    bool draw(const op::Stroke &o, Error &)
    {
        colour(m_cr, o.colour);
        cairo_set_line_width(m_cr, o.width);
        cairo_set_line_cap(m_cr, CAIRO_LINE_CAP_SQUARE);
        cairo_move_to(m_cr, o.x1, o.y1);
        cairo_line_to(m_cr, o.x2, o.y2);
        cairo_stroke(m_cr);
        return true;
    }
    bool draw(const op::Chart &o, Error &error)
    {
        // The chart as charts::svg() draws it for `wgll chart` and the HTML (px at 96 dpi),
        // scaled by librsvg into its place: one drawing code for every format.
        const QByteArray svg = charts::svg(*o.chart, QSize(qRound(o.w * 96 / 72), qRound(o.h * 96 / 72)));
        GError *failure = nullptr;
        ObjectPtr handle(rsvg_handle_new_from_data(reinterpret_cast<const guint8 *>(svg.constData()),
                                                   static_cast<gsize>(svg.size()), &failure));
        const RsvgRectangle viewport{o.x, o.y, o.w, o.h};
        if (!handle || !rsvg_handle_render_document(static_cast<RsvgHandle *>(handle.get()), m_cr, &viewport, &failure)) {
            error = {ErrorKind::Io, {}, 0,
                     QStringLiteral("the chart could not be drawn: ") +
                         QString::fromUtf8(failure ? failure->message : "librsvg failed")};
            if (failure)
                g_error_free(failure);
            return false;
        }
        return true;
    }
    bool draw(const op::Image &o, Error &)
    {
        m_images.push_back(o.image.convertToFormat(QImage::Format_ARGB32_Premultiplied));
        QImage &image = m_images.back();
        SurfacePtr source(cairo_image_surface_create_for_data(image.bits(), CAIRO_FORMAT_ARGB32, image.width(),
                                                              image.height(), static_cast<int>(image.bytesPerLine())));
        cairo_save(m_cr);
        cairo_translate(m_cr, o.x, o.y);
        cairo_scale(m_cr, o.w / image.width(), o.h / image.height());
        cairo_set_source_surface(m_cr, source.get(), 0, 0);
        // A fill of the image's rectangle: cairo_paint() of it inside a tag made Cairo 1.16
        // crash when the surface was finished.
        cairo_rectangle(m_cr, 0, 0, image.width(), image.height());
        cairo_fill(m_cr);
        cairo_restore(m_cr);
        return true;
    }
    bool draw(const op::Tag &o, Error &)
    {
        if (o.end)
            cairo_tag_end(m_cr, o.name.constData());
        else
            cairo_tag_begin(m_cr, o.name.constData(), o.attributes.isEmpty() ? nullptr : o.attributes.constData());
        return true;
    }
    bool draw(const op::Outline &o, Error &)
    {
        const QByteArray target = "page=" + QByteArray::number(m_number) + " pos=[" + QByteArray::number(page::Left) +
                                  ' ' + QByteArray::number(o.y) + ']';
        const int parent = o.level == 1 ? CAIRO_PDF_OUTLINE_ROOT : m_lastTop;
        const int id = cairo_pdf_surface_add_outline(m_surface, parent, o.title.toUtf8().constData(), target.constData(),
                                                     static_cast<cairo_pdf_outline_flags_t>(0));
        if (o.level == 1)
            m_lastTop = id;
        return true;
    }

    /// One line of 8 pt text in the band [top, bottom), left or right aligned, bottom-aligned
    /// or centred.
    void furnitureText(const QString &s, bool right, double top, double bottom, bool centred)
    {
        ObjectPtr layout(pango_layout_new(m_context));
        auto *l = static_cast<PangoLayout *>(layout.get());
        pango_layout_set_font_description(l, m_small);
        const QByteArray utf8 = s.toUtf8();
        pango_layout_set_text(l, utf8.constData(), static_cast<int>(utf8.size()));
        PangoRectangle logical;
        pango_layout_get_extents(l, nullptr, &logical);
        const double w = pango_units_to_double(logical.width), h = pango_units_to_double(logical.height);
        const double y = centred ? top + (bottom - top - h) / 2 : bottom - h;
        colour(m_cr, Muted);
        cairo_move_to(m_cr, right ? page::Left + page::TextWidth - w : page::Left, y);
        pango_cairo_show_layout(m_cr, l);
    }

    /// The running header (the cover: an NHS-blue band) and the footer, as artifacts.
    void furniture(bool cover)
    {
        cairo_tag_begin(m_cr, "Private", nullptr);
        if (cover) {
            colour(m_cr, NhsBlue);
            cairo_rectangle(m_cr, page::Left, page::Top, page::TextWidth, 4 * page::Mm);
            cairo_fill(m_cr);
        } else {
            const double bottom = page::Top + page::HeaderBand - 3 * page::Mm;
            furnitureText(m_report.runningHeader(), false, page::Top, bottom, false);
            furnitureText(QCoreApplication::translate("BoardReport", "What Good Looks Like"), true, page::Top, bottom,
                          false);
            colour(m_cr, Rule);
            cairo_set_line_width(m_cr, 0.2 * page::Mm);
            const double y = page::Top + page::HeaderBand - 1.5 * page::Mm;
            cairo_move_to(m_cr, page::Left, y);
            cairo_line_to(m_cr, page::Left + page::TextWidth, y);
            cairo_stroke(m_cr);
        }
        // Every page, the cover too, says which revision and which content it shows.
        const double top = page::Height - page::Top - page::FooterBand + 3 * page::Mm;
        const double bottom = page::Height - page::Top;
        furnitureText(m_report.status + QStringLiteral("  ·  ") + m_report.footerLine(), false, top, bottom, true);
        furnitureText(QCoreApplication::translate("BoardReport", "Page %1 of %2").arg(m_number).arg(m_count), true, top,
                      bottom, true);
        cairo_tag_end(m_cr, "Private");
    }

    cairo_surface_t *m_surface;
    cairo_t *m_cr;
    PangoContext *m_context;
    const BoardReport &m_report;
    PangoFontDescription *m_small;
    std::list<QImage> &m_images; ///< pixels Cairo reads until the surface is finished
    int m_number = 0, m_count = 0, m_lastTop = CAIRO_PDF_OUTLINE_ROOT;
};

} // namespace

std::optional<QByteArray> taggedPdf(const BoardReport &report, Error &error)
{
    QImage logo;
    if (!readLogo(report.logoFile, logo, error))
        return std::nullopt;

    const QString title = report.title + u" — " + report.organisation;
    const QString creator = QStringLiteral("WGLL Workbench " WGLL_VERSION);
    QByteArray bytes;
    SurfacePtr surface(cairo_pdf_surface_create_for_stream(append, &bytes, page::Width, page::Height));
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.toUtf8().constData());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, creator.toUtf8().constData());
    CairoPtr cr(cairo_create(surface.get()));

    // A font map of our own (not Pango's per-thread default) at 72 dpi, so one unit is a point,
    // with unhinted metrics: the PDF is drawn at no one resolution.
    ObjectPtr fontMap(pango_cairo_font_map_new());
    ObjectPtr context(pango_font_map_create_context(static_cast<PangoFontMap *>(fontMap.get())));
    auto *pango = static_cast<PangoContext *>(context.get());
    pango_cairo_context_set_resolution(pango, 72);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(pango, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(pango, FALSE);

    const Layout layout = layOut(report, logo, pango);
    std::list<QImage> images; // declared before the surface is finished, so they outlive it
    Renderer renderer(surface.get(), cr.get(), pango, report, images);
    const bool drawn = renderer.draw(layout.pages, error);
    cr.reset();
    cairo_surface_finish(surface.get());
    if (!drawn)
        return std::nullopt;
    if (const cairo_status_t status = cairo_surface_status(surface.get()); status != CAIRO_STATUS_SUCCESS) {
        error = {ErrorKind::Io, {}, 0, QStringLiteral("the PDF could not be drawn: ") +
                                           QString::fromUtf8(cairo_status_to_string(status))};
        return std::nullopt;
    }
    surface.reset();
    return completeTaggedPdf(bytes, {QStringLiteral("en-GB"), title, creator, layout.figureAlt}, error);
}

} // namespace wgll::report
