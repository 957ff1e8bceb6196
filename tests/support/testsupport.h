// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <string>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &b) { return '"' + b.toStdString() + '"'; }
};
} // namespace Catch

namespace wgll::test {

/// The repository's top folder (for frameworks/ and tests/fixtures/).
QString sourceDir();
/// The published framework text, beside the repository in ../shared/seeds; empty if absent.
QString seedFile();
QByteArray readAll(const QString &fileName);
void writeAll(const QString &fileName, const QByteArray &bytes);

/// The result of running one of the project's programs.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// The environment runProgram() gives a program: its own home and XDG folders under `home`
/// (where a working copy left for recovery is looked for), offscreen Qt, no COLUMNS.
QProcessEnvironment programEnvironment(const QString &home);

/// Runs `program` with `args` in an environment whose user folders are inside `home`, so the
/// developer's own frameworks or settings never change a result. Fails the test on a hang.
/// `extra` is added to that environment, then the variables in `unset` are removed (to run as a
/// script from cron would: no XDG_RUNTIME_DIR, no Qt platform); it runs in `workingDir`
/// (default: the test's own).
Run runProgram(const QString &program, const QStringList &args, const QString &home,
               const QProcessEnvironment &extra = {}, const QStringList &unset = {},
               const QString &workingDir = {});

/// Runs a poppler-utils program (pdfinfo, pdftotext, …) as the user would, with `home` for a
/// home folder; fails the test, naming the program, when it is missing or fails.
QString poppler(const QString &program, const QStringList &args, const QString &home);

} // namespace wgll::test
