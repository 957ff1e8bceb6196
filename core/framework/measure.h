// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace wgll {

/// One indicator statement, e.g. 3.5 "have an adequately resourced cyber security function, …".
/// Ids are `<measure>.<position>` as published and stay the same across framework revisions.
struct Indicator
{
    QString id;
    QString text;
    QString guidance; ///< optional help for assessors; empty for the published WGLL text

    friend bool operator==(const Indicator &, const Indicator &) = default;
};

/// A success measure ("Well led", "Ensure smart foundations", …): its "what does good look
/// like?" summary and its indicator statements in published order.
struct Measure
{
    QString id;
    QString title;
    QString summary;
    QList<Indicator> indicators;

    friend bool operator==(const Measure &, const Measure &) = default;
};

} // namespace wgll
