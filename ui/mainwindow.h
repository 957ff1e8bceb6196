// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionregistry.h"
#include "assessment/assessment.h"
#include "benchmark/benchmarkstore.h"
#include "report/boardreport.h"
#include "workshop/startsessiondialog.h"
#include "workshop/votingroom.h"
#include "util/status.h"

#include <QMainWindow>

#include <chrono>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QComboBox;
class QDockWidget;
class QSplitter;
class QPrinter;
class QTimer;

namespace wgll {

namespace analysis {
class AnalysisViews;
}
class AssessmentSession;
class BenchmarkMenu;
class HelpWindow;
class NavigatorPane;
class OverviewPanel;
class Prompter;
class ScoringKeys;
class PresenterView;
class WorkshopPanel;
struct Preferences;
class ScoringPanel;

/// The workbench's main window: a frame that composes the views of one open assessment (the
/// navigator, the scoring panel, the overview) and owns the document commands (open, save,
/// close, recovery, autosave). The work happens in the session and the views.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Asks and tells through `prompter` (which must outlive the window); null for the real
    /// dialogs.
    explicit MainWindow(Prompter *prompter = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a .wgll file, offering to restore unsaved edits left by a crash. Failures are
    /// shown to the user (and returned).
    bool openFile(const QString &fileName);
    /// Creates `fileName` from the choices of the New dialog and opens it.
    bool createFile(const QString &fileName, const Framework &framework, const AssessmentInfo &info,
                    const Assessment *baseline);
    bool save();
    bool saveAs();
    /// Closes the assessment, asking about unsaved changes first; false when the user cancels.
    bool closeAssessment();
    /// File → Assessment Details: asks for the organisation, period, draft or final and default
    /// target, and applies them as one undoable edit.
    void editDetails();

    /// File → Report Details (the cover sheet), Sign Off and Reopen for Changes
    /// (mainwindowsignoff.cpp). Each asks with its dialog; refusals are shown.
    void editReportDetails();
    void signOffWithDialog();
    void reopenWithDialog();

    AssessmentSession *session() const { return m_session.get(); }
    /// The autosave interval in force, in milliseconds; 0 when autosave is off.
    int autosaveInterval() const;
    /// How long one minute of the autosave preference lasts: a real minute, except in tests,
    /// which shorten it to see autosave fire without waiting minutes. Takes effect when a file
    /// is next opened or the preferences change.
    void setAutosaveMinuteForTests(std::chrono::milliseconds minute) { m_autosaveMinute = minute; }
    /// Selects a statement (or measure) in the navigator and shows it.
    bool selectItem(const QString &id);
    QString currentStatement() const;

    /// Shows an earlier assessment of the same framework beside this one: the radar's dotted
    /// line, a Baseline column, and the changes in an exported report. Failures are shown to the
    /// user (and returned); the file is only read.
    bool showBaseline(const QString &fileName);
    void hideBaseline();
    /// The baseline in view, or null.
    const Assessment *baseline() const { return m_baseline ? &*m_baseline : nullptr; }
    /// View → Compare with National Benchmark (mainwindowbenchmark.cpp): shows the imported DMA
    /// set `name` on the overview (radar line, table column, source, caveat and licence) and in
    /// exported reports, remembered for this file; "" shows none. Failures are shown and returned.
    bool showBenchmark(const QString &name);
    /// Imports NHS England's DMA data file as `wgll benchmark import` does. A damaged workbook
    /// is shown (naming its sheet and cell) and changes nothing. Failures are returned too.
    bool importBenchmark(const QString &fileName);
    /// The benchmark in view, if any.
    const std::optional<benchmark::FoundSet> &benchmark() const { return m_benchmark; }
    /// Writes the board report of the open assessment (with the baseline in view, if any) to
    /// `fileName`: PDF, ODT or HTML by its extension. Failures are shown and returned.
    bool exportReport(const QString &fileName);
    /// Writes the radar (or the measure bar chart) as PNG or SVG by the extension.
    bool exportChart(const QString &fileName, bool radar, QSize size);
    /// The report as the PDF and the printer lay it out.
    std::optional<report::BoardReport> boardReport() const;
    /// Prints the board report on `printer` (set up by report::preparePrinter(), with the range
    /// and copies the print dialog left): the pages of the exported PDF. File → Print and the
    /// print preview paint through it. Failures are shown and returned.
    bool printReport(QPrinter &printer);

    /// Starts a workshop session (as Workshop → Start Session does after its dialog) and shows
    /// the workshop panel on the current statement.
    bool startWorkshop(const StartSessionDialog::Choices &choices);
    /// Takes up a session stopped with votes not yet revealed (Workshop → Continue Session):
    /// the workshop panel on the current statement, each blind round with its votes.
    bool continueWorkshop(const WorkshopSession &session);
    WorkshopPanel *workshopPanel() const { return m_workshop; }
    /// Opens the presenter view (Workshop → Presenter View, F5; F5 again closes it), full screen
    /// on the presenter screen chosen, or on a screen the workbench is not on.
    PresenterView *showPresenterView();
    /// Workshop → Presenter Screen: the name of the screen for the presenter view (as
    /// QScreen::name() gives it), or empty for automatic. Moves an open presenter view there.
    void setPresenterScreen(const QString &name);
    QString presenterScreen() const { return m_presenterScreen; }

    /// Moves the keyboard focus to the next (1) or previous (-1) pane: navigator, scoring
    /// panel, overview (F6 and Shift+F6).
    void focusPane(int step);

    /// The window's actions with shortcuts (undo, redo, the scoring keys).
    const ActionRegistry &actions() const { return m_actions; }

    /// Opens the user's copy of the bundled demo assessment (made from it the first time), with
    /// last year's beside it as the baseline (mainwindowhelp.cpp). Failures are shown and returned.
    bool openDemo();
    /// Help → User Guide, Keyboard Shortcuts (F1, Ctrl+/) and What the Levels Mean.
    void showUserGuide();
    void showShortcutSheet();
    void showLevels();
    /// The Analyse menu's compare, trend and roll-up views (ui/analysis).
    analysis::AnalysisViews *analysis() const { return m_analysis; }
    /// The help window, once a help page has been shown; null before.
    HelpWindow *helpWindow() const { return m_help; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildFileMenu();
    void buildEditMenu();
    void newAssessment();
    void editPreferences();
    void buildScoringKeys();
    /// Offers the scoring keys when a statement is selected and the assessment can be changed.
    void updateScoringKeys();
    void showStatement(const QString &id);
    void showSession();
    QWidget *buildStatementArea();
    QWidget *buildReadOnlyBanner(QWidget *parent);
    void connectSession();
    void connectUndo();
    void buildHistory();
    /// The welcome page (mainwindowhelp.cpp): at start and after Close.
    void showWelcome();
    void buildHelpMenu();
    HelpWindow *ensureHelpWindow();
    /// Deletes the views of the open assessment (before the session they read goes).
    void dropViews();
    void updateTitle();
    void report(const Error &error);
    void moveSelection(int step);
    void autosave();
    void applyPreferences(const Preferences &preferences);
    void addRecentFile(const QString &fileName);
    void rebuildRecentMenu();
    /// Where file dialogs start: the open assessment's folder, else the last folder a file was
    /// chosen in (mainwindowfile.cpp).
    QString startFolder() const;
    QString chooseFileToOpen(const QString &caption, const QString &filter);
    /// `name` is a bare file name; the dialog offers it in startFolder().
    QString chooseFileToSave(const QString &caption, const QString &name, const QString &filter,
                             QString *chosenFilter = nullptr);

    void rebuildViewMenu();
    /// The View menu's pane entries: the navigator and the overview back, and the panes' sizes
    /// back to the proportions remembered (mainwindowpanes.cpp).
    void addPaneActions();
    void setPaneStretch();
    /// The pane sizes chosen for the window's width (proportions for 1366×768).
    QList<int> defaultPaneSizes() const;
    /// The proportions the user last chose, or the default ones when those leave a pane shut.
    void restorePaneSizes();
    void setPaneShown(QWidget *pane, bool shown);
    void buildReportActions(QMenu *file);
    /// The Analyse menu, before the Workshop menu (mainwindowreports.cpp).
    void buildAnalysis();
    /// The benchmark submenu, made and listed the first time it is asked for (mainwindowbenchmark.cpp).
    BenchmarkMenu *benchmarkMenu();
    /// Lists the stored sets in the submenu afresh: only when the store may have changed.
    void listBenchmarks();
    /// Shows `found` (chosen as `name`), or no benchmark, on the overview, and remembers it.
    void useBenchmark(std::optional<benchmark::FoundSet> found, const QString &name);
    /// Shows the benchmark remembered for the open file, if it is still imported.
    void restoreBenchmark();
    void buildWorkshop();
    /// Workshop → Start Session: the dialog, until its choices are accepted or it is cancelled.
    void startWorkshopWithDialog();
    /// Workshop → Continue Session, offered when the file has a session stopped mid-vote.
    void buildContinueSession(bool writable);
    /// Shows the workshop panel beside the statement, the overview making room for it.
    void showWorkshopDock();
    void buildPresenterScreenMenu();
    /// Workshop → Let the Room Vote from Phones (mainwindowphones.cpp).
    void buildPhoneVoting();
    void startPhoneVotingWithDialog(QAction *action);
    /// A continued session's phones served again where they were voting (or why not).
    void resumePhoneVoting(const WorkshopSession &session, const workshop::VotingRoom::Endpoint &at);
    /// Closing the file: phones stop first, so the page's secret leaves the file before it is
    /// saved; where they were voting, if they were, for serveAgain() when the close is cancelled.
    std::optional<workshop::VotingRoom::Endpoint> suspendPhoneVoting();
    /// Phones served again at the same address and port: each reconnects by itself.
    void serveAgain(const std::optional<workshop::VotingRoom::Endpoint> &was);
    void buildSignOffActions(QMenu *file);
    /// Shows whether the assessment is signed off, and offers edits only when it is not.
    void updateSignOffState();
    /// File → Print Preview (`preview`) or Print: the dialog, then printReport().
    void printWithDialog(bool preview);

    std::unique_ptr<AssessmentSession> m_session;
    std::optional<Assessment> m_baseline;
    QString m_baselineName;
    std::optional<benchmark::FoundSet> m_benchmark;
    BenchmarkMenu *m_benchmarkMenu = nullptr;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter = nullptr;
    ActionRegistry m_actions;
    ScoringKeys *m_scoringKeys = nullptr;
    NavigatorPane *m_navigator = nullptr;
    QSplitter *m_splitter = nullptr;
    ScoringPanel *m_scoring = nullptr;
    OverviewPanel *m_overview = nullptr;
    QLabel *m_saveState = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    QTimer *m_autosave = nullptr;
    std::chrono::milliseconds m_autosaveMinute{60 * 1000};
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QList<QAction *> m_reportActions;
    QAction *m_reportDetailsAction = nullptr;
    QAction *m_signOffAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QLabel *m_signOffState = nullptr;
    QMenu *m_workshopMenu = nullptr;
    QDockWidget *m_workshopDock = nullptr;
    WorkshopPanel *m_workshop = nullptr;
    PresenterView *m_presenter = nullptr;
    QString m_presenterScreen;
    HelpWindow *m_help = nullptr;
    analysis::AnalysisViews *m_analysis = nullptr;
};

} // namespace wgll
