// SPDX-License-Identifier: GPL-3.0-or-later
// Workshop → Let the Room Vote from Phones: the action that starts and stops the phones'
// voting server for the running workshop session (issue 18, docs/workshop-security.md).
#include "mainwindow.h"
#include "prompter.h"
#include "workshop/phonevotingdialog.h"
#include "workshop/workshoppanel.h"

#include <QAction>
#include <QHostAddress>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStatusBar>

namespace wgll {

void MainWindow::buildPhoneVoting()
{
    // Off by default: nothing listens until the facilitator asks, and only while a session runs.
    QAction *phones = m_workshopMenu->addAction(tr("Let the Room Vote from P&hones…"));
    phones->setObjectName(QStringLiteral("phoneVoting"));
    phones->setCheckable(true);
    phones->setEnabled(false);
    connect(phones, &QAction::triggered, this, [this, phones](bool on) {
        if (on)
            startPhoneVotingWithDialog(phones);
        else
            m_workshop->stopPhoneVoting();
    });
    // The check mark says whether the server runs, whoever started or stopped it.
    connect(m_workshop, &WorkshopPanel::phoneVotingChanged, phones, [phones](bool serving) {
        const QSignalBlocker quiet(phones);
        phones->setChecked(serving);
    });
    connect(m_workshop, &WorkshopPanel::sessionStarted, phones, [phones] { phones->setEnabled(true); });
}

void MainWindow::startPhoneVotingWithDialog(QAction *action)
{
    PhoneVotingDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        const QSignalBlocker quiet(action);
        action->setChecked(false);
        return;
    }
    const Result<QString> url = m_workshop->startPhoneVoting(dialog.address(), dialog.port());
    if (!url) {
        const QSignalBlocker quiet(action);
        action->setChecked(m_workshop->phoneServer() != nullptr);
        m_prompter->tell(tr("The room cannot vote from phones: %1.").arg(url.error().toString()));
        return;
    }
    statusBar()->showMessage(tr("The room can vote from phones at %1").arg(*url), 8000);
}

void MainWindow::resumePhoneVoting(const WorkshopSession &session, const workshop::VotingRoom::Endpoint &at)
{
    // Only at an address this computer has now, and only when the facilitator says so.
    const QHostAddress address(at.address);
    const QList<PhoneVotingDialog::Choice> choices = PhoneVotingDialog::addresses();
    const auto network = std::find_if(choices.cbegin(), choices.cend(),
                                      [&](const PhoneVotingDialog::Choice &c) { return c.address == address; });
    const QString was = tr("%1 port %2").arg(address.toString(), QString::number(at.port));
    const QString startAgain = tr("Choose Workshop → Let the Room Vote from Phones to serve the page at a new "
                                  "address; each phone then opens it and picks its name again. The votes already "
                                  "in are kept.");
    if (network == choices.cend()) {
        m_workshop->dropKeptPhoneLink();
        m_prompter->tell(tr("Workshop “%1” continued. Phones were voting at %2, which is not one of this "
                            "computer's networks now.\n\n%3")
                             .arg(session.title, was, startAgain));
        return;
    }
    const auto answer = m_prompter->ask(tr("Phones were voting in “%1” at %2 (%3) when the workbench stopped.\n\n"
                                           "Serve the voting page there again? Each phone still open on it "
                                           "reconnects by itself as the person it was.")
                                            .arg(session.title, was, network->label),
                                        QMessageBox::Yes | QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        m_workshop->dropKeptPhoneLink();
        statusBar()->showMessage(tr("Workshop “%1” continued without phones: Workshop → Let the Room Vote from "
                                    "Phones serves them")
                                     .arg(session.title),
                                 15000);
        return;
    }
    const Result<QString> url = m_workshop->resumePhoneVoting();
    if (url) {
        statusBar()->showMessage(tr("Workshop “%1” continued: phones vote again at %2, each where it was")
                                     .arg(session.title, *url),
                                 15000);
        return;
    }
    // Another program took the port.
    m_prompter->tell(tr("Workshop “%1” continued, but phones cannot vote at %2 again: %3.\n\n%4")
                         .arg(session.title, was, url.error().toString(), startAgain));
}

std::optional<workshop::VotingRoom::Endpoint> MainWindow::suspendPhoneVoting()
{
    if (!m_workshop || !m_workshop->phoneServer())
        return std::nullopt;
    std::optional<workshop::VotingRoom::Endpoint> was = m_workshop->phoneEndpoint();
    m_workshop->stopPhoneVoting();
    return was;
}

void MainWindow::serveAgain(const std::optional<workshop::VotingRoom::Endpoint> &was)
{
    if (!was || !m_workshop)
        return;
    if (const Result<QString> url = m_workshop->startPhoneVoting(QHostAddress(was->address), was->port); !url)
        m_prompter->tell(tr("The room can no longer vote from phones: %1.").arg(url.error().toString()));
}

} // namespace wgll
