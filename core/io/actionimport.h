// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "io/csvreader.h"
#include "util/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wgll::csvimport {

/// statement,text,owner,due,status
const QStringList &actionsHeader();

/// The actions an actions CSV adds (`wgll action import`), every row checked by the rules of
/// actionrules before any is written: the first bad row is the error, as FILE:LINE. `due` is
/// YYYY-MM-DD or empty; an empty status is "open".
std::optional<QList<Action>> actions(const QList<CsvReader::Record> &records, const Framework &framework,
                                     const QString &csvName, Error &error);

} // namespace wgll::csvimport
