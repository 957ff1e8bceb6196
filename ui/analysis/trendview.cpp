// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendview.h"

#include "chartexport.h"
#include "charts/chartpainter.h"
#include "charts/trendchart.h"
#include "prompter.h"
#include "report/trendsection.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wgll::analysis {

TrendView::TrendView(Prompter &prompter, QWidget *parent) : QWidget(parent, Qt::Window), m_prompter(prompter)
{
    setObjectName(QStringLiteral("trendView"));
    setWindowTitle(tr("Trend"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_breaks = new QLabel(this);
    m_breaks->setObjectName(QStringLiteral("trendBreaks"));
    m_breaks->setTextFormat(Qt::PlainText);
    m_breaks->setWordWrap(true);
    layout->addWidget(m_breaks);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_measures = new QListWidget(split);
    m_measures->setObjectName(QStringLiteral("trendMeasures"));
    m_measures->setAccessibleName(tr("Show the trend of"));
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_chart = new TrendChart(right);
    m_chart->setMinimumSize(420, 260);
    rightLayout->addWidget(m_chart, 1);
    auto *exportButton = new QPushButton(tr("Export C&hart…"), right);
    exportButton->setObjectName(QStringLiteral("trendExportChart"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileInfo(m_trend.points.isEmpty() ? QString() : m_trend.points.constLast().file).path();
        analysis::exportChart(m_prompter, QDir(folder).filePath(tr("trend.png")), [this](bool svg) { return draw(svg); });
    });
    rightLayout->addWidget(exportButton, 0, Qt::AlignRight);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 3);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("trendTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 2);
    connect(m_measures, &QListWidget::currentRowChanged, this, &TrendView::showMeasure);
    resize(1100, 760);
}

void TrendView::setTrend(const Trend &trend, const Scale &scale)
{
    m_trend = trend;
    m_scale = scale;
    m_heading->setText(tr("%1: %2 periods, %3 to %4, framework %5")
                           .arg(trend.organisation)
                           .arg(trend.points.size())
                           .arg(trend.points.constFirst().period, trend.points.constLast().period, trend.frameworkId));
    QStringList breaks;
    for (const TrendBreak &b : trend.breaks)
        breaks.append(tr("Break between %1 and %2: the framework revision changes from %3 to %4; the statements are "
                         "worded differently, so no change is computed across it.")
                          .arg(b.beforePeriod, b.afterPeriod, b.beforeRevision, b.afterRevision));
    m_breaks->setText(breaks.join(u'\n'));
    m_breaks->setVisible(!breaks.isEmpty());
    const report::Table figures = report::trendTable(trend);
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(figures.header.size()));
    m_table->setRowCount(static_cast<int>(figures.rows.size()));
    m_table->setHorizontalHeaderLabels(figures.header);
    for (int r = 0; r < figures.rows.size(); ++r)
        for (int c = 0; c < figures.rows.at(r).size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(figures.rows.at(r).at(c)));
    m_measures->clear();
    m_measures->addItem(tr("Overall"));
    for (const TrendMeasure &m : trend.measures)
        m_measures->addItem(m.id + u' ' + m.title);
    m_measures->setCurrentRow(0);
    showMeasure(0);
    setWindowTitle(tr("Trend of %1").arg(trend.organisation));
}

void TrendView::showMeasure(int row)
{
    if (row < 0 || m_trend.points.isEmpty())
        return;
    const qsizetype measure = row - 1; // the first row is the overall (-1)
    const QString name = m_measures->item(row)->text();
    m_shown = report::trendChart(m_trend, measure, name, m_scale);
    m_chart->setData({m_shown.periods, m_shown.revisions, m_shown.segments, m_shown.current, m_shown.scaleMin,
                      m_shown.scaleMax});
    m_chart->setAccessibleDescription(m_shown.description);
}

QByteArray TrendView::draw(bool svg) const
{
    if (svg)
        return charts::svg(m_shown, TrendExportSize);
    return charts::png(charts::image(m_shown, TrendExportSize));
}

bool TrendView::exportChart(const QString &fileName)
{
    if (const Status written = writeChart(fileName, [this](bool svg) { return draw(svg); }); !written) {
        m_prompter.tell(written.error().toString());
        return false;
    }
    return true;
}

} // namespace wgll::analysis
