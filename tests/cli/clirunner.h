// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <QDir>

namespace wgll::test {

/// Runs the real `wgll` program as a user would, in a temporary home of its own.
struct Cli
{
    /// The program under test; WGLL_CLI_UNDER_TEST names another build (an older one, to see a
    /// new test fail against the fault it was written for).
    static QString program()
    {
        return qEnvironmentVariableIsEmpty("WGLL_CLI_UNDER_TEST") ? QStringLiteral(WGLL_CLI)
                                                                   : qEnvironmentVariable("WGLL_CLI_UNDER_TEST");
    }
    QTemporaryDir home;
    QString path(const QString &name) const { return home.filePath(name); }
    Run operator()(const QStringList &args) const
    {
        return runProgram(program(), args, home.path());
    }
    /// The files in the home folder whose names contain `name` (sidecars, temporaries).
    QStringList filesBeside(const QString &name) const
    {
        return QDir(home.path()).entryList(QDir::Files | QDir::Hidden).filter(name);
    }
};

} // namespace wgll::test
