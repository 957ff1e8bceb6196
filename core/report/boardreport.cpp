// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardreport.h"

#include "assessment/scoredcontent.h"
#include "reportparts.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace wgll::report {

namespace {

using parts::capitalised;
using parts::tr;

QString levelOrDash(const IndicatorResult &i)
{
    if (i.notApplicable)
        return QStringLiteral("N/A");
    return i.score ? QString::number(*i.score) : QStringLiteral("–");
}

/// How many of the scored statements (of one measure, or all when `measureId` is empty) have
/// at least one piece of evidence, and how many are scored.
struct Coverage
{
    int evidenced = 0;
    int scored = 0;
};

Coverage coverageOf(const Scorecard &card, const QHash<QString, qsizetype> &evidence, const QString &measureId = {})
{
    Coverage c;
    for (const IndicatorResult &i : card.indicators) {
        if (!i.score || i.notApplicable || (!measureId.isEmpty() && i.measureId != measureId))
            continue;
        ++c.scored;
        c.evidenced += evidence.value(i.id) > 0 ? 1 : 0;
    }
    return c;
}

/// How many pieces of evidence name each statement (each piece once).
QHash<QString, qsizetype> evidenceCounts(const Assessment &a)
{
    QHash<QString, qsizetype> counts;
    for (const Evidence &e : a.evidence) {
        const QSet<QString> named(e.indicators.begin(), e.indicators.end());
        for (const QString &id : named)
            ++counts[id];
    }
    return counts;
}

const QLocale &ukEnglish()
{
    static const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    return uk;
}

QString fileSize(qint64 bytes)
{
    return ukEnglish().formattedDataSize(bytes, 1);
}

/// The alternative text of a chart: what kind of chart it is, then every figure it shows, so a
/// screen-reader user hears the chart's own kind (a bar chart is not announced as a radar).
QString chartDescription(const Chart &c, const QString &figures)
{
    const QString scale = QString::number(c.scaleMin) + u' ' + tr("to") + u' ' + QString::number(c.scaleMax);
    const QString kind = c.kind == Chart::Kind::Radar
                             ? tr("Radar chart of the %1 success measure scores on the %2 scale: ")
                             : tr("Bar chart of the score and target of each of the %1 success measures on the %2 "
                                  "scale: ");
    return kind.arg(c.measures.size()).arg(scale) + figures + u'.';
}

Chart radarOf(const Scorecard &card, const std::optional<Scorecard> &before, const Framework &framework,
              const QString &baselineName, QString *figuresInWords = nullptr)
{
    Chart c;
    c.kind = Chart::Kind::Radar;
    c.title = tr("Success measure scores");
    c.scaleMin = framework.scale.min;
    c.scaleMax = framework.scale.max;
    c.data.caption = tr("The chart's figures");
    c.data.header = {tr("Success measure"), tr("Score"), tr("Target")};
    if (before)
        c.data.header.append(tr("Baseline"));
    c.data.numeric = {false, true, true, true};
    QStringList words;
    for (const MeasureResult &m : card.measures) {
        c.measures.append(m.title);
        c.current.append(m.score);
        c.target.append(m.target);
        QStringList row{m.title, formatScore(m.score), formatScore(m.target)};
        QString said = m.title + u' ' + formatScore(m.score) + u" (" + tr("target") + u' ' +
                       formatScore(m.target);
        if (before) {
            const MeasureResult *b = before->measure(m.id);
            c.baseline.append(b ? b->score : std::nullopt);
            row.append(formatScore(b ? b->score : std::nullopt));
            said += u", " + baselineName + u' ' + formatScore(b ? b->score : std::nullopt);
        }
        c.data.rows.append(row);
        words.append(said + u')');
    }
    c.description = chartDescription(c, words.join(QStringLiteral("; ")));
    if (figuresInWords)
        *figuresInWords = words.join(QStringLiteral("; "));
    return c;
}

/// The gap list (the first `top` gaps, or all); the full list (top 0) anchors each row for the
/// action plan's links and shows each gap's action owners and due dates.
Table gapTable(const Scorecard &card, int top, const parts::ActionsByStatement &actions)
{
    Table t;
    t.caption = top > 0 ? tr("The highest-priority gaps") : tr("Prioritised gap list");
    t.header = {tr("Rank"), tr("Statement"), tr("Measure"), tr("Score"), tr("Target"), tr("Gap"),
                tr("Weight"), tr("Priority")};
    t.widths = {6, 38, 16, 8, 8, 7, 8, 9};
    t.numeric = {true, false, false, true, true, true, true, true};
    const bool withActions = top <= 0 && !actions.isEmpty(); // a column for actions when there are any
    if (withActions) {
        t.header.append(tr("Action owner, due"));
        t.widths = {6, 27, 12, 7, 8, 5, 8, 9, 18};
    }
    t.empty = tr("No scored statement is below its target.");
    const QList<qsizetype> order = card.gapList();
    for (qsizetype k = 0; k < order.size() && (top <= 0 || k < top); ++k) {
        const IndicatorResult &i = card.indicators.at(order.at(k));
        t.rows.append({QString::number(*i.rank), i.id + u"  " + i.text, card.measure(i.measureId)->title,
                       QString::number(*i.score), QString::number(i.target), QString::number(*i.gap),
                       QString::number(i.weight), QString::number(*i.priority)});
        if (withActions)
            t.rows.last().append(parts::actionOwners(actions.value(i.id)));
        if (top <= 0)
            t.anchors.append(parts::gapAnchor(i.id));
    }
    return t;
}

/// Overall score and target, the change since the baseline when there is one, and how many
/// statements are scored: the figures a board reads first.
KeyFigures summaryFigures(const Scorecard &card, const std::optional<Comparison> &change, const QString &baselineName)
{
    KeyFigures key;
    key.figures.append({tr("Overall score"), formatScore(card.overall)});
    key.figures.append({tr("Target"), formatScore(card.overallTarget())});
    if (change) {
        key.figures.append({tr("Baseline (%1)").arg(baselineName), formatScore(change->overallBefore)});
        key.figures.append({tr("Change"), formatChange(change->overallBefore, change->overallAfter)});
    }
    key.figures.append({tr("Statements scored"),
                        QStringLiteral("%1 of %2").arg(card.scoredCount()).arg(card.applicableCount())});
    return key;
}

/// The summary's opening paragraph: who assessed what, the overall score, coverage by scores and
/// evidence, and with a baseline how the overall moved and which measures fell.
QString summaryLead(const Assessment &a, const Scorecard &card, const std::optional<Comparison> &change,
                    const QString &baselineName, const QHash<QString, qsizetype> &evidence)
{
    QString lead = tr("%1 assessed itself against %2 for %3. The overall score is %4 on the scale of 1 to 5, "
                      "the mean of the seven success measure scores; %5 of the %6 applicable statements are "
                      "scored and %7 are below their target.")
                       .arg(a.info.organisation.isEmpty() ? tr("The organisation") : a.info.organisation,
                            a.framework.title, a.info.period.isEmpty() ? tr("this period") : a.info.period,
                            formatScore(card.overall))
                       .arg(card.scoredCount())
                       .arg(card.applicableCount())
                       .arg(card.gapList().size());
    const Coverage covered = coverageOf(card, evidence);
    lead += u' ' + tr("%1 of %2 scored statements have evidence.").arg(covered.evidenced).arg(covered.scored);
    if (change && change->overallBefore && change->overallAfter)
        lead += u' ' + tr("Since %1 the overall score has moved from %2 to %3 (%4).")
                           .arg(baselineName, formatScore(change->overallBefore), formatScore(change->overallAfter),
                                formatChange(change->overallBefore, change->overallAfter));
    if (change) {
        const QString fell = parts::fallenMeasures(*change);
        lead += u' ' + (fell.isEmpty() ? tr("No success measure fell.") : fell);
    }
    return lead;
}

/// Each measure's score, target, scored and evidenced statements, and with a baseline its
/// earlier score and change.
Table measureScoresTable(const Scorecard &card, const std::optional<Comparison> &change,
                         const QHash<QString, qsizetype> &evidence)
{
    Table measures;
    measures.caption = tr("Scores by success measure");
    measures.header = {tr("Success measure"), tr("Score"), tr("Target"), tr("Scored"), tr("Evidenced")};
    measures.widths = {44, 12, 12, 12, 14};
    measures.numeric = {false, true, true, true, true};
    if (change) {
        measures.header << tr("Baseline") << tr("Change");
        measures.widths = {33, 10, 10, 10, 13, 12, 12};
        measures.numeric = {false, true, true, true, true, true, true};
    }
    for (qsizetype r = 0; r < card.measures.size(); ++r) {
        const MeasureResult &m = card.measures.at(r);
        const Coverage inMeasure = coverageOf(card, evidence, m.id);
        QStringList row{m.id + u"  " + m.title, formatScore(m.score), formatScore(m.target),
                        QStringLiteral("%1/%2").arg(m.scored).arg(m.total - m.notApplicable),
                        QStringLiteral("%1/%2").arg(inMeasure.evidenced).arg(inMeasure.scored)};
        if (change) {
            const ComparedMeasure &cm = change->measures.at(r);
            row << formatScore(cm.before) << formatChange(cm.before, cm.after);
        }
        measures.rows.append(row);
    }
    return measures;
}

Section summaryOf(const Assessment &a, const Scorecard &card, const std::optional<Comparison> &change,
                  const Chart &radar, const QString &baselineName, const Options &options,
                  const QHash<QString, qsizetype> &evidence)
{
    Section s{QStringLiteral("summary"), tr("Executive summary"), true, {}};
    s.blocks.append(summaryFigures(card, change, baselineName));
    s.blocks.append(Paragraph{summaryLead(a, card, change, baselineName, evidence), Paragraph::Style::Lead});
    s.blocks.append(radar);
    s.blocks.append(Subheading{tr("Scores by success measure")});
    s.blocks.append(measureScoresTable(card, change, evidence));
    s.blocks.append(Subheading{tr("The top %1 gaps").arg(options.topGaps), true});
    s.blocks.append(gapTable(card, options.topGaps, {}));
    if (change)
        s.blocks.append(parts::changeBlocks(a, *change, baselineName, options.biggestChanges));
    return s;
}

/// What the statement tables look up for each statement, found once: searching the lists
/// statement by statement made a 2,000-statement report quadratic.
struct Lookups
{
    QHash<QString, const IndicatorResult *> results;
    QHash<QString, const Answer *> answers;
    QHash<QString, qsizetype> evidence; ///< how many pieces of evidence name the statement
    QHash<QString, const ComparedIndicator *> before; ///< with a baseline

    Lookups(const Assessment &a, const Scorecard &card, const std::optional<Comparison> &change)
        : evidence(evidenceCounts(a))
    {
        if (change) {
            for (const ComparedIndicator &c : change->indicators) {
                if (!before.contains(c.id))
                    before.insert(c.id, &c);
            }
        }
        for (const IndicatorResult &i : card.indicators) {
            if (!results.contains(i.id)) // the first, as Scorecard::indicator()
                results.insert(i.id, &i);
        }
        for (const Answer &x : a.answers) {
            if (!answers.contains(x.indicator)) // the first, as Assessment::answer()
                answers.insert(x.indicator, &x);
        }
    }
};

/// Last year's score of a statement as its measure page prints it.
QString beforeOf(const ComparedIndicator *c)
{
    if (!c)
        return QStringLiteral("–");
    if (!c->comparable)
        return tr("not comparable");
    if (c->beforeNotApplicable)
        return QStringLiteral("N/A");
    return c->before ? QString::number(*c->before) : QStringLiteral("–");
}

Section measureSection(const Scorecard &card, const Lookups &lookups, const Measure &m,
                       const std::optional<Comparison> &change, const Scale &scale, const QString &baselineName)
{
    const MeasureResult *r = card.measure(m.id);
    Section s{u"measure-" + m.id, m.id + u"  " + m.title, true, {}};
    if (!m.summary.isEmpty())
        s.blocks.append(Paragraph{m.summary, Paragraph::Style::Lead});
    KeyFigures key;
    key.figures.append({tr("Score"), formatScore(r->score)});
    key.figures.append({tr("Target"), formatScore(r->target)});
    if (change) {
        for (const ComparedMeasure &cm : change->measures) {
            if (cm.id == m.id)
                key.figures.append({tr("Change since %1").arg(baselineName), formatChange(cm.before, cm.after)});
        }
    }
    key.figures.append({tr("Scored"), QStringLiteral("%1 of %2").arg(r->scored).arg(r->total - r->notApplicable)});
    if (r->notApplicable > 0)
        key.figures.append({tr("Not applicable"), QString::number(r->notApplicable)});
    const Coverage covered = coverageOf(card, lookups.evidence, m.id);
    key.figures.append({tr("Scored with evidence"), QStringLiteral("%1 of %2").arg(covered.evidenced).arg(covered.scored)});
    s.blocks.append(key);

    Table t;
    t.caption = tr("The statements of %1").arg(m.title);
    t.header = {tr("Statement"), tr("Score"), tr("Target"), tr("Evidence"), tr("Notes")};
    t.widths = {40, 16, 8, 9, 27};
    t.numeric = {false, false, true, true, false};
    if (change) {
        t.header = {tr("Statement"), tr("Score"), tr("Target"), baselineName, tr("Change"), tr("Evidence"),
                    tr("Notes")};
        t.widths = {31, 15, 7, 9, 8, 9, 21};
        t.numeric = {false, false, true, true, true, true, false};
    }
    for (const Indicator &i : m.indicators) {
        const IndicatorResult *ir = lookups.results.value(i.id);
        const Answer *ans = lookups.answers.value(i.id);
        const qsizetype evidence = lookups.evidence.value(i.id);
        QString notes = ans ? ans->notes : QString();
        if (ans && ans->notApplicable)
            notes = tr("Not applicable: ") + ans->naReason + (notes.isEmpty() ? QString() : u"\n" + notes);
        const QString score = ir->score ? levelWithName(*ir->score, scale) : levelOrDash(*ir);
        QStringList row{i.id + u"  " + i.text, score,
                        ir->notApplicable ? QStringLiteral("–") : QString::number(ir->target)};
        if (change) {
            const ComparedIndicator *c = lookups.before.value(i.id);
            row << beforeOf(c)
                << (c && c->delta ? (*c->delta > 0 ? QStringLiteral("+") : QString()) + QString::number(*c->delta)
                                  : QStringLiteral("–"));
        }
        row << QString::number(evidence) << notes;
        t.rows.append(row);
    }
    s.blocks.append(t);
    return s;
}

/// `t` without the columns that are empty in every row (a blank Role column says nothing).
Table withoutEmptyColumns(Table t)
{
    if (t.rows.isEmpty())
        return t;
    for (qsizetype c = t.header.size() - 1; c >= 0; --c) {
        const bool empty = std::all_of(t.rows.cbegin(), t.rows.cend(),
                                       [c](const QStringList &row) { return row.value(c).trimmed().isEmpty(); });
        if (!empty)
            continue;
        t.header.removeAt(c);
        if (c < t.widths.size())
            t.widths.removeAt(c);
        if (c < t.numeric.size())
            t.numeric.removeAt(c);
        for (QStringList &row : t.rows)
            row.removeAt(c);
    }
    return t;
}

/// Attendance, decisions and where the room disagreed most; only when a workshop was held.
std::optional<Section> workshopRecord(const Assessment &a, const Scorecard &card)
{
    const Workshop &w = a.workshop;
    if (w.sessions.isEmpty() && w.decisions.isEmpty())
        return std::nullopt;
    Section s{QStringLiteral("workshop"), tr("Workshop record"), true, {}};
    QHash<qint64, const Participant *> participants; // looked up once each, as Workshop::participant()
    for (const Participant &p : w.participants) {
        if (!participants.contains(p.id))
            participants.insert(p.id, &p);
    }
    for (const WorkshopSession &session : w.sessions) {
        s.blocks.append(Subheading{session.title + u", " + reportDate(session.date)});
        if (!session.facilitator.isEmpty())
            s.blocks.append(Paragraph{tr("Facilitated by %1.").arg(session.facilitator)});
        Table t;
        t.caption = tr("Attendance at %1").arg(session.title);
        t.header = {tr("Name"), tr("Role"), tr("Organisation"), tr("Attendance")};
        t.widths = {34, 26, 26, 14};
        t.empty = tr("No attendance was recorded.");
        for (const WorkshopSession::Attendance &x : session.attendance) {
            const Participant *p = participants.value(x.participant);
            t.rows.append({p ? p->name : QString(), p ? p->role : QString(), p ? p->organisation : QString(),
                           capitalised(x.status)});
        }
        s.blocks.append(withoutEmptyColumns(t));
    }

    s.blocks.append(Subheading{tr("Decisions")});
    Table decisions;
    decisions.caption = tr("Decisions and agreed scores, with their rationale and any dissent");
    decisions.header = {tr("Statement"), tr("Decision"), tr("Rationale"), tr("Dissent"), tr("Recorded")};
    decisions.widths = {10, 30, 26, 20, 14};
    decisions.empty = tr("No decisions were recorded.");
    for (const Decision &d : w.decisions)
        decisions.rows.append({d.indicator, d.text, d.rationale, d.dissent,
                               ukEnglish().toString(d.recorded.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"))});
    s.blocks.append(decisions);

    s.blocks.append(Subheading{tr("Where the room disagreed most")});
    QList<const IndicatorResult *> voted;
    for (const IndicatorResult &i : card.indicators) {
        if (i.votes)
            voted.append(&i);
    }
    std::stable_sort(voted.begin(), voted.end(), [](const IndicatorResult *x, const IndicatorResult *y) {
        return x->votes->max - x->votes->min > y->votes->max - y->votes->min;
    });
    Table spread;
    spread.caption = tr("The statements with the widest spread of votes");
    spread.header = {tr("Statement"), tr("Votes"), tr("Median"), tr("Lowest"), tr("Highest"), tr("Agreed")};
    spread.widths = {52, 9, 10, 10, 10, 9};
    spread.numeric = {false, true, true, true, true, true};
    spread.empty = tr("No votes were recorded.");
    for (qsizetype k = 0; k < voted.size() && k < 5; ++k) {
        const IndicatorResult &i = *voted.at(k);
        spread.rows.append({i.id + u"  " + i.text, QString::number(i.votes->n), formatScore(i.votes->median),
                            QString::number(i.votes->min), QString::number(i.votes->max), levelOrDash(i)});
    }
    s.blocks.append(spread);
    return s;
}

Section evidenceIndex(const Assessment &a)
{
    Section s{QStringLiteral("evidence"), tr("Evidence index"), false, {}};
    Table t;
    t.caption = tr("The evidence kept in the assessment file");
    t.header = {tr("No."), tr("Title"), tr("Kind"), tr("Statements"), tr("Details")};
    t.widths = {6, 34, 8, 14, 38};
    t.numeric = {true, false, false, false, false};
    t.empty = tr("No evidence is stored in this assessment.");
    for (const Evidence &e : a.evidence) {
        QString details;
        switch (e.kind) {
        case Evidence::Kind::File:
            details = e.fileName + u", " + fileSize(e.size) + u", SHA-256 " + e.sha256.left(16) + u"…";
            break;
        case Evidence::Kind::Link:
            details = e.url;
            break;
        case Evidence::Kind::Note:
            details = e.note;
            break;
        }
        t.rows.append({QString::number(e.id), e.title, capitalised(Evidence::kindName(e.kind)),
                       e.indicators.join(QStringLiteral(", ")), details});
    }
    s.blocks.append(t);
    return s;
}

} // namespace

QString BoardReport::runningHeader() const
{
    return headerLine(organisation, period, status);
}

QString headerLine(const QString &organisation, const QString &period, const QString &status)
{
    QStringList parts;
    for (const QString &p : {organisation, period, status}) {
        if (!p.isEmpty())
            parts.append(p);
    }
    return parts.join(QStringLiteral("  ·  "));
}

QString reportDate(const QDate &date, bool shortMonth)
{
    return ukEnglish().toString(date, shortMonth ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMMM yyyy"));
}

Table signatureTable(const SignatureBlock &block)
{
    Table t;
    t.caption = tr("Sign-off");
    t.header = {tr("Role"), tr("Name"), tr("Date"), tr("Signature")};
    t.widths = {22, 30, 18, 30};
    for (const QString &role : block.roles)
        t.rows.append({role + u"\n\n", QString(), QString(), QString()}); // blank lines: room to sign
    return t;
}

QStringList methodParagraphs()
{
    return {
        tr("Each statement was given an agreed score: a whole level from 1 (not started) to 5 (embedded) on "
           "the framework's maturity scale, or marked not applicable with a reason, or left unscored. Each has "
           "a target level (its own, or the assessment's default) and a weight of 1, 2 or 3 for how much it "
           "matters here."),
        tr("A success measure's score is the weighted mean of the scores of its scored statements; "
           "not-applicable and unscored statements are left out. Its target is the weighted mean of the "
           "targets of its statements that are not marked not applicable. A measure with no scored statement "
           "has no score (shown as a dash)."),
        tr("The overall score is the plain mean of the measure scores, so each success measure counts once "
           "however many statements it has, as in NHS England's Digital Maturity Assessment."),
        tr("A statement's gap is its target minus its score (0 when the score meets the target); its "
           "priority is gap × weight. The prioritised gap list holds the scored statements with a gap, "
           "highest priority first; equal priorities go first to the statement in the weaker measure, then "
           "to the one earlier in the framework."),
        tr("Figures are shown to one decimal place, halves rounded away from zero; the exports carry the full "
           "values. Change since the baseline is worked out from the printed figures: each score is rounded "
           "first, and the change is the difference of the two rounded figures, so a change always equals the "
           "subtraction a reader makes (2.245 and 2.462 print as 2.2 and 2.5, a change of +0.3). A statement's "
           "change is its newer level minus its older, for statements present in both with the same wording. "
           "A success measure fell when its printed change is below zero."),
        tr("Every page's footer gives the revision of the assessment and the first 12 hex digits of the "
           "SHA-256 of its scored content (scores, N/A reasons, targets, weights, notes, actions, evidence "
           "and the cover sheet). The command wgll check FILE.wgll --expect followed by those 12 digits "
           "confirms that a file still holds the content this report was made from."),
    };
}

namespace {

/// The earlier assessment the report compares with, when one is given.
struct BaselineFigures
{
    std::optional<Scorecard> before;
    std::optional<Comparison> change;
    QString name; ///< what the report calls it: its period, or "the baseline"
};

BaselineFigures baselineFigures(const Assessment &a, const Assessment *baseline)
{
    BaselineFigures b;
    if (!baseline)
        return b;
    b.before = Scorecard::of(*baseline);
    QString problem;
    b.change = Comparison::of(*baseline, a, problem);
    b.name = baseline->info.period.isEmpty() ? tr("the baseline") : baseline->info.period;
    return b;
}

/// The report without its sections: title, what it is of, status, the revision and content hash
/// its footer prints, and the cover sheet.
BoardReport reportFrame(const Assessment &a, const Options &options)
{
    BoardReport r;
    r.title = a.cover.reportTitle.trimmed().isEmpty() ? tr("Digital maturity self-assessment against What Good Looks Like")
                                                      : a.cover.reportTitle.trimmed();
    r.organisation = a.info.organisation;
    r.period = a.info.period;
    r.status = parts::statusOf(a, options.status);
    r.framework = a.framework.title + u" (" + a.framework.version + u')';
    r.generated = options.generated;
    r.logoFile = options.logoFile;
    r.revision = a.revision();
    r.contentHash = scoredContentSha256(a).left(12);
    r.cover = parts::coverItems(a, r);
    return r;
}

/// The full gap list, after the radar's figures drawn again as bars.
Section gapSection(const Assessment &a, const Scorecard &card, const Chart &radar, const QString &figuresInWords)
{
    Section gaps{QStringLiteral("gaps"), tr("Prioritised gap list"), true, {}};
    gaps.blocks.append(Paragraph{tr("Every scored statement below its target, in the order to fix them. "
                                    "Priority is gap × weight; the method appendix explains the order.")});
    Chart bars = radar;
    bars.kind = Chart::Kind::MeasureBars;
    bars.title = tr("Score and target by success measure");
    // The same figures in words, announced as what they are drawn as.
    bars.description = chartDescription(bars, figuresInWords);
    gaps.blocks.append(bars);
    const parts::ActionsByStatement actions = parts::actionsByStatement(a);
    gaps.blocks.append(gapTable(card, 0, actions));
    return gaps;
}

/// The appendix: how the scores are worked out, the sign-off block, the framework's source and
/// licence, and what made the report from which file.
Section methodSection(const Assessment &a, const BoardReport &r, const Options &options)
{
    Section method{QStringLiteral("method"), tr("Appendix: how the scores are calculated"), true, {}};
    for (const QString &p : methodParagraphs())
        method.blocks.append(Paragraph{p});
    if (options.signOff) {
        method.blocks.append(Subheading{tr("Sign-off")});
        method.blocks.append(SignatureBlock{{tr("Prepared by"), tr("Reviewed by"), tr("Approved by")}});
    }
    method.blocks.append(Subheading{tr("Source and licence")});
    method.blocks.append(Paragraph{a.framework.attribution.isEmpty()
                                       ? a.framework.title + u", " + a.framework.publisher + u", " +
                                             a.framework.licence
                                       : a.framework.attribution,
                                   Paragraph::Style::Small});
    if (!a.framework.source.isEmpty())
        method.blocks.append(Paragraph{tr("Source: ") + a.framework.source, Paragraph::Style::Small});
    method.blocks.append(Paragraph{tr("Made with WGLL Workbench %1 on %2. The figures in this report are those "
                                      "of the assessment file; the command wgll export gives them in full.")
                                       .arg(QCoreApplication::applicationVersion(),
                                            reportDate(options.generated)),
                                   Paragraph::Style::Small});
    method.blocks.append(Paragraph{r.footerLine() + u'.', Paragraph::Style::Small});
    return method;
}

} // namespace

BoardReport build(const Assessment &a, const Assessment *baseline, const Options &options)
{
    const Scorecard card = Scorecard::of(a);
    const BaselineFigures b = baselineFigures(a, baseline);
    BoardReport r = reportFrame(a, options);

    QString figuresInWords;
    const Chart radar = radarOf(card, b.before, a.framework, b.name, &figuresInWords);
    const Lookups lookups(a, card, b.change);
    r.sections.append(summaryOf(a, card, b.change, radar, b.name, options, lookups.evidence));
    for (const Measure &m : a.framework.measures)
        r.sections.append(measureSection(card, lookups, m, b.change, a.framework.scale, b.name));
    r.sections.append(gapSection(a, card, radar, figuresInWords));
    r.sections.append(parts::actionPlan(a, card, options));
    if (std::optional<Section> record = workshopRecord(a, card))
        r.sections.append(*record);
    r.sections.append(evidenceIndex(a));
    r.sections.append(methodSection(a, r, options));
    return r;
}

} // namespace wgll::report
