// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowplacement.h"

#include "workbenchsettings.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace wgll::windowplacement {

Placement choose(const QRect &stored, bool storedMaximised, const QRect &available)
{
    if (!stored.isValid()) {
        if (available.width() < LargeScreenWidth)
            return {available, true};
        // A large screen: most of it, centred, so the window is still seen to be a window.
        QRect centred(QPoint(), available.size() * 0.85);
        centred.moveCenter(available.center());
        return {centred, false};
    }
    QRect fitted(stored.topLeft(), stored.size().boundedTo(available.size()));
    fitted.moveLeft(std::clamp(fitted.left(), available.left(), available.right() + 1 - fitted.width()));
    fitted.moveTop(std::clamp(fitted.top(), available.top(), available.bottom() + 1 - fitted.height()));
    return {fitted, storedMaximised};
}

void show(QWidget &window)
{
    const QRect stored = settings::windowGeometry.value();
    QScreen *screen = stored.isValid() ? QGuiApplication::screenAt(stored.center()) : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const Placement p = choose(stored, settings::windowMaximised.value(), screen->availableGeometry());
    window.setGeometry(p.geometry);
    if (p.maximised)
        window.showMaximized();
    else
        window.show();
}

void remember(const QWidget &window)
{
    settings::windowGeometry.set(window.normalGeometry());
    settings::windowMaximised.set(window.isMaximized());
}

} // namespace wgll::windowplacement
