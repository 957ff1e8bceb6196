// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: its menus and keys, the title and status bar, and moving
// between statements and panes. The file commands are in mainwindowfile.cpp, the views of an
// open assessment in mainwindowsession.cpp.
#include "mainwindow.h"

#include "analysis/analysisviews.h"
#include "assessmentdetailsdialog.h"
#include "colourscheme.h"
#include "framework/frameworkcatalog.h"
#include "navigatorpane.h"
#include "newassessmentdialog.h"
#include "overviewpanel.h"
#include "prompter.h"
#include "recentfiles.h"
#include "scoringkeys.h"
#include "scoringpanel.h"
#include "session/assessmentsession.h"
#include "settingsdialog.h"
#include "storage/document.h"
#include "workshop/presenterview.h"
#include "workshop/workshoppanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

namespace wgll {

MainWindow::MainWindow(Prompter *prompter, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    if (!prompter)
        m_ownPrompter = std::make_unique<DialogPrompter>(this);
    m_prompter = prompter ? prompter : m_ownPrompter.get();
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("assessmentDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setContentsMargins(0, 0, 24, 0); // apart from the save state beside it
    statusBar()->addPermanentWidget(m_details);
    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    statusBar()->addPermanentWidget(m_saveState);
    m_autosave = new QTimer(this);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::autosave);
    buildFileMenu();
    buildEditMenu();
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_workshopMenu = menuBar()->addMenu(tr("&Workshop"));
    m_workshopMenu->setEnabled(false);
    buildAnalysis();
    buildHelpMenu();
    buildScoringKeys();
    showWelcome();
}

MainWindow::~MainWindow()
{
    // The views and their models read the session: they go first.
    dropViews();
}

void MainWindow::dropViews()
{
    m_analysis->closeViews(); // they show the assessment that is closing
    delete m_presenter;
    m_presenter = nullptr;
    delete m_workshopDock;
    m_workshopDock = nullptr;
    m_workshop = nullptr;
    delete m_historyDock;
    m_historyDock = nullptr;
    delete takeCentralWidget();
    m_navigator = nullptr;
    m_splitter = nullptr;
    m_scoring = nullptr;
    m_overview = nullptr;
    m_readOnlyBanner = nullptr;
    // The Workshop menu's entries act on the session, so they go with it. clear() deletes the
    // menu's own actions but not a submenu (its action belongs to the submenu, which stays a
    // child of this menu): without qDeleteAll every assessment opened would leave another
    // Presenter Screen menu, with its action groups, behind for the window's lifetime.
    qDeleteAll(m_workshopMenu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    m_workshopMenu->clear();
}

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New…"), this, &MainWindow::newAssessment)->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        const QString name =
            chooseFileToOpen(tr("Open assessment"), tr("WGLL assessments (*.wgll);;All files (*)"));
        if (!name.isEmpty())
            openFile(name);
    });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    m_saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeAssessment);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    m_detailsAction = file->addAction(tr("Assessment &Details…"), this, &MainWindow::editDetails);
    m_detailsAction->setObjectName(QStringLiteral("assessmentDetailsAction"));
    buildSignOffActions(file);
    file->addSeparator();
    buildReportActions(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::newAssessment()
{
    const FrameworkCatalog catalog = FrameworkCatalog::load();
    NewAssessmentDialog dialog(catalog, Preferences::load().defaultTarget, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString name = chooseFileToSave(tr("Save the new assessment as"), dialog.suggestedFileName(),
                                    tr("WGLL assessments (*.wgll)"));
    if (name.isEmpty())
        return;
    if (!name.endsWith(u".wgll"))
        name += u".wgll";
    createFile(name, dialog.framework(), dialog.info(), dialog.baseline());
}

void MainWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo"));
    m_actions.add(ActionId::Undo, m_undoAction, QKeySequence::keyBindings(QKeySequence::Undo));
    m_redoAction = edit->addAction(tr("&Redo"));
    // The platform's redo keys and both the common ones (the user guide lists Ctrl+Y), each
    // once: the same key twice made Qt refuse it as ambiguous and redo nothing.
    m_actions.add(ActionId::Redo, m_redoAction,
                  ActionRegistry::standardPlus(QKeySequence::Redo, {QKeySequence(Qt::CTRL | Qt::Key_Y),
                                                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}));
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
}

void MainWindow::editPreferences()
{
    const Preferences before = Preferences::load();
    SettingsDialog dialog(before, this, m_prompter);
    if (dialog.exec() == QDialog::Accepted) {
        dialog.preferences().save();
        applyPreferences(dialog.preferences());
        if (dialog.preferences().colourScheme != before.colourScheme)
            applyColourScheme(dialog.preferences().colourScheme);
    }
}

void MainWindow::buildScoringKeys()
{
    m_scoringKeys = new ScoringKeys(*this, m_actions);
    connect(m_scoringKeys, &ScoringKeys::scoreChosen, this,
            [this](int level) { m_session->setScore(currentStatement(), level); });
    connect(m_scoringKeys, &ScoringKeys::notApplicableChosen, this, [this] { m_scoring->beginNotApplicable(); });
    connect(m_scoringKeys, &ScoringKeys::clearChosen, this, [this] { m_session->clearScore(currentStatement()); });
    connect(m_scoringKeys, &ScoringKeys::nextChosen, this, [this] { moveSelection(1); });
}

void MainWindow::updateScoringKeys()
{
    if (m_session && !currentStatement().isEmpty() && !m_session->document().isReadOnly() &&
        !m_session->signOffInForce())
        m_scoringKeys->setAvailable(true, m_session->framework().scale);
    else
        m_scoringKeys->withdraw();
}

void MainWindow::focusPane(int step)
{
    if (!m_session)
        return;
    const QList<QWidget *> panes{m_navigator, m_scoring, m_overview};
    qsizetype at = -1;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        if (panes[i]->isAncestorOf(focusWidget()) || panes[i] == focusWidget())
            at = i;
    }
    const qsizetype next = (at + step + panes.size()) % panes.size();
    QWidget *target = panes[next];
    if (target == m_overview) {
        m_overview->showGapList();
        return;
    }
    if (target == m_scoring)
        target = m_scoring->findChild<QWidget *>(QStringLiteral("level1"));
    else
        target = m_navigator->tree();
    target->setFocus(Qt::TabFocusReason);
}

void MainWindow::updateTitle()
{
    if (!m_session)
        return;
    const storage::Document &doc = m_session->document();
    const SignOff *signedOff = m_session->signOffInForce();
    setWindowTitle(QFileInfo(doc.fileName()).fileName() + u"[*] — " +
                   (signedOff ? tr("Signed off by %1, revision %2 — ").arg(signedOff->by).arg(signedOff->revision)
                              : QString()) +
                   QApplication::applicationDisplayName());
    setWindowModified(doc.isModified());
    const AssessmentInfo &info = m_session->assessment().info;
    m_details->setText(report::headerLine(info.organisation, info.period,
                                          info.status == u"final" ? tr("Final") : tr("Draft")));
    m_saveState->setText(doc.isReadOnly()   ? tr("Read-only")
                         : doc.isModified() ? tr("Unsaved changes (kept safe in the working copy)")
                                            : tr("Saved"));
}

void MainWindow::editDetails()
{
    if (!m_session || m_session->document().isReadOnly())
        return;
    AssessmentDetailsDialog dialog(m_session->assessment().info, m_session->framework(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->setDetails(dialog.details()); // a refusal is reported through `failed`
}

void MainWindow::report(const Error &error)
{
    // On the status bar too: it stays after the dialog, and --screenshot reads it from there.
    statusBar()->showMessage(error.toString());
    m_prompter->tell(error.toString());
}

bool MainWindow::selectItem(const QString &id)
{
    return m_session && m_navigator->select(id);
}

QString MainWindow::currentStatement() const
{
    return m_scoring ? m_scoring->statement() : QString();
}

void MainWindow::showStatement(const QString &id)
{
    const bool statement = m_session->framework().indicator(id) != nullptr;
    m_scoring->setStatement(statement ? id : QString());
    if (m_workshop && statement)
        m_workshop->setStatement(id);
    updateScoringKeys();
}

void MainWindow::moveSelection(int step)
{
    // Next or previous statement in framework order, skipping measure rows.
    const Framework &f = m_session->framework();
    QStringList ids;
    for (const Measure &m : f.measures) {
        for (const Indicator &i : m.indicators)
            ids.append(i.id);
    }
    const qsizetype at = ids.indexOf(currentStatement());
    const qsizetype next = at < 0 ? 0 : std::clamp<qsizetype>(at + step, 0, ids.size() - 1);
    selectItem(ids.at(next));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles::list();
    for (const QString &path : recent) {
        QAction *a =
            m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); });
        a->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && urls.first().toLocalFile().endsWith(u".wgll"))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    openFile(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

} // namespace wgll
