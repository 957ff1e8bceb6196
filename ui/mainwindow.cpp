// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wgll {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    // Document and framework text is never interpreted as markup.
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

MainWindow::MainWindow(Framework framework, QWidget *parent)
    : QMainWindow(parent), m_framework(std::move(framework))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(m_framework.title + u" — WGLL Workbench");

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigator = new QTreeWidget(splitter);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setAccessibleName(tr("Measures and statements"));
    m_navigator->setHeaderHidden(true);
    m_navigator->setUniformRowHeights(true);

    auto *detail = new QWidget;
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    m_heading = plainLabel(QStringLiteral("statementHeading"), detail);
    m_statement = plainLabel(QStringLiteral("statementText"), detail);
    QFont big = m_statement->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_statement->setFont(big);
    m_summary = plainLabel(QStringLiteral("measureSummary"), detail);
    m_scale = plainLabel(QStringLiteral("scaleDescription"), detail);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);
    layout->addWidget(m_statement);
    layout->addWidget(m_summary);
    layout->addWidget(m_scale);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidget(detail);
    scroll->setWidgetResizable(true);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    buildNavigator();
    buildMenus();
    connect(m_navigator, &QTreeWidget::currentItemChanged, this, &MainWindow::showSelection);
    auto *frameworkInfo = new QLabel(tr("%1 %2 · %3 success measures · %4 statements")
                                         .arg(m_framework.id, m_framework.version)
                                         .arg(m_framework.measures.size())
                                         .arg(m_framework.indicatorCount()));
    frameworkInfo->setObjectName(QStringLiteral("frameworkInfo"));
    statusBar()->addPermanentWidget(frameworkInfo);
    if (!m_framework.measures.isEmpty() && !m_framework.measures.first().indicators.isEmpty())
        selectItem(m_framework.measures.first().indicators.first().id);
}

void MainWindow::buildNavigator()
{
    for (const Measure &m : m_framework.measures) {
        auto *measureItem = new QTreeWidgetItem(m_navigator, {m.id + u"  " + m.title});
        measureItem->setData(0, IdRole, m.id);
        QFont f = measureItem->font(0);
        f.setBold(true);
        measureItem->setFont(0, f);
        for (const Indicator &i : m.indicators) {
            auto *item = new QTreeWidgetItem(measureItem, {i.id + u"  " + i.text});
            item->setData(0, IdRole, i.id);
            item->setToolTip(0, i.text);
        }
    }
    m_navigator->expandAll();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About WGLL Workbench"), this, [this] { showAboutDialog(this, &m_framework); });
}

bool MainWindow::selectItem(const QString &id)
{
    for (QTreeWidgetItemIterator it(m_navigator); *it; ++it) {
        if ((*it)->data(0, IdRole).toString() == id) {
            m_navigator->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void MainWindow::showSelection()
{
    const QTreeWidgetItem *item = m_navigator->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, IdRole).toString();
    const Indicator *indicator = m_framework.indicator(id);
    const Measure *measure = indicator ? m_framework.measureOf(id) : m_framework.measure(id);
    if (!measure)
        return;
    m_heading->setText(tr("Success measure %1 — %2").arg(measure->id, measure->title));
    m_statement->setText(indicator ? indicator->id + u"  " + indicator->text : m_framework.lead);
    m_summary->setText(tr("What does good look like?") + u"\n" + measure->summary);
    QString scale = tr("Maturity scale") + u'\n';
    for (const ScaleLevel &l : m_framework.scale.levels)
        scale += QStringLiteral("%1  %2 — %3\n").arg(l.value).arg(l.label, l.description);
    m_scale->setText(scale.trimmed());
}

} // namespace wgll
