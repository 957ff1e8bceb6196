// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

namespace wgll {

/// One measure's (or the overall) score across several periods as a line on the scale, with a
/// marker per period. The line is cut where the framework revision changes (and where a period
/// has no score): each period's axis label names its revision, so the break is named where it is.
class TrendChart : public QChartView
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);

    struct Data
    {
        QStringList periods;
        QStringList revisions;
        QList<int> segments;
        QList<std::optional<double>> values;
        double scaleMin = 1;
        double scaleMax = 5;
    };
    void setData(const Data &data);

private:
    std::pair<QAbstractAxis *, QAbstractAxis *> addAxes(const Data &d);
    void addSeries(QAbstractSeries *series, QAbstractAxis *periods, QAbstractAxis *levels);
    void addValues(const Data &d, QAbstractAxis *periods, QAbstractAxis *levels);
};

} // namespace wgll
