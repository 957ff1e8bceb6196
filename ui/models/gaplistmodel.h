// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace wgll {

class AssessmentSession;

/// The prioritised gap list (rank, statement, measure, score, target, gap, weight, priority) straight from the session's scorecard, rebuilt when an answer changes. Numbers are
/// numbers under Qt::EditRole, so a sort proxy orders 10 after 9. The statement column shows
/// the reference and the text ("2.6  ensure hardware…") and sorts in framework order.
class GapListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Statement, MeasureTitle, Score, Target, Gap, Weight, Priority, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, MeasureIdRole };

    explicit GapListModel(AssessmentSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// True when some statement in the list has a weight other than the default 1: only then
    /// does the Weight column say anything (and Priority differ from Gap).
    bool hasWeights() const;

private:
    void rebuild();

    AssessmentSession &m_session;
    QList<qsizetype> m_rows; ///< indices into the scorecard's indicators, rank order
};

} // namespace wgll
