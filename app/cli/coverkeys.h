// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/boardpaper.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace wgll::cli::coverkeys {

/// The cover sheet's fields as `wgll details` names them (kebab-case, docs/cli.md), in the
/// order an NHS cover sheet lists them.
QStringList names();
/// The value of field `key` as text (a date as YYYY-MM-DD; empty when not set).
QString value(const CoverSheet &cover, const QString &key);
/// Sets field `key` from `text` (empty clears). Returns what is wrong with the key or value
/// (an unknown key, a date that is not YYYY-MM-DD, a purpose or assurance not in its list).
std::optional<QString> set(CoverSheet &cover, const QString &key, const QString &text);
/// Whether field `key` may hold several lines.
bool isMultiLine(const QString &key);
/// The cover sheet as JSON, camelCase keys, every field present ("" or null when not set).
QJsonObject toJson(const CoverSheet &cover);

} // namespace wgll::cli::coverkeys
