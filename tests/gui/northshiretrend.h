// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI trend tests' fixture (tests/cli/test_cli_trend.cpp) for the window's: Northshire
// 2023/24 on the 2021-08-31 revision, then 2024/25 and 2025/26 on 2021-10-04; measure 6 N/A
// throughout. Overall 1.5, 3.0, 3.5; measure 1 (Well led) 1.0, 3.0, 4.0.
#pragma once

#include "assessmentfiles.h"
#include "windowfixture.h"

namespace wgll::test {

struct Northshire : Fixture
{
    QString a = dir.filePath(QStringLiteral("a.wgll"));
    QString b = dir.filePath(QStringLiteral("b.wgll"));
    QString c = dir.filePath(QStringLiteral("c.wgll"));

    Northshire()
    {
        writeAssessment(a, QStringLiteral("wgll-org@2021-08-31"), QStringLiteral("Northshire"),
                        QStringLiteral("2023/24"),
                        QList<Answer>{scored(QStringLiteral("1.1"), 1), scored(QStringLiteral("3.5"), 2)} + na());
        writeAssessment(b, QStringLiteral("wgll-org"), QStringLiteral("Northshire"), QStringLiteral("2024/25"),
                        QList<Answer>{scored(QStringLiteral("1.1"), 2), scored(QStringLiteral("1.2"), 4),
                                      scored(QStringLiteral("3.1"), 3)} +
                            na());
        writeAssessment(c, QStringLiteral("wgll-org"), QStringLiteral("Northshire"), QStringLiteral("2025/26"),
                        QList<Answer>{scored(QStringLiteral("1.1"), 4), scored(QStringLiteral("3.1"), 5),
                                      scored(QStringLiteral("3.2"), 1)} +
                            na());
    }
    static QList<Answer> na()
    {
        QList<Answer> rows;
        for (int i = 1; i <= 5; ++i)
            rows.append(notApplicable(QStringLiteral("6.%1").arg(i)));
        return rows;
    }
};

} // namespace wgll::test
