// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionspanel.h"
#include "textinput.h"
#include "assessment/textlimits.h"

#include "session/assessmentsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wgll {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

ActionDialog::ActionDialog(const Action &action, QWidget *parent) : QDialog(parent), m_action(action)
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(action.id > 0 ? tr("Edit action") : tr("New action for %1").arg(action.indicator));
    auto *form = new QFormLayout(this);
    m_text = new QLineEdit(action.text, this);
    m_text->setObjectName(QStringLiteral("actionText"));
    limitLength(*m_text, text::MaxActionText);
    m_text->setPlaceholderText(tr("What will be done"));
    m_owner = new QLineEdit(action.owner, this);
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    limitLength(*m_owner, text::MaxName);
    m_hasDue = new QCheckBox(tr("Due by"), this);
    m_hasDue->setChecked(action.due.isValid());
    m_due = new QDateEdit(action.due.isValid() ? action.due : QDate::currentDate().addMonths(3), this);
    m_due->setObjectName(QStringLiteral("actionDue"));
    m_due->setCalendarPopup(true);
    m_due->setEnabled(action.due.isValid());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("actionStatus"));
    m_status->addItems(Action::statuses());
    m_status->setCurrentText(action.status);
    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due, 1);
    form->addRow(tr("&Action"), m_text);
    form->addRow(tr("&Owner"), m_owner);
    form->addRow(due);
    form->addRow(tr("&Status"), m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Action ActionDialog::action() const
{
    Action a = m_action;
    a.text = m_text->text().trimmed();
    a.owner = m_owner->text().trimmed();
    a.due = m_hasDue->isChecked() ? m_due->date() : QDate();
    a.status = m_status->currentText();
    return a;
}

ActionsPanel::ActionsPanel(AssessmentSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("actionsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 4, this);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_table->setObjectName(QStringLiteral("actionsTable"));
    m_table->setAccessibleName(tr("Actions for this statement"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Owner"), tr("Due"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMaximumHeight(110);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add action…"), this);
    m_add->setObjectName(QStringLiteral("addAction"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editAction"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeAction"));
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        Action a;
        a.indicator = m_id;
        ActionDialog dialog(a, this);
        if (dialog.exec() == QDialog::Accepted)
            m_session.addAction(dialog.action());
    });
    auto edit = [this] {
        const qint64 id = selectedId();
        for (const Action &a : m_session.actionsFor(m_id)) {
            if (a.id != id || m_readOnly)
                continue;
            ActionDialog dialog(a, this);
            if (dialog.exec() == QDialog::Accepted)
                m_session.updateAction(dialog.action());
        }
    };
    connect(m_edit, &QPushButton::clicked, this, edit);
    connect(m_table, &QTableWidget::cellActivated, this, edit);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        if (id > 0 &&
            QMessageBox::question(this, tr("Remove action"),
                                  tr("Remove this action? This cannot be undone.")) == QMessageBox::Yes)
            m_session.removeAction(id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(selectedId() > 0 && !m_readOnly);
        m_remove->setEnabled(selectedId() > 0 && !m_readOnly);
    });
    connect(&m_session, &AssessmentSession::actionsChanged, this, &ActionsPanel::refresh);
}

void ActionsPanel::setStatement(const QString &id)
{
    m_id = id;
    refresh();
}

void ActionsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

qint64 ActionsPanel::selectedId() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    return item && m_table->selectionModel()->hasSelection() ? item->data(IdRole).toLongLong() : 0;
}

void ActionsPanel::refresh()
{
    const QList<Action> actions = m_session.actionsFor(m_id);
    m_table->setRowCount(static_cast<int>(actions.size()));
    for (int r = 0; r < actions.size(); ++r) {
        const Action &a = actions[r];
        const QStringList cells{a.text, a.owner,
                                a.due.isValid() ? QLocale().toString(a.due, QLocale::ShortFormat) : QString(),
                                a.status};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(IdRole, a.id);
            item->setToolTip(cells[c]);
            m_table->setItem(r, c, item);
        }
    }
    m_add->setEnabled(!m_readOnly && !m_id.isEmpty());
    m_edit->setEnabled(selectedId() > 0 && !m_readOnly);
    m_remove->setEnabled(selectedId() > 0 && !m_readOnly);
}

} // namespace wgll
