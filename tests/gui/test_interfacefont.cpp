// SPDX-License-Identifier: GPL-3.0-or-later
// The window's typeface: a fixed-pitch application font (what fontconfig gives Qt's "Sans Serif"
// on a Debian with Liberation but not DejaVu) is replaced by a proportional one at the same size;
// a proportional font is left as it is. scripts/install-deps.sh installs Liberation, which has both.
#include "interfacefont.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>

using namespace wgll;

namespace {

/// Restores the application font when a test ends, whatever it set.
struct KeepApplicationFont
{
    QFont saved = QApplication::font();
    ~KeepApplicationFont() { QApplication::setFont(saved); }
};

QString firstInstalled(bool fixedPitch)
{
    for (const QString &family : QFontDatabase::families())
        if (QFontDatabase::isFixedPitch(family) == fixedPitch && QFontInfo(QFont(family)).family() == family)
            return family;
    return {};
}

} // namespace

TEST_CASE("a fixed-pitch interface font is replaced by a proportional one of the same size", "[gui][font]")
{
    KeepApplicationFont keep;
    const QString mono = firstInstalled(true);
    REQUIRE_FALSE(mono.isEmpty());
    REQUIRE_FALSE(firstInstalled(false).isEmpty());
    QFont typewriter(mono, 11);
    QApplication::setFont(typewriter);
    REQUIRE(QFontInfo(QApplication::font()).fixedPitch());

    useProportionalInterfaceFont();

    const QFontInfo now(QApplication::font());
    INFO("was " << mono.toStdString() << ", now " << now.family().toStdString());
    CHECK_FALSE(now.fixedPitch());
    CHECK(QApplication::font().pointSize() == 11);
}

TEST_CASE("a proportional interface font is left alone", "[gui][font]")
{
    KeepApplicationFont keep;
    const QString sans = firstInstalled(false);
    REQUIRE_FALSE(sans.isEmpty());
    QApplication::setFont(QFont(sans, 10));
    useProportionalInterfaceFont();
    CHECK(QApplication::font().family() == sans);
    CHECK(QApplication::font().pointSize() == 10);
}
