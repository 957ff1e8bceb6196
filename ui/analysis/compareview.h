// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/radarchart.h"
#include "scoring/comparison.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace wgll {
class Prompter;
}

namespace wgll::analysis {

class ChangeFilter;
class ComparisonModel;

/// Analyse → Compare with Another Assessment: the open file (after) against another (before),
/// side by side: every change in a table that filters by kind and by text, and the two radars
/// overlaid (the other file dotted). A window of its own beside the main window.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(Prompter &prompter, QWidget *parent = nullptr);

    /// Shows `comparison` of `otherFile` (before) with the open assessment, whose scorecard
    /// `after` gives the radar its targets.
    void setComparison(const Comparison &comparison, const QString &otherFile, const Scorecard &after, int scaleMin,
                       int scaleMax);
    QString otherFile() const { return m_otherFile; }

    ComparisonModel *changes() const { return m_model; }
    ChangeFilter *filtered() const { return m_filter; }
    QComboBox *kindFilter() const { return m_kind; }
    QLineEdit *textFilter() const { return m_text; }
    RadarChart *radar() const { return m_radar; }

    /// The radar as a PNG or SVG by the extension of `fileName` (the Export Chart button asks
    /// for the name first). Failures are told and returned.
    bool exportChart(const QString &fileName);

private:
    QWidget *buildTable();
    QWidget *buildChart();
    QByteArray draw(bool svg) const;

    Prompter &m_prompter;
    QString m_otherFile;
    QLabel *m_heading = nullptr;
    ComparisonModel *m_model = nullptr;
    ChangeFilter *m_filter = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_text = nullptr;
    QTableView *m_table = nullptr;
    RadarChart *m_radar = nullptr;
};

} // namespace wgll::analysis
