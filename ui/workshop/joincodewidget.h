// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QWidget>

class QLabel;

namespace wgll {

/// How a participant joins the phone vote (issue 18): a QR code of the join address, the
/// address as text, and a short session code the facilitator can read out ("3F9-A21", from
/// the session secret) so that people can check they are in the right room. The QR code is
/// drawn dark on white with its 4-module quiet zone whatever the colour scheme, each module a
/// whole number of pixels (crisp squares a phone reads off a projector).
class JoinCodeWidget : public QWidget
{
    Q_OBJECT
public:
    /// The quiet zone around the symbol, in modules (ISO/IEC 18004).
    static constexpr int QuietModules = 4;

    /// Stacked: the address and code under the QR code (the presenter view); Beside: to its
    /// right (the workshop panel, where height is short).
    enum class Arrangement { Stacked, Beside };
    explicit JoinCodeWidget(Arrangement arrangement = Arrangement::Stacked, QWidget *parent = nullptr);

    /// Shows `url` and the code made from `secret`; an empty url shows nothing.
    void setJoin(const QString &url, const QByteArray &secret);
    /// The address; shown with zero-width spaces to wrap at (the text copied from it has them).
    QString url() const { return m_url; }
    /// The session code shown: the secret's first six hexadecimal digits, "3F9-A21".
    QString code() const;
    /// The QR code's side, quiet zone included, at most `pixels`: the module size is the
    /// largest whole number of pixels that fits.
    void setQrSide(int pixels);
    /// The image shown (one pixel per device pixel): for tests and the accessible description.
    const QImage &qrImage() const { return m_image; }

    static QString sessionCode(const QByteArray &secret);
    /// Modules per side of `text`'s QR symbol (error correction level M), 0 when it cannot be
    /// encoded.
    static int moduleCount(const QString &text);
    /// `text` as a QR symbol, level M, `modulePixels` pixels a module, with the quiet zone:
    /// black on white. Null when it cannot be encoded.
    static QImage render(const QString &text, int modulePixels);

private:
    void redraw();

    QString m_url;
    QByteArray m_secret;
    int m_side = 160;
    QImage m_image;
    QLabel *m_qr = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_code = nullptr;
};

} // namespace wgll
