// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoassessment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace wgll::demo {

namespace {

const QString CurrentName = QStringLiteral("northshire-2026.wgll");
const QString BaselineName = QStringLiteral("northshire-2025.wgll");

std::optional<Files> filesIn(const QString &folder)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !QFileInfo(dir.filePath(CurrentName)).isFile())
        return std::nullopt;
    Files files{dir.filePath(CurrentName), {}};
    if (QFileInfo(dir.filePath(BaselineName)).isFile())
        files.baseline = dir.filePath(BaselineName);
    return files;
}

} // namespace

std::optional<Files> bundled()
{
    const QString app = QCoreApplication::applicationDirPath();
    // The build tree (app/wgll-workbench beside demo/), then an install prefix (bin/ beside share/).
    QStringList folders{app + u"/../demo", app + u"/../share/wgll-workbench/demo"};
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        folders.append(data + u"/wgll-workbench/demo");
    for (const QString &folder : std::as_const(folders)) {
        if (auto files = filesIn(QDir::cleanPath(folder)))
            return files;
    }
    return std::nullopt;
}

std::optional<Files> userCopy(const Files &bundled, Error &error)
{
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo");
    if (!dir.mkpath(QStringLiteral("."))) {
        error = {ErrorKind::CannotCreate, dir.path(), 0, QObject::tr("cannot make the folder for the demo")};
        return std::nullopt;
    }
    Files copy{dir.filePath(CurrentName), bundled.baseline.isEmpty() ? QString() : dir.filePath(BaselineName)};
    for (const auto &[from, to] : {std::pair{bundled.current, copy.current}, std::pair{bundled.baseline, copy.baseline}}) {
        if (from.isEmpty() || QFileInfo::exists(to))
            continue; // the copy made before, with whatever the user saved in it
        if (!QFile::copy(from, to)) {
            error = {ErrorKind::CannotCreate, to, 0, QObject::tr("cannot copy the demo assessment here")};
            return std::nullopt;
        }
        // The package's files are read-only; the user's copy must be saveable.
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return copy;
}

} // namespace wgll::demo
