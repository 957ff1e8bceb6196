// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "assessment/history.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The records of an assessment beyond its figures (answers' notes and N/A reasons, actions,
/// evidence, the workshop record, the cover sheet, sign-offs) as the exports carry them: one
/// JSON section and one table per kind, built here once so that JSON, CSV, XLSX and
/// `wgll action list` cannot disagree.
namespace wgll::records {

/// One kind of record as a table: CSV writes it as a file, XLSX as a sheet.
struct Table
{
    QString name;  ///< the `--table` name, e.g. "actions"
    QString sheet; ///< the XLSX sheet's name, e.g. "Actions"
    QStringList header;
    QList<QStringList> rows;
    QList<bool> numeric; ///< per column: written as a number in XLSX when the cell is not empty
};

/// The names of the record tables, in the order of the XLSX sheets after Summary, Statements, Gaps.
QStringList tableNames();
/// The table called `name` (one of tableNames()); nullopt for another name.
std::optional<Table> table(const QString &name, const Assessment &assessment, const QList<Change> &history);

Table answers(const Assessment &assessment);
Table actions(const QList<Action> &actions);
Table evidence(const QList<Evidence> &evidence);
Table participants(const Workshop &workshop);
Table sessions(const Workshop &workshop);
Table attendance(const Workshop &workshop);
Table votes(const Workshop &workshop);
Table decisions(const Workshop &workshop);
Table cover(const CoverSheet &cover);
Table signOffs(const Assessment &assessment);
Table history(const QList<Change> &history);

/// An action as `wgll action list` and the export give it; `today`, when given, adds "overdue".
QJsonObject actionJson(const Action &action, const std::optional<QDate> &today = std::nullopt);
QJsonObject evidenceJson(const Evidence &evidence);
QJsonObject workshopJson(const Workshop &workshop);
QJsonObject coverJson(const CoverSheet &cover);
QJsonArray signOffsJson(const QList<SignOff> &signOffs);
QJsonArray historyJson(const QList<Change> &history);
/// Adds the sections above to an export (`actions`, `evidence`, `workshop`, `cover`, `signOffs`,
/// `revision`, `history`), each statement's `notes`, `naReason`, `confidence` and `ownTarget` to its
/// `indicators` entry, and `created` and `modified` to `assessment`.
void addRecords(QJsonObject &exported, const Assessment &assessment, const QList<Change> &history);

/// A date as the file and the exports write it: YYYY-MM-DD, or empty when there is none.
QString dateText(const QDate &date);
/// A time as the exports write it: ISO 8601 UTC with milliseconds, or empty when there is none.
QString timeText(const QDateTime &time);

} // namespace wgll::records
