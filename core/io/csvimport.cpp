// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimport.h"

#include "assessment/assessmentrules.h"
#include "assessment/textrules.h"

#include <QSet>

namespace wgll::csvimport {

namespace {

std::optional<int> wholeNumber(const QString &text)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

} // namespace

const QStringList &responsesHeader()
{
    static const QStringList header{QStringLiteral("indicator"), QStringLiteral("score"),
                                    QStringLiteral("target"), QStringLiteral("weight"),
                                    QStringLiteral("note")};
    return header;
}

const QStringList &votesHeader()
{
    static const QStringList header{QStringLiteral("participant"), QStringLiteral("indicator"),
                                    QStringLiteral("score")};
    return header;
}

std::optional<Error> problemWithHeader(const QList<CsvReader::Record> &records, const QStringList &header,
                                       const QString &csvName)
{
    if (records.isEmpty())
        return Error{ErrorKind::BadData, csvName, 1, u"empty file; expected the header " + header.join(u',')};
    QStringList got;
    for (const QString &h : records.first().fields)
        got.append(h.trimmed().toLower());
    if (got != header) {
        return Error{ErrorKind::BadData, csvName, records.first().line,
                     u"expected the header " + header.join(u',') + u", found " + got.join(u',')};
    }
    return std::nullopt;
}

QString mergedNotes(const QString &notes, const QString &note, ResponseOptions::Notes mode)
{
    const QString added = note.trimmed();
    const QString kept = notes.trimmed();
    if (mode == ResponseOptions::Notes::Replace || kept.isEmpty())
        return note;
    // Importing the same file twice, or a batch that repeats a note, must not pile up copies.
    const QString gap = QStringLiteral("\n\n");
    if (kept == added || kept.startsWith(added + gap) || kept.endsWith(gap + added) ||
        kept.contains(gap + added + gap))
        return notes;
    QString merged = notes;
    while (!merged.isEmpty() && merged.back().isSpace())
        merged.chop(1);
    return merged + gap + added;
}

namespace {

/// Sets `answer` from one row's `fields` (its statement already found), as `options` say; why
/// the row is malformed, or nullopt.
std::optional<QString> fillAnswer(Answer &answer, const QStringList &fields, const ResponseOptions &options)
{
    // An empty cell (spaces aside) keeps the current value unless --reset-empty asks otherwise.
    const bool reset = options.resetEmpty;
    const QString score = fields.at(1).trimmed();
    const QString &note = fields.at(4);
    const bool noteEmpty = note.trimmed().isEmpty();
    const bool na =
        score.compare(u"NA", Qt::CaseInsensitive) == 0 || score.compare(u"N/A", Qt::CaseInsensitive) == 0;
    if (na) {
        // The note cell of an NA row is the reason: one statement of why, so it replaces.
        answer.notApplicable = true;
        answer.score.reset();
        if (!noteEmpty || reset)
            answer.naReason = note;
    } else {
        if (!score.isEmpty() || reset) {
            answer.notApplicable = false;
            answer.naReason.clear();
            answer.score.reset();
        }
        if (!score.isEmpty()) {
            answer.score = wholeNumber(score);
            if (!answer.score)
                return QString(u"score \"" + score + u"\" is not a whole number, NA or empty");
        }
        if (!noteEmpty)
            answer.notes = mergedNotes(answer.notes, note, options.notes);
        else if (reset)
            answer.notes.clear();
    }
    const QString target = fields.at(2).trimmed();
    if (!target.isEmpty() || reset)
        answer.target.reset();
    if (!target.isEmpty() && !(answer.target = wholeNumber(target)))
        return QString(u"target \"" + target + u"\" is not a whole number");
    const QString weight = fields.at(3).trimmed();
    if (!weight.isEmpty() || reset) {
        const std::optional<int> w = weight.isEmpty() ? std::optional<int>(Answer::MinWeight) : wholeNumber(weight);
        if (!w)
            return QString(u"weight \"" + weight + u"\" is not a whole number");
        answer.weight = *w;
    }
    return std::nullopt;
}

} // namespace

std::optional<QList<Answer>> responses(const QList<CsvReader::Record> &records, const storage::Document &doc,
                                       const QString &csvName, Error &error, const ResponseOptions &options)
{
    const QStringList &header = responsesHeader();
    auto bad = [&](int line, const QString &message) {
        error = Error{ErrorKind::BadData, csvName, line, message};
        return std::nullopt;
    };
    QList<Answer> answers;
    QSet<QString> seen;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvReader::Record &rec = records.at(r);
        if (rec.fields.size() != header.size())
            return bad(
                rec.line,
                QStringLiteral("has %1 fields; expected %2").arg(rec.fields.size()).arg(header.size()));
        const QString id = rec.fields.at(0).trimmed();
        std::optional<Answer> answer = doc.answer(id);
        if (!answer)
            return bad(rec.line, u"there is no statement \"" + id + u"\" in " + doc.framework().id);
        if (seen.contains(id))
            return bad(rec.line, u"statement " + id + u" appears more than once");
        seen.insert(id);
        if (const std::optional<QString> problem = fillAnswer(*answer, rec.fields, options))
            return bad(rec.line, *problem);
        if (const auto problem = assessmentrules::problemWith(*answer, doc.framework()))
            return bad(rec.line, *problem);
        answers.append(*answer);
    }
    return answers;
}

std::optional<QList<storage::Document::VoteRow>> votes(const QList<CsvReader::Record> &records,
                                                       const Framework &framework, const QString &csvName,
                                                       Error &error)
{
    const QStringList &header = votesHeader();
    auto bad = [&](int line, const QString &message) {
        error = Error{ErrorKind::BadData, csvName, line, message};
        return std::nullopt;
    };
    if (records.size() == 1)
        return bad(records.first().line, QStringLiteral("no votes after the header"));
    QList<storage::Document::VoteRow> rows;
    QSet<QString> seen;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvReader::Record &rec = records.at(r);
        if (rec.fields.size() != header.size())
            return bad(rec.line, QStringLiteral("has %1 fields; expected 3").arg(rec.fields.size()));
        const QString who = rec.fields.at(0).trimmed();
        const QString id = rec.fields.at(1).trimmed();
        const QString level = rec.fields.at(2).trimmed();
        if (who.isEmpty() || who.size() > text::MaxName)
            return bad(rec.line, QStringLiteral("the participant's name must be 1 to %1 characters").arg(text::MaxName));
        // The same text rules the document applies when it stores the name, so a file these
        // checks pass is never refused half-way through the import (found by fuzz_votes_csv).
        if (const auto problem = text::problemWithText(who, text::Lines::Single, text::MaxName))
            return bad(rec.line, u"the participant's name " + *problem);
        if (!framework.indicator(id))
            return bad(rec.line, u"there is no statement \"" + id + u"\" in " + framework.id);
        bool whole = false;
        const int score = level.toInt(&whole);
        if (!whole)
            return bad(rec.line, u"score \"" + level + u"\" is not a whole number");
        if (!framework.scale.contains(score))
            return bad(rec.line, QStringLiteral("score %1 is outside the scale %2–%3")
                                     .arg(score)
                                     .arg(framework.scale.min)
                                     .arg(framework.scale.max));
        const QString key = who.toCaseFolded() + u'\n' + id;
        if (seen.contains(key))
            return bad(rec.line, who + u" has already voted on " + id + u" in this file");
        seen.insert(key);
        rows.append({who, id, score});
    }
    return rows;
}

Result<qsizetype> importResponses(storage::Document &doc, const QList<CsvReader::Record> &records,
                                  const QString &csvName, const QString &author, const ResponseOptions &options)
{
    if (std::optional<Error> problem = problemWithHeader(records, responsesHeader(), csvName))
        return *problem;
    Error error;
    const std::optional<QList<Answer>> answers = responses(records, doc, csvName, error, options);
    if (!answers)
        return error;
    if (const Status set = doc.setAnswers(*answers, author); !set)
        return set.error();
    return answers->size();
}

Result<ImportedVotes> importVotes(storage::Document &doc, const WorkshopSession &session,
                                  const QList<CsvReader::Record> &records, const QString &csvName)
{
    if (std::optional<Error> problem = problemWithHeader(records, votesHeader(), csvName))
        return *problem;
    Error error;
    const auto rows = votes(records, doc.framework(), csvName, error);
    if (!rows)
        return error;
    const Result<qint64> id = doc.importVotes(session, *rows);
    if (!id)
        return id.error();
    return ImportedVotes{*id, rows->size()};
}

} // namespace wgll::csvimport
