// SPDX-License-Identifier: GPL-3.0-or-later
// File → Print and Print Preview (issue 17): the demo's report printed to a PDF file through the
// function the window prints with (MainWindow::printReport), read back with poppler-utils and
// compared with the PDF the window exports. Until issue 17 a print was laid out by a
// QTextDocument of its own, so the pages differed from the exported PDF's.
#include "../cli/demopair.h"
#include "report/reportprint.h"
#include "session/assessmentsession.h"
#include "windowfixture.h"

#include <QImage>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cmath>
#include <functional>

using namespace wgll;
using wgll::test::poppler;

namespace {

/// The demo's report from the window: exported as the tagged PDF, and printed to a PDF file.
struct Demo
{
    test::Fixture fixture; // the window's work folder and prompter
    test::DemoPair demo;
    MainWindow window{&fixture.prompter};
    QString exported = demo.path(QStringLiteral("exported.pdf"));
    QString printed = demo.path(QStringLiteral("printed.pdf"));

    Demo()
    {
        REQUIRE(window.openFile(demo.file));
        REQUIRE(window.exportReport(exported));
    }
    ~Demo() { window.session()->document().close(); }
    Demo(const Demo &) = delete;
    Demo &operator=(const Demo &) = delete;

    /// Prints as File → Print does, to `printed`, after `choose` (what the print dialog sets).
    void print(const std::function<void(QPrinter &)> &choose = {})
    {
        QPrinter printer(QPrinter::HighResolution);
        report::preparePrinter(printer, QStringLiteral("Board report"));
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        if (choose)
            choose(printer);
        REQUIRE(window.printReport(printer));
    }

    int pages(const QString &pdf) const
    {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
                .match(poppler(QStringLiteral("pdfinfo"), {pdf}, demo.home.path()));
        REQUIRE(m.hasMatch());
        return m.captured(1).toInt();
    }
    /// The words of page `number`, in reading order.
    QStringList words(const QString &pdf, int number) const
    {
        const QString n = QString::number(number);
        return poppler(QStringLiteral("pdftotext"), {QStringLiteral("-f"), n, QStringLiteral("-l"), n, pdf, QStringLiteral("-")},
                       demo.home.path())
            .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    }
    /// Page `number` as a greyscale image at 50 dpi.
    QImage image(const QString &pdf, int number, const QString &name) const
    {
        const QString n = QString::number(number);
        const QString stem = demo.path(name);
        poppler(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                 QStringLiteral("-f"), n, QStringLiteral("-l"), n, pdf, stem},
                demo.home.path());
        const QImage image(stem + u".png");
        REQUIRE_FALSE(image.isNull());
        return image.convertToFormat(QImage::Format_Grayscale8);
    }
};

} // namespace

TEST_CASE("Printing from the window gives the exported PDF's pages word for word", "[gui][print]")
{
    Demo d;
    d.print();
    const int pages = d.pages(d.exported);
    REQUIRE(pages >= 10);
    CHECK(d.pages(d.printed) == pages);
    CHECK(poppler(QStringLiteral("pdfinfo"), {d.printed}, d.demo.home.path()).contains(u"(A4)"));
    for (int n = 1; n <= pages; ++n) {
        INFO("page " << n);
        CHECK(d.words(d.printed, n) == d.words(d.exported, n));
    }
    // The executive summary's key figures, on the same page of both.
    const QString summary = d.words(d.printed, 2).join(u' ');
    CHECK(summary.contains(u"2.5"));
    CHECK(summary.contains(u"47 of 47"));
}

TEST_CASE("A printed page looks like the exported PDF's page", "[gui][print]")
{
    Demo d;
    d.print();
    // The cover, the executive summary and the page of the charts, at 50 dpi: the same pixels
    // but for anti-aliasing (text is the same glyphs at the same places; charts are drawn by
    // the same code, through Qt's painter rather than librsvg).
    for (int n = 1; n <= 3; ++n) {
        const QImage printed = d.image(d.printed, n, QStringLiteral("printed-%1").arg(n));
        const QImage exported = d.image(d.exported, n, QStringLiteral("exported-%1").arg(n));
        REQUIRE(printed.size() == exported.size());
        qsizetype differing = 0, inked = 0;
        for (int y = 0; y < printed.height(); ++y) {
            const uchar *p = printed.constScanLine(y), *e = exported.constScanLine(y);
            for (int x = 0; x < printed.width(); ++x) {
                differing += std::abs(p[x] - e[x]) > 96;
                inked += e[x] < 160;
            }
        }
        INFO("page " << n << ": " << differing << " pixels differ, of " << inked << " inked");
        CHECK(inked > 1000);
        CHECK(differing * 20 < inked); // under 5 % of the ink
    }
}

TEST_CASE("Printing pages 2 to 3 prints exactly those two pages", "[gui][print]")
{
    Demo d;
    d.print([](QPrinter &printer) {
        printer.setPrintRange(QPrinter::PageRange);
        printer.setFromTo(2, 3);
    });
    CHECK(d.pages(d.printed) == 2);
    CHECK(d.words(d.printed, 1) == d.words(d.exported, 2));
    CHECK(d.words(d.printed, 2) == d.words(d.exported, 3));
}

TEST_CASE("A print in reverse order with two collated copies when the printer makes no copies", "[gui][print]")
{
    Demo d;
    d.print([](QPrinter &printer) {
        printer.setPrintRange(QPrinter::PageRange);
        printer.setFromTo(2, 3);
        printer.setPageOrder(QPrinter::LastPageFirst);
        printer.setCopyCount(2);
        printer.setCollateCopies(true);
        REQUIRE_FALSE(printer.supportsMultipleCopies()); // Qt's PDF file printer: the copies are ours to paint
    });
    REQUIRE(d.pages(d.printed) == 4);
    const QStringList second = d.words(d.exported, 2), third = d.words(d.exported, 3);
    CHECK(d.words(d.printed, 1) == third);
    CHECK(d.words(d.printed, 2) == second);
    CHECK(d.words(d.printed, 3) == third);
    CHECK(d.words(d.printed, 4) == second);
}

TEST_CASE("A print on Letter paper has the A4 page scaled to fit with every word on it", "[gui][print]")
{
    Demo d;
    d.print([](QPrinter &printer) {
        printer.setPageSize(QPageSize(QPageSize::Letter));
        printer.setPrintRange(QPrinter::PageRange);
        printer.setFromTo(2, 2);
    });
    CHECK(poppler(QStringLiteral("pdfinfo"), {d.printed}, d.demo.home.path()).contains(u"(letter)"));
    // The same words; pdftotext orders a few of them differently at the smaller scale.
    QStringList printed = d.words(d.printed, 1), exported = d.words(d.exported, 2);
    printed.sort();
    exported.sort();
    CHECK(printed == exported);
    // The footer, 14 mm above the A4 page's foot, is on the shorter sheet: the page was scaled.
    const QString text = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), d.printed, QStringLiteral("-")},
                                 d.demo.home.path());
    const QRegularExpressionMatch footer =
        QRegularExpression(QStringLiteral("yMax=\"([0-9.]+)\">18</word>")).match(text); // "Page 2 of 18"
    REQUIRE(footer.hasMatch());
    CHECK(footer.captured(1).toDouble() < 792);
}
