// SPDX-License-Identifier: GPL-3.0-or-later
// The radar's current and target lines as a reader sees them on screen (issue 15): the two
// series' pixels are taken from a screenshot of the radar, then compared in greyscale (a
// printout, a projector washed out) and through the Machado, Oliveira and Fernandes (2009)
// simulation of deuteranopia and protanopia at full severity.
#include "charts/chartstyle.h"
#include "charts/radarchart.h"
#include "colourscheme.h"
#include "session/assessmentsession.h"
#include "windowfixture.h"

#include <QLineSeries>
#include <QTest>

#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <optional>

using namespace wgll;
using namespace wgll::test;

namespace {

using Vec = std::array<double, 3>;
using Matrix = std::array<Vec, 3>;

// Machado et al. 2009, severity 1.0, on linear RGB.
constexpr Matrix Deuteranopia{{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
                               {-0.011820, 0.042940, 0.968881}}};
constexpr Matrix Protanopia{{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
                             {-0.003882, -0.048116, 1.051998}}};
constexpr Matrix Normal{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};

double linear(double channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

/// CIELAB (D65) of a colour as seen with `vision`.
Vec lab(const Vec &srgb, const Matrix &vision)
{
    const Vec l{linear(srgb[0]), linear(srgb[1]), linear(srgb[2])};
    Vec seen{};
    for (size_t i = 0; i < 3; ++i)
        seen[i] = std::clamp(vision[i][0] * l[0] + vision[i][1] * l[1] + vision[i][2] * l[2], 0.0, 1.0);
    const double x = (0.4124 * seen[0] + 0.3576 * seen[1] + 0.1805 * seen[2]) / 0.95047;
    const double y = 0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2];
    const double z = (0.0193 * seen[0] + 0.1192 * seen[1] + 0.9505 * seen[2]) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double deltaE(const Vec &a, const Vec &b)
{
    return std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/// The mean colour of the screenshot's pixels drawn in `pen` (antialiased edges left out), or
/// nothing when fewer than `minimum` are: the series is not on screen in that colour.
std::optional<Vec> seriesColour(const QImage &image, const QColor &pen, int minimum)
{
    Vec sum{};
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c(image.pixel(x, y));
            if (std::abs(c.red() - pen.red()) <= 12 && std::abs(c.green() - pen.green()) <= 12 &&
                std::abs(c.blue() - pen.blue()) <= 12) {
                sum = {sum[0] + c.red(), sum[1] + c.green(), sum[2] + c.blue()};
                ++n;
            }
        }
    }
    if (n < minimum)
        return std::nullopt;
    return Vec{sum[0] / n, sum[1] / n, sum[2] / n};
}

void checkSeriesColours(ColourScheme scheme)
{
    applyColourScheme(scheme);
    {
        Fixture f;
        MainWindow w(&f.prompter);
        w.resize(1366, 768);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        REQUIRE(w.openFile(f.file));
        // Current at 2 everywhere, target at the default 4: two polygons apart from each other.
        for (const Measure &m : w.session()->framework().measures) {
            for (const Indicator &i : m.indicators)
                REQUIRE(w.session()->setScore(i.id, 2));
        }
        QCoreApplication::processEvents();
        auto *radar = find<RadarChart>(w, "radarChart");
        const QImage shot = radar->grab().toImage();
        const QColor window = w.palette().color(QPalette::Window);
        // The colours the radar is meant to draw in; the screenshot shows whether it does.
        const bool dark = window.lightness() < 128;
        const QColor currentPen = charts::style::current(dark), targetPen = radar->targetSeries()->pen().color();
        const std::optional<Vec> cur = seriesColour(shot, currentPen, 40);
        const std::optional<Vec> target = seriesColour(shot, targetPen, 40);
        INFO(colourSchemeKey(scheme).toStdString() << ": current " << currentPen.name().toStdString() << ", target "
                                                   << targetPen.name().toStdString());
        REQUIRE(cur);
        REQUIRE(target);
        const Vec background{double(window.red()), double(window.green()), double(window.blue())};
        // Greyscale: the lightness alone tells them apart (CIE L* at least 15 apart).
        CHECK(std::abs(lab(*cur, Normal)[0] - lab(*target, Normal)[0]) >= 15);
        for (const Matrix *vision : {&Normal, &Deuteranopia, &Protanopia}) {
            const Vec c = lab(*cur, *vision), t = lab(*target, *vision), b = lab(background, *vision);
            INFO((vision == &Normal ? "normal" : vision == &Deuteranopia ? "deuteranopia" : "protanopia"));
            CHECK(deltaE(c, t) >= 40);
            // And each line stands out from the window it is drawn on.
            CHECK(std::abs(c[0] - b[0]) >= 25);
            CHECK(std::abs(t[0] - b[0]) >= 25);
        }
        w.session()->document().close();
    }
    applyColourScheme(ColourScheme::System);
}

} // namespace

// One scheme per test case, as in test_accessibility.cpp (LeakSanitizer and style switches).
TEST_CASE("current and target differ in greyscale and to colour-blind readers, light scheme",
          "[gui][colours][charts]")
{
    checkSeriesColours(ColourScheme::Light);
}

TEST_CASE("current and target differ in greyscale and to colour-blind readers, dark scheme",
          "[gui][colours][charts]")
{
    checkSeriesColours(ColourScheme::Dark);
}
