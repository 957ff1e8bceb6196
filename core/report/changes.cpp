// SPDX-License-Identifier: GPL-3.0-or-later
// Change since the baseline as the report prints it. Every change figure is the difference of
// the two figures printed beside it (each rounded first), so a reader's own subtraction always
// agrees: 2.245 → 2.462 prints as 2.2 → 2.5, change +0.3 (not +0.2, the rounded true change).
#include "reportparts.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace wgll::report {

QString levelWithName(int score, const Scale &scale)
{
    const ScaleLevel *level = scale.level(score);
    return level && !level->label.isEmpty() ? QString::number(score) + u" · " + level->label
                                            : QString::number(score);
}

namespace parts {

ChangeList changeList(const Comparison &change, int improvements)
{
    QList<ComparedIndicator> declines, rises;
    for (const ComparedIndicator &i : change.indicators) {
        if (i.delta && *i.delta < 0)
            declines.append(i);
        else if (i.delta && *i.delta > 0)
            rises.append(i);
    }
    const auto bySize = [](const ComparedIndicator &a, const ComparedIndicator &b) {
        return std::abs(*a.delta) > std::abs(*b.delta); // stable: ties in framework order
    };
    std::stable_sort(declines.begin(), declines.end(), bySize);
    std::stable_sort(rises.begin(), rises.end(), bySize);
    ChangeList out;
    out.shown = declines;
    const qsizetype kept = std::min<qsizetype>(rises.size(), std::max(0, improvements));
    out.shown.append(rises.mid(0, kept));
    out.improvementsLeftOut = static_cast<int>(rises.size() - kept);
    return out;
}

QList<Block> changeBlocks(const Assessment &a, const Comparison &change, const QString &baselineName,
                          int improvements)
{
    const ChangeList list = changeList(change, improvements);
    int declines = 0;
    for (const ComparedIndicator &c : list.shown)
        declines += *c.delta < 0 ? 1 : 0;
    const int rises = static_cast<int>(list.shown.size()) - declines + list.improvementsLeftOut;
    QList<Block> blocks;
    blocks.append(Subheading{tr("Biggest changes since %1").arg(baselineName)});
    QString said = tr("%1 statements fell and %2 improved. Every fall is listed, largest first, then the largest "
                      "improvements.")
                       .arg(declines)
                       .arg(rises);
    if (list.improvementsLeftOut > 0)
        said += u' ' + tr("%1 smaller improvements are not listed here; each measure's page shows every change.")
                           .arg(list.improvementsLeftOut);
    blocks.append(Paragraph{said});
    Table t;
    t.caption = tr("Every statement that fell, then the largest improvements");
    t.header = {tr("Statement"), baselineName, a.info.period.isEmpty() ? tr("Now") : a.info.period, tr("Change")};
    t.widths = {64, 12, 12, 12};
    t.numeric = {false, true, true, true};
    t.empty = tr("No comparable statement changed its score.");
    for (const ComparedIndicator &c : list.shown) {
        const Indicator *i = a.framework.indicator(c.id);
        t.rows.append({c.id + u"  " + (i ? i->text : QString()), QString::number(*c.before),
                       QString::number(*c.after),
                       (*c.delta > 0 ? QStringLiteral("+") : QString()) + QString::number(*c.delta)});
    }
    blocks.append(t);
    return blocks;
}

QString fallenMeasures(const Comparison &change)
{
    QStringList fell;
    for (const ComparedMeasure &m : change.measures) {
        if (!m.before || !m.after || scoreTenths(*m.after) >= scoreTenths(*m.before))
            continue;
        fell.append(tr("%1 by %2 (from %3 to %4)")
                        .arg(m.title, formatChange(m.before, m.after).mid(1), formatScore(m.before),
                             formatScore(m.after)));
    }
    if (fell.isEmpty())
        return {};
    if (fell.size() == 1)
        return tr("One success measure fell: %1.").arg(fell.first());
    const QString last = fell.takeLast();
    return tr("%1 success measures fell: %2 and %3.").arg(fell.size() + 1).arg(fell.join(QStringLiteral("; ")), last);
}

} // namespace parts

} // namespace wgll::report
