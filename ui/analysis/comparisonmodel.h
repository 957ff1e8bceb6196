// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/comparison.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace wgll::analysis {

/// What changed about a statement between two assessments. A statement can change in more than
/// one way (its score and its target): each way is a row of its own, so a filter by kind shows
/// every change of that kind.
enum class ChangeKind {
    Score,         ///< scored in both, at different levels
    NotApplicable, ///< became N/A, or stopped being N/A
    Unscored,      ///< scored on one side, unscored (or not in that revision) on the other
    Target,
    Weight,
    NotComparable, ///< worded differently in the two revisions: both wordings, no score compared
};

/// "score", "N/A", "unscored", "target", "weight", "not comparable": the Kind column and filter.
QString changeKindName(ChangeKind kind);
QList<ChangeKind> allChangeKinds();

struct ChangeRow
{
    QString statement;
    QString measure;
    ChangeKind kind = ChangeKind::Score;
    QString before;
    QString after;
};

/// Every change of `comparison`, in its statements' order: one row per statement and kind.
QList<ChangeRow> changeRows(const Comparison &comparison);

/// The changes as a table: Statement, Kind, Before, After.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatementColumn, KindColumn, BeforeColumn, AfterColumn, ColumnCount };
    /// The role holding a row's ChangeKind (as an int), for the kind filter.
    static constexpr int KindRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(QList<ChangeRow> rows);
    const QList<ChangeRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ChangeRow> m_rows;
};

/// The changes of one kind (or all), whose statement, kind or wording contains a text: the
/// text through QSortFilterProxyModel's own filter over every column.
class ChangeFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ChangeFilter(QObject *parent = nullptr);
    /// Only rows of `kind`; nullopt shows every kind.
    void setKind(std::optional<ChangeKind> kind);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<ChangeKind> m_kind;
};

} // namespace wgll::analysis
