// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentfile.h"

#include "assessmentrows.h"
#include "document.h"
#include "documentchecker.h"
#include "durablefile.h"
#include "fileheader.h"
#include "filepaths.h"
#include "generation.h"
#include "sqlite/database.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace wgll::storage {

std::optional<Assessment> readAssessmentFile(const QString &fileName, Error &error)
{
    if (const std::optional<Error> problem = problemWithPath(fileName, Document::MaxFileSize)) {
        error = *problem;
        return std::nullopt;
    }
    const QFileInfo info(fileName);
    sqlite::Database db;
    std::optional<QTemporaryDir> scratch;
    if (info.size() <= InMemoryLimit) {
        QFile f(fileName);
        if (!f.open(QIODevice::ReadOnly)) {
            error = {ErrorKind::NotFound, fileName, 0, u"cannot be read: " + f.errorString()};
            return std::nullopt;
        }
        const QByteArray bytes = f.readAll();
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
        if (const Status copied = durable::copy(fileName, copy); !copied) {
            error = copied.error();
            return std::nullopt;
        }
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
