// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpanel.h"

#include "export/tableexport.h"
#include "models/gaplistmodel.h"
#include "scoring/whatif.h"
#include "session/assessmentsession.h"
#include "storage/document.h"
#include "storage/durablefile.h"
#include "workbenchsettings.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wgll {

OverviewPanel::OverviewPanel(AssessmentSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("overviewPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(buildOverall());

    // The radar over the tables, the tables as tabs: on a 1366×768 laptop the pane is ~700 px
    // tall, room for a radar 300 px across and all seven measures, but not for the gap list too.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("overviewSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildChartArea());
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("overviewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildMeasureTable(), tr("Mea&sures"));
    m_tabs->addTab(buildGapBox(), tr("Prioritised &gaps"));
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    layout->addWidget(m_splitter, 1);
    // The tables at their least (all the measures), the radar the rest, until the user drags.
    if (!m_splitter->restoreState(settings::overviewSplitter.value()))
        m_splitter->setSizes({QWIDGETSIZE_MAX, 0});
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { settings::overviewSplitter.set(m_splitter->saveState()); });

    connect(m_whatIfCount, &QSpinBox::valueChanged, this, &OverviewPanel::refresh);
    connect(&m_session, &AssessmentSession::answerChanged, this, &OverviewPanel::refresh);
    connect(&m_session, &AssessmentSession::detailsChanged, this, &OverviewPanel::refresh);
    refresh();
}

QWidget *OverviewPanel::buildChartArea()
{
    auto *area = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    m_radar = new RadarChart(area);
    m_radar->setMinimumHeight(260);
    layout->addWidget(m_radar, 1);
    // NHS England's figures are never shown without their source, caveat and licence.
    m_benchmarkNote = new QLabel(area);
    m_benchmarkNote->setObjectName(QStringLiteral("benchmarkNote"));
    m_benchmarkNote->setTextFormat(Qt::PlainText);
    m_benchmarkNote->setWordWrap(true);
    QFont small = m_benchmarkNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_benchmarkNote->setFont(small);
    m_benchmarkNote->hide();
    layout->addWidget(m_benchmarkNote);
    return area;
}

void OverviewPanel::setBenchmark(std::optional<report::BenchmarkColumn> benchmark)
{
    m_benchmark = std::move(benchmark);
    m_benchmarkNote->setVisible(m_benchmark.has_value());
    m_benchmarkNote->setText(m_benchmark ? m_benchmark->shortNote : QString());
    m_benchmarkNote->setToolTip(m_benchmark ? m_benchmark->note : QString());
    m_benchmarkNote->setAccessibleDescription(m_benchmark ? m_benchmark->note : QString());
    refresh();
}

void OverviewPanel::fillBenchmark(RadarChart::Data &chart)
{
    m_measures->setColumnHidden(BenchmarkColumn, !m_benchmark);
    if (!m_benchmark)
        return;
    chart.benchmark = m_benchmark->scores;
    chart.benchmarkName = m_benchmark->legend;
    m_measures->setHorizontalHeaderItem(BenchmarkColumn, new QTableWidgetItem(m_benchmark->header));
    for (int r = 0; r < m_measures->rowCount(); ++r) {
        auto *item = new QTableWidgetItem(formatScore(m_benchmark->scores.value(r)));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_measures->setItem(r, BenchmarkColumn, item);
    }
}

void OverviewPanel::showGapList()
{
    m_tabs->setCurrentWidget(m_gaps->parentWidget());
    m_gaps->setFocus(Qt::TabFocusReason);
}

QWidget *OverviewPanel::buildOverall()
{
    m_overall = new QLabel(this);
    m_overall->setObjectName(QStringLiteral("overallScore"));
    m_overall->setTextFormat(Qt::PlainText);
    m_overall->setWordWrap(true); // the pane may be narrow beside the workshop panel
    QFont big = m_overall->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_overall->setFont(big);
    return m_overall;
}

QWidget *OverviewPanel::buildMeasureTable()
{
    m_measures = new QTableWidget(0, 6, this);
    m_measures->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_measures->setObjectName(QStringLiteral("measureTable"));
    m_measures->setAccessibleName(tr("Success measure scores"));
    m_measures->setHorizontalHeaderLabels(
        {tr("Success measure"), tr("Score"), tr("Target"), tr("Scored"), tr("Baseline"), tr("Benchmark")});
    m_measures->verticalHeader()->hide();
    m_measures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_measures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_measures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_measures->verticalHeader()->setDefaultSectionSize(m_measures->fontMetrics().height() + 8);
    for (int c = 1; c < 6; ++c)
        m_measures->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return m_measures;
}

QWidget *OverviewPanel::buildGapBox()
{
    auto *gapBox = new QWidget(this);
    auto *gapLayout = new QVBoxLayout(gapBox);
    gapLayout->setContentsMargins(0, 4, 0, 0);
    auto *whatIfRow = new QHBoxLayout;
    // The what-if projection on a row of its own, so the pane stays narrow on a laptop screen.
    whatIfRow->addWidget(new QLabel(tr("What if the top"), gapBox));
    m_whatIfCount = new QSpinBox(gapBox);
    m_whatIfCount->setObjectName(QStringLiteral("whatIfCount"));
    m_whatIfCount->setAccessibleName(tr("Number of gaps to close in the projection"));
    m_whatIfCount->setRange(1, 49);
    m_whatIfCount->setValue(5);
    whatIfRow->addWidget(m_whatIfCount);
    m_whatIf = new QLabel(gapBox);
    m_whatIf->setObjectName(QStringLiteral("whatIf"));
    m_whatIf->setTextFormat(Qt::PlainText);
    m_whatIf->setWordWrap(true);
    whatIfRow->addWidget(m_whatIf, 1);
    gapLayout->addLayout(whatIfRow);
    gapLayout->addLayout(buildGapFilterRow(gapBox));
    gapLayout->addWidget(buildGapTable(gapBox), 1);
    return gapBox;
}

QLayout *OverviewPanel::buildGapFilterRow(QWidget *gapBox)
{
    auto *filterRow = new QHBoxLayout;
    auto *measureLabel = new QLabel(tr("&Measure"), gapBox);
    m_gapMeasure = new QComboBox(gapBox);
    m_gapMeasure->setObjectName(QStringLiteral("gapMeasureFilter"));
    m_gapMeasure->setAccessibleName(tr("Show the gaps of one success measure"));
    m_gapMeasure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_gapMeasure->setMinimumContentsLength(12);
    measureLabel->setBuddy(m_gapMeasure);
    m_gapMeasure->addItem(tr("All success measures"), QString());
    for (const Measure &m : m_session.framework().measures)
        m_gapMeasure->addItem(m.id + u"  " + m.title, m.id);
    auto *exportGaps = new QPushButton(tr("Export CSV…"), gapBox);
    exportGaps->setObjectName(QStringLiteral("exportGaps"));
    exportGaps->setAccessibleName(tr("Export the gap list as CSV"));
    connect(exportGaps, &QPushButton::clicked, this, &OverviewPanel::exportGapListWithDialog);
    filterRow->addWidget(measureLabel);
    filterRow->addWidget(m_gapMeasure, 1);
    filterRow->addWidget(exportGaps);
    return filterRow;
}

void OverviewPanel::exportGapListWithDialog()
{
    // Beside the assessment, not in the folder the program was started from.
    const QString name = QFileDialog::getSaveFileName(
        this, tr("Export the gap list"), QFileInfo(m_session.document().fileName()).dir().filePath(tr("gaps.csv")),
        tr("CSV files (*.csv)"));
    if (name.isEmpty())
        return;
    if (const Status s = exportGapList(name); !s)
        QMessageBox::warning(this, tr("Export the gap list"), s.error().toString());
}

QWidget *OverviewPanel::buildGapTable(QWidget *gapBox)
{
    m_gapModel = new GapListModel(m_session, this);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_gapModel);
    sorted->setSortRole(Qt::EditRole);
    sorted->setFilterRole(GapListModel::MeasureIdRole);
    sorted->setFilterKeyColumn(GapListModel::Rank);
    connect(m_gapMeasure, &QComboBox::currentIndexChanged, sorted, [this, sorted] {
        const QString id = m_gapMeasure->currentData().toString();
        sorted->setFilterRegularExpression(
            id.isEmpty() ? QRegularExpression()
                         : QRegularExpression(u'^' + QRegularExpression::escape(id) + u'$'));
    });
    m_gaps = new QTableView(gapBox);
    m_gaps->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_gaps->setObjectName(QStringLiteral("gapList"));
    m_gaps->setAccessibleName(tr("Prioritised gap list"));
    m_gaps->setModel(sorted);
    m_gaps->setSortingEnabled(true);
    m_gaps->sortByColumn(GapListModel::Rank, Qt::AscendingOrder);
    // A click on a title still sorts; without the arrow's room in every title the six number
    // columns leave the statement half the pane on a laptop, not 26 px.
    m_gaps->horizontalHeader()->setSortIndicatorShown(false);
    m_gaps->verticalHeader()->hide();
    m_gaps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gaps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gaps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The text takes what the numbers leave, elided; the tooltip has it whole.
    m_gaps->horizontalHeader()->setSectionResizeMode(GapListModel::Statement, QHeaderView::Stretch);
    m_gaps->setTextElideMode(Qt::ElideRight);
    m_gaps->setWordWrap(false);
    m_gaps->verticalHeader()->setDefaultSectionSize(m_gaps->fontMetrics().height() + 8);
    m_gaps->setColumnHidden(GapListModel::MeasureTitle, true);
    // A column of 1s says nothing and costs the statement seven characters on a laptop.
    const auto showWeightsIfAny = [this] { m_gaps->setColumnHidden(GapListModel::Weight, !m_gapModel->hasWeights()); };
    connect(m_gapModel, &QAbstractItemModel::modelReset, m_gaps, showWeightsIfAny);
    showWeightsIfAny();
    connect(m_gaps, &QTableView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT statementActivated(i.data(GapListModel::IdRole).toString());
    });
    return m_gaps;
}

void OverviewPanel::setBaseline(std::optional<Scorecard> baseline, const QString &description)
{
    m_baseline = std::move(baseline);
    m_baselineDescription = m_baseline ? description : QString();
    refresh();
}

Status OverviewPanel::exportGapList(const QString &fileName) const
{
    return storage::durable::writeFile(
        fileName, tables::csv(tables::gapHeader(), tables::gapRows(m_session.scorecard(), 0)));
}

void OverviewPanel::fitMeasureTable()
{
    // All seven rows always, never a scroll bar: the spare height belongs to the radar.
    int height = m_measures->horizontalHeader()->sizeHint().height() + 2 * m_measures->frameWidth();
    for (int r = 0; r < m_measures->rowCount(); ++r)
        height += m_measures->rowHeight(r);
    m_measures->setFixedHeight(height);
}

void OverviewPanel::refresh()
{
    const Scorecard &card = m_session.scorecard();
    QString overall = tr("Overall %1  ·  %2 of %3 applicable statements scored")
                          .arg(formatScore(card.overall))
                          .arg(card.scoredCount())
                          .arg(card.applicableCount());
    if (m_baseline)
        overall += u'\n' + tr("Baseline %1: %2").arg(m_baselineDescription, formatScore(m_baseline->overall));
    m_overall->setText(overall);
    RadarChart::Data chart;
    chart.scaleMin = m_session.framework().scale.min;
    chart.scaleMax = m_session.framework().scale.max;
    m_measures->setRowCount(static_cast<int>(card.measures.size()));
    for (int r = 0; r < card.measures.size(); ++r) {
        const MeasureResult &m = card.measures[r];
        chart.measures.append(m.title);
        chart.current.append(m.score);
        chart.target.append(m.target);
        const QStringList cells{m.title, formatScore(m.score), formatScore(m.target),
                                QStringLiteral("%1/%2").arg(m.scored).arg(m.total - m.notApplicable)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                          : Qt::AlignRight | Qt::AlignVCenter);
            m_measures->setItem(r, c, item);
        }
    }
    if (m_baseline) {
        for (const MeasureResult &m : card.measures) {
            const MeasureResult *before = m_baseline->measure(m.id);
            chart.baseline.append(before ? before->score : std::nullopt);
        }
    }
    m_measures->setColumnHidden(BaselineColumn, !m_baseline);
    for (int r = 0; r < chart.baseline.size(); ++r) {
        auto *item = new QTableWidgetItem(formatScore(chart.baseline[r]));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_measures->setItem(r, BaselineColumn, item);
    }
    fillBenchmark(chart);
    fitMeasureTable();
    m_radar->setData(chart);
    const Projection p = projectClosingTopGaps(m_session.assessment(), m_whatIfCount->value());
    m_whatIf->setText(p.closedCount == 0
                          ? tr("gaps: no gaps to close")
                          : tr("gaps were closed: overall %1 → %2")
                                .arg(formatScore(card.overall), formatScore(p.projected.overall)));
}

} // namespace wgll
