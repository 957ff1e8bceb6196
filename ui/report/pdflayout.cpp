// SPDX-License-Identifier: GPL-3.0-or-later
// The tagged PDF's layout: the report's blocks as positioned lines, fills, rules, charts and
// structure tags on pages (drawn by pdfpages.cpp to the PDF or a printer). Sizes and spacing are
// those the QTextDocument rendering had before issue 17, so the PDF kept its look.
#include "pdflayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace wgll::report::pdf {

Text::~Text()
{
    if (layout)
        g_object_unref(layout);
}

namespace {

constexpr double PaddingPt = 2.5, RulePt = 0.5, TableTop = 4, TableBottom = 8;
constexpr double ChartWidth = 430, RadarHeight = 290, BarsHeight = 220, TrendHeight = 160;

double chartHeight(const Chart &c)
{
    return c.kind == Chart::Kind::Radar ? RadarHeight : c.kind == Chart::Kind::Trend ? TrendHeight : BarsHeight;
}
constexpr double LineSpacing = 1.15; ///< paragraphs and headings; table cells are set solid
constexpr double Eps = 0.01;

/// Cairo's tag attributes take strings in single quotes, with \ and ' escaped.
QByteArray quoted(const QString &s)
{
    QByteArray out = s.toUtf8();
    out.replace('\\', "\\\\").replace('\'', "\\'");
    return '\'' + out + '\'';
}

/// The left edge of each column, then the right edge of the last, in a table `width` wide.
std::vector<double> columnEdges(const Table &table, double width)
{
    const qsizetype columns = table.header.size();
    std::vector<double> shares(static_cast<std::size_t>(columns), 1.0);
    if (table.widths.size() == columns)
        std::copy(table.widths.cbegin(), table.widths.cend(), shares.begin());
    const double total = std::accumulate(shares.cbegin(), shares.cend(), 0.0);
    std::vector<double> edges{0};
    double sum = 0;
    for (double share : shares) {
        sum += share;
        edges.push_back(width * sum / total);
    }
    return edges;
}

class Typesetter
{
public:
    explicit Typesetter(PangoContext *context) : m_context(context) {}
    ~Typesetter()
    {
        for (auto &[key, font] : m_fonts)
            pango_font_description_free(font);
    }
    Typesetter(const Typesetter &) = delete;
    Typesetter &operator=(const Typesetter &) = delete;

    struct Style
    {
        double size = 10;
        bool bold = false;
        Rgb colour = Ink;
        PangoAlignment align = PANGO_ALIGN_LEFT;
        double spacing = LineSpacing;
    };

    /// `s` laid out at `width`; the same text in the same style and width is laid out once
    /// (a heading's look-ahead lays out what follows it, and tables repeat many cells).
    TextPtr text(const QString &s, const Style &style, double width)
    {
        const QString key = QString::number(style.size) + u'|' + QChar(style.bold ? u'b' : u'r') +
                            QString::number(style.colour.r) + u',' + QString::number(style.colour.g) + u',' +
                            QString::number(style.colour.b) + u'|' + QString::number(int(style.align)) + u'|' +
                            QString::number(style.spacing) + u'|' + QString::number(width, 'g', 12) + u'|' + s;
        TextPtr &cached = m_texts[key];
        if (!cached)
            cached = layOut(s, style, width);
        return cached;
    }

private:
    TextPtr layOut(const QString &s, const Style &style, double width)
    {
        auto t = std::make_shared<Text>();
        t->layout = pango_layout_new(m_context);
        t->utf8 = s.toUtf8();
        t->colour = style.colour;
        pango_layout_set_font_description(t->layout, font(style.size, style.bold));
        pango_layout_set_width(t->layout, pango_units_from_double(width));
        pango_layout_set_wrap(t->layout, PANGO_WRAP_WORD_CHAR); // long links and names too
        pango_layout_set_alignment(t->layout, style.align);
        pango_layout_set_text(t->layout, t->utf8.constData(), static_cast<int>(t->utf8.size()));
        // Lines are placed one under another at the pitch the QTextDocument rendering had, so
        // pages break where they did: Qt's line is its ascent (rounded up) and descent (rounded)
        // in pixels of the 300 dpi PDF device, plus one pixel, times the line spacing, rounded up.
        constexpr double Dpi = 300, Ascent = 1854.0 / 2048, Descent = 434.0 / 2048; // Liberation Sans
        const double px = style.size * Dpi / 72;
        const double ascent = std::ceil(Ascent * px) * 72 / Dpi;
        const double pitch = std::ceil((std::ceil(Ascent * px) + std::round(Descent * px) + 1) * style.spacing) * 72 / Dpi;
        PangoLayoutIter *it = pango_layout_get_iter(t->layout);
        double top = 0;
        do {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(it, nullptr, &logical);
            t->lines.push_back({top, top + pitch, top + ascent, pango_units_to_double(logical.x)});
            top += pitch;
        } while (pango_layout_iter_next_line(it));
        pango_layout_iter_free(it);
        t->height = t->lines.empty() ? 0 : t->lines.back().bottom;
        return t;
    }

public:
    /// The width of `s` on one line.
    double naturalWidth(const QString &s, const Style &style)
    {
        PangoLayout *layout = pango_layout_new(m_context);
        const QByteArray utf8 = s.toUtf8();
        pango_layout_set_font_description(layout, font(style.size, style.bold));
        pango_layout_set_text(layout, utf8.constData(), static_cast<int>(utf8.size()));
        PangoRectangle logical;
        pango_layout_get_extents(layout, nullptr, &logical);
        g_object_unref(layout);
        return pango_units_to_double(logical.width);
    }

private:
    const PangoFontDescription *font(double size, bool bold)
    {
        const int key = static_cast<int>(size * 10) * 2 + (bold ? 1 : 0);
        auto found = m_fonts.find(key);
        if (found != m_fonts.end())
            return found->second;
        PangoFontDescription *f = pango_font_description_new();
        pango_font_description_set_family(f, "Liberation Sans");
        pango_font_description_set_weight(f, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_font_description_set_size(f, static_cast<int>(size * PANGO_SCALE));
        return m_fonts.emplace(key, f).first->second;
    }

    PangoContext *m_context;
    std::map<int, PangoFontDescription *> m_fonts;
    QHash<QString, TextPtr> m_texts;
};

/// One table row's cells laid out, with the row's height.
struct Row
{
    std::vector<TextPtr> cells;
    double height = 0;
};

class Flow
{
public:
    Flow(PangoContext *context, Layout &out) : m_type(context), m_out(out) {}

    void cover(const BoardReport &r, const QImage &logo)
    {
        newPage(true);
        tag("Sect");
        if (!logo.isNull()) {
            const double h = 50, w = h * logo.width() / std::max(1, logo.height());
            tag("Figure");
            add(op::Image{logo, page::Left + page::TextWidth - w, m_y, w, h});
            end("Figure");
            m_out.figureAlt.append(QCoreApplication::translate("BoardReport", "Logo of %1").arg(r.organisation));
            m_y += h;
            finish(12 + 6);
        }
        const QString organisation =
            r.organisation.isEmpty() ? QCoreApplication::translate("BoardReport", "Board report") : r.organisation;
        paragraph(organisation, {13, true, Muted}, 8);
        add(op::Outline{r.title, 1, m_y});
        tag("H1");
        begin(0);
        lines(m_type.text(r.title, {22, true, NhsBlue}, page::TextWidth));
        end("H1");
        finish(8);
        paragraph(r.status.toUpper(), {12, true, r.isFinal() ? Ink : DraftRed}, 10);
        table(r.coverTable(), true);
        end("Sect");
    }

    void section(const Section &s, bool startsPage)
    {
        if (startsPage)
            this->newPage(false);
        tag("Sect");
        heading(s.title, 1, &s.blocks);
        for (qsizetype i = 0; i < s.blocks.size(); ++i) {
            const Block &block = s.blocks.at(i);
            if (const auto *p = std::get_if<Paragraph>(&block))
                paragraph(*p);
            else if (const auto *h = std::get_if<Subheading>(&block)) {
                if (h->newPage)
                    this->newPage(false);
                heading(h->text, 2, &s.blocks, i + 1);
            } else if (const auto *k = std::get_if<KeyFigures>(&block))
                keyFigures(*k);
            else if (const auto *t = std::get_if<Table>(&block))
                table(*t, false);
            else if (const auto *c = std::get_if<Chart>(&block))
                chart(*c);
            else if (const auto *b = std::get_if<SignatureBlock>(&block))
                table(signatureTable(*b), false);
        }
        end("Sect");
    }

private:
    void newPage(bool cover)
    {
        m_out.pages.push_back({});
        m_out.pages.back().cover = cover;
        m_y = page::BodyTop;
        m_after = 0;
    }
    bool atTop() const { return m_y <= page::BodyTop + Eps; }
    bool fits(double h) const { return m_y + h <= page::BodyBottom + Eps; }
    /// A new page unless `h` fits below, or the page is empty.
    void ensure(double h)
    {
        if (!fits(h) && !atTop())
            newPage(false);
    }
    void add(Op op) { m_out.pages.back().ops.push_back(std::move(op)); }
    void tag(const char *name, QByteArray attributes = {}) { add(op::Tag{name, std::move(attributes), false}); }
    void end(const char *name) { add(op::Tag{name, {}, true}); }
    /// The space between the block before and the one starting, dropped at the top of a page.
    /// Next to a table the larger of the two margins, else both, as QTextDocument spaced them.
    void begin(double before, bool table = false)
    {
        if (!atTop())
            m_y += table || m_afterTable ? std::max(before, m_after) : before + m_after;
        m_after = 0;
    }
    /// The space a block wants below it.
    void finish(double after, bool table = false)
    {
        m_after = after;
        m_afterTable = table;
    }

    /// A line of a text, drawn with the layout's top left at (x, y) of the current page.
    struct Placed
    {
        int line = 0;
        double x = 0, y = 0;
    };

    /// The line of `text` (drawn from here) that starts the next page: -1 when it fits, or
    /// the page is empty anyway; 0 to move it whole. No line is left alone at the foot of a page
    /// (an orphan) or carried alone to the top of the next (a widow, as the end of the
    /// benchmark note once was above "The top 5 gaps"): a text of up to `together` lines moves
    /// whole, a longer one keeps at least two lines on each side.
    int firstBreak(const Text &text, int together) const
    {
        constexpr int Least = 2;
        const int n = static_cast<int>(text.lines.size());
        double y = m_y;
        int fit = 0;
        while (fit < n) {
            const Text::Line &line = text.lines[static_cast<std::size_t>(fit)];
            if (y + (line.bottom - line.top) > page::BodyBottom + Eps)
                break;
            y += line.bottom - line.top;
            ++fit;
        }
        if (fit == n || atTop())
            return -1;
        if (n <= together || fit < Least)
            return 0;
        const int at = n - fit < Least ? n - Least : fit;
        return at < Least ? 0 : at;
    }

    /// Each line of `text` at the left margin, a page starting between lines where needed
    /// (firstBreak(); a text of up to `together` lines moves whole); the web addresses in it
    /// links, one per page the address is on.
    void lines(const TextPtr &text, double x = page::Left, int together = 4)
    {
        std::vector<Placed> placed;
        const int early = firstBreak(*text, together);
        if (early == 0)
            newPage(false);
        for (int i = 0; i < static_cast<int>(text->lines.size()); ++i) {
            const Text::Line &line = text->lines[static_cast<std::size_t>(i)];
            if ((i == early && i > 0) || (!fits(line.bottom - line.top) && !atTop())) {
                webLinks(text, placed);
                placed.clear();
                newPage(false);
            }
            add(op::Line{text, i, x, m_y - line.top});
            placed.push_back({i, x, m_y - line.top});
            m_y += line.bottom - line.top;
        }
        webLinks(text, placed);
    }

    /// A Link (annotation and structure element) for each web address in `text`, over the
    /// parts of it on the `placed` lines. An address ends before a closing punctuation mark,
    /// so "see https://a.example/x." links to https://a.example/x.
    void webLinks(const TextPtr &text, const std::vector<Placed> &placed)
    {
        static const QRegularExpression url(QStringLiteral("https?://[^\\s<>\"]*[^\\s<>\".,;:!?)\\]'\u2019\u201D]"));
        if (placed.empty() || !text->utf8.contains("://"))
            return;
        const QString s = QString::fromUtf8(text->utf8);
        for (auto m = url.globalMatch(s); m.hasNext();) {
            const QRegularExpressionMatch found = m.next();
            const int start = static_cast<int>(s.left(found.capturedStart()).toUtf8().size());
            const int stop = start + static_cast<int>(found.captured().toUtf8().size());
            QByteArray rects;
            for (const Placed &p : placed) {
                const Text::Line &box = text->lines[static_cast<std::size_t>(p.line)];
                int *ranges = nullptr, count = 0;
                pango_layout_line_get_x_ranges(pango_layout_get_line_readonly(text->layout, p.line), start, stop,
                                               &ranges, &count);
                for (int k = 0; k < count; ++k) {
                    const double x0 = pango_units_to_double(ranges[2 * static_cast<qsizetype>(k)]);
                    const double x1 = pango_units_to_double(ranges[2 * static_cast<qsizetype>(k) + 1]);
                    if (x1 > x0)
                        rects += QByteArray::number(p.x + x0) + ' ' + QByteArray::number(p.y + box.top) + ' ' +
                                 QByteArray::number(x1 - x0) + ' ' + QByteArray::number(box.bottom - box.top) + ' ';
                }
                g_free(ranges);
            }
            if (!rects.isEmpty()) {
                tag("Link", "uri=" + quoted(found.captured()) + " rect=[" + rects.trimmed() + ']');
                end("Link");
            }
        }
    }

    void paragraph(const QString &s, const Typesetter::Style &style, double after, int together = 4)
    {
        begin(0);
        tag("P");
        lines(m_type.text(s, style, page::TextWidth), page::Left, together);
        end("P");
        finish(after);
    }
    static Typesetter::Style styleOf(const Paragraph &p)
    {
        const double size = p.style == Paragraph::Style::Lead ? 11 : p.style == Paragraph::Style::Small ? 8.5 : 10;
        return {size, false, p.style == Paragraph::Style::Small ? Muted : Ink};
    }
    /// A small paragraph is a note on what precedes it (a source, a caveat, a licence): read
    /// as one piece, so it moves whole to the next page unless it is longer than a third of one.
    void paragraph(const Paragraph &p)
    {
        constexpr int NoteLines = 16;
        paragraph(p.text, styleOf(p), 6, p.style == Paragraph::Style::Small ? NoteLines : 4);
    }

    /// The height the block needs on the page of the heading above it: its first line, or a
    /// table's header and first row, or the whole of key figures or a chart.
    double firstPart(const Block &block)
    {
        if (const auto *p = std::get_if<Paragraph>(&block)) {
            const TextPtr t = m_type.text(p->text, styleOf(*p), page::TextWidth);
            return t->lines.empty() ? 0 : t->lines.front().bottom;
        }
        if (const auto *t = std::get_if<Table>(&block)) {
            if (t->rows.isEmpty())
                return 20;
            return TableTop + row(*t, -1).height + row(*t, 0).height;
        }
        if (const auto *c = std::get_if<Chart>(&block))
            return 6 + chartHeight(*c) + 20;
        if (std::holds_alternative<KeyFigures>(block))
            return 70;
        return 30;
    }

    void heading(const QString &s, int level, const QList<Block> *blocks, qsizetype next = 0)
    {
        const TextPtr t = m_type.text(s, {level == 1 ? 18.0 : 12.5, true, level == 1 ? NhsBlue : Ink},
                                      page::TextWidth);
        const double before = level == 1 ? 0 : 12, after = level == 1 ? 10 : 4;
        const double following = next < blocks->size() ? firstPart(blocks->at(next)) : 0;
        ensure(before + m_after + t->height + after + following);
        begin(before);
        add(op::Outline{s, level, m_y});
        const QByteArray name = level == 1 ? "H1" : "H2";
        tag(name.constData());
        lines(t);
        end(name.constData());
        finish(after);
    }

    void keyFigures(const KeyFigures &k)
    {
        if (k.figures.isEmpty())
            return;
        // One shaded band, each figure's column as wide as its text wants (as Qt's table
        // sized them), the band spread over the text width.
        constexpr double Padding = 6;
        std::vector<double> widths;
        for (const KeyFigures::Figure &f : k.figures)
            widths.push_back(std::max(m_type.naturalWidth(f.value, {17, true}), m_type.naturalWidth(f.label, {8.5}))
                             + 2 * Padding);
        const double scale = page::TextWidth / std::accumulate(widths.cbegin(), widths.cend(), 0.0);
        std::vector<std::pair<TextPtr, TextPtr>> cells;
        double inner = 0;
        for (qsizetype c = 0; c < k.figures.size(); ++c) {
            const double w = widths[static_cast<std::size_t>(c)] * scale - 2 * Padding;
            const KeyFigures::Figure &f = k.figures.at(c);
            cells.emplace_back(m_type.text(f.value, {17, true, NhsBlue, PANGO_ALIGN_LEFT, 1.0}, w),
                               m_type.text(f.label, {8.5, false, Muted, PANGO_ALIGN_LEFT, 1.0}, w));
            inner = std::max(inner, cells.back().first->height + 2 + cells.back().second->height);
        }
        // Qt set the figures 4 pt into the band and left 6 pt under them, then the table's margin.
        const double h = inner + 4 + Padding;
        begin(TableTop, true);
        ensure(h);
        const double top = m_y;
        artifact([&] { add(op::Fill{page::Left, top, page::TextWidth, h, HeaderFill}); });
        // A list of figures: each item its value and what the value is.
        tag("L");
        double x = page::Left;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            tag("LI");
            tag("LBody");
            placeText(cells[c].first, x + Padding, top + 4);
            placeText(cells[c].second, x + Padding, top + 4 + cells[c].first->height + 2);
            end("LBody");
            end("LI");
            x += widths[c] * scale;
        }
        end("L");
        m_y = top + h;
        finish(TableBottom + 4, true);
    }

    /// Draws all of `text` with its top left at (x, y), on this page.
    void placeText(const TextPtr &text, double x, double y)
    {
        for (int i = 0; i < static_cast<int>(text->lines.size()); ++i)
            add(op::Line{text, i, x, y});
    }

    template<typename Draw>
    void artifact(Draw draw)
    {
        tag("Private");
        draw();
        end("Private");
    }

    void chart(const Chart &c)
    {
        const double h = chartHeight(c);
        const TextPtr caption = m_type.text(c.title, {8.5, false, Muted, PANGO_ALIGN_CENTER}, page::TextWidth);
        begin(6);
        ensure(h + 2 + caption->height);
        tag("Figure");
        add(op::Chart{&c, page::Left + (page::TextWidth - ChartWidth) / 2, m_y, ChartWidth, h});
        end("Figure");
        m_out.figureAlt.append(c.description);
        m_y += h + 2;
        tag("Caption");
        lines(caption);
        end("Caption");
        finish(8);
    }

    /// Row `r` of `t` (-1: the header row) laid out at its columns' widths.
    Row row(const Table &t, int r)
    {
        const std::vector<double> edges = columnEdges(t, page::TextWidth);
        const QStringList &values = r < 0 ? t.header : t.rows.at(r);
        const double inset = PaddingPt + RulePt / 2;
        Row out;
        double tallest = 0;
        for (qsizetype c = 0; c < t.header.size(); ++c) {
            const bool numeric = c < t.numeric.size() && t.numeric[c];
            const auto i = static_cast<std::size_t>(c);
            const double width = std::max(edges[i + 1] - edges[i] - 2 * inset, 1.0);
            out.cells.push_back(m_type.text(values.value(c),
                                            {r < 0 ? 8.5 : 9, r < 0, Ink,
                                             numeric ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT, 1.0},
                                            width));
            tallest = std::max(tallest, out.cells.back()->height);
        }
        out.height = tallest + 2 * inset;
        return out;
    }

    /// Where a page may end inside a row taller than a page: between lines of its cells.
    static std::vector<double> breaksWithin(const Row &laid)
    {
        struct Span
        {
            double top, bottom;
        };
        std::vector<Span> spans;
        const double inset = PaddingPt + RulePt / 2;
        for (const TextPtr &cell : laid.cells)
            for (const Text::Line &line : cell->lines)
                spans.push_back({inset + line.top, inset + line.bottom});
        std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.top < b.top; });
        std::vector<double> breaks;
        double bottom = 0;
        for (const Span &s : spans) {
            if (bottom > 0 && s.top >= bottom - 0.05)
                breaks.push_back(s.top);
            bottom = std::max(bottom, s.bottom);
        }
        return breaks;
    }

    /// The rules and fill of a row (or a piece of one) `h` high at the current place.
    void rowFurniture(const std::vector<double> &edges, double h, bool header)
    {
        artifact([&] {
            const double top = m_y, left = page::Left;
            if (header)
                add(op::Fill{left, top, page::TextWidth, h, HeaderFill});
            if (header)
                add(op::Stroke{left, top, left + page::TextWidth, top, Rule, RulePt});
            add(op::Stroke{left, top + h, left + page::TextWidth, top + h, Rule, RulePt});
            for (double x : edges)
                add(op::Stroke{left + x, top, left + x, top + h, Rule, RulePt});
        });
    }

    /// The cells' lines whose tops are in [from, to) of the row, at the current place; each
    /// cell a TH or TD, URLs in it links, the link column a link to its anchor.
    void rowCells(const Table &t, const Row &laid, int r, double from, double to, bool header, bool rowHeaders)
    {
        const std::vector<double> edges = columnEdges(t, page::TextWidth);
        const double inset = PaddingPt + RulePt / 2;
        for (std::size_t c = 0; c < laid.cells.size(); ++c) {
            const TextPtr &cell = laid.cells[c];
            const bool th = header || (rowHeaders && c == 0);
            tag(th ? "TH" : "TD");
            const double x = page::Left + edges[c] + inset, y = m_y - from + inset;
            std::vector<Placed> placed;
            for (int i = 0; i < static_cast<int>(cell->lines.size()); ++i) {
                const Text::Line &line = cell->lines[static_cast<std::size_t>(i)];
                if (inset + line.top >= from - Eps && inset + line.top < to - Eps) {
                    add(op::Line{cell, i, x, y});
                    placed.push_back({i, x, y});
                }
            }
            if (r >= 0 && static_cast<int>(c) == t.linkColumn && r < t.links.size() && !t.links.at(r).isEmpty() &&
                from == 0) {
                tag("Link", "dest=" + quoted(t.links.at(r)) + " rect=[" + QByteArray::number(x) + ' ' +
                                QByteArray::number(y) + ' ' + QByteArray::number(edges[c + 1] - edges[c] - 2 * inset) +
                                ' ' + QByteArray::number(std::max(cell->height, 1.0)) + ']');
                end("Link");
            }
            webLinks(cell, placed);
            end(th ? "TH" : "TD");
        }
    }

    /// The header row again, above the rows a page starts with.
    void repeatHeader(const Table &t, const Row &header)
    {
        const std::vector<double> edges = columnEdges(t, page::TextWidth);
        artifact([&] {
            rowFurniture(edges, header.height, true);
            const double inset = PaddingPt + RulePt / 2;
            for (std::size_t c = 0; c < header.cells.size(); ++c)
                placeText(header.cells[c], page::Left + edges[c] + inset, m_y + inset);
        });
        m_y += header.height;
    }

    void table(const Table &t, bool rowHeaders)
    {
        if (t.rows.isEmpty()) {
            paragraph({t.empty, Paragraph::Style::Normal});
            return;
        }
        const std::vector<double> edges = columnEdges(t, page::TextWidth);
        const Row header = row(t, -1);
        Row current = row(t, 0);
        begin(TableTop, true);
        ensure(header.height + std::min(current.height, (page::BodyBottom - page::BodyTop) / 2));
        tag("Table");
        tag("TR");
        rowFurniture(edges, header.height, true);
        rowCells(t, header, -1, 0, header.height, true, false);
        end("TR");
        m_y += header.height;
        for (int r = 0; r < t.rows.size(); ++r) {
            if (r > 0)
                current = row(t, r);
            if (!fits(current.height) && (current.height <= (page::BodyBottom - page::BodyTop) / 2 || !fits(30))) {
                newPage(false);
                repeatHeader(t, header);
            }
            tag("TR");
            if (r < t.anchors.size() && !t.anchors.at(r).isEmpty()) {
                tag("cairo.dest", "name=" + quoted(t.anchors.at(r)) + " x=" + QByteArray::number(page::Left) +
                                      " y=" + QByteArray::number(m_y));
                end("cairo.dest");
            }
            // A row taller than the space left is cut between lines of its cells.
            double from = 0;
            const std::vector<double> breaks = breaksWithin(current);
            while (!fits(current.height - from)) {
                double to = from;
                for (double b : breaks)
                    if (b > from + Eps && m_y + (b - from) <= page::BodyBottom + Eps)
                        to = b;
                if (to <= from + Eps)
                    break; // not one line fits: the rest goes on this page, cut by the margin
                rowFurniture(edges, to - from, false);
                rowCells(t, current, r, from, to, false, rowHeaders);
                from = to;
                newPage(false);
                repeatHeader(t, header);
            }
            rowFurniture(edges, current.height - from, false);
            rowCells(t, current, r, from, current.height + 1, false, rowHeaders);
            end("TR");
            m_y += current.height - from;
        }
        end("Table");
        finish(TableBottom, true);
    }

    Typesetter m_type;
    Layout &m_out;
    double m_y = page::BodyTop;
    double m_after = 0; ///< the space the last block wants below it
    bool m_afterTable = false;
};

} // namespace

Layout layOut(const BoardReport &report, const QImage &logo, PangoContext *context)
{
    Layout out;
    Flow flow(context, out);
    flow.cover(report, logo);
    for (qsizetype i = 0; i < report.sections.size(); ++i) {
        const Section &s = report.sections.at(i);
        flow.section(s, i == 0 || s.newPage);
    }
    return out;
}

} // namespace wgll::report::pdf
