// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "util/error.h"

#include <QList>
#include <QString>

namespace wgll::sqlite {
class Database;
}

namespace wgll::storage {

/// Decides whether an opened .wgll file may be trusted, before anything in it is shown:
/// SQLite's quick_check, the application id and schema version, the exact schema allow-list,
/// the embedded framework (as strictly as a framework file), and semantic rules for every row
/// (score ranges, references, text lengths), then the content checksum. Every fault is a
/// BadData Error naming `fileName`; the first structural fault stops the check.
class DocumentChecker
{
public:
    enum class Checksum { Required, Skip };
    /// Step budget for one check, in thousands of SQLite VM steps (a hostile file cannot make
    /// a check run for minutes).
    static constexpr int StepBudget = 2'000'000;
    static constexpr qsizetype MaxShortText = 300;
    static constexpr qsizetype MaxLongText = 20000;

    DocumentChecker(sqlite::Database &db, QString fileName) : m_db(db), m_fileName(std::move(fileName)) {}

    /// Runs every check; false with errors() on the first failed stage.
    bool check(Checksum checksum = Checksum::Required);
    /// Also reads every evidence file and compares it with its stored SHA-256 (`wgll check`).
    bool checkEvidenceContent();

    const QList<Error> &errors() const { return m_errors; }
    /// The framework snapshot, valid after a successful check().
    const Framework &framework() const { return m_framework; }

private:
    bool fail(const QString &message);
    bool checkHeader();
    bool checkSchema();
    bool checkFramework();
    bool checkRows();
    bool checkChecksum();

    sqlite::Database &m_db;
    QString m_fileName;
    QList<Error> m_errors;
    Framework m_framework;
};

} // namespace wgll::storage
