// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourscheme.h"

#include "desktopcontrast.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace wgll {

QString colourSchemeKey(ColourScheme scheme)
{
    switch (scheme) {
    case ColourScheme::Light:
        return QStringLiteral("light");
    case ColourScheme::Dark:
        return QStringLiteral("dark");
    case ColourScheme::HighContrast:
        return QStringLiteral("high-contrast");
    case ColourScheme::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<ColourScheme> colourSchemeFromKey(const QString &key)
{
    for (ColourScheme s : {ColourScheme::System, ColourScheme::Light, ColourScheme::Dark, ColourScheme::HighContrast}) {
        if (key.compare(colourSchemeKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

static QPalette darkPalette()
{
    // Contrast of text on its background is at least 7:1 (WCAG AAA) for the main roles.
    QPalette p;
    const QColor window(37, 40, 43), base(26, 28, 30), text(235, 237, 239), mid(90, 96, 102);
    const QColor highlight(0, 114, 206), link(65, 182, 230);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(170, 177, 184));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(52, 56, 60));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(70, 75, 80));
    p.setColor(QPalette::Midlight, QColor(60, 64, 68));
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, QColor(20, 21, 22));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link.lighter(120));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(128, 134, 140));
    return p;
}

static QPalette highContrastPalette()
{
    // White on black with yellow for what is chosen or focused, as the desktops' high-contrast
    // themes do; edges (Mid, Dark, Light) white so every control's outline shows.
    QPalette p;
    const QColor black(Qt::black), white(Qt::white), yellow(255, 255, 0), cyan(0, 255, 255);
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                                     QPalette::ToolTipBase, QPalette::Shadow})
        p.setColor(role, black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                     QPalette::ToolTipText, QPalette::BrightText, QPalette::Light,
                                     QPalette::Midlight, QPalette::Mid, QPalette::Dark})
        p.setColor(role, white);
    p.setColor(QPalette::PlaceholderText, QColor(220, 220, 220));
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, cyan);
    p.setColor(QPalette::LinkVisited, cyan);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(170, 170, 170));
    return p;
}

static QString highContrastFields()
{
    return QStringLiteral("QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView, QAbstractSpinBox, QComboBox"
                          " { border: 1px solid white; }"
                          " QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus,"
                          " QAbstractSpinBox:focus, QComboBox:focus { border: 2px solid yellow; }"
                          // A bordered combo box is sized by the style sheet's box model, which
                          // leaves the arrow no room of its own: "All statements" was cut short.
                          " QComboBox { padding: 1px 18px 1px 4px; }");
}

void applyColourScheme(ColourScheme scheme)
{
    // Qt 6.4 does not follow a Linux desktop's high-contrast theme: System does it here.
    if (scheme == ColourScheme::System && desktopAsksHighContrast(QProcessEnvironment::systemEnvironment()))
        scheme = ColourScheme::HighContrast;
    // The style the platform chose at start-up, kept to go back to it from the others.
    static const QString systemStyle = QApplication::style()->name();
    if (scheme == ColourScheme::System) {
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        // An empty palette resolves to the platform theme's (a dark or high-contrast desktop
        // included), where the style's standard palette would always be its light one.
        QApplication::setPalette(QPalette());
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(scheme == ColourScheme::Dark           ? darkPalette()
                                 : scheme == ColourScheme::HighContrast ? highContrastPalette()
                                                                        : QApplication::style()->standardPalette());
    }
    // Fusion draws a field's frame a shade darker than the window: on pure black the notes,
    // lists, tables and spin boxes had no visible edge at all. High contrast outlines them in
    // white, and in yellow where the keyboard is. After the palette: a style sheet polishes
    // each widget with the palette in force when it is set.
    qApp->setStyleSheet(scheme == ColourScheme::HighContrast ? highContrastFields() : QString());
    // A widget with a style sheet (the scoring panel's chosen level) was polished by the style
    // sheet when the style changed, before the new palette was set, and kept the old one: the
    // statement pane stayed light in dark and dark in light. Polishing it again now gives it the
    // palette in force.
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        if (!w->styleSheet().isEmpty())
            w->setStyleSheet(w->styleSheet());
    }
}

} // namespace wgll
