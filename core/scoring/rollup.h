// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorecard.h"

#include <QHash>

#include <optional>
#include <utility>

namespace wgll {

/// How the organisations' figures are combined (docs/method.md, "Roll-up"): the mean is the
/// default, as NHS England's Digital Maturity Assessment reports it.
enum class RollupMethod { Mean, Median, Minimum };

/// "mean", "median", "min": the names `--method` takes and every output prints.
QString rollupMethodName(RollupMethod method);
std::optional<RollupMethod> rollupMethodNamed(const QString &name);

/// The organisations' scores for one measure, statement or the overall score, combined by the
/// roll-up's method (`value`), with the minimum, maximum and how many had a score; each
/// organisation counts once and those with no score there are left out.
struct Statistic
{
    QString id;
    QString title;
    std::optional<double> value; ///< by the roll-up's method
    std::optional<double> min;
    std::optional<double> max;
    int n = 0;
};

/// One organisation's answer to one statement, as the long table prints it.
struct RolledUpStatement
{
    QString id;
    QString measureId;
    std::optional<int> score; ///< unset when unscored or N/A
    bool notApplicable = false;
    int target = 0;
    int weight = 1;
    bool comparable = true; ///< same wording in every revision rolled up
};

struct RolledUpMeasure
{
    QString id;
    std::optional<double> score; ///< from the comparable statements only
};

struct RolledUpOrganisation
{
    QString file;
    QString organisation;
    QString period;
    QString revision; ///< the framework version the file was assessed on
    std::optional<double> overall; ///< mean of `measures`' scores
    QList<RolledUpMeasure> measures;
    QList<RolledUpStatement> statements;
};

/// A statement whose wording differs between the revisions rolled up (or that one lacks): left
/// out of every figure, listed with each revision's wording (empty where it has no such statement).
struct NotComparableStatement
{
    QString id;
    QString measureId;
    QStringList revisions; ///< every revision rolled up, oldest first
    QStringList wordings;  ///< one per revision
};

/// A file `--latest` left out because the same organisation has a newer period.
struct LeftOutFile
{
    QString file;
    QString organisation;
    QString period;
    QString keptFile;
};

/// A statement a file on another revision was migrated on (`--migrate-to`): its score kept under
/// the target revision's wording, which differs from the one it was assessed on.
struct MigratedStatement
{
    QString id;
    QString measureId;    ///< in the target revision
    QString fromRevision; ///< the revision the files were assessed on
    QString fromText;
    QString toText;
};

/// A statement the target revision of `--migrate-to` lacks: dropped from every figure.
struct DroppedStatement
{
    QString id;
    QString measureId;
    QString revision; ///< a revision of the files that has it
    QString text;
};

struct RollupOptions
{
    // A constructor, not an aggregate: `{method, latest}` stays complete without naming migrateTo.
    RollupOptions(RollupMethod m = RollupMethod::Mean, bool keepLatest = false, std::optional<Framework> target = {})
        : method(m), latest(keepLatest), migrateTo(std::move(target))
    {
    }
    RollupMethod method = RollupMethod::Mean;
    /// Keep each organisation's newest period instead of refusing several periods of one.
    bool latest = false;
    /// Migrate every file to this revision of the framework (docs/method.md, "Migration"): a
    /// statement is mapped by id when the target has that id, and dropped when it does not.
    std::optional<Framework> migrateTo;
};

/// Roll-up of many organisations' assessments of one framework (PRODUCT.md section 4).
struct Rollup
{
    QString frameworkId;
    QStringList revisions; ///< the framework versions of the files, oldest first
    RollupMethod method = RollupMethod::Mean;
    QList<RolledUpOrganisation> organisations; ///< in the order added (a kept newer period takes the older's place)
    Statistic overall;
    QList<Statistic> measures;   ///< framework order
    QList<Statistic> indicators; ///< framework order, comparable statements only
    QList<NotComparableStatement> notComparable;
    QList<LeftOutFile> leftOut;
    /// The revision every file was migrated to (`--migrate-to`), or empty.
    QString migratedTo;
    QList<MigratedStatement> migrated; ///< by statement, then revision
    QList<DroppedStatement> dropped;

    /// Files on more than one revision: figures are from the comparable statements only.
    bool mixed() const { return revisions.size() > 1; }
    /// The figures are from the statements worded alike only: mixed and not migrated.
    bool comparableOnly() const { return mixed() && migratedTo.isEmpty(); }
};

/// Builds a roll-up one scorecard at a time, keeping only the few figures the roll-up prints
/// (no statement texts but one per revision), so a national set of files stays small in memory.
class RollupBuilder
{
public:
    explicit RollupBuilder(RollupOptions options = {}) : m_options(std::move(options)) {}
    /// Adds one organisation's scorecard; returns a problem (and adds nothing) when its
    /// framework differs from the first one added, or when the same organisation is already in
    /// (the same period; or another period without `latest`): the problem names both files.
    std::optional<QString> add(const QString &file, const Scorecard &card);
    Rollup result() const;
    int count() const { return static_cast<int>(m_organisations.size()); }

private:
    struct Wording
    {
        QString measureId;
        QString text;
    };
    std::optional<QString> admit(const QString &file, const Scorecard &card, qsizetype &replace);
    void rememberFramework(const Scorecard &card);
    void seedTarget(const Framework &target);
    QHash<QString, bool> comparability() const;
    void listDifferences(Rollup &r, const QHash<QString, bool> &comparable) const;

    RollupOptions m_options;
    QString m_frameworkId;
    QList<RolledUpOrganisation> m_organisations;
    QList<LeftOutFile> m_leftOut;
    /// organisationKey() -> index in m_organisations: a national set is checked in linear time.
    QHash<QString, qsizetype> m_byOrganisation;
    QStringList m_measureOrder;
    QHash<QString, QString> m_measureTitles;
    QStringList m_statementOrder;
    /// revision -> statement id -> wording, from the first file of each revision.
    QHash<QString, QHash<QString, Wording>> m_wordings;
};

/// Whether two files are of the same organisation: names compared ignoring case and runs of
/// spaces (the file format holds no ODS code to compare).
QString organisationKey(const QString &organisation);
/// Orders periods as people write them ("2025/26" < "2026/27", "Q2" < "Q10"): runs of digits
/// compare as numbers, the rest ignoring case. Negative, zero or positive as `a` is before,
/// the same as or after `b`.
int comparePeriods(const QString &a, const QString &b);

} // namespace wgll
