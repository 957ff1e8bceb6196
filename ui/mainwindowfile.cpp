// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's file commands: open (with crash recovery), create, save, save as, close,
// autosave and the recent files.
#include "mainwindow.h"

#include "prompter.h"
#include "recentfiles.h"
#include "scoringpanel.h"
#include "session/assessmentsession.h"
#include "settingsdialog.h"
#include "storage/document.h"
#include "windowplacement.h"
#include "workbenchsettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>

namespace wgll {

bool MainWindow::openFile(const QString &fileName)
{
    if (m_session && !closeAssessment())
        return false;
    Error error;
    std::unique_ptr<storage::Document> doc = wgll::take(storage::Document::open(fileName), error);
    if (!doc && error.cause == ErrorCause::UnsavedEdits) {
        const auto answer = m_prompter->ask(tr("%1 has unsaved changes from a session that ended unexpectedly.\n\n"
                                               "Restore them? (No discards them and opens the file as last saved.)")
                                                .arg(QFileInfo(fileName).fileName()),
                                            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return false;
        doc = wgll::take(storage::Document::open(fileName, answer == QMessageBox::Yes
                                                               ? storage::Document::Recovery::Restore
                                                               : storage::Document::Recovery::Discard),
                         error);
    }
    if (!doc) {
        report(error);
        return false;
    }
    m_session = std::make_unique<AssessmentSession>(std::move(doc));
    m_session->setAuthor(Preferences::load().authorName);
    addRecentFile(m_session->document().fileName());
    showSession();
    return true;
}

bool MainWindow::createFile(const QString &fileName, const Framework &framework, const AssessmentInfo &info,
                            const Assessment *baseline)
{
    if (QFileInfo::exists(fileName)) { // before closing what is open: a refusal must cost nothing
        report({ErrorKind::CannotCreate, fileName, 0, tr("already exists; choose another name")});
        return false;
    }
    if (m_session && !closeAssessment())
        return false;
    Error error;
    std::unique_ptr<storage::Document> doc =
        baseline ? wgll::take(storage::Document::createFromBaseline(fileName, framework, info, *baseline), error)
                 : wgll::take(storage::Document::create(fileName, framework, info), error);
    if (!doc) {
        report(error);
        return false;
    }
    doc->close();
    return openFile(fileName);
}

bool MainWindow::save()
{
    if (!m_session || m_session->document().isReadOnly())
        return false;
    m_scoring->flushNotes();
    const QString before = m_session->document().fileName();
    Status saved = m_session->document().save();
    // Changed during the save: ours was kept beside the other version (the error names both).
    const bool keptBoth = m_session->document().fileName() != before;
    if (keptBoth)
        updateTitle();
    if (!saved && saved.error().kind == ErrorKind::Conflict && !keptBoth) {
        const auto answer =
            m_prompter->ask(tr("%1 was changed by another program since you opened it.\n\n"
                               "Overwrite it with your version? (No lets you save under another name.)")
                                .arg(QFileInfo(m_session->document().fileName()).fileName()),
                            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::No)
            return saveAs();
        saved = m_session->document().save(storage::Document::Overwrite::Always);
    }
    if (!saved) {
        report(saved.error());
        return false;
    }
    statusBar()->showMessage(
        tr("Saved %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"))), 5000);
    updateTitle();
    return true;
}

bool MainWindow::saveAs()
{
    if (!m_session || m_session->document().isReadOnly())
        return false;
    const QString name = m_prompter->fileToSave(tr("Save assessment as"), m_session->document().fileName(),
                                                tr("WGLL assessments (*.wgll)"));
    if (name.isEmpty())
        return false;
    m_scoring->flushNotes();
    if (const Status saved = m_session->document().saveAs(name); !saved) {
        report(saved.error());
        return false;
    }
    addRecentFile(name);
    updateTitle();
    return true;
}

bool MainWindow::closeAssessment()
{
    if (!m_session)
        return true;
    if (m_scoring)
        m_scoring->flushNotes();
    storage::Document &doc = m_session->document();
    // Phones stop before the question, so that a save leaves no voting page's secret in the
    // file; a cancelled close serves them again at the same address, where each reconnects.
    const std::optional<workshop::VotingRoom::Endpoint> phones = suspendPhoneVoting();
    if (doc.isModified()) {
        const auto answer =
            m_prompter->ask(tr("Save the changes to %1 before closing?").arg(QFileInfo(doc.fileName()).fileName()),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            serveAgain(phones);
            return false;
        }
    }
    m_autosave->stop();
    doc.close(); // discards the working copy: everything wanted is in the file now
    dropViews();
    m_baseline.reset();
    m_benchmark.reset();
    m_session.reset();
    showWelcome();
    m_workshopMenu->setEnabled(false);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (closeAssessment()) {
        windowplacement::remember(*this);
        event->accept();
    }
    else
        event->ignore();
}

void MainWindow::applyPreferences(const Preferences &p)
{
    m_autosave->stop();
    if (!m_session)
        return;
    m_session->setAuthor(p.authorName);
    if (p.autosaveMinutes > 0 && !m_session->document().isReadOnly())
        m_autosave->start(p.autosaveMinutes * m_autosaveMinute);
}

int MainWindow::autosaveInterval() const
{
    return m_autosave->isActive() ? m_autosave->interval() : 0;
}

void MainWindow::autosave()
{
    if (m_session && m_session->document().isModified() && !m_session->document().isReadOnly()) {
        m_scoring->flushNotes();
        if (const Status s = m_session->document().save(); !s)
            statusBar()->showMessage(tr("Autosave did not save: %1").arg(s.error().message), 10000);
        updateTitle();
    }
}

QString MainWindow::startFolder() const
{
    if (m_session)
        return QFileInfo(m_session->document().fileName()).absolutePath();
    const QString last = settings::lastFolder.value();
    return !last.isEmpty() && QFileInfo(last).isDir() ? last : QDir::homePath();
}

namespace {

void rememberFolder(const QString &chosen)
{
    if (!chosen.isEmpty())
        settings::lastFolder.set(QFileInfo(chosen).absolutePath());
}

} // namespace

QString MainWindow::chooseFileToOpen(const QString &caption, const QString &filter)
{
    const QString chosen = m_prompter->fileToOpen(caption, filter, startFolder());
    rememberFolder(chosen);
    return chosen;
}

QString MainWindow::chooseFileToSave(const QString &caption, const QString &name, const QString &filter,
                                     QString *chosenFilter)
{
    const QString chosen = m_prompter->fileToSave(caption, QDir(startFolder()).filePath(name), filter, chosenFilter);
    rememberFolder(chosen);
    return chosen;
}

void MainWindow::addRecentFile(const QString &fileName)
{
    recentFiles::add(fileName);
    rebuildRecentMenu();
}

} // namespace wgll
