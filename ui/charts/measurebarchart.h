// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>
#include <QStringList>

#include <optional>

class QBarSet;

namespace wgll {

/// Score and target (and baseline, when there is one) of each success measure as horizontal
/// bars on the 1–5 scale: the radar's numbers in a form that is easy to read exactly.
class MeasureBarChart : public QChartView
{
    Q_OBJECT
public:
    explicit MeasureBarChart(QWidget *parent = nullptr);

    struct Data
    {
        QStringList measures;
        QList<std::optional<double>> current;
        QList<std::optional<double>> target;
        QList<std::optional<double>> baseline; ///< empty: no baseline bars
        double scaleMax = 5;
    };
    void setData(const Data &data);

    QBarSet *currentSet() const { return m_currentSet; }
    QBarSet *targetSet() const { return m_targetSet; }

private:
    QBarSet *m_currentSet = nullptr;
    QBarSet *m_targetSet = nullptr;
};

} // namespace wgll
