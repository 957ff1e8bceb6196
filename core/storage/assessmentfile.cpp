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
    if (stream || info.size() <= InMemoryLimit) {
        const std::optional<QByteArray> read =
            readAtMost(f, fileName, InMemoryLimit,
                       stream ? QStringLiteral("an assessment read from a pipe or device")
                              : QStringLiteral("a file read whole (it grew while being read)"),
                       error);
        if (!read)
            return std::nullopt;
        const QByteArray &bytes = *read;
        if (const auto problem = problemWithHeader(bytes.left(100), bytes.size())) {
            error = {ErrorKind::BadData, fileName, 0, *problem};
            return std::nullopt;
        }
        if (!db.openImage(bytes)) {
            error = {ErrorKind::BadData, fileName, 0, u"cannot be opened: " + db.errorMessage()};
            return std::nullopt;
        }
    } else {
        scratch.emplace();
        // SQLite refuses links in a path ($TMPDIR may be one): resolved on purpose.
        const QString copy = paths::resolved(scratch->path()) + u"/document.wgll";
        QFile out(copy);
        // Unbuffered: every write's failure (a full disk) is seen by copyAtMost, none at close.
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
            error = {ErrorKind::Io, fileName, 0, u"cannot be checked: no scratch copy (" + out.errorString() + u')'};
            return std::nullopt;
        }
        if (!copyAtMost(f, fileName, out, Document::MaxFileSize, QStringLiteral("a .wgll file"), error))
            return std::nullopt;
        out.close();
        if (const auto problem = problemWithHeader(copy)) {
            error = {ErrorKind::BadData, fileName, 0, *problem};
            return std::nullopt;
        }
        if (!db.open(copy, sqlite::Database::Mode::ReadOnly)) {
            error = {ErrorKind::BadData, fileName, 0, u"cannot be opened: " + db.errorMessage()};
            return std::nullopt;
        }
    }
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
