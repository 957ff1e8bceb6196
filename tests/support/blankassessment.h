// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Unscored assessments of the bundled frameworks, for the scoring and roll-up tests that work
// their figures out by hand. Header-only: the core tests link core, the support library does not.
#include "assessment/assessment.h"
#include "framework/frameworkcatalog.h"

#include <catch2/catch.hpp>

namespace wgll::test {

inline const FrameworkCatalog &bundledFrameworks()
{
    static const FrameworkCatalog c = FrameworkCatalog::load({});
    return c;
}

/// Every statement of framework `key` unscored, weight 1, default target.
inline Assessment blankAssessment(const QString &key, const QString &organisation, const QString &period = {})
{
    Assessment a;
    a.framework = bundledFrameworks().find(key)->framework;
    a.info.organisation = organisation;
    a.info.period = period;
    for (const Measure &m : a.framework.measures) {
        for (const Indicator &i : m.indicators)
            a.answers.append(Answer{i.id, {}, false, {}, {}, 1, {}, {}});
    }
    return a;
}

/// The answer to statement `id`; fails the test when the framework has none.
inline Answer &answerIn(Assessment &a, const QString &id)
{
    for (Answer &x : a.answers) {
        if (x.indicator == id)
            return x;
    }
    FAIL("no statement " << id.toStdString());
    return a.answers.first();
}

} // namespace wgll::test
