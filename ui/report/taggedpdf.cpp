// SPDX-License-Identifier: GPL-3.0-or-later
// The tagged PDF's drawing: the laid-out pages (pdfpages.cpp) on Cairo's PDF surface with its
// tag API (structure tree, links, destinations), the outline, then the accessibility entries
// Cairo 1.16 cannot write (pdfaccess.cpp).
#include <cairo-pdf.h>
#include <cairo.h>
#include <librsvg/rsvg.h>

#include "pdfpages.h"

#include "charts/chartpainter.h"
#include "pdfaccess.h"
#include "taggedpdf.h"

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

/// The pages on Cairo's PDF surface, tags and outline included.
class CairoCanvas : public Canvas
{
public:
    CairoCanvas(cairo_surface_t *surface, cairo_t *cr, std::list<QImage> &images)
        : m_surface(surface), m_cr(cr), m_images(images)
    {
    }

    void line(PangoLayoutLine *line, double x, double y, const Rgb &c) override
    {
        colour(c);
        cairo_move_to(m_cr, x, y);
        pango_cairo_show_layout_line(m_cr, line);
    }
    void layout(PangoLayout *layout, double x, double y, const Rgb &c) override
    {
        colour(c);
        cairo_move_to(m_cr, x, y);
        pango_cairo_show_layout(m_cr, layout);
    }
    void fill(const op::Fill &o) override
    {
        colour(o.colour);
        cairo_rectangle(m_cr, o.x, o.y, o.w, o.h);
        cairo_fill(m_cr);
    }
    void stroke(const op::Stroke &o) override
    {
        colour(o.colour);
        cairo_set_line_width(m_cr, o.width);
        cairo_set_line_cap(m_cr, CAIRO_LINE_CAP_SQUARE);
        cairo_move_to(m_cr, o.x1, o.y1);
        cairo_line_to(m_cr, o.x2, o.y2);
        cairo_stroke(m_cr);
    }
    bool chart(const op::Chart &o, Error &error) override
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
    void image(const op::Image &o) override
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
    }
    void tag(const QByteArray &name, const QByteArray &attributes, bool end) override
    {
        if (end)
            cairo_tag_end(m_cr, name.constData());
        else
            cairo_tag_begin(m_cr, name.constData(), attributes.isEmpty() ? nullptr : attributes.constData());
    }
    void outline(const op::Outline &o, int number) override
    {
        const QByteArray target = "page=" + QByteArray::number(number) + " pos=[" + QByteArray::number(page::Left) +
                                  ' ' + QByteArray::number(o.y) + ']';
        const int parent = o.level == 1 ? CAIRO_PDF_OUTLINE_ROOT : m_lastTop;
        const int id = cairo_pdf_surface_add_outline(m_surface, parent, o.title.toUtf8().constData(), target.constData(),
                                                     static_cast<cairo_pdf_outline_flags_t>(0));
        if (o.level == 1)
            m_lastTop = id;
    }
    QString failure() const override
    {
        const cairo_status_t status = cairo_status(m_cr);
        return status == CAIRO_STATUS_SUCCESS ? QString() : QString::fromUtf8(cairo_status_to_string(status));
    }

private:
    void colour(const Rgb &c) { cairo_set_source_rgb(m_cr, c.r, c.g, c.b); }

    cairo_surface_t *m_surface;
    cairo_t *m_cr;
    std::list<QImage> &m_images; ///< pixels Cairo reads until the surface is finished
    int m_lastTop = CAIRO_PDF_OUTLINE_ROOT;
};

/// Every page of `paged` on the surface, inside the Document element.
bool drawAll(const PagedReport &paged, Canvas &canvas, cairo_t *cr, Error &error)
{
    canvas.tag("Document", {}, false);
    for (int number = 1; number <= paged.pageCount(); ++number) {
        if (!paged.draw(canvas, number, error))
            return false;
        if (number == paged.pageCount())
            canvas.tag("Document", {}, true);
        cairo_show_page(cr);
    }
    return true;
}

} // namespace

std::optional<QByteArray> taggedPdf(const BoardReport &report, Error &error)
{
    const std::unique_ptr<PagedReport> paged = PagedReport::lay(report, error);
    if (!paged)
        return std::nullopt;

    const QString title = report.title + u" — " + report.organisation;
    const QString creator = QStringLiteral("WGLL Workbench " WGLL_VERSION);
    QByteArray bytes;
    SurfacePtr surface(cairo_pdf_surface_create_for_stream(append, &bytes, page::Width, page::Height));
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.toUtf8().constData());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, creator.toUtf8().constData());
    CairoPtr cr(cairo_create(surface.get()));

    std::list<QImage> images; // declared before the surface is finished, so they outlive it
    CairoCanvas canvas(surface.get(), cr.get(), images);
    const bool drawn = drawAll(*paged, canvas, cr.get(), error);
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
    return completeTaggedPdf(bytes, {QStringLiteral("en-GB"), title, creator, paged->figureAlt()}, error);
}

} // namespace wgll::report
