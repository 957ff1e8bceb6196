// SPDX-License-Identifier: GPL-3.0-or-later
#include "paperclipicon.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace wgll {
namespace {

/// Paints on demand, so the colour is the palette's when the header is drawn, not when the icon
/// was made: a scheme switched live recolours it.
class PaperclipEngine final : public QIconEngine
{
public:
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor ink = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                         QPalette::ButtonText);
        // A clip on a 16-unit grid: two nested U shapes joined at the top, drawn slanted.
        QPainterPath clip;
        clip.moveTo(10, 5);
        clip.lineTo(10, 11);
        clip.arcTo(6, 9, 4, 4, 0, -180);
        clip.lineTo(6, 3.5);
        clip.arcTo(6, 1, 6, 5, 180, -180);
        clip.lineTo(12, 12);
        clip.arcTo(4, 9, 8, 6, 0, -180);
        clip.lineTo(4, 6);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        const qreal side = std::min(rect.width(), rect.height());
        painter->scale(side / 16.0, side / 16.0);
        painter->translate(8, 8);
        painter->rotate(35);
        painter->translate(-8, -8);
        painter->setPen(QPen(ink, 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(clip);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap out(size);
        out.fill(Qt::transparent);
        QPainter painter(&out);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return out;
    }

    QIconEngine *clone() const override { return new PaperclipEngine; }
};

} // namespace

QIcon paperclipIcon()
{
    return QIcon(new PaperclipEngine);
}

} // namespace wgll
