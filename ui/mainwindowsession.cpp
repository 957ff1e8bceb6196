// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's views of an open assessment: the read-only banner, the navigator, scoring
// and overview panes side by side, the undo history, the View menu and the baseline beside it.
#include "mainwindow.h"
#include "benchmark/benchmarkmenu.h"

#include "navigatorpane.h"
#include "scoringkeys.h"
#include "overviewpanel.h"
#include "prompter.h"
#include "scoringpanel.h"
#include "scoring/scorecard.h"
#include "session/assessmentsession.h"
#include "settingsdialog.h"
#include "storage/assessmentfile.h"
#include "storage/document.h"
#include "workbenchsettings.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoView>
#include <QVBoxLayout>

namespace wgll {

void MainWindow::showSession()
{
    AssessmentSession &s = *m_session;
    setCentralWidget(buildStatementArea());
    connectSession();
    connectUndo();
    const bool writable = !s.document().isReadOnly();
    m_saveAction->setEnabled(writable);
    m_saveAsAction->setEnabled(writable);
    m_detailsAction->setEnabled(writable);
    m_closeAction->setEnabled(true);
    for (QAction *a : std::as_const(m_reportActions))
        a->setEnabled(true);

    applyPreferences(Preferences::load());
    buildHistory();
    rebuildViewMenu();
    buildWorkshop();
    const Framework &f = s.framework();
    if (!f.measures.isEmpty() && !f.measures.first().indicators.isEmpty())
        selectItem(f.measures.first().indicators.first().id);
    // Where the keys work as the pane says ("Press 1–5 to score"): the first widget in the
    // focus chain is the Show filter, where Down changed the filter instead of the statement.
    m_navigator->tree()->setFocus(Qt::OtherFocusReason);
    connect(&s, &AssessmentSession::signOffChanged, this, &MainWindow::updateSignOffState);
    updateSignOffState();
    restoreBenchmark();
}

QWidget *MainWindow::buildStatementArea()
{
    AssessmentSession &s = *m_session;
    auto *frame = new QWidget(this);
    auto *frameLayout = new QVBoxLayout(frame);
    frameLayout->setContentsMargins(0, 0, 0, 0);
    frameLayout->addWidget(buildReadOnlyBanner(frame));
    m_splitter = new QSplitter(frame);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigator = new NavigatorPane(s, m_splitter);
    m_scoring = new ScoringPanel(s);
    auto *scroll = new QScrollArea(m_splitter);
    scroll->setWidget(m_scoring);
    scroll->setWidgetResizable(true);
    // Scroll down, never sideways: the pane is never narrower than the panel needs.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_scoring->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() +
                            2 * scroll->frameWidth());
    m_scoring->setReadOnly(s.document().isReadOnly());
    m_overview = new OverviewPanel(s, m_splitter);
    m_splitter->setChildrenCollapsible(false); // a pane dragged shut was lost (View brings it back)
    setPaneStretch();
    restorePaneSizes();
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { settings::mainSplitter.set(m_splitter->saveState()); });
    frameLayout->addWidget(m_splitter, 1);
    m_scoringKeys->setEnterMovesOnIn({m_navigator, scroll});
    connect(m_navigator, &NavigatorPane::chosen, this, &MainWindow::showStatement);
    connect(m_overview, &OverviewPanel::statementActivated, this, &MainWindow::selectItem);
    return frame;
}

QWidget *MainWindow::buildReadOnlyBanner(QWidget *parent)
{
    const storage::Document &doc = m_session->document();
    m_readOnlyBanner = new QLabel(parent);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setMargin(8);
    m_readOnlyBanner->setAutoFillBackground(true);
    QPalette warn = m_readOnlyBanner->palette();
    warn.setColor(QPalette::Window, QColor(255, 235, 156));
    warn.setColor(QPalette::WindowText, Qt::black);
    m_readOnlyBanner->setPalette(warn);
    m_readOnlyBanner->setVisible(doc.isReadOnly());
    m_readOnlyBanner->setText(
        tr("Read-only: this file %1. Changes cannot be made here.").arg(doc.readOnlyReason()));
    return m_readOnlyBanner;
}

void MainWindow::connectSession()
{
    AssessmentSession &s = *m_session;
    connect(&s, &AssessmentSession::answerChanged, this, &MainWindow::updateTitle);
    connect(&s, &AssessmentSession::detailsChanged, this, &MainWindow::updateTitle);
    connect(&s, &AssessmentSession::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
        QApplication::beep();
    });
}

void MainWindow::connectUndo()
{
    QUndoStack *undo = m_session->undoStack();
    disconnect(m_undoAction, nullptr, nullptr, nullptr);
    disconnect(m_redoAction, nullptr, nullptr, nullptr);
    connect(m_undoAction, &QAction::triggered, undo, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
}

void MainWindow::buildHistory()
{
    // The undo history, as a dock the user can show (View → History).
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    auto *history = new QUndoView(m_session->undoStack(), m_historyDock);
    history->setObjectName(QStringLiteral("undoHistory"));
    history->setEmptyLabel(tr("Opened"));
    history->setAccessibleName(tr("Undo history"));
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    m_historyDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
}

void MainWindow::rebuildViewMenu()
{
    m_viewMenu->clear();
    m_viewMenu->addAction(m_historyDock->toggleViewAction());
    addPaneActions();
    m_viewMenu->addSeparator();
    QAction *compare = m_viewMenu->addAction(tr("Compare with &Baseline…"), this, [this] {
        const QString name = chooseFileToOpen(tr("Choose an earlier assessment"), tr("WGLL assessments (*.wgll)"));
        if (!name.isEmpty())
            showBaseline(name);
    });
    compare->setObjectName(QStringLiteral("compareWithBaseline"));
    QAction *hide = m_viewMenu->addAction(tr("&Hide Baseline"), this, &MainWindow::hideBaseline);
    hide->setObjectName(QStringLiteral("hideBaseline"));
    hide->setEnabled(m_baseline.has_value());
    m_viewMenu->addMenu(benchmarkMenu());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Next Pane"), QKeySequence(Qt::Key_F6), this, [this] { focusPane(1); });
    m_viewMenu->addAction(tr("&Previous Pane"), QKeySequence(Qt::SHIFT | Qt::Key_F6), this,
                          [this] { focusPane(-1); });
}

bool MainWindow::showBaseline(const QString &fileName)
{
    if (!m_session)
        return false;
    Error error;
    std::optional<Assessment> before = storage::readBaselineFile(fileName, m_session->framework().id, error);
    if (!before) {
        report(error);
        return false;
    }
    m_baselineName = before->info.period.isEmpty() ? QFileInfo(fileName).completeBaseName()
                                                   : before->info.period;
    m_overview->setBaseline(Scorecard::of(*before), m_baselineName);
    m_baseline = std::move(before);
    rebuildViewMenu();
    statusBar()->showMessage(tr("Comparing with %1").arg(QFileInfo(fileName).fileName()), 5000);
    return true;
}

void MainWindow::hideBaseline()
{
    m_baseline.reset();
    m_baselineName.clear();
    if (m_overview)
        m_overview->setBaseline(std::nullopt, {});
    if (m_historyDock)
        rebuildViewMenu();
}

} // namespace wgll
