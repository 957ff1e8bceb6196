// SPDX-License-Identifier: GPL-3.0-or-later
#include "trend.h"

#include "rollup.h"

#include <QRegularExpression>

#include <algorithm>

namespace wgll {

std::optional<PeriodKey> periodKey(const QString &period)
{
    static const QRegularExpression form(
        QStringLiteral(R"(^(\d{4})(?:\s*[/-]\s*(\d{4}|\d{2}))?(?:\s+([QH])([1-4]))?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(period.simplified());
    if (!m.hasMatch())
        return std::nullopt;
    PeriodKey key;
    key.year = m.captured(1).toInt();
    key.form = QStringLiteral("year");
    if (const QString second = m.captured(2); !second.isEmpty()) {
        // The second year must be the next one ("2024/25", "2024/2025"); "2024/26" spans two
        // years and has no single place in a yearly series.
        const int next = key.year + 1;
        if (second.size() == 2 ? second.toInt() != next % 100 : second.toInt() != next)
            return std::nullopt;
        key.form = QStringLiteral("financial year");
    }
    if (const QString kind = m.captured(3).toUpper(); !kind.isEmpty()) {
        key.part = m.captured(4).toInt();
        if (kind == u"H" && key.part > 2)
            return std::nullopt;
        key.form += kind == u"Q" ? QStringLiteral(" quarter") : QStringLiteral(" half");
    }
    return key;
}

namespace {

struct Placed
{
    const TrendInput *input;
    PeriodKey key;
};

QString named(const TrendInput &i)
{
    return i.card.info.organisation.trimmed().isEmpty() ? QStringLiteral("no organisation name")
                                                        : i.card.info.organisation;
}

/// Each input placed in time, or the first that is refused: another framework or organisation
/// than the first file's, a period the rule cannot place, or of another form than the first's.
std::optional<QList<Placed>> place(const QList<TrendInput> &inputs, Error &error)
{
    QList<Placed> placed;
    const TrendInput &first = inputs.constFirst();
    for (const TrendInput &i : inputs) {
        error = {ErrorKind::BadData, i.file, 0, {}};
        if (i.card.frameworkId != first.card.frameworkId) {
            error.message = first.file + u" and " + i.file + u" are assessments of different frameworks (" +
                            first.card.frameworkId + u", " + i.card.frameworkId + u"); a trend needs one framework";
            return std::nullopt;
        }
        if (organisationKey(i.card.info.organisation) != organisationKey(first.card.info.organisation)) {
            error.message = first.file + u" and " + i.file + u" are of different organisations (" + named(first) +
                            u"; " + named(i) + u"); a trend follows one organisation";
            return std::nullopt;
        }
        const std::optional<PeriodKey> key = periodKey(i.card.info.period);
        if (!key) {
            error.message = u"cannot place the period '" + i.card.info.period +
                            u"' in time; a trend needs periods such as 2025, 2024/25 or 2024/25 Q3 "
                            u"(docs/method.md, \"Trend\")";
            return std::nullopt;
        }
        if (!placed.isEmpty() && key->form != placed.constFirst().key.form) {
            error.message = first.file + u" and " + i.file + u" have periods of different forms ('" +
                            first.card.info.period + u"', a " + placed.constFirst().key.form + u"; '" +
                            i.card.info.period + u"', a " + key->form + u"), which cannot be ordered without a guess";
            return std::nullopt;
        }
        placed.append({&i, *key});
    }
    return placed;
}

bool before(const PeriodKey &a, const PeriodKey &b)
{
    return a.year != b.year ? a.year < b.year : a.part < b.part;
}

/// The measures of every file: the newest's order first, then any only older revisions have.
QList<TrendMeasure> measuresOf(const QList<Placed> &placed)
{
    QList<TrendMeasure> measures;
    for (auto it = placed.crbegin(); it != placed.crend(); ++it) {
        for (const MeasureResult &m : it->input->card.measures) {
            const bool known = std::any_of(measures.cbegin(), measures.cend(),
                                           [&](const TrendMeasure &t) { return t.id == m.id; });
            if (!known)
                measures.append({m.id, m.title});
        }
    }
    return measures;
}

TrendPoint pointOf(const TrendInput &i, const QList<TrendMeasure> &measures)
{
    TrendPoint p{i.file, i.card.info.period, i.card.frameworkVersion, 0, i.card.overall, {}};
    for (const TrendMeasure &t : measures) {
        const MeasureResult *m = i.card.measure(t.id);
        p.measures.append(m ? m->score : std::nullopt);
    }
    return p;
}

} // namespace

std::optional<Trend> Trend::of(const QList<TrendInput> &inputs, Error &error)
{
    if (inputs.isEmpty()) {
        error = {ErrorKind::BadData, {}, 0, QStringLiteral("a trend needs at least one assessment")};
        return std::nullopt;
    }
    std::optional<QList<Placed>> placed = place(inputs, error);
    if (!placed)
        return std::nullopt;
    std::stable_sort(placed->begin(), placed->end(), [](const Placed &a, const Placed &b) { return before(a.key, b.key); });
    for (qsizetype i = 1; i < placed->size(); ++i) {
        const Placed &a = placed->at(i - 1);
        const Placed &b = placed->at(i);
        if (!before(a.key, b.key)) {
            error = {ErrorKind::BadData, b.input->file, 0,
                     a.input->file + u" and " + b.input->file + u" are the same period ('" + a.input->card.info.period +
                         u"', '" + b.input->card.info.period + u"'); a trend takes each period once"};
            return std::nullopt;
        }
    }
    Trend t;
    t.frameworkId = inputs.constFirst().card.frameworkId;
    t.organisation = placed->constLast().input->card.info.organisation;
    t.measures = measuresOf(*placed);
    for (const Placed &p : *placed) {
        TrendPoint point = pointOf(*p.input, t.measures);
        if (!t.points.isEmpty()) {
            const TrendPoint &last = t.points.constLast();
            point.segment = last.segment;
            if (last.revision != point.revision) {
                ++point.segment;
                t.breaks.append({t.points.size(), last.period, last.revision, point.period, point.revision});
            }
        }
        t.points.append(point);
    }
    return t;
}

std::optional<double> Trend::value(qsizetype measure, qsizetype point) const
{
    if (point < 0 || point >= points.size())
        return std::nullopt;
    const TrendPoint &p = points.at(point);
    return measure < 0 ? p.overall : p.measures.value(measure);
}

std::optional<double> Trend::change(qsizetype measure, qsizetype point) const
{
    if (point < 1 || point >= points.size() || breakBefore(point))
        return std::nullopt;
    const std::optional<double> now = value(measure, point);
    const std::optional<double> then = value(measure, point - 1);
    if (!now || !then)
        return std::nullopt;
    return *now - *then;
}

bool Trend::breakBefore(qsizetype point) const
{
    return point > 0 && point < points.size() && points.at(point).segment != points.at(point - 1).segment;
}

std::optional<Trend> Trend::upTo(const TrendInput &newest, const QList<TrendInput> &earlier,
                                 const LaterRefusal &refusal, Error &error)
{
    std::optional<Trend> trend = Trend::of(QList<TrendInput>{newest} + earlier, error);
    if (trend && trend->points.constLast().file != newest.file) {
        const TrendPoint &last = trend->points.constLast();
        error = {ErrorKind::BadData, last.file, 0,
                 u"is of " + last.period + u", after " + refusal.whose + u' ' + newest.card.info.period + u" (" +
                     newest.file + u"); " + refusal.rule};
        return std::nullopt;
    }
    return trend;
}

} // namespace wgll
