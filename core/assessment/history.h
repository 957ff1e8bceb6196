// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace wgll {

/// One row of a statement's change history: which field changed, from what to what, who changed
/// it and when. Kept outside Assessment because it only grows: the window and the figures never
/// need it, and only the exports read it (readAssessmentFile's `history`).
struct Change
{
    qint64 id = 0;
    QString indicator;
    QString field; ///< score, na, na_reason, target, weight, confidence or notes
    std::optional<QString> oldValue; ///< unset: the field had no value
    std::optional<QString> newValue;
    QString author;
    QDateTime changed;

    friend bool operator==(const Change &, const Change &) = default;
};

} // namespace wgll
