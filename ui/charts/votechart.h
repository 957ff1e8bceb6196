// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>

class QBarSet;

namespace wgll {

/// How many votes each level got: bars over the scale, for the workshop panel and the
/// presenter view after reveal.
class VoteChart : public QChartView
{
    Q_OBJECT
public:
    explicit VoteChart(QWidget *parent = nullptr);
    /// `counts[i]` votes for level `scaleMin + i`; empty clears the chart.
    void setCounts(const QList<int> &counts, int scaleMin);
    QBarSet *bars() const { return m_bars; }

private:
    QBarSet *m_bars = nullptr;
};

} // namespace wgll
