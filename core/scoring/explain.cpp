// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain.h"

#include <QStringList>

namespace wgll {

namespace {

QString plural(int n, const QString &one, const QString &many)
{
    return QString::number(n) + u' ' + (n == 1 ? one : many);
}

} // namespace

QString explainMeasure(const Scorecard &card, const MeasureResult &measure)
{
    QStringList terms;
    QStringList notApplicable;
    QStringList unscored;
    int weights = 0;
    for (const IndicatorResult &i : card.indicators) {
        if (i.measureId != measure.id)
            continue;
        if (i.notApplicable) {
            notApplicable.append(i.id);
        } else if (!i.score) {
            unscored.append(i.id);
        } else {
            terms.append(i.id + u": " + QString::number(*i.score) + u'×' + QString::number(i.weight));
            weights += i.weight;
        }
    }
    QStringList excluded;
    if (!notApplicable.isEmpty())
        excluded.append(QString::number(notApplicable.size()) + u" N/A (" + notApplicable.join(u", ") + u')');
    if (!unscored.isEmpty())
        excluded.append(QString::number(unscored.size()) + u" unscored (" + unscored.join(u", ") + u')');
    const QString tail = excluded.isEmpty() ? QString() : u"; " + excluded.join(u" and ") + u" excluded";
    if (!measure.score)
        return measure.title + u" has no score: none of its " +
               plural(measure.total, QStringLiteral("statement is"), QStringLiteral("statements is")) +
               u" scored" + tail + u'.';
    return measure.title + u' ' + formatScore(measure.score) + u" = weighted mean of " +
           plural(measure.scored, QStringLiteral("scored statement"), QStringLiteral("scored statements")) +
           u": (" + terms.join(u" + ") + u") ÷ " + QString::number(weights) + tail + u'.';
}

QString explainOverall(const Scorecard &card)
{
    QStringList parts;
    QStringList missing;
    for (const MeasureResult &m : card.measures) {
        if (m.score)
            parts.append(m.title + u' ' + formatScore(m.score));
        else
            missing.append(m.title);
    }
    if (!card.overall)
        return QStringLiteral("No overall score: no statement is scored yet.");
    QString text = u"Overall " + formatScore(card.overall) + u" = mean of " +
                   plural(static_cast<int>(parts.size()), QStringLiteral("measure score"),
                          QStringLiteral("measure scores")) +
                   u", each measure counting once: " + parts.join(u", ");
    if (!missing.isEmpty())
        text += u"; no score yet for " + missing.join(u", ");
    return text + u'.';
}

QString explainIndicator(const Scorecard &card, const IndicatorResult &i)
{
    if (i.notApplicable)
        return i.id + u" is N/A: excluded from its measure's score and target.";
    if (!i.score)
        return i.id + u" is unscored: excluded from its measure's score; its target " +
               QString::number(i.target) + u" counts towards the measure target.";
    QString text = i.id + u": score " + QString::number(*i.score) + u", target " + QString::number(i.target) +
                   u", gap " + QString::number(*i.gap) + u", weight " + QString::number(i.weight) +
                   u", priority " + QString::number(*i.priority) + u" (gap × weight)";
    if (i.rank) {
        const qsizetype ranked = card.gapList().size();
        text += u"; rank " + QString::number(*i.rank) + u" of " + QString::number(ranked) + u" gaps";
    } else {
        text += QStringLiteral("; at or above target, so not in the gap list");
    }
    return text + u'.';
}

} // namespace wgll
