// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollupview.h"

#include "chartexport.h"
#include "framework/frameworkcatalog.h"
#include "charts/chartpainter.h"
#include "prompter.h"
#include "rollupmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wgll::analysis {

RollupView::RollupView(Prompter &prompter, QWidget *parent) : QWidget(parent, Qt::Window), m_prompter(prompter)
{
    setObjectName(QStringLiteral("rollupView"));
    setWindowTitle(tr("Roll-up"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(left);
    m_table->setObjectName(QStringLiteral("rollupTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    leftLayout->addWidget(m_table, 3);
    auto *leftOut = new QLabel(tr("Not comparable (worded differently between revisions; left out of every figure):"),
                               left);
    leftOut->setWordWrap(true);
    leftLayout->addWidget(leftOut);
    m_notComparable = new QListWidget(left);
    m_notComparable->setObjectName(QStringLiteral("rollupNotComparable"));
    m_notComparable->setWordWrap(true);
    m_notComparable->setAccessibleName(leftOut->text());
    leftLayout->addWidget(m_notComparable, 1);
    split->addWidget(buildChart());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    resize(1250, 760);
}

QWidget *RollupView::buildControls()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_method = new QComboBox(box);
    m_method->setObjectName(QStringLiteral("rollupMethod"));
    m_method->addItem(tr("Mean"), static_cast<int>(RollupMethod::Mean));
    m_method->addItem(tr("Median"), static_cast<int>(RollupMethod::Median));
    m_method->addItem(tr("Minimum"), static_cast<int>(RollupMethod::Minimum));
    auto *methodCaption = new QLabel(tr("&Method"), box);
    methodCaption->setBuddy(m_method);
    m_latest = new QCheckBox(tr("&Newest period of each"), box);
    m_latest->setObjectName(QStringLiteral("rollupLatest"));
    m_latest->setToolTip(tr("Several periods of one organisation: roll up its newest, listing the older files as "
                            "left out (each organisation counts once)"));
    m_migrateTo = new QComboBox(box);
    m_migrateTo->setObjectName(QStringLiteral("rollupMigrateTo"));
    auto *migrateCaption = new QLabel(tr("Mi&grate to"), box);
    migrateCaption->setBuddy(m_migrateTo);
    m_statements = new QCheckBox(tr("Show &statements"), box);
    m_statements->setObjectName(QStringLiteral("rollupStatements"));
    m_methodLabel = new QLabel(box);
    m_methodLabel->setObjectName(QStringLiteral("rollupMethodLabel"));
    m_methodLabel->setTextFormat(Qt::PlainText);
    m_methodLabel->setWordWrap(true);
    row->addWidget(methodCaption);
    row->addWidget(m_method);
    row->addWidget(m_latest);
    row->addWidget(migrateCaption);
    row->addWidget(m_migrateTo);
    row->addWidget(m_statements);
    row->addWidget(m_methodLabel, 1);
    connect(m_method, &QComboBox::currentIndexChanged, this, &RollupView::optionsChosen);
    connect(m_latest, &QCheckBox::toggled, this, &RollupView::optionsChosen);
    connect(m_migrateTo, &QComboBox::currentIndexChanged, this, &RollupView::optionsChosen);
    connect(m_statements, &QCheckBox::toggled, this, &RollupView::fillTable);
    return box;
}

QWidget *RollupView::buildChart()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_radar = new RadarChart(box);
    m_radar->setObjectName(QStringLiteral("rollupRadar"));
    m_radar->setMinimumSize(360, 360);
    layout->addWidget(m_radar, 1);
    auto *exportButton = new QPushButton(tr("Export C&hart…"), box);
    exportButton->setObjectName(QStringLiteral("rollupExportChart"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString folder =
            m_rollup.organisations.isEmpty() ? QString() : QFileInfo(m_rollup.organisations.constFirst().file).path();
        analysis::exportChart(m_prompter, QDir(folder).filePath(tr("roll-up.png")),
                              [this](bool svg) { return draw(svg); });
    });
    layout->addWidget(exportButton, 0, Qt::AlignRight);
    return box;
}

RollupOptions RollupView::options() const
{
    const int revision = m_migrateTo->currentIndex() - 1; // after "No migration"
    return RollupOptions(static_cast<RollupMethod>(m_method->currentData().toInt()), m_latest->isChecked(),
                         revision >= 0 && revision < m_revisions.size() ? std::optional<Framework>(m_revisions.at(revision))
                                                                        : std::nullopt);
}

void RollupView::listRevisions(const QString &frameworkId)
{
    const QString chosen = m_migrateTo->currentIndex() > 0 ? m_migrateTo->currentText() : QString();
    const QSignalBlocker quiet(m_migrateTo);
    m_migrateTo->clear();
    m_revisions.clear();
    m_migrateTo->addItem(tr("No migration"));
    const FrameworkCatalog catalog = FrameworkCatalog::load(); // revisions() points into it
    for (const FrameworkCatalog::Entry *e : catalog.revisions(frameworkId)) {
        m_revisions.append(e->framework);
        m_migrateTo->addItem(tr("Revision %1").arg(e->framework.version));
    }
    m_migrateTo->setCurrentIndex(std::max(0, m_migrateTo->findText(chosen)));
}

void RollupView::setRollup(const Rollup &rollup, const Scale &scale)
{
    m_rollup = rollup;
    {
        // Showing what was rolled up is not choosing it: no signal, no second roll-up.
        const QSignalBlocker quietMethod(m_method);
        const QSignalBlocker quietLatest(m_latest);
        m_method->setCurrentIndex(m_method->findData(static_cast<int>(rollup.method)));
        m_latest->setChecked(!rollup.leftOut.isEmpty() || m_latest->isChecked());
    }
    listRevisions(rollup.frameworkId);
    if (!rollup.migratedTo.isEmpty()) {
        const QSignalBlocker quiet(m_migrateTo);
        m_migrateTo->setCurrentIndex(std::max(0, m_migrateTo->findText(tr("Revision %1").arg(rollup.migratedTo))));
    }
    m_methodLabel->setText(methodSummary(rollup));
    m_radar->setData(rollupRadar(rollup, scale));
    fillTable();
    fillNotComparable();
    setWindowTitle(tr("Roll-up of %1").arg(organisationCount(rollup.organisations.size())));
}

void RollupView::fillTable()
{
    const RollupTable t = rollupTable(m_rollup, m_statements->isChecked());
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(t.header.size()));
    m_table->setRowCount(static_cast<int>(t.rows.size()));
    m_table->setHorizontalHeaderLabels(t.header);
    for (int r = 0; r < t.rows.size(); ++r)
        for (int c = 0; c < t.rows.at(r).size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(t.rows.at(r).at(c)));
    m_table->resizeColumnsToContents();
}

void RollupView::fillNotComparable()
{
    m_notComparable->clear();
    for (const QString &line : notComparableLines(m_rollup))
        m_notComparable->addItem(line);
    if (m_rollup.notComparable.isEmpty())
        m_notComparable->addItem(tr("None: every statement is worded alike in the files rolled up."));
}

QByteArray RollupView::draw(bool svg) const
{
    if (svg)
        return charts::svg(m_radar->data(), ExportSize, windowTitle() + u": " + m_methodLabel->text(),
                           m_radar->accessibleDescription());
    return charts::png(charts::image(m_radar->data(), ExportSize));
}

bool RollupView::exportChart(const QString &fileName)
{
    if (const Status written = writeChart(fileName, [this](bool svg) { return draw(svg); }); !written) {
        m_prompter.tell(written.error().toString());
        return false;
    }
    return true;
}

} // namespace wgll::analysis
