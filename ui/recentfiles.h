// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace wgll {

/// File → Open Recent: the assessments opened last, most recent first, kept in the settings.
namespace recentFiles {

constexpr int Max = 8;

QStringList list();
/// Puts `fileName` (made absolute) first, dropping an older entry for it and any beyond Max.
void add(const QString &fileName);

} // namespace recentFiles

} // namespace wgll
