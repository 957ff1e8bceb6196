// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measure.h"
#include "scale.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wgll {

/// A maturity framework at one revision: the value an assessment is scored against and stores
/// a snapshot of. Plain data; FrameworkReader builds it and guarantees its invariants (unique
/// ids, indicator ids prefixed by their measure id, a consistent scale).
struct Framework
{
    QString id;      ///< e.g. "wgll-org"
    QString version; ///< revision date, "YYYY-MM-DD"
    QString title;
    QString variant; ///< "ics", "organisation" or "other"
    QString publisher;
    QString licence;
    QString attribution;
    QString source;
    QString supersedes; ///< the revision this one replaces, or empty
    QStringList changes;
    QString lead; ///< e.g. "Your organisation would:"
    Scale scale;
    QList<Measure> measures;

    /// "wgll-org@2021-10-04": how the CLI and file names refer to one revision.
    QString key() const { return id + u'@' + version; }
    qsizetype indicatorCount() const;
    const Measure *measure(const QString &measureId) const;
    const Indicator *indicator(const QString &indicatorId) const;
    /// The measure an indicator belongs to, or nullptr for an unknown id.
    const Measure *measureOf(const QString &indicatorId) const;

    friend bool operator==(const Framework &, const Framework &) = default;
};

} // namespace wgll
