// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's workshop mode: the Workshop menu, the workshop panel as a dock beside the
// scoring panel, and the presenter view for the projector.
#include "mainwindow.h"
#include "overviewpanel.h"
#include "session/assessmentsession.h"
#include "storage/document.h"
#include "workshop/presenterview.h"
#include "workshop/workshoppanel.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>

namespace wgll {

void MainWindow::buildWorkshop()
{
    m_workshopDock = new QDockWidget(tr("Workshop"), this);
    m_workshopDock->setObjectName(QStringLiteral("workshopDock"));
    m_workshop = new WorkshopPanel(*m_session, m_workshopDock);
    m_workshopDock->setWidget(m_workshop);
    addDockWidget(Qt::RightDockWidgetArea, m_workshopDock);
    m_workshopDock->hide();
    // A measure's last statement agreed: the window stays while the room sees its radar.
    connect(m_workshop, &WorkshopPanel::agreed, this, [this] {
        if (m_workshop->completedMeasure().isEmpty())
            moveSelection(1);
    });
    // A laptop screen holds three panes, not four: while the workshop panel is open it takes the
    // overview's place (the room sees the spread on the presenter view).
    connect(m_workshopDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!m_overview)
            return;
        m_overview->setVisible(!visible);
        // The workshop left the overview no width: closing it gives the panes their remembered
        // proportions back, or the radar and gap list stayed shut.
        if (!visible)
            restorePaneSizes();
    });

    m_workshopMenu->clear();
    QAction *start = m_workshopMenu->addAction(tr("&Start Session…"), this, &MainWindow::startWorkshopWithDialog);
    start->setObjectName(QStringLiteral("startWorkshop"));
    start->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    const bool writable = !m_session->document().isReadOnly();
    buildContinueSession(writable);
    QAction *presenter = m_workshopMenu->addAction(tr("&Presenter View"), this, [this] {
        if (m_presenter && m_presenter->isVisible())
            m_presenter->close(); // F5 toggles, as in presentation programs
        else
            showPresenterView();
    });
    presenter->setObjectName(QStringLiteral("togglePresenterView"));
    presenter->setShortcut(QKeySequence(Qt::Key_F5));
    m_workshopMenu->addAction(m_workshop->voteAgainAction());
    m_workshopMenu->addAction(m_workshop->reopenAction());
    buildPresenterScreenMenu();
    buildPhoneVoting();
    m_workshopMenu->addAction(m_workshopDock->toggleViewAction());
    start->setEnabled(writable);
    m_workshopMenu->setEnabled(true);
}

void MainWindow::buildContinueSession(bool writable)
{
    // After a crash (or a window closed mid-vote) the file has rounds not yet revealed: the
    // session is taken up again, not started afresh, so those votes are neither lost nor hidden.
    QAction *resume = m_workshopMenu->addAction(tr("&Continue Interrupted Session"), this, [this] {
        if (const std::optional<WorkshopSession> s = m_workshop->interruptedSession())
            continueWorkshop(*s);
    });
    resume->setObjectName(QStringLiteral("continueWorkshop"));
    const std::optional<WorkshopSession> interrupted = m_workshop->interruptedSession();
    resume->setEnabled(writable && interrupted);
    // Started or continued, the session is the current one: nothing is left to continue.
    connect(m_workshop, &WorkshopPanel::sessionStarted, resume, [resume] { resume->setEnabled(false); });
    if (!interrupted)
        return;
    resume->setText(tr("&Continue Session “%1”").arg(interrupted->title));
    statusBar()->showMessage(tr("The workshop session “%1” stopped mid-vote: "
                                "Workshop → Continue Session takes it up again")
                                 .arg(interrupted->title),
                             15000);
}

bool MainWindow::continueWorkshop(const WorkshopSession &session)
{
    if (!m_workshop || !m_workshop->continueSession(session))
        return false;
    showWorkshopDock();
    // Phones were voting when the workbench stopped: the page comes back at the same address
    // with the same secret, and each phone, polling all along, goes on as the voter it was.
    if (const std::optional<workshop::VotingRoom::Endpoint> at = m_workshop->keptPhoneLink()) {
        resumePhoneVoting(session, *at);
        return true;
    }
    statusBar()->showMessage(tr("Workshop “%1” continued: a statement whose vote was not revealed shows the votes "
                                "already in")
                                 .arg(session.title),
                             8000);
    return true;
}

void MainWindow::showWorkshopDock()
{
    m_workshopDock->show();
    resizeDocks({m_workshopDock}, {380}, Qt::Horizontal);
    m_splitter->setSizes({300, std::max(0, m_splitter->width() - 300), 0});
    m_workshop->setStatement(currentStatement());
    m_workshop->setFocus();
}

void MainWindow::startWorkshopWithDialog()
{
    StartSessionDialog dialog(m_session->framework(), this);
    // Refused choices (a name over the limit, a control character) keep the dialog open,
    // with what the user typed and why, and record nothing.
    while (dialog.exec() == QDialog::Accepted) {
        const std::optional<QString> problem = m_workshop ? m_workshop->problemWith(dialog.choices()) : std::nullopt;
        if (!problem) {
            startWorkshop(dialog.choices());
            break;
        }
        dialog.setProblem(*problem);
    }
}

void MainWindow::buildPresenterScreenMenu()
{
    // The screens are listed when the menu opens: a projector is often plugged in mid-session.
    QMenu *screens = m_workshopMenu->addMenu(tr("Presenter &Screen"));
    screens->setObjectName(QStringLiteral("presenterScreenMenu"));
    connect(screens, &QMenu::aboutToShow, this, [this, screens] {
        screens->clear();
        // A new group each time the menu opens: the last one goes with its actions.
        qDeleteAll(screens->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
        auto *group = new QActionGroup(screens);
        const auto add = [&](const QString &text, const QString &name) {
            QAction *a = screens->addAction(text, this, [this, name] { setPresenterScreen(name); });
            a->setCheckable(true);
            a->setChecked(name == m_presenterScreen);
            group->addAction(a);
        };
        add(tr("Automatic: a screen the workbench is not on"), {});
        for (const QScreen *s : QGuiApplication::screens()) {
            add(tr("%1 (%2 × %3)").arg(s->name()).arg(s->geometry().width()).arg(s->geometry().height()),
                s->name());
        }
    });
}

bool MainWindow::startWorkshop(const StartSessionDialog::Choices &choices)
{
    if (!m_workshop || !m_workshop->startSession(choices))
        return false;
    showWorkshopDock();
    statusBar()->showMessage(tr("Workshop started: type each voter's level or let the room vote from phones "
                                "(Workshop menu), Ctrl+R to reveal"),
                             8000);
    return true;
}

PresenterView *MainWindow::showPresenterView()
{
    if (!m_workshop)
        return nullptr;
    if (!m_presenter) {
        m_presenter = new PresenterView(*m_session, *m_workshop, this);
        // The window's own shortcuts (F5, undo, redo, save, help) work with the presenter view
        // in front too. Not the plain keys (digits, N, Enter, Delete): in the main window they
        // score the statement, and in the presenter view they are the facilitator's vote keys.
        for (QAction *action : findChildren<QAction *>()) {
            if (action->shortcut().isEmpty() || action->shortcutContext() != Qt::WindowShortcut)
                continue;
            const QKeyCombination key = action->shortcut()[0];
            const bool functionKey = key.key() >= Qt::Key_F1 && key.key() <= Qt::Key_F35;
            if (key.keyboardModifiers() != Qt::NoModifier || functionKey)
                m_presenter->addAction(action);
        }
    }
    // A chosen screen that has gone (the projector unplugged) falls back to automatic.
    QScreen *chosen = nullptr;
    for (QScreen *s : QGuiApplication::screens()) {
        if (!m_presenterScreen.isEmpty() && s->name() == m_presenterScreen)
            chosen = s;
    }
    m_presenter->present(chosen);
    return m_presenter;
}

void MainWindow::setPresenterScreen(const QString &name)
{
    m_presenterScreen = name;
    if (m_presenter && m_presenter->isVisible())
        showPresenterView();
}

} // namespace wgll
