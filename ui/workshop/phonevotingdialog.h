// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHostAddress>
#include <QList>
#include <QString>

class QComboBox;
class QSpinBox;

namespace wgll {

/// Workshop → Let the Room Vote from Phones: which of the laptop's networks the phones reach
/// it on (the laptop's own hotspot or the room's Wi-Fi), and the port. Only the addresses of
/// interfaces that are up are offered, loopback last (this computer only, for a demonstration).
class PhoneVotingDialog : public QDialog
{
    Q_OBJECT
public:
    /// One address the server can listen on, as the facilitator sees it.
    struct Choice
    {
        QString label; ///< "wlan0 (Wi-Fi, hotspot) 10.42.0.1"
        QHostAddress address;
    };
    /// The machine's addresses now: IPv4 and IPv6 of interfaces that are up and not loopback
    /// (link-local IPv6 left out: a phone cannot use it without a scope), then loopback.
    static QList<Choice> addresses();

    explicit PhoneVotingDialog(QWidget *parent = nullptr);

    QHostAddress address() const;
    /// 0: any free port.
    quint16 port() const;

private:
    QList<Choice> m_choices;
    QComboBox *m_interface = nullptr;
    QSpinBox *m_port = nullptr;
};

} // namespace wgll
