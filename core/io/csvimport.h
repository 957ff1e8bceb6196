// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "io/csvreader.h"
#include "storage/document.h"
#include "util/error.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wgll::csvimport {

// The CSV imports (`wgll import`, `wgll votes import`): from a file's records, header first, to
// what goes into a document. Every row is checked before anything is written, so an import is
// all rows or none; the first bad row is the error, as FILE:LINE. Here in core rather than in
// the CLI so that the fuzz harnesses run exactly the code a user's file goes through.

/// indicator,score,target,weight,note
const QStringList &responsesHeader();
/// participant,indicator,score
const QStringList &votesHeader();

/// Checks that the first record is `header` (case and surrounding spaces aside).
std::optional<Error> problemWithHeader(const QList<CsvReader::Record> &records, const QStringList &header,
                                       const QString &csvName);

/// How a responses import treats what a row leaves empty and the notes it brings.
struct ResponseOptions
{
    /// What a non-empty note cell does to the statement's notes.
    enum class Notes {
        /// Added after the notes already there, separated by a blank line; a note the notes
        /// already hold (the whole of them, or one blank-line-separated part) is not added again.
        /// The default: a second batch adds to what the first recorded, never overwrites it.
        Append,
        /// Replaces the notes.
        Replace,
    };
    /// false (the default): an empty cell keeps the statement's current value, so importing
    /// `1.1,3,,,` into a file started from a baseline changes the score and nothing else.
    /// true: an empty cell resets its field (unscored, the default target, weight 1, no notes).
    bool resetEmpty = false;
    Notes notes = Notes::Append;
};

/// The answers a responses CSV sets, each starting from the document's current answer: score
/// 1–5, NA (the note is then the reason) or empty; empty cells as `options` say.
std::optional<QList<Answer>> responses(const QList<CsvReader::Record> &records, const storage::Document &doc,
                                       const QString &csvName, Error &error,
                                       const ResponseOptions &options = {});

/// `notes` with `note` added as `mode` says (see ResponseOptions::Notes).
QString mergedNotes(const QString &notes, const QString &note, ResponseOptions::Notes mode);

/// The votes in a votes CSV, for Document::importVotes: one per participant and statement.
std::optional<QList<storage::Document::VoteRow>> votes(const QList<CsvReader::Record> &records,
                                                       const Framework &framework, const QString &csvName,
                                                       Error &error);

/// `wgll import`: checks the header and every row (responses()), then writes all the answers in
/// one transaction (Document::setAnswers): all rows or none, nothing written when any row is
/// bad. Returns how many answers the file set.
Result<qsizetype> importResponses(storage::Document &doc, const QList<CsvReader::Record> &records,
                                  const QString &csvName, const QString &author,
                                  const ResponseOptions &options = {});

/// What importVotes() recorded.
struct ImportedVotes
{
    qint64 session = 0; ///< the new session's id
    qsizetype votes = 0;
};

/// `wgll votes import`: checks the header and every row (votes()), then records them as the new
/// `session` (Document::importVotes, one transaction): all rows or none.
Result<ImportedVotes> importVotes(storage::Document &doc, const WorkshopSession &session,
                                  const QList<CsvReader::Record> &records, const QString &csvName);

} // namespace wgll::csvimport
