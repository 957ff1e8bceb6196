// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollupexport.h"

#include "csvwriter.h"
#include "tableexport.h"

#include <QJsonArray>
#include <QSet>

namespace wgll::rollups {

namespace {

/// One row of the long table, typed, so the CSV/XLSX strings and the JSON objects agree.
struct Row
{
    QString kind;  ///< "organisation" or "rollup"
    QString level; ///< "statement", "measure" or "overall"
    QString organisation;
    QString period;
    QString revision;
    QString measure;
    QString statement;
    std::optional<double> score;
    std::optional<bool> notApplicable;
    std::optional<int> target;
    std::optional<int> weight;
    std::optional<bool> comparable;
    std::optional<int> n;
    std::optional<double> min;
    std::optional<double> max;
    std::optional<bool> migrated; ///< organisation statements: kept under another wording by --migrate-to
};

const QStringList Columns{QStringLiteral("kind"),    QStringLiteral("level"),     QStringLiteral("organisation"),
                          QStringLiteral("period"),  QStringLiteral("framework"), QStringLiteral("revision"),
                          QStringLiteral("method"),  QStringLiteral("measure"),   QStringLiteral("statement"),
                          QStringLiteral("score"),   QStringLiteral("na"),        QStringLiteral("target"),
                          QStringLiteral("weight"),  QStringLiteral("comparable"), QStringLiteral("n"),
                          QStringLiteral("min"),     QStringLiteral("max")};

std::optional<double> asDouble(const std::optional<int> &v)
{
    return v ? std::optional<double>(*v) : std::nullopt;
}

/// "revision/id" of each statement --migrate-to kept under another wording.
QSet<QString> migratedKeys(const Rollup &rollup)
{
    QSet<QString> keys;
    for (const MigratedStatement &m : rollup.migrated)
        keys.insert(m.fromRevision + u'/' + m.id);
    return keys;
}

void organisationRows(const Rollup &rollup, const RolledUpOrganisation &o, const QSet<QString> &migrated,
                      QList<Row> &rows)
{
    // A file moved by --migrate-to: "2021-08-31 -> 2021-10-04", the revision its figures are on last.
    const QString revision = rollup.migratedTo.isEmpty() || rollup.migratedTo == o.revision
                                 ? o.revision
                                 : o.revision + u" -> " + rollup.migratedTo;
    const Row base{QStringLiteral("organisation"), {}, o.organisation, o.period, revision, {}, {}, {}, {}, {}, {},
                   {}, {}, {}, {}, {}};
    for (const RolledUpStatement &s : o.statements) {
        Row r = base;
        r.level = QStringLiteral("statement");
        r.measure = s.measureId;
        r.statement = s.id;
        r.score = asDouble(s.score);
        r.notApplicable = s.notApplicable;
        r.target = s.target;
        r.weight = s.weight;
        r.comparable = s.comparable;
        r.migrated = s.comparable && migrated.contains(o.revision + u'/' + s.id);
        rows.append(r);
    }
    for (const RolledUpMeasure &m : o.measures) {
        Row r = base;
        r.level = QStringLiteral("measure");
        r.measure = m.id;
        r.score = m.score;
        rows.append(r);
    }
    Row overall = base;
    overall.level = QStringLiteral("overall");
    overall.score = o.overall;
    rows.append(overall);
}

/// The roll-up rows' revision: every revision of the files ("2021-08-31 + 2021-10-04"), then
/// " -> 2021-10-04" when --migrate-to moved them all to one.
QString revisionText(const Rollup &rollup)
{
    const QString files = rollup.revisions.join(QStringLiteral(" + "));
    return rollup.migratedTo.isEmpty() ? files : files + u" -> " + rollup.migratedTo;
}

Row statisticRow(const Rollup &rollup, const QString &level, const QString &measure, const QString &statement,
                 const Statistic &s)
{
    return {QStringLiteral("rollup"), level, {}, {}, revisionText(rollup), measure, statement,
            s.value, {}, {}, {}, {}, s.n, s.min, s.max, {}};
}

QList<Row> rowsOf(const Rollup &rollup)
{
    QList<Row> rows;
    const QSet<QString> migrated = migratedKeys(rollup);
    for (const RolledUpOrganisation &o : rollup.organisations)
        organisationRows(rollup, o, migrated, rows);
    QHash<QString, QString> measureOf;
    if (!rollup.organisations.isEmpty()) {
        for (const RolledUpStatement &s : rollup.organisations.constFirst().statements)
            measureOf.insert(s.id, s.measureId);
    }
    for (const Statistic &s : rollup.indicators)
        rows.append(statisticRow(rollup, QStringLiteral("statement"), measureOf.value(s.id), s.id, s));
    for (const Statistic &s : rollup.measures)
        rows.append(statisticRow(rollup, QStringLiteral("measure"), s.id, {}, s));
    rows.append(statisticRow(rollup, QStringLiteral("overall"), {}, {}, rollup.overall));
    return rows;
}

QString yesNo(const std::optional<bool> &v)
{
    return v ? (*v ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
}

/// The long table's `comparable`: "migrated" for a statement --migrate-to kept under the target's
/// other wording (it counts, like "yes"), else yes/no.
QString comparableText(const Row &r)
{
    return r.migrated.value_or(false) ? QStringLiteral("migrated") : yesNo(r.comparable);
}

template <typename T> QJsonValue orNull(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &v)
{
    return v.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

QJsonObject statisticJson(const Statistic &s)
{
    QJsonObject o{{QStringLiteral("value"), orNull(s.value)},
                  {QStringLiteral("min"), orNull(s.min)},
                  {QStringLiteral("max"), orNull(s.max)},
                  {QStringLiteral("n"), s.n}};
    if (!s.id.isEmpty())
        o.insert(QStringLiteral("id"), s.id);
    if (!s.title.isEmpty())
        o.insert(QStringLiteral("title"), s.title);
    return o;
}

QJsonObject rowJson(const Rollup &rollup, const Row &r)
{
    return {{QStringLiteral("kind"), r.kind},
            {QStringLiteral("level"), r.level},
            {QStringLiteral("organisation"), textOrNull(r.organisation)},
            {QStringLiteral("period"), textOrNull(r.period)},
            {QStringLiteral("framework"), rollup.frameworkId},
            {QStringLiteral("revision"), r.revision},
            {QStringLiteral("method"), rollupMethodName(rollup.method)},
            {QStringLiteral("measure"), textOrNull(r.measure)},
            {QStringLiteral("statement"), textOrNull(r.statement)},
            {QStringLiteral("score"), orNull(r.score)},
            {QStringLiteral("na"), orNull(r.notApplicable)},
            {QStringLiteral("target"), orNull(r.target)},
            {QStringLiteral("weight"), orNull(r.weight)},
            {QStringLiteral("comparable"), orNull(r.comparable)},
            {QStringLiteral("n"), orNull(r.n)},
            {QStringLiteral("min"), orNull(r.min)},
            {QStringLiteral("max"), orNull(r.max)}};
}

QJsonArray organisationsJson(const Rollup &rollup)
{
    QJsonArray out;
    for (const RolledUpOrganisation &o : rollup.organisations) {
        QJsonArray measures;
        for (const RolledUpMeasure &m : o.measures)
            measures.append(QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("score"), orNull(m.score)}});
        out.append(QJsonObject{{QStringLiteral("file"), o.file},
                               {QStringLiteral("organisation"), o.organisation},
                               {QStringLiteral("period"), o.period},
                               {QStringLiteral("revision"), o.revision},
                               {QStringLiteral("overall"), orNull(o.overall)},
                               {QStringLiteral("measures"), measures}});
    }
    return out;
}

/// What --migrate-to did: the statements kept under the target's wording, with both wordings,
/// and those dropped because the target lacks them.
void migrationJson(const Rollup &rollup, QJsonObject &out)
{
    QJsonArray migrated;
    for (const MigratedStatement &m : rollup.migrated)
        migrated.append(QJsonObject{{QStringLiteral("id"), m.id},
                                    {QStringLiteral("measure"), m.measureId},
                                    {QStringLiteral("fromRevision"), m.fromRevision},
                                    {QStringLiteral("fromText"), m.fromText},
                                    {QStringLiteral("toText"), m.toText}});
    QJsonArray dropped;
    for (const DroppedStatement &d : rollup.dropped)
        dropped.append(QJsonObject{{QStringLiteral("id"), d.id},
                                   {QStringLiteral("measure"), d.measureId},
                                   {QStringLiteral("revision"), d.revision},
                                   {QStringLiteral("text"), d.text}});
    out.insert(QStringLiteral("migratedTo"), textOrNull(rollup.migratedTo));
    out.insert(QStringLiteral("migrated"), migrated);
    out.insert(QStringLiteral("dropped"), dropped);
}

QJsonArray notComparableJson(const Rollup &rollup)
{
    QJsonArray out;
    for (const NotComparableStatement &n : rollup.notComparable) {
        QJsonArray wordings;
        for (qsizetype i = 0; i < n.revisions.size(); ++i)
            wordings.append(QJsonObject{{QStringLiteral("revision"), n.revisions.at(i)},
                                        {QStringLiteral("text"), textOrNull(n.wordings.value(i))}});
        out.append(QJsonObject{{QStringLiteral("id"), n.id},
                               {QStringLiteral("measure"), n.measureId},
                               {QStringLiteral("wordings"), wordings}});
    }
    return out;
}

} // namespace

records::Table longTable(const Rollup &rollup)
{
    records::Table t{QStringLiteral("rollup"), QStringLiteral("Roll-up"), Columns, {}, {}};
    for (const QString &c : Columns)
        t.numeric.append(c == u"score" || c == u"target" || c == u"weight" || c == u"n" || c == u"min" ||
                         c == u"max");
    const QString method = rollupMethodName(rollup.method);
    for (const Row &r : rowsOf(rollup)) {
        t.rows.append({r.kind, r.level, r.organisation, r.period, rollup.frameworkId, r.revision, method, r.measure,
                       r.statement, tables::number(r.score), yesNo(r.notApplicable), tables::number(r.target),
                       tables::number(r.weight), comparableText(r), tables::number(r.n), tables::number(r.min),
                       tables::number(r.max)});
    }
    return t;
}

QByteArray csv(const Rollup &rollup)
{
    const records::Table t = longTable(rollup);
    return QByteArray("\xEF\xBB\xBF") + tables::csv(t.header, t.rows);
}

QJsonObject json(const Rollup &rollup)
{
    QJsonArray measures;
    for (const Statistic &s : rollup.measures)
        measures.append(statisticJson(s));
    QJsonArray indicators;
    for (const Statistic &s : rollup.indicators)
        indicators.append(statisticJson(s));
    QJsonArray leftOut;
    for (const LeftOutFile &l : rollup.leftOut)
        leftOut.append(QJsonObject{{QStringLiteral("file"), l.file},
                                   {QStringLiteral("organisation"), l.organisation},
                                   {QStringLiteral("period"), l.period},
                                   {QStringLiteral("kept"), l.keptFile}});
    QJsonArray rows;
    for (const Row &r : rowsOf(rollup))
        rows.append(rowJson(rollup, r));
    QJsonObject overall = statisticJson(rollup.overall);
    overall.remove(QStringLiteral("id"));
    overall.remove(QStringLiteral("title"));
    QJsonObject out{{QStringLiteral("framework"), rollup.frameworkId},
            {QStringLiteral("revisions"), QJsonArray::fromStringList(rollup.revisions)},
            {QStringLiteral("method"), rollupMethodName(rollup.method)},
            {QStringLiteral("comparableOnly"), rollup.comparableOnly()},
            {QStringLiteral("organisations"), organisationsJson(rollup)},
            {QStringLiteral("overall"), overall},
            {QStringLiteral("measures"), measures},
            {QStringLiteral("indicators"), indicators},
            {QStringLiteral("notComparable"), notComparableJson(rollup)},
            {QStringLiteral("leftOut"), leftOut},
            {QStringLiteral("rows"), rows}};
    migrationJson(rollup, out);
    return out;
}

} // namespace wgll::rollups
