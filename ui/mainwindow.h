// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "report/boardreport.h"
#include "workshop/startsessiondialog.h"
#include "util/status.h"

#include <QMainWindow>
#include <QMessageBox>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QComboBox;
class QDockWidget;
class QSplitter;
class QTimer;
class QTreeView;

namespace wgll {

class AssessmentSession;
class NavigatorFilter;
class NavigatorModel;
class OverviewPanel;
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
    explicit MainWindow(QWidget *parent = nullptr);
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
    /// Writes the board report of the open assessment (with the baseline in view, if any) to
    /// `fileName`: PDF, ODT or HTML by its extension. Failures are shown and returned.
    bool exportReport(const QString &fileName);
    /// Writes the radar (or the measure bar chart) as PNG or SVG by the extension.
    bool exportChart(const QString &fileName, bool radar, QSize size);
    /// The report as the PDF and the printer lay it out.
    std::optional<report::BoardReport> boardReport() const;

    /// Starts a workshop session (as Workshop → Start Session does after its dialog) and shows
    /// the workshop panel on the current statement.
    bool startWorkshop(const StartSessionDialog::Choices &choices);
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

    /// The questions the window asks, replaceable so tests can answer them.
    using Question = std::function<QMessageBox::StandardButton(const QString &text, QMessageBox::StandardButtons)>;
    void setQuestionHandler(Question ask) { m_ask = std::move(ask); }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void showSession();
    void showWelcome();
    /// Deletes the views of the open assessment (before the session they read goes).
    void dropViews();
    void updateTitle();
    void report(const Error &error);
    void moveSelection(int step);
    void autosave();
    void applyPreferences(const Preferences &preferences);
    void addRecentFile(const QString &fileName);
    void rebuildRecentMenu();

    void rebuildViewMenu();
    void buildReportActions(QMenu *file);
    void buildWorkshop();
    void buildSignOffActions(QMenu *file);
    /// Shows whether the assessment is signed off, and offers edits only when it is not.
    void updateSignOffState();
    void printReport(bool preview);

    std::unique_ptr<AssessmentSession> m_session;
    std::optional<Assessment> m_baseline;
    QString m_baselineName;
    Question m_ask;
    QTreeView *m_navigator = nullptr;
    NavigatorModel *m_model = nullptr;
    NavigatorFilter *m_filter = nullptr;
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
};

} // namespace wgll
