// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/zippackage.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <utility>

namespace wgll::xlsx {

/// What one workbook may cost to read. Each limit is a refusal with a clear error, never a crash,
/// a hang or an allocation the file asked for: an .xlsx from the web is untrusted input.
struct Limits
{
    qint64 maxFileBytes = 64LL * 1024 * 1024;  ///< the .xlsx itself
    qint64 maxPartBytes = 32LL * 1024 * 1024;  ///< one unpacked part (a sheet, the shared strings)
    qint64 maxRows = 100'000;                  ///< rows in one sheet
    qint64 maxCells = 2'000'000;               ///< cells in one sheet
    qint64 maxSharedStrings = 1'000'000;
};

/// One cell's value: its text as shown (a shared or inline string, or the number as written in
/// the file) and, for a numeric cell, the number.
struct Cell
{
    QString text;
    std::optional<double> number;
};

/// "C12" for row 12, column 3 (both counted from 1).
QString cellReference(int row, int column);

/// The cells of one worksheet, by row and column (from 1), as stored: empty cells are absent.
class Sheet
{
public:
    QString name;
    std::map<std::pair<int, int>, Cell> cells;

    const Cell *at(int row, int column) const;
    /// The cell's text, or "" for an empty cell.
    QString text(int row, int column) const;
    int lastRow() const { return cells.empty() ? 0 : cells.rbegin()->first.first; }
};

/// An Office Open XML workbook (.xlsx) read with libzip and QXmlStreamReader, hardened against
/// hostile files: every part inflated through a bounded buffer (zip::PackageArchive), any
/// DOCTYPE refused outright (so no entity can be declared, let alone expanded), and row and cell
/// counts capped. Every error is BadData naming the workbook as the user typed it, and the
/// sheet, part and cell where they apply.
class Workbook
{
public:
    /// Reads `fileName` (at most limits.maxFileBytes), its sheet list and its shared strings.
    static Result<Workbook> open(const QString &fileName, const Limits &limits = {});
    /// The file's bytes, at most limits.maxFileBytes (for a caller that also hashes them).
    static Result<QByteArray> readFile(const QString &fileName, const Limits &limits = {});
    /// The same from bytes already read; `fileName` names them in errors.
    static Result<Workbook> fromBytes(QByteArray bytes, const QString &fileName, const Limits &limits = {});

    /// Sheet names as published, in the workbook's order (trailing spaces and all).
    QStringList sheetNames() const;
    /// The sheet named exactly `name`; a missing sheet or part is an error.
    Result<Sheet> sheet(const QString &name) const;

private:
    Workbook(zip::PackageArchive package, QString fileName, Limits limits)
        : m_package(std::move(package)), m_fileName(std::move(fileName)), m_limits(limits)
    {
    }
    Status readStructure();

    zip::PackageArchive m_package;
    QString m_fileName;
    Limits m_limits;
    QList<std::pair<QString, QString>> m_sheets; ///< name, part path
    QStringList m_sharedStrings;
};

} // namespace wgll::xlsx
