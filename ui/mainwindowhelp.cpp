// SPDX-License-Identifier: GPL-3.0-or-later
// The main window when nothing is open and when the user asks: the welcome page (new, open,
// recent, the demo) and the Help menu (user guide, shortcut sheet, the levels, About).
#include "mainwindow.h"

#include "aboutdialog.h"
#include "demoassessment.h"
#include "framework/frameworkcatalog.h"
#include "helpwindow.h"
#include "prompter.h"
#include "recentfiles.h"
#include "scoringkeys.h"
#include "session/assessmentsession.h"
#include "shortcutsheet.h"
#include "welcomepage.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>

namespace wgll {

void MainWindow::showWelcome()
{
    auto *welcome = new WelcomePage(recentFiles::list(), demo::bundled().has_value(), this);
    connect(welcome, &WelcomePage::newRequested, this, &MainWindow::newAssessment);
    connect(welcome, &WelcomePage::openRequested, this, [this] {
        const QString name =
            m_prompter->fileToOpen(tr("Open assessment"), tr("WGLL assessments (*.wgll);;All files (*)"));
        if (!name.isEmpty())
            openFile(name);
    });
    connect(welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    // Queued: opening replaces the page, which must not be deleted inside its own signal.
    connect(welcome, &WelcomePage::recentChosen, this, [this](const QString &path) { openFile(path); },
            Qt::QueuedConnection);
    setCentralWidget(welcome);
    // The keyboard starts on the page: the last file, or New when there is none.
    if (welcome->recentList()->count() > 0)
        welcome->recentList()->setFocus(Qt::OtherFocusReason);
    else
        welcome->findChild<QWidget *>(QStringLiteral("welcomeNew"))->setFocus(Qt::OtherFocusReason);
    for (QAction *a : {m_saveAction, m_saveAsAction, m_closeAction, m_detailsAction, m_undoAction, m_redoAction})
        a->setEnabled(false);
    for (QAction *a : std::as_const(m_reportActions))
        a->setEnabled(false);
    m_scoringKeys->withdraw();
    m_saveState->clear();
    m_details->clear();
    updateSignOffState();
    setWindowTitle(QApplication::applicationDisplayName());
    setWindowModified(false);
}

bool MainWindow::openDemo()
{
    const std::optional<demo::Files> bundled = demo::bundled();
    if (!bundled) {
        report({ErrorKind::NotFound, QStringLiteral("northshire-2026.wgll"), 0,
                tr("the demo assessment is not installed with this copy of the program")});
        return false;
    }
    Error error;
    const std::optional<demo::Files> copy = demo::userCopy(*bundled, error);
    if (!copy) {
        report(error);
        return false;
    }
    if (!openFile(copy->current))
        return false;
    if (!copy->baseline.isEmpty())
        showBaseline(copy->baseline);
    return true;
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    QAction *sheet = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcutSheet);
    sheet->setObjectName(QStringLiteral("shortcutSheetAction"));
    sheet->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    QAction *levels = help->addAction(tr("What the &Levels Mean"), this, &MainWindow::showLevels);
    levels->setObjectName(QStringLiteral("levelsAction"));
    help->addSeparator();
    help->addAction(tr("&About WGLL Workbench"), this,
                    [this] { showAboutDialog(this, m_session ? &m_session->framework() : nullptr); });
}

HelpWindow *MainWindow::ensureHelpWindow()
{
    if (!m_help)
        m_help = new HelpWindow(this);
    return m_help;
}

void MainWindow::showUserGuide()
{
    ensureHelpWindow()->showUserGuide();
}

namespace {

/// The framework whose scale the help describes: the open one, else the built-in organisation
/// framework a new assessment starts from.
Framework helpFramework(const AssessmentSession *session)
{
    if (session)
        return session->framework();
    const FrameworkCatalog catalog = FrameworkCatalog::load();
    const FrameworkCatalog::Entry *entry = catalog.find(QStringLiteral("wgll-org"));
    return entry ? entry->framework : Framework{};
}

} // namespace

void MainWindow::showShortcutSheet()
{
    const Framework framework = helpFramework(m_session.get());
    ensureHelpWindow()->showPage(HelpWindow::Page::Shortcuts, tr("Keyboard Shortcuts"),
                                 shortcutSheetHtml(shortcutEntries(*this, m_actions, framework.scale)));
}

void MainWindow::showLevels()
{
    ensureHelpWindow()->showPage(HelpWindow::Page::Levels, tr("What the Levels Mean"),
                                 levelsHtml(helpFramework(m_session.get())));
}

} // namespace wgll
