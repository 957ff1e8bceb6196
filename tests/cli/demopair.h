// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clirunner.h"

namespace wgll::test {

/// The demo's two years made by the real `wgll` from resources/demo, as a user would: last year's
/// assessment, this year's on it as baseline, with this year's actions. The report tests (PDF,
/// ODT, Word) start from it.
struct DemoPair : Cli
{
    QString file = path(QStringLiteral("2026.wgll"));
    QString baseline = path(QStringLiteral("2025.wgll"));

    DemoPair()
    {
        const QString demo = sourceDir() + u"/resources/demo/";
        ok({QStringLiteral("new"), baseline, QStringLiteral("--organisation"), QStringLiteral("Northshire"),
            QStringLiteral("--period"), QStringLiteral("2025/26"), QStringLiteral("--framework"),
            QStringLiteral("wgll-org")});
        ok({QStringLiteral("import"), baseline, demo + u"northshire-2025-responses.csv"});
        ok({QStringLiteral("new"), file, QStringLiteral("--organisation"), QStringLiteral("Northshire"),
            QStringLiteral("--period"), QStringLiteral("2026/27"), QStringLiteral("--baseline"), baseline});
        ok({QStringLiteral("import"), file, demo + u"northshire-responses.csv"});
        ok({QStringLiteral("action"), QStringLiteral("import"), file, demo + u"northshire-actions.csv"});
    }
    Run ok(const QStringList &args) const
    {
        const Run r = (*this)(args);
        INFO(args.join(u' ').toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
};

} // namespace wgll::test
