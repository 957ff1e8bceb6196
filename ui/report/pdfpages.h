// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GLib's headers name a struct member "signals", which Qt defines as a macro: Pango comes first.
#include "pdflayout.h"

#include "util/error.h"

#include <memory>

namespace wgll::report::pdf {

/// Where the engine's pages are drawn: a Cairo PDF surface (taggedpdf.cpp) or a QPainter on a
/// printer or its preview (printcanvas.cpp). Coordinates are points from the A4 page's top left.
class Canvas
{
public:
    Canvas() = default;
    virtual ~Canvas() = default;
    Canvas(const Canvas &) = delete;
    Canvas &operator=(const Canvas &) = delete;

    /// One line of a Pango layout, the left end of its baseline at (x, y).
    virtual void line(PangoLayoutLine *line, double x, double y, const Rgb &colour) = 0;
    /// A whole Pango layout, its top left at (x, y).
    virtual void layout(PangoLayout *layout, double x, double y, const Rgb &colour) = 0;
    virtual void fill(const op::Fill &fill) = 0;
    virtual void stroke(const op::Stroke &stroke) = 0;
    /// False, and `error`, when the chart cannot be drawn.
    virtual bool chart(const op::Chart &chart, Error &error) = 0;
    virtual void image(const op::Image &image) = 0;
    /// Structure tags, links and destinations: only a tagged PDF has them.
    virtual void tag(const QByteArray &name, const QByteArray &attributes, bool end) = 0;
    /// A bookmark to `y` on page `number`: only a PDF has them.
    virtual void outline(const op::Outline &outline, int number) = 0;
    /// Empty while drawing succeeds, else why it failed (Cairo's status).
    virtual QString failure() const = 0;
};

/// The board report laid out once by the engine (pdflayout.cpp), to be drawn page by page to
/// any Canvas: the tagged PDF and the printed pages are the same pages.
class PagedReport
{
public:
    /// The report laid out; null, and `error`, when the logo cannot be read.
    static std::unique_ptr<PagedReport> lay(const BoardReport &report, Error &error);
    ~PagedReport();
    PagedReport(const PagedReport &) = delete;
    PagedReport &operator=(const PagedReport &) = delete;

    int pageCount() const { return static_cast<int>(m_layout.pages.size()); }
    /// The alternative text of the figures, in reading order.
    const QStringList &figureAlt() const { return m_layout.figureAlt; }
    /// What each page holds (the page-break rules are tested on it).
    const Layout &layout() const { return m_layout; }

    /// Draws page `number` (from 1): its content, then the running header (the cover: a band)
    /// and the footer as artifacts. False, and `error`, when a chart or the canvas failed.
    bool draw(Canvas &canvas, int number, Error &error) const;

private:
    explicit PagedReport(const BoardReport &report);
    void furniture(Canvas &canvas, int number) const;
    void furnitureText(Canvas &canvas, const QString &s, bool right, double top, double bottom, bool centred) const;

    const BoardReport &m_report;
    PangoFontMap *m_fontMap = nullptr;
    PangoContext *m_context = nullptr;
    PangoFontDescription *m_small = nullptr;
    Layout m_layout;
};

} // namespace wgll::report::pdf
