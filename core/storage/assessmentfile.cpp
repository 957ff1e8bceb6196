// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentfile.h"

#include "assessmentrows.h"
#include "document.h"
#include "documentchecker.h"
#include "fileheader.h"
#include "filepaths.h"
#include "generation.h"
#include "sqlite/database.h"
#include "util/boundedread.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace wgll::storage {

namespace {

/// Opens `db` on the bytes of `f` read into memory (a pipe or device, or a file up to
/// InMemoryLimit): the user's file is never opened by SQLite.
bool openInMemory(sqlite::Database &db, QFile &f, const QString &fileName, bool stream, Error &error)
{
    const std::optional<QByteArray> read =
        readAtMost(f, fileName, InMemoryLimit,
                   stream ? QStringLiteral("an assessment read from a pipe or device")
                          : QStringLiteral("a file read whole (it grew while being read)"),
                   error);
    if (!read)
        return false;
    const QByteArray &bytes = *read;
    if (const auto problem = problemWithHeader(bytes.left(100), bytes.size())) {
        error = {ErrorKind::BadData, fileName, 0, *problem};
        return false;
    }
    if (!db.openImage(bytes)) {
        error = {ErrorKind::BadData, fileName, 0, u"cannot be opened: " + db.errorMessage()};
        return false;
    }
    return true;
}

/// Opens `db` read-only on a copy of `f` in a new private folder `scratch`: a file over
/// InMemoryLimit is not held in memory, and the user's file is still never opened by SQLite.
bool openScratchCopy(sqlite::Database &db, QFile &f, const QString &fileName, std::optional<QTemporaryDir> &scratch,
                     Error &error)
{
    scratch.emplace();
    // SQLite refuses links in a path ($TMPDIR may be one): resolved on purpose.
    const QString copy = paths::resolved(scratch->path()) + u"/document.wgll";
    QFile out(copy);
    // Unbuffered: every write's failure (a full disk) is seen by copyAtMost, none at close.
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        error = {ErrorKind::Io, fileName, 0, u"cannot be checked: no scratch copy (" + out.errorString() + u')'};
        return false;
    }
    if (!copyAtMost(f, fileName, out, Document::MaxFileSize, QStringLiteral("a .wgll file"), error))
        return false;
    out.close();
    if (const auto problem = problemWithHeader(copy)) {
        error = {ErrorKind::BadData, fileName, 0, *problem};
        return false;
    }
    if (!db.open(copy, sqlite::Database::Mode::ReadOnly)) {
        error = {ErrorKind::BadData, fileName, 0, u"cannot be opened: " + db.errorMessage()};
        return false;
    }
    return true;
}

/// Checks the opened file as Document::open does (checksum required, a generation it can read)
/// and reads the assessment, and the history when asked.
std::optional<Assessment> readChecked(sqlite::Database &db, const QString &fileName, QList<Change> *history,
                                      Error &error)
{
    DocumentChecker checker(db, fileName);
    if (!checker.check(DocumentChecker::Checksum::Required)) {
        error = checker.errors().first();
        return std::nullopt;
    }
    QString why;
    if (!readGeneration(db, why)) {
        error = {ErrorKind::BadData, fileName, 0, why};
        return std::nullopt;
    }
    if (history)
        *history = rows::readHistory(db);
    return rows::readAssessment(db, checker.framework());
}

} // namespace

std::optional<Assessment> readAssessmentFile(const QString &fileName, Error &error, QList<Change> *history)
{
    // A pipe or device (`wgll summary <(…)`) is read into memory up to InMemoryLimit; a regular
    // file goes through problemWithPath like an editing open.
    const QFileInfo info(fileName);
    const bool stream = info.exists() && !info.isDir() && !isRegularFile(fileName);
    if (!stream) {
        if (const std::optional<Error> problem = problemWithPath(fileName, Document::MaxFileSize)) {
            error = *problem;
            return std::nullopt;
        }
    }
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly)) {
        error = {ErrorKind::NotFound, fileName, 0, u"cannot be read: " + f.errorString()};
        return std::nullopt;
    }
    sqlite::Database db;
    std::optional<QTemporaryDir> scratch;
    const bool opened = stream || info.size() <= InMemoryLimit ? openInMemory(db, f, fileName, stream, error)
                                                               : openScratchCopy(db, f, fileName, scratch, error);
    if (!opened)
        return std::nullopt;
    return readChecked(db, fileName, history, error);
}

std::optional<Assessment> readBaselineFile(const QString &fileName, const QString &frameworkId, Error &error)
{
    std::optional<Assessment> older = readAssessmentFile(fileName, error);
    if (older && older->framework.id != frameworkId) {
        error = {ErrorKind::BadData, fileName, 0,
                 u"is an assessment of " + older->framework.id + u", not " + frameworkId +
                     u": they cannot be compared"};
        return std::nullopt;
    }
    return older;
}

} // namespace wgll::storage
