// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/status.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace wgll {

class AssessmentSession;
class GapListModel;
class RadarChart;

/// The picture of the whole assessment, live while scoring: the radar, the measure table
/// (score, target, coverage), the prioritised gap list (sortable; double-click or Enter jumps to
/// the statement) and the what-if projection for the top N gaps.
class OverviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPanel(AssessmentSession &session, QWidget *parent = nullptr);

    RadarChart *radar() const { return m_radar; }
    /// Writes the prioritised gap list as CSV (the columns of `wgll gaps --format csv`).
    Status exportGapList(const QString &fileName) const;

Q_SIGNALS:
    void statementActivated(const QString &id);

private:
    void refresh();

    AssessmentSession &m_session;
    RadarChart *m_radar = nullptr;
    QTableWidget *m_measures = nullptr;
    QTableView *m_gaps = nullptr;
    GapListModel *m_gapModel = nullptr;
    QSpinBox *m_whatIfCount = nullptr;
    QLabel *m_overall = nullptr;
    QLabel *m_whatIf = nullptr;
};

} // namespace wgll
