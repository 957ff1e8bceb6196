// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareview.h"

#include "chartexport.h"
#include "charts/chartpainter.h"
#include "comparisonmodel.h"
#include "prompter.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace wgll::analysis {

namespace {

QString described(const AssessmentInfo &info, const QString &version)
{
    const QString who = info.organisation.isEmpty() ? QObject::tr("(no organisation)") : info.organisation;
    return who + (info.period.isEmpty() ? QString() : u", " + info.period) + u" (" +
           QObject::tr("revision %1").arg(version) + u')';
}

} // namespace

CompareView::CompareView(Prompter &prompter, QWidget *parent) : QWidget(parent, Qt::Window), m_prompter(prompter)
{
    setObjectName(QStringLiteral("compareView"));
    setWindowTitle(tr("Compare"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("compareHeading"));
    m_heading->setTextFormat(Qt::PlainText); // organisation names and periods are never markup
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildTable());
    split->addWidget(buildChart());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    resize(1200, 700);
}

QWidget *CompareView::buildTable()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("changeKindFilter"));
    m_kind->setAccessibleName(tr("Show changes of kind"));
    m_kind->addItem(tr("Every change"), -1);
    for (ChangeKind k : allChangeKinds())
        m_kind->addItem(changeKindName(k), static_cast<int>(k));
    m_text = new QLineEdit(box);
    m_text->setObjectName(QStringLiteral("changeTextFilter"));
    m_text->setPlaceholderText(tr("Filter by statement or wording"));
    m_text->setAccessibleName(tr("Filter the changes"));
    m_text->setClearButtonEnabled(true);
    auto *kindLabel = new QLabel(tr("&Show"), box);
    kindLabel->setBuddy(m_kind);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(m_text, 1);
    layout->addLayout(filters);
    m_model = new ComparisonModel(this);
    m_filter = new ChangeFilter(this);
    m_filter->setSourceModel(m_model);
    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("changeTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(false); // the framework's order, as the command line lists them
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ComparisonModel::BeforeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ComparisonModel::AfterColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int k = m_kind->currentData().toInt();
        m_filter->setKind(k < 0 ? std::nullopt : std::optional(static_cast<ChangeKind>(k)));
    });
    connect(m_text, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    return box;
}

QWidget *CompareView::buildChart()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_radar = new RadarChart(box);
    m_radar->setObjectName(QStringLiteral("compareRadar"));
    m_radar->setMinimumSize(360, 360);
    layout->addWidget(m_radar, 1);
    auto *exportButton = new QPushButton(tr("Export C&hart…"), box);
    exportButton->setObjectName(QStringLiteral("compareExportChart"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        analysis::exportChart(m_prompter, QFileInfo(m_otherFile).dir().filePath(tr("comparison.png")),
                              [this](bool svg) { return draw(svg); });
    });
    layout->addWidget(exportButton, 0, Qt::AlignRight);
    return box;
}

void CompareView::setComparison(const Comparison &comparison, const QString &otherFile, const Scorecard &after,
                                int scaleMin, int scaleMax)
{
    m_otherFile = otherFile;
    const QList<ChangeRow> rows = changeRows(comparison);
    const QString count = rows.size() == 1 ? tr("1 change") : tr("%1 changes").arg(rows.size());
    m_heading->setText(tr("Before: %1, %2\nAfter: %3\nOverall %4 → %5; %6")
                           .arg(QFileInfo(otherFile).fileName(),
                                described(comparison.beforeInfo, comparison.beforeVersion),
                                described(comparison.afterInfo, comparison.afterVersion),
                                formatScore(comparison.overallBefore), formatScore(comparison.overallAfter), count));
    m_model->setRows(rows);
    RadarChart::Data d;
    for (const ComparedMeasure &m : comparison.measures) {
        d.measures.append(m.title);
        d.current.append(m.after);
        d.baseline.append(m.before);
        const MeasureResult *r = after.measure(m.id);
        d.target.append(r ? r->target : std::nullopt);
    }
    d.scaleMin = scaleMin;
    d.scaleMax = scaleMax;
    d.currentName = comparison.afterInfo.period.isEmpty() ? tr("This assessment") : comparison.afterInfo.period;
    d.baselineName =
        comparison.beforeInfo.period.isEmpty() ? QFileInfo(otherFile).completeBaseName() : comparison.beforeInfo.period;
    m_radar->setData(d);
    setWindowTitle(tr("Compare with %1").arg(QFileInfo(otherFile).fileName()));
}

QByteArray CompareView::draw(bool svg) const
{
    const QString title = windowTitle();
    if (svg)
        return charts::svg(m_radar->data(), ExportSize, title, m_radar->accessibleDescription());
    return charts::png(charts::image(m_radar->data(), ExportSize));
}

bool CompareView::exportChart(const QString &fileName)
{
    if (const Status written = writeChart(fileName, [this](bool svg) { return draw(svg); }); !written) {
        m_prompter.tell(written.error().toString());
        return false;
    }
    return true;
}

} // namespace wgll::analysis
