// SPDX-License-Identifier: GPL-3.0-or-later
// The board paper as data (core/report), issue 16: the cover sheet, the footer that ties each
// page to the scored content, change figures a reader cannot catch out, evidence coverage, the
// action plan, and the layout rules that live in the data (level names, empty columns, no
// inline code marks). The PDF, ODT and HTML draw exactly this.
#include "assessment/scoredcontent.h"
#include "framework/frameworkcatalog.h"
#include "report/boardreport.h"
#include "scoring/comparison.h"
#include "scoring/scorecard.h"
#include "testsupport.h"

#include <QRandomGenerator>

using namespace wgll;

namespace {

Assessment blank()
{
    static const FrameworkCatalog catalog = FrameworkCatalog::load({});
    Assessment a;
    a.framework = catalog.find(QStringLiteral("wgll-org"))->framework;
    a.info.organisation = QStringLiteral("Northshire Hospitals NHS FT");
    a.info.period = QStringLiteral("2026/27");
    for (const Measure &m : a.framework.measures) {
        for (const Indicator &i : m.indicators)
            a.answers.append(Answer{i.id, {}, false, {}, {}, 1, {}, {}});
    }
    return a;
}

void score(Assessment &a, const QString &id, int s)
{
    for (Answer &x : a.answers) {
        if (x.indicator == id)
            x.score = s;
    }
}

template <typename T> QList<T> blocksOf(const report::Section &s)
{
    QList<T> found;
    for (const report::Block &b : s.blocks) {
        if (const T *x = std::get_if<T>(&b))
            found.append(*x);
    }
    return found;
}

const report::Section &section(const report::BoardReport &r, const QString &id)
{
    for (const report::Section &s : r.sections) {
        if (s.id == id)
            return s;
    }
    FAIL("no section " << id.toStdString());
    return r.sections.first();
}

QString label(const report::BoardReport &r, const QString &l)
{
    for (const report::CoverItem &i : r.cover) {
        if (i.label == l)
            return i.value;
    }
    return {};
}

QStringList labels(const report::BoardReport &r)
{
    QStringList out;
    for (const report::CoverItem &i : r.cover)
        out.append(i.label);
    return out;
}

/// Every piece of text in the report, the cover and the footer included.
QStringList allText(const report::BoardReport &r)
{
    QStringList out{r.title, r.runningHeader(), r.footerLine()};
    for (const report::CoverItem &i : r.cover)
        out << i.label << i.value;
    const auto table = [&out](const report::Table &t) {
        out << t.caption << t.header << t.empty;
        for (const QStringList &row : t.rows)
            out << row;
    };
    for (const report::Section &s : r.sections) {
        out << s.title;
        for (const report::Block &b : s.blocks) {
            std::visit(
                [&](const auto &x) {
                    using T = std::decay_t<decltype(x)>;
                    if constexpr (std::is_same_v<T, report::Paragraph> || std::is_same_v<T, report::Subheading>)
                        out << x.text;
                    else if constexpr (std::is_same_v<T, report::KeyFigures>) {
                        for (const auto &f : x.figures)
                            out << f.label << f.value;
                    } else if constexpr (std::is_same_v<T, report::Table>)
                        table(x);
                    else if constexpr (std::is_same_v<T, report::Chart>) {
                        out << x.title << x.description;
                        table(x.data);
                    } else
                        table(report::signatureTable(x));
                },
                b);
        }
    }
    return out;
}

QString paragraphs(const report::Section &s)
{
    QStringList out;
    for (const report::Paragraph &p : blocksOf<report::Paragraph>(s))
        out.append(p.text);
    return out.join(u'\n');
}

/// A figure as the reader sees it, back to tenths.
long long tenths(const QString &printed)
{
    return std::llround(printed.toDouble() * 10);
}

} // namespace

TEST_CASE("a printed change is the difference of the printed figures, on the demo's 2.245 to 2.462",
          "[core][report][change]")
{
    // The demo's overall scores: 2.245 is held as 2.24499…, which prints as 2.2.
    const double before = 2.245, after = 2.462;
    CHECK(formatScore(before) == u"2.2");
    CHECK(formatScore(after) == u"2.5");
    CHECK(formatChange(before, after) == u"+0.3"); // not the rounded true change, +0.2
    CHECK(formatChange(after, before) == u"-0.3");
    CHECK(formatChange(2.25, 2.25) == u"0.0");
    CHECK(formatChange(std::nullopt, after) == u"–");

    // Whatever the two scores, the change agrees with a reader's subtraction.
    QRandomGenerator random(16);
    for (int k = 0; k < 20000; ++k) {
        const double x = 1 + random.bounded(4000) / 1000.0 + random.bounded(7) / 7000.0;
        const double y = 1 + random.bounded(4000) / 1000.0 + random.bounded(3) / 3000.0;
        INFO(x << " → " << y);
        REQUIRE(tenths(formatChange(x, y)) == tenths(formatScore(y)) - tenths(formatScore(x)));
    }
}

TEST_CASE("with a baseline, every change in the report adds up, every fall is listed first and the summary names "
          "each measure that fell",
          "[core][report][change]")
{
    Assessment before = blank();
    before.info.period = QStringLiteral("2025/26");
    Assessment now = blank();
    // Support people (4.x) falls, Empower citizens (5.x) falls by less, the rest improve.
    for (const auto &[id, was, is] : std::initializer_list<std::tuple<const char *, int, int>>{
             {"4.1", 4, 2}, {"4.2", 3, 3}, {"4.3", 3, 2}, {"5.1", 3, 3}, {"5.2", 4, 3}, {"3.1", 5, 4},
             {"1.1", 1, 2}, {"1.2", 1, 3}, {"1.3", 2, 3}, {"1.4", 1, 4}, {"2.1", 2, 3}, {"2.2", 2, 3},
             {"2.3", 1, 3}, {"2.4", 2, 3}, {"6.1", 2, 3}, {"7.1", 2, 3}}) {
        score(before, QString::fromLatin1(id), was);
        score(now, QString::fromLatin1(id), is);
    }
    report::Options options;
    options.biggestChanges = 3;
    const report::BoardReport r = report::build(now, &before, options);
    const report::Section &summary = section(r, QStringLiteral("summary"));

    // Key figures: the change is the difference of the two printed figures.
    const auto key = blocksOf<report::KeyFigures>(summary).first().figures;
    REQUIRE(key.size() == 5);
    CHECK(tenths(key[3].value) == tenths(key[0].value) - tenths(key[2].value));
    // Scores by measure: baseline, score and change agree on every row.
    const auto tables = blocksOf<report::Table>(summary);
    REQUIRE(tables.size() == 3);
    const report::Table &measures = tables[0];
    REQUIRE(measures.header.mid(5) == QStringList{QStringLiteral("Baseline"), QStringLiteral("Change")});
    for (const QStringList &row : measures.rows) {
        INFO(row.join(u" | ").toStdString());
        if (row[6] != u"–")
            CHECK(tenths(row[6]) == tenths(row[1]) - tenths(row[5]));
    }

    // Every fall, largest first, before any improvement; then the 3 largest improvements.
    const report::Table &changes = tables[2];
    QStringList shown;
    for (const QStringList &row : changes.rows)
        shown.append(row[0].section(u' ', 0, 0) + u' ' + row[3]);
    CHECK(shown == QStringList{QStringLiteral("4.1 -2"), QStringLiteral("3.1 -1"), QStringLiteral("4.3 -1"),
                               QStringLiteral("5.2 -1"), QStringLiteral("1.4 +3"), QStringLiteral("1.2 +2"),
                               QStringLiteral("2.3 +2")});
    const QString said = paragraphs(summary);
    CHECK(said.contains(u"4 statements fell and 10 improved."));
    CHECK(said.contains(u"7 smaller improvements are not listed here"));

    // The summary names each measure that fell, and by how much, from the printed figures.
    const Scorecard was = Scorecard::of(before), is = Scorecard::of(now);
    const QString support = u"Support people by " + formatChange(was.measures[3].score, is.measures[3].score).mid(1) +
                            u" (from " + formatScore(was.measures[3].score) + u" to " +
                            formatScore(is.measures[3].score) + u')';
    CHECK(said.contains(support));
    CHECK(said.contains(u"Empower citizens by "));
    CHECK(said.contains(u"Safe practice by ")); // 3.1 fell 5 → 4, the only score there
    CHECK(said.contains(u"3 success measures fell: "));
    CHECK_FALSE(said.contains(u"Well led by"));

    // Each measure page: last year's score per statement and its change, and the measure's.
    const report::Section &m4 = section(r, QStringLiteral("measure-4"));
    const report::Table statements = blocksOf<report::Table>(m4).first();
    CHECK(statements.header.mid(3, 2) == QStringList{QStringLiteral("2025/26"), QStringLiteral("Change")});
    CHECK(statements.rows[0].mid(1, 4) ==
          QStringList{QStringLiteral("2 · Planned"), QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("-2")});
    CHECK(statements.rows[3][3] == u"–"); // 4.4: unscored both years
    const auto pageKey = blocksOf<report::KeyFigures>(m4).first().figures;
    CHECK(pageKey[2].label == u"Change since 2025/26");
    CHECK(tenths(pageKey[2].value) == tenths(pageKey[0].value) - tenths(measures.rows[3][5]));
}

TEST_CASE("the summary and each measure say how much of the scoring is evidenced", "[core][report][evidence]")
{
    Assessment a = blank();
    for (const char *id : {"1.1", "1.2", "1.3", "2.1", "2.2"})
        score(a, QString::fromLatin1(id), 3);
    Evidence minutes;
    minutes.id = 1;
    minutes.title = QStringLiteral("Board minutes");
    minutes.indicators = {QStringLiteral("1.1"), QStringLiteral("1.1"), QStringLiteral("2.2"),
                          QStringLiteral("3.1")}; // 3.1 is unscored: not counted
    Evidence plan = minutes;
    plan.id = 2;
    plan.indicators = {QStringLiteral("1.1")};
    a.evidence = {minutes, plan};
    const report::BoardReport r = report::build(a, nullptr);
    const report::Section &summary = section(r, QStringLiteral("summary"));
    CHECK(paragraphs(summary).contains(u"2 of 5 scored statements have evidence."));
    const report::Table measures = blocksOf<report::Table>(summary).first();
    CHECK(measures.header[4] == u"Evidenced");
    CHECK(measures.rows[0][4] == u"1/3");
    CHECK(measures.rows[1][4] == u"1/2");
    CHECK(measures.rows[2][4] == u"0/0");
    const auto key = blocksOf<report::KeyFigures>(section(r, QStringLiteral("measure-1"))).first().figures;
    CHECK(key.last().label == u"Scored with evidence");
    CHECK(key.last().value == u"1 of 3");
}

TEST_CASE("page 1 is the NHS cover sheet from the file: filled fields in order, empty ones left out",
          "[core][report][cover]")
{
    Assessment a = blank();
    const report::BoardReport empty = report::build(a, nullptr);
    // No cover sheet yet: the cover still says what the report is.
    CHECK(labels(empty) == QStringList{QStringLiteral("Report title"), QStringLiteral("Organisation"),
                                       QStringLiteral("Period"), QStringLiteral("Framework"), QStringLiteral("Status"),
                                       QStringLiteral("Report date")});
    CHECK(empty.title == u"Digital maturity self-assessment against What Good Looks Like");
    CHECK(label(empty, QStringLiteral("Status")) == u"Draft");

    a.cover.meeting = QStringLiteral("Trust Board (public)");
    a.cover.meetingDate = QDate(2026, 12, 3);
    a.cover.agendaItem = QStringLiteral("8.2");
    a.cover.reportTitle = QStringLiteral("Digital maturity 2026/27");
    a.cover.purpose = QStringLiteral("Assurance");
    a.cover.recommendation = QStringLiteral("Note the assessment and approve the action plan.");
    a.cover.assurance = QStringLiteral("Limited");
    a.cover.assuranceRationale = QStringLiteral("6 of 47 scores are evidenced.");
    a.cover.risks = QStringLiteral("SR5 Cyber security\nBAF 3.2");
    a.cover.author = QStringLiteral("Head of Digital Strategy");
    a.cover.executiveLead = QStringLiteral("Chief Digital Officer");
    a.cover.previouslyConsidered = QStringLiteral("  "); // blank: left out
    a.cover.executiveSummary = QStringLiteral("The trust has improved in six of seven measures.");
    const report::BoardReport r = report::build(a, nullptr);
    CHECK(labels(r) == QStringList{QStringLiteral("Meeting"), QStringLiteral("Agenda item"),
                                   QStringLiteral("Report title"), QStringLiteral("Purpose"),
                                   QStringLiteral("The board is asked to"), QStringLiteral("Level of assurance"),
                                   QStringLiteral("Links to the BAF and strategic risks"), QStringLiteral("Author"),
                                   QStringLiteral("Executive lead"), QStringLiteral("Executive summary"),
                                   QStringLiteral("Organisation"), QStringLiteral("Period"),
                                   QStringLiteral("Framework"), QStringLiteral("Status"),
                                   QStringLiteral("Report date")});
    CHECK(label(r, QStringLiteral("Meeting")) == u"Trust Board (public), 3 December 2026");
    CHECK(label(r, QStringLiteral("Level of assurance")) == u"Limited\n6 of 47 scores are evidenced.");
    CHECK(r.title == u"Digital maturity 2026/27");
    CHECK(label(r, QStringLiteral("Report title")) == r.title);
    for (const report::CoverItem &i : r.cover) {
        INFO(i.label.toStdString());
        CHECK_FALSE(i.value.trimmed().isEmpty());
        CHECK(i.value != u"–");
    }
    const report::Table t = r.coverTable();
    CHECK(t.rows.size() == r.cover.size());
    CHECK(t.rows.first() == QStringList{QStringLiteral("Meeting"), QStringLiteral("Trust Board (public), 3 December 2026")});

    // Only a date: the line says so.
    a.cover.meeting.clear();
    CHECK(report::build(a, nullptr).cover.first() ==
          report::CoverItem{QStringLiteral("Meeting date"), QStringLiteral("3 December 2026")});
}

TEST_CASE("the paper is Final only while a sign-off is in force, and says who signed it off where and when",
          "[core][report][cover][signoff]")
{
    Assessment a = blank();
    a.info.status = QStringLiteral("final"); // a word in the details is not a sign-off
    report::Options askFinal;
    askFinal.status = QStringLiteral("final");
    CHECK(report::build(a, nullptr).status == u"Draft");
    CHECK(report::build(a, nullptr, askFinal).status == u"Draft");

    SignOff first;
    first.revision = 1;
    first.by = QStringLiteral("Jane Smith");
    first.at = QDateTime(QDate(2026, 12, 3), QTime(15, 0), Qt::UTC);
    first.meeting = QStringLiteral("Trust Board (public)");
    first.contentSha256 = scoredContentSha256(a);
    a.signOffs = {first};
    const report::BoardReport signedOff = report::build(a, nullptr);
    CHECK(signedOff.status == u"Final");
    CHECK(signedOff.isFinal());
    CHECK(label(signedOff, QStringLiteral("Status")) == u"Final");
    CHECK(label(signedOff, QStringLiteral("Signed off")) ==
          u"Signed off by Jane Smith at Trust Board (public) on 3 December 2026, revision 1");
    // A draft copy of a signed-off paper may be printed, and then says nothing of a sign-off.
    report::Options askDraft;
    askDraft.status = QStringLiteral("draft");
    const report::BoardReport copy = report::build(a, nullptr, askDraft);
    CHECK(copy.status == u"Draft");
    CHECK(label(copy, QStringLiteral("Signed off")).isEmpty());

    // Reopened for changes: a draft again, of revision 2.
    a.signOffs.first().reopenedBy = QStringLiteral("John Doe");
    a.signOffs.first().reopenedAt = first.at.addDays(10);
    const report::BoardReport reopened = report::build(a, nullptr);
    CHECK(reopened.status == u"Draft");
    CHECK(reopened.revision == 2);
    CHECK(label(reopened, QStringLiteral("Signed off")).isEmpty());
}

TEST_CASE("every page's footer carries the revision and the first 12 hex digits of the scored content's hash",
          "[core][report][footer]")
{
    Assessment a = blank();
    score(a, QStringLiteral("1.1"), 3);
    const report::BoardReport r = report::build(a, nullptr);
    const QString hash = scoredContentSha256(a);
    CHECK(r.revision == 1);
    CHECK(r.contentHash == hash.left(12));
    CHECK(r.footerLine() == u"Revision 1 · content " + hash.left(12));
    // The closing line (ODT and HTML have no page footer of their own), and how to check it.
    const QString method = paragraphs(section(r, QStringLiteral("method")));
    CHECK(method.contains(r.footerLine() + u'.'));
    CHECK(method.contains(u"wgll check FILE.wgll --expect"));

    score(a, QStringLiteral("1.1"), 4); // another content, another footer
    CHECK(report::build(a, nullptr).contentHash != r.contentHash);
}

TEST_CASE("the action plan groups by owner or due month, flags the overdue and links each action to its gap",
          "[core][report][actions]")
{
    Assessment a = blank();
    score(a, QStringLiteral("1.1"), 2);
    score(a, QStringLiteral("2.1"), 1);
    score(a, QStringLiteral("3.1"), 5);
    a.actions = {
        {1, QStringLiteral("2.1"), QStringLiteral("Replace the PAS"), QStringLiteral("Chief Digital Officer"),
         QDate(2027, 3, 31), QStringLiteral("open")},
        {2, QStringLiteral("1.1"), QStringLiteral("Board digital session"), QStringLiteral("Chair"),
         QDate(2026, 10, 1), QStringLiteral("in progress")},
        {3, QStringLiteral("1.1"), QStringLiteral("Publish the strategy"), QStringLiteral("Chief Digital Officer"),
         QDate(2026, 9, 30), QStringLiteral("open")},
        {4, QStringLiteral("3.1"), QStringLiteral("Keep DSPT compliance"), QString(), QDate(2026, 9, 1),
         QStringLiteral("done")},
    };
    report::Options options;
    options.generated = QDate(2026, 11, 22);
    const report::BoardReport r = report::build(a, nullptr, options);
    const report::Section &plan = section(r, QStringLiteral("actions"));
    QStringList groups;
    for (const report::Subheading &h : blocksOf<report::Subheading>(plan))
        groups.append(h.text);
    CHECK(groups == QStringList{QStringLiteral("Chair"), QStringLiteral("Chief Digital Officer"),
                                QStringLiteral("No owner named")});
    const auto tables = blocksOf<report::Table>(plan);
    REQUIRE(tables.size() == 3);
    CHECK(tables[1].header == QStringList{QStringLiteral("Statement"), QStringLiteral("Action"), QStringLiteral("Due"),
                                          QStringLiteral("Status")});
    // Earliest due first within an owner; overdue: due before the report's date and not done.
    CHECK(tables[1].rows[0] == QStringList{QStringLiteral("1.1\ngap rank 2"), QStringLiteral("Publish the strategy"),
                                           report::reportDate(QDate(2026, 9, 30), true),
                                           QStringLiteral("Open\nOVERDUE")});
    CHECK(tables[1].rows[1][3] == u"Open");
    CHECK(tables[0].rows[0][3] == u"In progress\nOVERDUE");
    CHECK(tables[2].rows[0][3] == u"Done"); // done is never overdue
    CHECK(tables[1].linkColumn == 0);
    CHECK(tables[1].links == QStringList{QStringLiteral("gap-1.1"), QStringLiteral("gap-2.1")});
    CHECK(tables[2].links == QStringList{QString()}); // 3.1 meets its target: no gap to link to
    CHECK(paragraphs(plan).contains(u"4 actions: 2 open, 1 in progress and 1 done. 2 are overdue on 22 November 2026"));

    // The gap list: each row is the anchor the plan links to, with its actions' owners and dates.
    const report::Table gaps = blocksOf<report::Table>(section(r, QStringLiteral("gaps"))).first();
    CHECK(gaps.header.last() == u"Action owner, due");
    CHECK(gaps.anchors == QStringList{QStringLiteral("gap-2.1"), QStringLiteral("gap-1.1")});
    CHECK(gaps.rows[0].last() == u"Chief Digital Officer, due 31 Mar 2027");
    CHECK(gaps.rows[1].last() == u"Chair, due 1 Oct 2026\nChief Digital Officer, due " +
                                     report::reportDate(QDate(2026, 9, 30), true));

    // Many actions on one gap: the first two, and how many more the plan holds.
    Assessment many = a;
    for (int i = 0; i < 3; ++i)
        many.actions.append({10 + i, QStringLiteral("2.1"), QStringLiteral("More"), QStringLiteral("Chair"),
                             QDate(2027, 1, 1 + i), QStringLiteral("open")});
    const report::BoardReport crowded = report::build(many, nullptr, options);
    CHECK(blocksOf<report::Table>(section(crowded, QStringLiteral("gaps"))).first().rows[0].last() ==
          u"Chief Digital Officer, due 31 Mar 2027\nChair, due 1 Jan 2027\nand 2 more in the action plan");

    // No actions in the file: no empty column for them.
    Assessment none = a;
    none.actions.clear();
    const report::BoardReport without = report::build(none, nullptr, options);
    CHECK(blocksOf<report::Table>(section(without, QStringLiteral("gaps"))).first().header.last() == u"Priority");

    options.actionGroups = report::Options::ActionGroups::Due;
    const report::BoardReport dueReport = report::build(a, nullptr, options);
    const report::Section &byDue = section(dueReport, QStringLiteral("actions"));
    groups.clear();
    for (const report::Subheading &h : blocksOf<report::Subheading>(byDue))
        groups.append(h.text);
    CHECK(groups == QStringList{QStringLiteral("Due in September 2026"), QStringLiteral("Due in October 2026"),
                                QStringLiteral("Due in March 2027")});
    const auto dueTables = blocksOf<report::Table>(byDue);
    CHECK(dueTables[0].header[2] == u"Owner");
    CHECK(dueTables[0].rows[0][1] == u"Keep DSPT compliance");
    CHECK(dueTables[0].rows[1][1] == u"Publish the strategy");
}

TEST_CASE("scores carry their level names, empty attendance columns are dropped and no code marks are printed",
          "[core][report][layout]")
{
    Assessment a = blank();
    score(a, QStringLiteral("1.1"), 3);
    score(a, QStringLiteral("1.2"), 5);
    Participant known{1, QStringLiteral("Ann Lee"), {}, {}};
    Participant other{2, QStringLiteral("Raj Patel"), {}, {}};
    a.workshop.participants = {known, other};
    WorkshopSession session;
    session.id = 1;
    session.title = QStringLiteral("Board workshop");
    session.date = QDate(2026, 10, 14);
    session.attendance = {{1, QStringLiteral("present")}, {2, QStringLiteral("apologies")}};
    a.workshop.sessions = {session};
    const report::BoardReport r = report::build(a, nullptr);

    const report::Table m1 = blocksOf<report::Table>(section(r, QStringLiteral("measure-1"))).first();
    CHECK(m1.rows[0][1] == u"3 · Partly in place");
    CHECK(m1.rows[1][1] == u"5 · Embedded");
    CHECK(m1.rows[2][1] == u"–");

    const report::Table attendance = blocksOf<report::Table>(section(r, QStringLiteral("workshop"))).first();
    CHECK(attendance.header == QStringList{QStringLiteral("Name"), QStringLiteral("Attendance")});
    CHECK(attendance.rows[1] == QStringList{QStringLiteral("Raj Patel"), QStringLiteral("Apologies")});
    CHECK(attendance.widths.size() == 2);

    a.workshop.participants[1].role = QStringLiteral("Chief Nurse");
    const report::BoardReport again = report::build(a, nullptr);
    const report::Table withRole = blocksOf<report::Table>(section(again, QStringLiteral("workshop"))).first();
    CHECK(withRole.header == QStringList{QStringLiteral("Name"), QStringLiteral("Role"), QStringLiteral("Attendance")});
    CHECK(withRole.rows[0][1].isEmpty());

    for (const QString &text : allText(r)) {
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(u'`'));
    }
}

TEST_CASE("each chart's alternative text names its own kind of chart and states every figure",
          "[core][report][charts]")
{
    Assessment a = blank();
    score(a, a.framework.measures.first().indicators.first().id, 3);
    const report::BoardReport r = report::build(a, nullptr);
    const QList<report::Chart> summary = blocksOf<report::Chart>(section(r, QStringLiteral("summary")));
    const QList<report::Chart> gaps = blocksOf<report::Chart>(section(r, QStringLiteral("gaps")));
    REQUIRE(summary.size() == 1);
    REQUIRE(gaps.size() == 1);
    CHECK(summary.first().description.startsWith(u"Radar chart of the 7 success measure scores on the 1 to 5 scale: "));
    CHECK(gaps.first().description.startsWith(u"Bar chart of the score and target of each of the 7 success measures"));
    // Both state the same figures after their own opening words.
    const auto figures = [](const QString &d) { return d.mid(d.indexOf(u": ")); };
    CHECK(figures(gaps.first().description) == figures(summary.first().description));
    CHECK(figures(gaps.first().description).contains(a.framework.measures.first().title + u" 3.0"));
}
