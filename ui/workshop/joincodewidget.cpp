// SPDX-License-Identifier: GPL-3.0-or-later
#include "joincodewidget.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <qrencode.h>

#include <memory>

namespace wgll {

namespace {

struct FreeCode
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
using Code = std::unique_ptr<QRcode, FreeCode>;

Code encode(const QString &text)
{
    // Level M: 15 % of the symbol may be lost (a projector's glare, a keystone) and it still reads.
    // Case-sensitive 8-bit mode: the secret in the path is lower-case hexadecimal.
    return Code(QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
}

QLabel *textLabel(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setTextFormat(Qt::PlainText);
    l->setAlignment(Qt::AlignHCenter);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

/// The address with a zero-width space after each '/' and every 8 characters of a longer run:
/// places to wrap it in a narrow column (the presenter view at 1024×768), where the 32 digits of
/// the secret would otherwise be one unbreakable line running out of the widget.
QString breakable(const QString &url)
{
    QString out;
    int run = 0;
    for (const QChar c : url) {
        out.append(c);
        ++run;
        if (c == u'/' || run == 8) {
            out.append(QChar(0x200B));
            run = 0;
        }
    }
    return out;
}

} // namespace

JoinCodeWidget::JoinCodeWidget(Arrangement arrangement, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("joinCode"));
    setAccessibleName(tr("Join the vote from a phone"));
    m_qr = new QLabel(this);
    m_qr->setObjectName(QStringLiteral("joinQrCode"));
    m_qr->setAlignment(Qt::AlignHCenter);
    m_address = textLabel(this, "joinAddress");
    // Its wrap points are zero-width spaces: selecting and copying the text would carry them
    // into a chat message or browser, where the address then fails. Copy Address gives it clean.
    m_address->setTextInteractionFlags(Qt::NoTextInteraction);
    m_address->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy Address"), m_address);
    copy->setObjectName(QStringLiteral("copyJoinAddress"));
    connect(copy, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(m_url); });
    m_address->addAction(copy);
    m_code = textLabel(this, "joinSessionCode");
    if (arrangement == Arrangement::Stacked) {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_qr, 0, Qt::AlignHCenter);
        layout->addWidget(m_address);
        layout->addWidget(m_code);
    } else {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_qr, 0, Qt::AlignTop);
        auto *text = new QVBoxLayout;
        m_address->setAlignment(Qt::AlignLeft);
        m_code->setAlignment(Qt::AlignLeft);
        text->addWidget(m_address);
        text->addWidget(m_code);
        text->addStretch();
        layout->addLayout(text, 1);
    }
    setJoin({}, {});
}

QString JoinCodeWidget::sessionCode(const QByteArray &secret)
{
    const QString digits = QString::fromLatin1(secret.left(6)).toUpper();
    return digits.size() < 6 ? QString() : digits.left(3) + u'-' + digits.mid(3);
}

QString JoinCodeWidget::code() const
{
    return sessionCode(m_secret);
}

int JoinCodeWidget::moduleCount(const QString &text)
{
    const Code code = encode(text);
    return code ? code->width : 0;
}

QImage JoinCodeWidget::render(const QString &text, int modulePixels)
{
    const Code code = encode(text);
    if (!code || modulePixels < 1)
        return {};
    const int n = code->width;
    const int side = (n + 2 * QuietModules) * modulePixels;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            // Bit 0 of each byte is the module's colour (1 = dark); the rest is qrencode's own.
            if (code->data[static_cast<qsizetype>(y) * n + x] & 1)
                p.fillRect((x + QuietModules) * modulePixels, (y + QuietModules) * modulePixels, modulePixels,
                           modulePixels, Qt::black);
        }
    }
    return image;
}

void JoinCodeWidget::setJoin(const QString &url, const QByteArray &secret)
{
    if (url == m_url && secret == m_secret && (url.isEmpty() || !m_image.isNull()))
        return; // the presenter view refreshes every second: the code is drawn once
    m_url = url;
    m_secret = secret;
    m_address->setText(breakable(url));
    m_code->setText(url.isEmpty() ? QString() : tr("Session code %1").arg(code()));
    setAccessibleDescription(url.isEmpty() ? QString()
                                           : tr("QR code of the address %1; session code %2").arg(url, code()));
    redraw();
}

void JoinCodeWidget::setQrSide(int pixels)
{
    if (pixels == m_side)
        return;
    m_side = pixels;
    redraw();
}

void JoinCodeWidget::redraw()
{
    const int modules = m_url.isEmpty() ? 0 : moduleCount(m_url);
    if (modules == 0) {
        m_image = QImage();
        m_qr->clear();
        m_qr->setFixedSize(0, 0);
        return;
    }
    // Whole device pixels a module: a scaled QR code blurs its edges, and a phone's camera
    // reads crisp squares from further away.
    const qreal ratio = devicePixelRatioF();
    const int devicePixels = static_cast<int>(m_side * ratio);
    m_image = render(m_url, std::max(1, devicePixels / (modules + 2 * QuietModules)));
    QPixmap pixmap = QPixmap::fromImage(m_image);
    pixmap.setDevicePixelRatio(ratio);
    m_qr->setPixmap(pixmap);
    // Never squeezed by the layout: a clipped quiet zone or finder pattern does not scan.
    m_qr->setFixedSize(pixmap.deviceIndependentSize().toSize());
}

} // namespace wgll
