// SPDX-License-Identifier: GPL-3.0-or-later
#include "votechart.h"

#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QGraphicsLayout>
#include <QValueAxis>

namespace wgll {

// The chart goes to the view's constructor: QChartView(parent) makes a QChart of its own, and
// setChart() only takes that one out of the scene, leaving it owned by nobody.
VoteChart::VoteChart(QWidget *parent) : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("voteChart"));
    setRenderHint(QPainter::Antialiasing);
    QChart *c = chart();
    c->setBackgroundVisible(false);
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->hide();
    c->setMargins(QMargins(2, 2, 2, 2));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    setAccessibleName(tr("Votes per level"));
}

void VoteChart::setCounts(const QList<int> &counts, int scaleMin)
{
    QChart *c = chart();
    charts::style::clearChart(*c);
    m_bars = nullptr;
    if (counts.isEmpty())
        return;
    m_bars = new QBarSet(tr("Votes"));
    m_bars->setColor(QColor(0, 94, 184));
    m_bars->setBorderColor(QColor(0, 94, 184));
    QStringList levels;
    int most = 1;
    QStringList said;
    for (int i = 0; i < counts.size(); ++i) {
        m_bars->append(counts[i]);
        levels.append(QString::number(scaleMin + i));
        most = std::max(most, counts[i]);
        said.append(tr("level %1: %2").arg(scaleMin + i).arg(counts[i]));
    }
    auto *series = new QBarSeries;
    series->append(m_bars);
    series->setLabelsVisible(true);
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(levels);
    auto *y = new QValueAxis;
    y->setRange(0, most);
    y->setTickCount(std::min(most, 5) + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    const QColor text = palette().color(QPalette::WindowText);
    x->setLabelsColor(text);
    y->setLabelsColor(text);
    x->setLabelsFont(font()); // the presenter view sets a projector-sized font
    y->setLabelsFont(font());
    series->setLabelsVisible(true);
    m_bars->setLabelFont(font());
    m_bars->setLabelColor(Qt::white);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    setAccessibleDescription(said.join(QStringLiteral(", ")));
}

} // namespace wgll
