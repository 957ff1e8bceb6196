// SPDX-License-Identifier: GPL-3.0-or-later
#include "gaplistmodel.h"

#include "session/assessmentsession.h"

#include <algorithm>

namespace wgll {

GapListModel::GapListModel(AssessmentSession &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    m_rows = m_session.scorecard().gapList();
    connect(&m_session, &AssessmentSession::answerChanged, this, &GapListModel::rebuild);
    connect(&m_session, &AssessmentSession::detailsChanged, this, &GapListModel::rebuild);
}

void GapListModel::rebuild()
{
    beginResetModel();
    m_rows = m_session.scorecard().gapList();
    endResetModel();
}

int GapListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GapListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GapListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scorecard &card = m_session.scorecard();
    const IndicatorResult &i = card.indicators.at(m_rows.at(index.row()));
    if (role == IdRole)
        return i.id;
    if (role == MeasureIdRole)
        return i.measureId;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Statement || index.column() == MeasureTitle
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return QString(i.id + u": " + i.text);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Rank:
        return *i.rank;
    case Statement:
        // Sorted by position in the framework, so 2.10 comes after 2.9.
        return role == Qt::EditRole ? QVariant(m_rows.at(index.row())) : QVariant(i.id + u"  " + i.text);
    case MeasureTitle:
        return card.measure(i.measureId)->title;
    case Score:
        return *i.score;
    case Target:
        return i.target;
    case Gap:
        return *i.gap;
    case Weight:
        return i.weight;
    case Priority:
        return *i.priority;
    default:
        return {};
    }
}

QVariant GapListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        static const char *const meanings[] = {
            QT_TR_NOOP("Rank in the gap list: highest priority first"),
            QT_TR_NOOP("The statement (its whole text is in each row's tooltip)"),
            QT_TR_NOOP("The success measure"),
            QT_TR_NOOP("The agreed score, 1 to 5"),
            QT_TR_NOOP("The target score, 1 to 5"),
            QT_TR_NOOP("Target minus score"),
            QT_TR_NOOP("The statement's weight (shown when any weight is not 1)"),
            QT_TR_NOOP("Gap × weight: the list is ordered by this")};
        return tr(meanings[section]);
    }
    if (role != Qt::DisplayRole)
        return {};
    static const char *const titles[] = {
        QT_TR_NOOP("Rank"),   QT_TR_NOOP("Statement"), QT_TR_NOOP("Measure"),
        QT_TR_NOOP("Score"),  QT_TR_NOOP("Target"),    QT_TR_NOOP("Gap"),
        QT_TR_NOOP("Weight"), QT_TR_NOOP("Priority")};
    return tr(titles[section]);
}

bool GapListModel::hasWeights() const
{
    const Scorecard &card = m_session.scorecard();
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [&card](qsizetype row) { return card.indicators.at(row).weight != 1; });
}

} // namespace wgll
