// SPDX-License-Identifier: GPL-3.0-or-later
// Document: improvement actions (add, change, remove; several at once, all or none).
#include "document.h"

#include "assessment/actionrules.h"
#include "assessmentrows.h"
#include "sqlite/database.h"

#include <QSet>

namespace wgll::storage {

QList<Action> Document::actions() const
{
    return rows::readActions(*m_db);
}

Status Document::writeAction(const Action &a)
{
    sqlite::Statement s = m_db->prepare("UPDATE action SET indicator = ?2, text = ?3, owner = ?4, due = ?5, status = ?6 "
                                        "WHERE id = ?1");
    s.bind(1, a.id).bind(2, a.indicator).bind(3, a.text.trimmed()).bind(4, a.owner.trimmed());
    s.bind(5, a.due.isValid() ? a.due.toString(Qt::ISODate) : QString()).bind(6, a.status);
    if (!s.exec())
        return sqlFail(QStringLiteral("cannot change the action"));
    if (m_db->changes() == 0)
        return fail(ErrorKind::BadData, QStringLiteral("has no action %1").arg(a.id));
    return {};
}

Status Document::insertAction(Action &a)
{
    sqlite::Statement s =
        m_db->prepare("INSERT INTO action(indicator, text, owner, due, status) VALUES (?1, '', '', '', 'open')");
    if (!s.bind(1, a.indicator).exec())
        return sqlFail(QStringLiteral("cannot add the action"));
    a.id = m_db->lastInsertId();
    return writeAction(a);
}

Result<qint64> Document::addAction(const Action &action)
{
    const Result<QList<qint64>> ids = addActions({action});
    if (!ids)
        return ids.error();
    return ids->constFirst();
}

Result<QList<qint64>> Document::addActions(const QList<Action> &actions)
{
    // Every action is checked before the transaction begins, so a bad one writes nothing.
    for (const Action &a : actions) {
        if (const auto problem = actionrules::problemWith(a, m_framework)) {
            return fail(ErrorKind::BadData, *problem).error();
        }
    }
    QList<qint64> ids;
    const Status added = edit(QStringLiteral("cannot add the action"), [&](bool &) -> Status {
        for (Action a : actions) {
            if (const Status inserted = insertAction(a); !inserted)
                return inserted;
            ids.append(a.id);
        }
        return {};
    });
    if (!added) {
        return added.error();
    }
    return ids;
}

Status Document::updateAction(const Action &a)
{
    if (const auto problem = actionrules::problemWith(a, m_framework))
        return fail(ErrorKind::BadData, *problem);
    return edit(QStringLiteral("cannot change the action"), [&](bool &) { return writeAction(a); });
}

Status Document::removeAction(qint64 id)
{
    return removeActions({id});
}

Status Document::removeActions(const QList<qint64> &ids)
{
    const QString what = QStringLiteral("cannot remove the action");
    // One transaction: an unknown id among several rolls back the ones before it.
    return edit(what, [&](bool &) -> Status {
        QSet<qint64> seen;
        for (const qint64 id : ids) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            sqlite::Statement s = m_db->prepare("DELETE FROM action WHERE id = ?1");
            if (!s.bind(1, id).exec())
                return sqlFail(what);
            if (m_db->changes() == 0)
                return fail(ErrorKind::BadData, QStringLiteral("has no action %1").arg(id));
        }
        return {};
    });
}

} // namespace wgll::storage
