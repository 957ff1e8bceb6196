// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

namespace wgll {

class AssessmentSession;

/// Success measures and their statements as a tree, with each statement's score chip, N/A mark
/// and evidence count, and each measure's score and progress. A thin view of the session's
/// scorecard: it keeps no figures of its own and refreshes the rows a change touches.
class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { StatementColumn, ScoreColumn, EvidenceColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< "1" or "1.1"
        IsMeasureRole,
        IsScoredRole,
        IsNotApplicableRole,
        HasGapRole,
    };

    explicit NavigatorModel(AssessmentSession &session, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The index of a measure ("2") or statement ("2.4"), column 0; invalid if unknown.
    QModelIndex indexOf(const QString &id) const;

private:
    void statementChanged(const QString &indicator);
    void everythingChanged();
    QVariant measureData(int measure, int column, int role) const;
    QVariant statementData(int measure, int row, int column, int role) const;

    AssessmentSession &m_session;
};

/// Which statements the navigator shows: all, or those unscored, N/A or with a gap, matching
/// a search text. Measures stay visible while any of their statements does.
class NavigatorFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show { All, Unscored, NotApplicable, HasGap };
    explicit NavigatorFilter(QObject *parent = nullptr);

    void setShow(Show show);
    void setSearchText(const QString &text);
    Show show() const { return m_show; }
    const QString &searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
    QString m_search;
};

} // namespace wgll
