// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorecard.h"

#include <QHash>

#include <optional>

namespace wgll {

/// Mean, min, max and n of the organisations' scores for one measure or statement; each
/// organisation counts once and organisations with no score there are left out.
struct Statistic
{
    QString id;
    QString title;
    std::optional<double> mean;
    std::optional<double> min;
    std::optional<double> max;
    int n = 0;
};

struct RolledUpOrganisation
{
    QString file;
    QString organisation;
    QString period;
    std::optional<double> overall;
};

/// Roll-up of many organisations' assessments of one framework (PRODUCT.md section 4).
struct Rollup
{
    QString frameworkId;
    QList<RolledUpOrganisation> organisations; ///< in the order added
    QList<Statistic> measures;                 ///< framework order
    QList<Statistic> indicators;               ///< framework order
};

/// Builds a roll-up one scorecard at a time, so a national set of files never has to be in
/// memory at once.
class RollupBuilder
{
public:
    /// Adds one organisation's scorecard; returns a problem (and adds nothing) when its
    /// framework differs from the first one added.
    std::optional<QString> add(const QString &file, const Scorecard &card);
    Rollup result() const;
    int count() const { return static_cast<int>(m_organisations.size()); }

private:
    struct Accumulator
    {
        QString title;
        double sum = 0;
        double min = 0;
        double max = 0;
        int n = 0;
        void add(double v);
    };
    static Statistic statisticOf(const QString &id, const Accumulator &a);

    QString m_frameworkId;
    QList<RolledUpOrganisation> m_organisations;
    QStringList m_measureOrder;
    QStringList m_indicatorOrder;
    QHash<QString, Accumulator> m_measures;
    QHash<QString, Accumulator> m_indicators;
};

} // namespace wgll
