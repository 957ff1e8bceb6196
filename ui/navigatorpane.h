// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace wgll {

class AssessmentSession;
class NavigatorFilter;
class NavigatorModel;

/// The left pane: the measures and their statements with each one's score and evidence, a
/// "Show" filter (all, unscored, N/A, with a gap) and a search field above them.
class NavigatorPane : public QWidget
{
    Q_OBJECT
public:
    explicit NavigatorPane(AssessmentSession &session, QWidget *parent = nullptr);

    /// Selects a statement or measure by id, showing everything first if the filter hides it;
    /// false when there is no such item.
    bool select(const QString &id);
    /// The tree, where the keyboard focus goes when the pane is chosen.
    QTreeView *tree() const { return m_tree; }

Q_SIGNALS:
    /// The selection moved to this statement or measure id.
    void chosen(const QString &id);

private:
    QWidget *buildFilterRow();
    /// Says why the tree is empty (everything scored, nothing N/A, no match) instead of a blank.
    void updateEmptyMessage();

    NavigatorModel *m_model = nullptr;
    NavigatorFilter *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace wgll
