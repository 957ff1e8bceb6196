// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "assessmentdetailsdialog.h"
#include "colourscheme.h"
#include "framework/frameworkcatalog.h"
#include "models/navigatormodel.h"
#include "newassessmentdialog.h"
#include "overviewpanel.h"
#include "scoringpanel.h"
#include "session/assessmentsession.h"
#include "settingsdialog.h"
#include "scoring/scorecard.h"
#include "storage/assessmentfile.h"
#include "storage/document.h"
#include "workshop/presenterview.h"
#include "workshop/workshoppanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoView>
#include <QVBoxLayout>

namespace wgll {

namespace {

constexpr int MaxRecentFiles = 8;
const QString RecentFilesKey = QStringLiteral("recentFiles");

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_ask = [this](const QString &text, QMessageBox::StandardButtons buttons) {
        return QMessageBox::question(this, QApplication::applicationDisplayName(), text, buttons);
    };
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
    buildActions();
    showWelcome();
}

MainWindow::~MainWindow()
{
    // The views and their models read the session: they go first.
    dropViews();
}

void MainWindow::dropViews()
{
    delete m_presenter;
    m_presenter = nullptr;
    delete m_workshopDock;
    m_workshopDock = nullptr;
    m_workshop = nullptr;
    delete m_historyDock;
    m_historyDock = nullptr;
    delete takeCentralWidget();
    m_navigator = nullptr;
    m_model = nullptr;
    m_filter = nullptr;
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

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New…"), this, [this] {
        const FrameworkCatalog catalog = FrameworkCatalog::load();
        NewAssessmentDialog dialog(catalog, Preferences::load().defaultTarget, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QString name =
            QFileDialog::getSaveFileName(this, tr("Save the new assessment as"),
                                         dialog.info().organisation + u' ' + dialog.info().period + u".wgll",
                                         tr("WGLL assessments (*.wgll)"));
        if (name.isEmpty())
            return;
        if (!name.endsWith(u".wgll"))
            name += u".wgll";
        createFile(name, dialog.framework(), dialog.info(), dialog.baseline());
    });
    create->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        const QString name = QFileDialog::getOpenFileName(this, tr("Open assessment"), {},
                                                          tr("WGLL assessments (*.wgll);;All files (*)"));
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

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        const Preferences before = Preferences::load();
        SettingsDialog dialog(before, this);
        if (dialog.exec() == QDialog::Accepted) {
            dialog.preferences().save();
            applyPreferences(dialog.preferences());
            if (dialog.preferences().colourScheme != before.colourScheme)
                applyColourScheme(dialog.preferences().colourScheme);
        }
    });
    preferences->setShortcut(QKeySequence::Preferences);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_workshopMenu = menuBar()->addMenu(tr("&Workshop"));
    m_workshopMenu->setEnabled(false);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About WGLL Workbench"), this,
                    [this] { showAboutDialog(this, m_session ? &m_session->framework() : nullptr); });
}

void MainWindow::showWelcome()
{
    auto *welcome = new QLabel(tr("Create an assessment (Ctrl+N), open one (Ctrl+O),\n"
                                  "or drop a .wgll file here."),
                               this);
    welcome->setObjectName(QStringLiteral("welcome"));
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setTextFormat(Qt::PlainText);
    setCentralWidget(welcome);
    for (QAction *a : {m_saveAction, m_saveAsAction, m_closeAction, m_detailsAction, m_undoAction, m_redoAction})
        a->setEnabled(false);
    for (QAction *a : std::as_const(m_reportActions))
        a->setEnabled(false);
    m_saveState->clear();
    m_details->clear();
    updateSignOffState();
    setWindowTitle(QApplication::applicationDisplayName());
    setWindowModified(false);
}

bool MainWindow::openFile(const QString &fileName)
{
    if (m_session && !closeAssessment())
        return false;
    Error error;
    std::unique_ptr<storage::Document> doc = wgll::take(storage::Document::open(fileName), error);
    if (!doc && error.cause == ErrorCause::UnsavedEdits) {
        const auto answer = m_ask(tr("%1 has unsaved changes from a session that ended unexpectedly.\n\n"
                                     "Restore them? (No discards them and opens the file as last saved.)")
                                      .arg(QFileInfo(fileName).fileName()),
                                  QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return false;
        doc = wgll::take(storage::Document::open(fileName,
                                      answer == QMessageBox::Yes ? storage::Document::Recovery::Restore
                                                                 : storage::Document::Recovery::Discard), error);
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

void MainWindow::showSession()
{
    AssessmentSession &s = *m_session;
    auto *frame = new QWidget(this);
    auto *frameLayout = new QVBoxLayout(frame);
    frameLayout->setContentsMargins(0, 0, 0, 0);
    m_readOnlyBanner = new QLabel(frame);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setMargin(8);
    m_readOnlyBanner->setAutoFillBackground(true);
    QPalette warn = m_readOnlyBanner->palette();
    warn.setColor(QPalette::Window, QColor(255, 235, 156));
    warn.setColor(QPalette::WindowText, Qt::black);
    m_readOnlyBanner->setPalette(warn);
    m_readOnlyBanner->setVisible(s.document().isReadOnly());
    m_readOnlyBanner->setText(
        tr("Read-only: this file %1. Changes cannot be made here.").arg(s.document().readOnlyReason()));
    frameLayout->addWidget(m_readOnlyBanner);

    auto *splitter = new QSplitter(frame);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    auto *filterRow = new QHBoxLayout;
    auto *show = new QComboBox(left);
    show->setObjectName(QStringLiteral("navigatorFilter"));
    show->setAccessibleName(tr("Show statements"));
    show->addItems({tr("All statements"), tr("Unscored"), tr("N/A"), tr("With a gap")});
    auto *search = new QLineEdit(left);
    search->setObjectName(QStringLiteral("navigatorSearch"));
    search->setPlaceholderText(tr("Search"));
    search->setAccessibleName(tr("Search statements"));
    search->setClearButtonEnabled(true);
    filterRow->addWidget(show);
    filterRow->addWidget(search, 1);
    leftLayout->addLayout(filterRow);
    m_model = new NavigatorModel(s, frame); // owned by the frame, so they go with the views
    m_filter = new NavigatorFilter(frame);
    m_filter->setSourceModel(m_model);
    m_navigator = new QTreeView(left);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setAccessibleName(tr("Measures and statements"));
    m_navigator->setModel(m_filter);
    m_navigator->setUniformRowHeights(true);
    m_navigator->header()->setStretchLastSection(false);
    m_navigator->header()->setSectionResizeMode(NavigatorModel::StatementColumn, QHeaderView::Stretch);
    m_navigator->header()->setSectionResizeMode(NavigatorModel::ScoreColumn, QHeaderView::ResizeToContents);
    m_navigator->header()->setSectionResizeMode(NavigatorModel::EvidenceColumn,
                                                QHeaderView::ResizeToContents);
    m_navigator->expandAll();
    m_navigator->installEventFilter(this);
    leftLayout->addWidget(m_navigator);

    m_scoring = new ScoringPanel(s);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidget(m_scoring);
    scroll->setWidgetResizable(true);
    // Scroll down, never sideways: the pane is never narrower than the panel needs.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_scoring->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() +
                            2 * scroll->frameWidth());
    m_scoring->installEventFilter(this);
    m_scoring->setReadOnly(s.document().isReadOnly());
    m_overview = new OverviewPanel(s, splitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 4);
    splitter->setSizes({280, 620, 540});
    frameLayout->addWidget(splitter, 1);
    setCentralWidget(frame);

    connect(show, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_filter->setShow(static_cast<NavigatorFilter::Show>(i));
        m_navigator->expandAll();
    });
    connect(search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_filter->setSearchText(t);
        m_navigator->expandAll();
    });
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &i) {
                const QString id = i.siblingAtColumn(0).data(NavigatorModel::IdRole).toString();
                m_scoring->setStatement(m_session->framework().indicator(id) ? id : QString());
                if (m_workshop && m_session->framework().indicator(id))
                    m_workshop->setStatement(id);
            });
    connect(m_overview, &OverviewPanel::statementActivated, this, &MainWindow::selectItem);
    connect(&s, &AssessmentSession::answerChanged, this, &MainWindow::updateTitle);
    connect(&s, &AssessmentSession::detailsChanged, this, &MainWindow::updateTitle);
    connect(&s, &AssessmentSession::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
        QApplication::beep();
    });
    QUndoStack *undo = s.undoStack();
    disconnect(m_undoAction, nullptr, nullptr, nullptr);
    disconnect(m_redoAction, nullptr, nullptr, nullptr);
    connect(m_undoAction, &QAction::triggered, undo, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    const bool writable = !s.document().isReadOnly();
    m_saveAction->setEnabled(writable);
    m_saveAsAction->setEnabled(writable);
    m_detailsAction->setEnabled(writable);
    m_closeAction->setEnabled(true);
    for (QAction *a : std::as_const(m_reportActions))
        a->setEnabled(true);

    applyPreferences(Preferences::load());

    // The undo history, as a dock the user can show (View → History).
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    auto *history = new QUndoView(undo, m_historyDock);
    history->setObjectName(QStringLiteral("undoHistory"));
    history->setEmptyLabel(tr("Opened"));
    history->setAccessibleName(tr("Undo history"));
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    m_historyDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    rebuildViewMenu();
    buildWorkshop();
    const Framework &f = s.framework();
    if (!f.measures.isEmpty() && !f.measures.first().indicators.isEmpty())
        selectItem(f.measures.first().indicators.first().id);
    connect(&s, &AssessmentSession::signOffChanged, this, &MainWindow::updateSignOffState);
    updateSignOffState();
}

void MainWindow::rebuildViewMenu()
{
    m_viewMenu->clear();
    m_viewMenu->addAction(m_historyDock->toggleViewAction());
    m_viewMenu->addSeparator();
    QAction *compare = m_viewMenu->addAction(tr("Compare with &Baseline…"), this, [this] {
        const QString name = QFileDialog::getOpenFileName(this, tr("Choose an earlier assessment"), {},
                                                          tr("WGLL assessments (*.wgll)"));
        if (!name.isEmpty())
            showBaseline(name);
    });
    compare->setObjectName(QStringLiteral("compareWithBaseline"));
    QAction *hide = m_viewMenu->addAction(tr("&Hide Baseline"), this, &MainWindow::hideBaseline);
    hide->setObjectName(QStringLiteral("hideBaseline"));
    hide->setEnabled(m_baseline.has_value());
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
    if (target == m_overview)
        target = m_overview->findChild<QWidget *>(QStringLiteral("gapList"));
    else if (target == m_scoring)
        target = m_scoring->findChild<QWidget *>(QStringLiteral("level1"));
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
    if (qEnvironmentVariableIsSet("WGLL_NO_DIALOGS")) { // --screenshot and tests: nobody to answer
        statusBar()->showMessage(error.toString());
        return;
    }
    QMessageBox box(QMessageBox::Warning, QApplication::applicationDisplayName(), error.toString(),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
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
        const auto answer = m_ask(tr("%1 was changed by another program since you opened it.\n\n"
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
    const QString name = QFileDialog::getSaveFileName(
        this, tr("Save assessment as"), m_session->document().fileName(), tr("WGLL assessments (*.wgll)"));
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
    if (doc.isModified()) {
        const auto answer =
            m_ask(tr("Save the changes to %1 before closing?").arg(QFileInfo(doc.fileName()).fileName()),
                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save && !save())
            return false;
    }
    m_autosave->stop();
    doc.close(); // discards the working copy: everything wanted is in the file now
    dropViews();
    m_baseline.reset();
    m_session.reset();
    showWelcome();
    m_workshopMenu->setEnabled(false);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (closeAssessment())
        event->accept();
    else
        event->ignore();
}

bool MainWindow::selectItem(const QString &id)
{
    if (!m_session)
        return false;
    const QModelIndex source = m_model->indexOf(id);
    QModelIndex shown = m_filter->mapFromSource(source);
    if (source.isValid() && !shown.isValid()) {
        m_filter->setShow(NavigatorFilter::Show::All); // a jump from the gap list must land
        m_filter->setSearchText({});
        shown = m_filter->mapFromSource(source);
    }
    if (!shown.isValid())
        return false;
    m_navigator->setCurrentIndex(shown);
    m_navigator->scrollTo(shown);
    return true;
}

QString MainWindow::currentStatement() const
{
    return m_scoring ? m_scoring->statement() : QString();
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

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Scoring from the keyboard, wherever the focus is except a text field: 1–5 score, N marks
    // N/A (asking for the reason), Delete clears, Enter moves on to the next statement.
    if (event->type() != QEvent::KeyPress || !m_session || m_session->document().isReadOnly() ||
        m_session->signOffInForce())
        return QMainWindow::eventFilter(watched, event);
    // Keys a text field or spin box did not use (QLineEdit passes Return on) are not commands.
    const QWidget *focus = QApplication::focusWidget();
    if (qobject_cast<const QLineEdit *>(focus) || qobject_cast<const QPlainTextEdit *>(focus) ||
        qobject_cast<const QAbstractSpinBox *>(focus))
        return QMainWindow::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const QString id = currentStatement();
    if (id.isEmpty() || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return QMainWindow::eventFilter(watched, event);
    const Scale &scale = m_session->framework().scale;
    const int digit = key->key() - Qt::Key_0;
    if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9 && scale.contains(digit)) {
        m_session->setScore(id, digit);
        return true;
    }
    switch (key->key()) {
    case Qt::Key_N:
        m_scoring->beginNotApplicable();
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        m_session->clearScore(id);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        moveSelection(1);
        return true;
    default:
        return QMainWindow::eventFilter(watched, event);
    }
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

void MainWindow::addRecentFile(const QString &fileName)
{
    QSettings settings;
    QStringList recent = settings.value(RecentFilesKey).toStringList();
    const QString path = QFileInfo(fileName).absoluteFilePath();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(RecentFilesKey, recent.mid(0, MaxRecentFiles));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentFilesKey).toStringList();
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
