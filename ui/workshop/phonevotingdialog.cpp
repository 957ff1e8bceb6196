// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonevotingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wgll {

namespace {

constexpr int DefaultPort = 8080;

QString kindOf(const QNetworkInterface &nic, const QHostAddress &address)
{
    QStringList kind;
    if (nic.type() == QNetworkInterface::Wifi)
        kind.append(PhoneVotingDialog::tr("Wi-Fi"));
    else if (nic.type() == QNetworkInterface::Ethernet)
        kind.append(PhoneVotingDialog::tr("wired"));
    // 10.42.0.0/16 is where NetworkManager puts the laptop's own hotspot.
    if (address.isInSubnet(QHostAddress(QStringLiteral("10.42.0.0")), 16))
        kind.append(PhoneVotingDialog::tr("hotspot"));
    return kind.isEmpty() ? QString() : u" (" + kind.join(QStringLiteral(", ")) + u')';
}

} // namespace

QList<PhoneVotingDialog::Choice> PhoneVotingDialog::addresses()
{
    QList<Choice> choices;
    for (const QNetworkInterface &nic : QNetworkInterface::allInterfaces()) {
        const auto flags = nic.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : nic.addressEntries()) {
            const QHostAddress a = entry.ip();
            if (a.isLoopback() || a.isLinkLocal() || a.protocol() == QAbstractSocket::UnknownNetworkLayerProtocol)
                continue;
            choices.append({nic.humanReadableName() + kindOf(nic, a) + u' ' + a.toString(), a});
        }
    }
    choices.append({tr("This computer only, for a demonstration (127.0.0.1)"), QHostAddress(QHostAddress::LocalHost)});
    return choices;
}

PhoneVotingDialog::PhoneVotingDialog(QWidget *parent) : QDialog(parent), m_choices(addresses())
{
    setObjectName(QStringLiteral("phoneVotingDialog"));
    setWindowTitle(tr("Let the Room Vote from Phones"));
    auto *intro = new QLabel(tr("The workbench serves a voting page on the network you choose, nowhere else, "
                                "until you stop it. Nothing leaves the room: no internet, no account."),
                             this);
    intro->setWordWrap(true);
    m_interface = new QComboBox(this);
    m_interface->setObjectName(QStringLiteral("phoneInterface"));
    m_interface->setAccessibleName(tr("Network the phones use"));
    for (const Choice &c : m_choices)
        m_interface->addItem(c.label, c.address.toString());
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("phonePort"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(DefaultPort);
    auto *form = new QFormLayout;
    form->addRow(tr("&Network"), m_interface);
    form->addRow(tr("&Port"), m_port);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    if (m_choices.size() == 1) {
        auto *none = new QLabel(tr("No network is connected. Join the room's Wi-Fi or start the laptop's hotspot "
                                   "(the phones join it), then open this again."),
                                this);
        none->setObjectName(QStringLiteral("noNetwork"));
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QHostAddress PhoneVotingDialog::address() const
{
    return m_choices.value(m_interface->currentIndex()).address;
}

quint16 PhoneVotingDialog::port() const
{
    return static_cast<quint16>(m_port->value());
}

} // namespace wgll
