// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionregistry.h"

#include <QAction>

namespace wgll {

void ActionRegistry::add(ActionId id, QAction *action, const QList<QKeySequence> &shortcuts)
{
    const QList<QKeySequence> taken = boundKeys();
    QList<QKeySequence> keys;
    for (const QKeySequence &key : shortcuts) {
        if (!key.isEmpty() && !keys.contains(key) && !taken.contains(key))
            keys.append(key);
    }
    action->setShortcuts(keys);
    m_actions.insert(id, action);
}

QList<QKeySequence> ActionRegistry::boundKeys() const
{
    QList<QKeySequence> keys;
    for (const QAction *a : m_actions)
        keys += a->shortcuts();
    return keys;
}

QList<QKeySequence> ActionRegistry::standardPlus(QKeySequence::StandardKey key,
                                                 const QList<QKeySequence> &more)
{
    return QKeySequence::keyBindings(key) + more;
}

} // namespace wgll
