// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "assessment/textlimits.h"
#include "util/error.h"

#include <QList>
#include <QString>

namespace wgll::sqlite {
class Database;
}

namespace wgll::storage {

/// Decides whether an opened .wgll file may be trusted, before anything in it is shown:
/// SQLite's integrity_check (quick_check above IntegrityCheckLimit), the application id and schema version, the exact schema allow-list,
/// the embedded framework (as strictly as a framework file), and semantic rules for every row
/// (every text column is text: textcolumns.h; score ranges, counters, references), then the
/// content checksum. Every fault is a
/// BadData Error naming `fileName`; the first structural fault stops the check.
class DocumentChecker
{
public:
    enum class Checksum { Required, Skip };
    /// Step budget for one check, in thousands of SQLite VM steps (a hostile file cannot make
    /// a check run for minutes).
    static constexpr int StepBudget = 2'000'000;
    static constexpr qsizetype MaxShortText = text::MaxName;
    static constexpr qsizetype MaxLongText = text::MaxLongText;
    /// Databases up to this size get PRAGMA integrity_check, which also compares every index
    /// with its table; larger ones get quick_check, which does not. integrity_check costs about
    /// twice quick_check on a file dense with rows and the same on one of evidence files, so a
    /// 10 MB file still opens within its 100 ms budget (PRODUCT.md section 9).
    static constexpr qint64 IntegrityCheckLimit = 16LL * 1024 * 1024;
    /// Counters and ids stay below 2^53, where every integer is exact in a double (JSON).
    static constexpr qint64 MaxCounter = (1LL << 53) - 1;

    DocumentChecker(sqlite::Database &db, QString fileName) : m_db(db), m_fileName(std::move(fileName)) {}

    /// Runs every check; false with errors() on the first failed stage.
    bool check(Checksum checksum = Checksum::Required);
    /// Also reads every evidence file and compares it with its stored SHA-256 (`wgll check`).
    bool checkEvidenceContent();

    const QList<Error> &errors() const { return m_errors; }
    /// The framework snapshot, valid after a successful check().
    const Framework &framework() const { return m_framework; }
    /// The file's format version (PRAGMA user_version), valid after a successful check().
    int version() const { return m_version; }

private:
    bool fail(const QString &message);
    bool checkHeader();
    bool checkSchema();
    bool checkText();
    bool checkFramework();
    /// checkRows() in its parts: the assessment row, one answer row per statement, the rules
    /// over whole tables (references, ids, counters, kinds) and the votes.
    bool checkRows();
    bool checkAssessmentRow();
    bool checkAnswerRows();
    bool checkRowRules();
    bool inScale(qint64 v) const;
    bool checkChecksum();
    /// Version 2: the cover sheet's dates and lists, and the sign-offs (docs/file-format.md).
    bool checkBoardPaper();
    /// Format 3: every workshop session names a disagreement rule the workbench knows.
    bool checkSessionRules();
    /// The voting page's address, secret and token digests kept while phones vote (format 3).
    bool checkVotingLinks();

    sqlite::Database &m_db;
    QString m_fileName;
    QList<Error> m_errors;
    Framework m_framework;
    int m_version = 0; ///< the file's format version, known after checkHeader()
};

} // namespace wgll::storage
