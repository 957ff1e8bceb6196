// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsheet.h"

#include "actionregistry.h"
#include "framework/scale.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace wgll {

namespace {

QString commandText(const QAction &action)
{
    QString text = action.text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

QStringList keysOf(const QAction &action)
{
    QStringList keys;
    for (const QKeySequence &key : action.shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys;
}

void collectMenu(const QMenu &menu, const QString &group, QList<ShortcutEntry> &entries, QSet<const QAction *> &seen)
{
    for (const QAction *action : menu.actions()) {
        if (action->menu()) {
            collectMenu(*action->menu(), group, entries, seen);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        entries.append({group, commandText(*action), keysOf(*action)});
    }
}

} // namespace

QList<ShortcutEntry> shortcutEntries(const QMainWindow &window, const ActionRegistry &registry, const Scale &scale)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    for (const QAction *top : window.menuBar()->actions()) {
        if (top->menu())
            collectMenu(*top->menu(), commandText(*top), entries, seen);
    }
    QSet<const QAction *> offScale;
    for (int digit = 0; digit <= 9; ++digit) {
        if (!scale.contains(digit))
            offScale.insert(registry.action(scoreLevel(digit)));
    }
    // The registry's actions in the order the user meets them: the levels, then N/A, clear, next.
    QList<QAction *> keys = registry.actions();
    std::sort(keys.begin(), keys.end(), [&](const QAction *a, const QAction *b) {
        const auto rank = [&](const QAction *x) { return x->shortcuts().value(0).toString(); };
        return rank(a) < rank(b);
    });
    for (const QAction *action : std::as_const(keys)) {
        if (seen.contains(action) || offScale.contains(action) || action->shortcuts().isEmpty())
            continue;
        seen.insert(action);
        entries.append({QObject::tr("Scoring"), commandText(*action), keysOf(*action)});
    }
    // Any other key of the window's (none today): a key the sheet leaves out would be a key
    // nobody finds.
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (!seen.contains(action) && !offScale.contains(action) && !action->shortcuts().isEmpty())
            entries.append({QObject::tr("Other"), commandText(*action), keysOf(*action)});
    }
    return entries;
}

QString shortcutSheetHtml(const QList<ShortcutEntry> &entries)
{
    QString html = u"<h1>" + QObject::tr("Keyboard shortcuts").toHtmlEscaped() + u"</h1>";
    QString group;
    for (const ShortcutEntry &e : entries) {
        if (e.group != group) {
            if (!group.isEmpty())
                html += u"</table>";
            group = e.group;
            html += u"<h2>" + group.toHtmlEscaped() + u"</h2><table cellpadding=\"4\">";
        }
        QStringList keys;
        for (const QString &k : e.keys)
            keys.append(u"<b>" + k.toHtmlEscaped() + u"</b>");
        html += u"<tr><td>" + keys.join(QStringLiteral(" or ")) + u"</td><td>" + e.command.toHtmlEscaped() +
                u"</td></tr>";
    }
    if (!group.isEmpty())
        html += u"</table>";
    return html;
}

} // namespace wgll
