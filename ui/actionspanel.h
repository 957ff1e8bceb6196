// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace wgll {

class AssessmentSession;

/// One improvement action's fields: what, who, by when (optional), and its status.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ActionDialog(const Action &action, QWidget *parent = nullptr);
    Action action() const;

private:
    Action m_action;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_owner = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_status = nullptr;
};

/// The actions agreed for the statement being scored (text, owner, due date, status), with
/// Add, Edit and Remove. They feed the action plan in the board report.
class ActionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActionsPanel(AssessmentSession &session, QWidget *parent = nullptr);
    void setStatement(const QString &id);
    void setReadOnly(bool readOnly);

private:
    void refresh();
    qint64 selectedId() const;

    AssessmentSession &m_session;
    QString m_id;
    bool m_readOnly = false;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace wgll
