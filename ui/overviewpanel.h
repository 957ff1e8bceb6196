// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/radarchart.h"
#include "report/benchmarksection.h"
#include "scoring/scorecard.h"
#include "util/status.h"

#include <optional>

#include <QWidget>

class QComboBox;
class QLabel;
class QLayout;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace wgll {

class AssessmentSession;
class GapListModel;

/// The picture of the whole assessment, live while scoring: the radar, the measure table
/// (score, target, coverage), the prioritised gap list (sortable, filtered by measure;
/// double-click or Enter jumps to the statement) and the what-if projection for the top N gaps.
class OverviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPanel(AssessmentSession &session, QWidget *parent = nullptr);

    RadarChart *radar() const { return m_radar; }
    /// Shows an earlier assessment's scores beside the current ones (the radar's dotted line and
    /// a Baseline column); nullopt removes them. `description` names it, e.g. "Northshire 2025/26".
    void setBaseline(std::optional<Scorecard> baseline, const QString &description);
    bool hasBaseline() const { return m_baseline.has_value(); }
    /// Shows a national benchmark: the radar's dash-dot line, its column in the measure table and
    /// its source, caveat and licence under the radar; nullopt removes them.
    void setBenchmark(std::optional<report::BenchmarkColumn> benchmark);
    bool hasBenchmark() const { return m_benchmark.has_value(); }
    /// Writes the prioritised gap list as CSV (the columns of `wgll gaps --format csv`).
    Status exportGapList(const QString &fileName) const;
    /// Brings the gap list's tab forward and gives it the keyboard (F6, a jump to the gaps).
    void showGapList();

Q_SIGNALS:
    void statementActivated(const QString &id);

private:
    void refresh();
    QWidget *buildOverall();
    QWidget *buildMeasureTable();
    /// The gap list's tab: the what-if projection, the measure filter and Export, the table.
    QWidget *buildGapBox();
    QLayout *buildGapFilterRow(QWidget *gapBox);
    QWidget *buildGapTable(QWidget *gapBox);
    void exportGapListWithDialog();
    /// Exactly as tall as the measure table's rows, so the radar above has the rest.
    void fitMeasureTable();

    /// The radar with the benchmark's note under it, as the splitter's upper half.
    QWidget *buildChartArea();
    void fillBenchmark(RadarChart::Data &chart);

    static constexpr int BaselineColumn = 4;
    static constexpr int BenchmarkColumn = 5;

    AssessmentSession &m_session;
    std::optional<Scorecard> m_baseline;
    QString m_baselineDescription;
    std::optional<report::BenchmarkColumn> m_benchmark;
    QLabel *m_benchmarkNote = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_gapMeasure = nullptr;
    RadarChart *m_radar = nullptr;
    QTableWidget *m_measures = nullptr;
    QTableView *m_gaps = nullptr;
    GapListModel *m_gapModel = nullptr;
    QSpinBox *m_whatIfCount = nullptr;
    QLabel *m_overall = nullptr;
    QLabel *m_whatIf = nullptr;
};

} // namespace wgll
