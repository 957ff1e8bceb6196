// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/scale.h"
#include "report/boardreport.h"
#include "scoring/trend.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace wgll {
class Prompter;
class TrendChart;
}

namespace wgll::analysis {

/// Analyse → Show Trend: the open assessment and earlier ones of its organisation, a line chart
/// of the overall score or of the measure picked in the list (the report's trend chart: cut
/// where the framework revision changes), the breaks named, and every figure in a table.
class TrendView : public QWidget
{
    Q_OBJECT
public:
    explicit TrendView(Prompter &prompter, QWidget *parent = nullptr);

    void setTrend(const Trend &trend, const Scale &scale);
    const Trend &trend() const { return m_trend; }

    /// The list of what the chart shows: "Overall" first, then each measure.
    QListWidget *measureList() const { return m_measures; }
    TrendChart *chart() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    QLabel *breaks() const { return m_breaks; }
    /// The chart shown, as the report draws it (its periods, revisions, segments and values).
    const report::Chart &shownChart() const { return m_shown; }

    /// The chart shown as a PNG or SVG by the extension of `fileName`. Failures are told.
    bool exportChart(const QString &fileName);

private:
    void showMeasure(int row);
    QByteArray draw(bool svg) const;

    Prompter &m_prompter;
    Trend m_trend;
    Scale m_scale;
    report::Chart m_shown;
    QLabel *m_heading = nullptr;
    QLabel *m_breaks = nullptr;
    QListWidget *m_measures = nullptr;
    TrendChart *m_chart = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace wgll::analysis
