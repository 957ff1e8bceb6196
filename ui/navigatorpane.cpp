// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigatorpane.h"

#include "models/navigatormodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace wgll {

NavigatorPane::NavigatorPane(AssessmentSession &session, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("navigatorPane"));
    m_model = new NavigatorModel(session, this);
    m_filter = new NavigatorFilter(this);
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(buildFilterRow());
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("navigator"));
    m_tree->setAccessibleName(tr("Measures and statements"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setIndentation(12); // each pixel is statement text on a laptop screen
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NavigatorModel::StatementColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(NavigatorModel::ScoreColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(NavigatorModel::EvidenceColumn, QHeaderView::ResizeToContents);
    m_tree->expandAll();
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("navigatorEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 1);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &NavigatorPane::updateEmptyMessage);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &NavigatorPane::updateEmptyMessage);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &NavigatorPane::updateEmptyMessage);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &i) {
                Q_EMIT chosen(i.siblingAtColumn(0).data(NavigatorModel::IdRole).toString());
            });
}

QWidget *NavigatorPane::buildFilterRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *show = new QComboBox(row);
    show->setObjectName(QStringLiteral("navigatorFilter"));
    show->setAccessibleName(tr("Show statements"));
    show->addItems({tr("All statements"), tr("Unscored"), tr("N/A"), tr("With a gap")});
    auto *search = new QLineEdit(row);
    search->setObjectName(QStringLiteral("navigatorSearch"));
    search->setPlaceholderText(tr("Search"));
    search->setAccessibleName(tr("Search statements"));
    search->setClearButtonEnabled(true);
    layout->addWidget(show);
    layout->addWidget(search, 1);
    connect(show, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_filter->setShow(static_cast<NavigatorFilter::Show>(i));
        m_tree->expandAll();
    });
    connect(search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_filter->setSearchText(t);
        m_tree->expandAll();
    });
    return row;
}

void NavigatorPane::updateEmptyMessage()
{
    const bool empty = m_filter->rowCount() == 0;
    if (empty) {
        const QString &search = m_filter->searchText();
        const NavigatorFilter::Show show = m_filter->show();
        m_empty->setText(!search.isEmpty()                          ? tr("No statement matches \u201c%1\u201d.").arg(search)
                         : show == NavigatorFilter::Show::Unscored      ? tr("All statements are scored.")
                         : show == NavigatorFilter::Show::NotApplicable ? tr("No statement is marked N/A.")
                                                                        : tr("No statement has a gap."));
    }
    // Above the empty tree, so a blank pane never looks like a fault; the tree stays, and keeps
    // the focus the keys need.
    m_empty->setVisible(empty);
}

bool NavigatorPane::select(const QString &id)
{
    const QModelIndex source = m_model->indexOf(id);
    QModelIndex shown = m_filter->mapFromSource(source);
    if (source.isValid() && !shown.isValid()) {
        m_filter->setShow(NavigatorFilter::Show::All); // a jump from the gap list must land
        m_filter->setSearchText({});
        shown = m_filter->mapFromSource(source);
    }
    if (!shown.isValid())
        return false;
    m_tree->setCurrentIndex(shown);
    m_tree->scrollTo(shown);
    return true;
}

} // namespace wgll
