// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QMainWindow;

namespace wgll {

class ActionRegistry;
struct Scale;

/// One line of the keyboard shortcut sheet: a command, where it is, and its keys.
struct ShortcutEntry
{
    QString group;   ///< the menu it is in ("File", "Edit", …) or "Scoring" for the window's keys
    QString command; ///< the action's text without its mnemonic and ellipsis
    QStringList keys; ///< the action's own shortcuts as the platform writes them
};

/// The sheet, read from the window's real actions at the moment it is asked for (so it cannot
/// disagree with them): every menu action with a shortcut, menu by menu, then the registered
/// keys that are in no menu (the scoring keys). Score keys outside `scale` are left out: they
/// do nothing in this framework.
QList<ShortcutEntry> shortcutEntries(const QMainWindow &window, const ActionRegistry &registry, const Scale &scale);

/// The sheet as an HTML table per group, every text escaped.
QString shortcutSheetHtml(const QList<ShortcutEntry> &entries);

} // namespace wgll
