// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "scoring/rollup.h"
#include "scoring/trend.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace wgll {
class Prompter;
}

namespace wgll::analysis {

class CompareView;
class RollupView;
class TrendView;

/// The assessment open in the window, as the analysis views read it.
struct OpenFile
{
    QString file;
    Assessment assessment;
};

/// The Analyse menu and the windows it opens (compare, trend, roll-up), kept out of the main
/// window's files: the window gives it the open assessment and its prompter, and asks it what
/// is shown so an exported report includes it.
class AnalysisViews : public QObject
{
    Q_OBJECT
public:
    using Current = std::function<std::optional<OpenFile>()>;
    AnalysisViews(QWidget *window, Prompter &prompter, Current current);
    ~AnalysisViews() override;

    /// Adds the Analyse menu to `bar` before `before` (a menu's action).
    void addMenu(QMenuBar *bar, QAction *before);
    /// The commands that need an open assessment: the window enables them with its others.
    QList<QAction *> assessmentActions() const { return m_assessmentActions; }

    /// Compares the open assessment with `otherFile` and shows the compare view. A file that
    /// cannot be read, or is of another framework, is told naming it, and nothing changes.
    bool compareWith(const QString &otherFile);
    CompareView *compareView() const;
    /// The assessment the compare view shows the open one against, while it is shown.
    const Assessment *comparedWith() const;

    /// Shows the trend of the open assessment and `otherFiles` (two or more other periods of its
    /// organisation, earlier or later). Too few files, another organisation or framework, or a
    /// period given twice are told naming the files, and nothing changes.
    bool showTrend(const QStringList &otherFiles);
    TrendView *trendView() const;
    /// While the trend view is shown, the report's trend page: the periods up to the open
    /// assessment's (three or more; none otherwise), and the newest period before it (the
    /// report's baseline then, when there is one).
    const Trend *shownTrend() const;
    const Assessment *trendBaseline() const;

    /// Rolls up the organisations of `files` by `options` and shows the roll-up view. A file
    /// that cannot be read, another framework, the same organisation and period twice are told
    /// naming the files, and nothing changes. Several periods of one organisation, without
    /// `options.latest`: the user is asked whether to roll up the newest period of each.
    bool rollUp(const QStringList &files, const RollupOptions &options = {});
    RollupView *rollupView() const;
    /// The roll-up shown, for the report's roll-up page; null while the view is closed.
    const Rollup *shownRollup() const;

    /// Closes every view (the assessment they are of is closing).
    void closeViews();

private:
    void tell(const QString &problem);
    void addTrendAction();
    /// From the trend shown, what a report of the open assessment takes: the trend up to it and
    /// the newest earlier assessment.
    void reportTrendUpTo(const Trend &trend, const TrendInput &opened, const QList<TrendInput> &all,
                         const QList<Assessment> &others, const QStringList &otherFiles);
    void addRollupAction();
    /// The earlier files read for a trend; nullopt (told) when one cannot be.
    std::optional<QList<Assessment>> readEarlier(const QStringList &files, const QString &frameworkId);

    QWidget *m_window;
    Prompter &m_prompter;
    Current m_current;
    QList<QAction *> m_assessmentActions;
    QMenu *m_menu = nullptr;
    QPointer<CompareView> m_compare;
    std::optional<Assessment> m_compared;
    QPointer<TrendView> m_trend;
    std::optional<Trend> m_reportTrend; ///< the view's trend up to the open assessment
    std::optional<Assessment> m_trendBaseline;
    QPointer<RollupView> m_rollup;
    QStringList m_rollupFiles; ///< rolled up again when another method is chosen
};

} // namespace wgll::analysis
