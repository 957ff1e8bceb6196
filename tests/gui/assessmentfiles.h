// SPDX-License-Identifier: GPL-3.0-or-later
// Assessment files for the analysis views' tests (compare, trend, roll-up), written through the
// document as the program writes them: a framework revision, an organisation, a period and the
// answers the test works its figures from.
#pragma once

#include "framework/frameworkcatalog.h"
#include "storage/document.h"
#include "testsupport.h"

namespace wgll::test {

inline Answer scored(const QString &id, int score)
{
    Answer a;
    a.indicator = id;
    a.score = score;
    return a;
}

inline Answer notApplicable(const QString &id)
{
    Answer a;
    a.indicator = id;
    a.notApplicable = true;
    a.naReason = QStringLiteral("no such service");
    return a;
}

/// Writes `file` as an assessment of `framework` ("wgll-org", or a revision: "wgll-org@2021-08-31").
inline void writeAssessment(const QString &file, const QString &framework, const QString &organisation,
                            const QString &period, const QList<Answer> &answers)
{
    static const FrameworkCatalog catalog = FrameworkCatalog::load({});
    const FrameworkCatalog::Entry *entry = catalog.find(framework);
    REQUIRE(entry);
    AssessmentInfo info;
    info.organisation = organisation;
    info.period = period;
    Error error;
    auto doc = wgll::take(storage::Document::create(file, entry->framework, info), error);
    INFO(error.toString().toStdString());
    REQUIRE(doc);
    REQUIRE(static_cast<bool>(doc->setAnswers(answers)));
    REQUIRE(static_cast<bool>(doc->save()));
    doc->close();
}

} // namespace wgll::test
