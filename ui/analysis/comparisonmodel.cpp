// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonmodel.h"

namespace wgll::analysis {

QString changeKindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Score: return QObject::tr("score");
    case ChangeKind::NotApplicable: return QObject::tr("N/A");
    case ChangeKind::Unscored: return QObject::tr("unscored");
    case ChangeKind::Target: return QObject::tr("target");
    case ChangeKind::Weight: return QObject::tr("weight");
    case ChangeKind::NotComparable: return QObject::tr("not comparable");
    }
    return {};
}

QList<ChangeKind> allChangeKinds()
{
    return {ChangeKind::Score,  ChangeKind::NotApplicable, ChangeKind::Unscored,
            ChangeKind::Target, ChangeKind::Weight,        ChangeKind::NotComparable};
}

namespace {

/// A side's answer as the table shows it: the level, "N/A", "unscored" or "absent".
QString answerText(const QString &state, std::optional<int> score)
{
    if (state == u"scored" && score)
        return QString::number(*score);
    if (state == u"n/a")
        return QStringLiteral("N/A");
    return state == u"absent" ? QObject::tr("absent") : QObject::tr("unscored");
}

ChangeKind answerKind(const ComparedIndicator &i)
{
    if (i.beforeState() == u"n/a" || i.afterState() == u"n/a")
        return ChangeKind::NotApplicable;
    if (i.beforeState() == u"scored" && i.afterState() == u"scored")
        return ChangeKind::Score;
    return ChangeKind::Unscored;
}

QString number(std::optional<int> value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

QList<ChangeRow> changeRows(const Comparison &comparison)
{
    QList<ChangeRow> rows;
    for (const ComparedIndicator &i : comparison.changes()) {
        // Worded differently: the two are different questions, so only the wordings are shown.
        if (!i.comparable) {
            rows.append({i.id, i.measureId, ChangeKind::NotComparable, i.beforeText, i.afterText});
            continue;
        }
        if (i.answerChanged())
            rows.append({i.id, i.measureId, answerKind(i), answerText(i.beforeState(), i.before),
                         answerText(i.afterState(), i.after)});
        if (i.targetChanged())
            rows.append({i.id, i.measureId, ChangeKind::Target, number(i.beforeTarget), number(i.afterTarget)});
        if (i.weightChanged())
            rows.append({i.id, i.measureId, ChangeKind::Weight, number(i.beforeWeight), number(i.afterWeight)});
    }
    return rows;
}

void ComparisonModel::setRows(QList<ChangeRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ChangeRow &r = m_rows.at(index.row());
    if (role == KindRole)
        return static_cast<int>(r.kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case StatementColumn: return r.statement;
    case KindColumn: return changeKindName(r.kind);
    case BeforeColumn: return r.before;
    case AfterColumn: return r.after;
    default: return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatementColumn: return tr("Statement");
    case KindColumn: return tr("Change");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    default: return {};
    }
}

ChangeFilter::ChangeFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1); // the text in any column: an id, a kind, a level or a wording
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void ChangeFilter::setKind(std::optional<ChangeKind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

bool ChangeFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_kind) {
        const QModelIndex at = sourceModel()->index(sourceRow, 0, sourceParent);
        if (at.data(ComparisonModel::KindRole).toInt() != static_cast<int>(*m_kind))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace wgll::analysis
