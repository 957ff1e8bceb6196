// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's board paper commands: File → Report Details, Sign Off and Reopen for
// Changes, and how the window shows a signed-off assessment (no edit is offered: a refused edit
// must never be lost silently).
#include "mainwindow.h"
#include "prompter.h"
#include "reportdetailsdialog.h"
#include "assessment/coverrules.h"
#include "scoringpanel.h"
#include "session/assessmentsession.h"
#include "storage/document.h"

#include <QApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>

namespace wgll {

void MainWindow::buildSignOffActions(QMenu *file)
{
    m_reportDetailsAction = file->addAction(tr("Report De&tails…"), this, &MainWindow::editReportDetails);
    m_reportDetailsAction->setObjectName(QStringLiteral("reportDetailsAction"));
    m_signOffAction = file->addAction(tr("Sign &Off…"), this, &MainWindow::signOffWithDialog);
    m_signOffAction->setObjectName(QStringLiteral("signOffAction"));
    m_reopenAction = file->addAction(tr("Reopen for C&hanges…"), this, &MainWindow::reopenWithDialog);
    m_reopenAction->setObjectName(QStringLiteral("reopenAction"));
    m_signOffState = new QLabel(this);
    m_signOffState->setObjectName(QStringLiteral("signOffState"));
    m_signOffState->setTextFormat(Qt::PlainText);
    m_signOffState->setContentsMargins(0, 0, 24, 0);
    statusBar()->addPermanentWidget(m_signOffState);
}

void MainWindow::editReportDetails()
{
    if (!m_session || m_session->document().isReadOnly() || m_session->signOffInForce())
        return;
    ReportDetailsDialog dialog(m_session->assessment().cover, this);
    // A refused cover sheet (a field too long) keeps the dialog open with what was typed.
    while (dialog.exec() == QDialog::Accepted) {
        if (const auto problem = coverrules::problemWith(dialog.cover())) {
            dialog.setProblem(tr("Not saved: %1.").arg(*problem));
            continue;
        }
        m_session->setCover(dialog.cover()); // a failure is reported through `failed`
        break;
    }
}

void MainWindow::signOffWithDialog()
{
    if (!m_session || m_session->document().isReadOnly() || m_session->signOffInForce())
        return;
    const Assessment &a = m_session->assessment();
    QString meeting = a.cover.meeting;
    if (!meeting.isEmpty() && a.cover.meetingDate.isValid())
        meeting += u", " + QLocale().toString(a.cover.meetingDate, QStringLiteral("d MMMM yyyy"));
    SignOffDialog dialog(meeting, a.revision(), this);
    if (dialog.exec() == QDialog::Accepted && m_session->signOff(dialog.by(), dialog.meeting()))
        statusBar()->showMessage(tr("Signed off: revision %1, SHA-256 %2")
                                     .arg(m_session->signOffInForce()->revision)
                                     .arg(m_session->signOffInForce()->contentSha256.left(12)),
                                 10000);
}

void MainWindow::reopenWithDialog()
{
    if (!m_session || m_session->document().isReadOnly())
        return;
    const SignOff *s = m_session->signOffInForce();
    if (!s)
        return;
    QInputDialog name(this);
    name.setObjectName(QStringLiteral("reopenByDialog"));
    name.setWindowTitle(tr("Reopen for changes"));
    name.setLabelText(tr("Who is reopening revision %1 for changes?").arg(s->revision));
    name.setTextValue({});
    if (name.exec() != QDialog::Accepted || name.textValue().trimmed().isEmpty())
        return;
    const auto answer = m_prompter->ask(tr("Reopen the assessment for changes?\n\nRevision %1, signed off by %2 on %3, stays in "
                                 "the file with its SHA-256 %4. Changes then make revision %5, which must be signed "
                                 "off again.")
                                  .arg(s->revision)
                                  .arg(s->by, QLocale().toString(s->at.toLocalTime(), QLocale::ShortFormat),
                                       s->contentSha256.left(12))
                                  .arg(s->revision + 1),
                              QMessageBox::Yes | QMessageBox::No);
    if (answer == QMessageBox::Yes)
        m_session->reopen(name.textValue());
}

void MainWindow::updateSignOffState()
{
    const bool open = m_session != nullptr;
    const bool writable = open && !m_session->document().isReadOnly();
    const SignOff *s = open ? m_session->signOffInForce() : nullptr;
    m_reportDetailsAction->setEnabled(writable && !s);
    m_signOffAction->setEnabled(writable && !s);
    m_reopenAction->setEnabled(writable && s);
    if (!open) {
        m_signOffState->clear();
        return;
    }
    // While signed off nothing offers an edit: the document would refuse it.
    m_detailsAction->setEnabled(writable && !s);
    if (m_scoring)
        m_scoring->setReadOnly(!writable || s);
    updateScoringKeys();
    if (QAction *start = findChild<QAction *>(QStringLiteral("startWorkshop")))
        start->setEnabled(writable && !s);
    m_signOffState->setText(s ? tr("Signed off by %1, revision %2").arg(s->by).arg(s->revision)
                              : tr("Revision %1").arg(m_session->assessment().revision()));
    m_signOffState->setToolTip(s ? tr("Signed off on %1 at %2. SHA-256 %3. Choose File → Reopen for Changes to "
                                      "change it.")
                                       .arg(QLocale().toString(s->at.toLocalTime(), QLocale::ShortFormat),
                                            s->meeting.isEmpty() ? tr("no meeting named") : s->meeting,
                                            s->contentSha256)
                                 : QString());
    updateTitle();
}

} // namespace wgll
