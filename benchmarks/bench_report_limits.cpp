// SPDX-License-Identifier: GPL-3.0-or-later
// The largest board report the file limits allow (PRODUCT.md section 9: ≤ 10 s, linear in its
// content): a framework of 20 measures × 100 statements (the framework reader's limits), every
// statement scored with notes, 20,000 actions, 2,000 pieces of evidence and a workshop of 30
// participants who voted on every statement (60,000 votes); built in memory, then rendered as
// PDF, ODT and HTML. Then the same at 1/8, 1/4 and 1/2 of everything, and a series in actions
// alone, to show the time grows linearly.
//
//   wgll-bench-report-limits [FOLDER] [--only pdf|odt|html] [--scale F]
//
// FOLDER is unused (run-benchmarks.sh passes one to every benchmark); --only and --scale render
// one format at one size, once (for a profiler).
#include "benchsupport.h"
#include "report/boardreport.h"
#include "report/reportwriter.h"

#include <QApplication>

using namespace wgll;

namespace {

struct Size
{
    int statements = 2000;
    int actions = 20000;
    int evidence = 2000;
    int participants = 30; ///< each votes on every statement
};

QString words(int n, int seed)
{
    static const QStringList pool = {
        QStringLiteral("digital"), QStringLiteral("records"), QStringLiteral("board"), QStringLiteral("clinical"),
        QStringLiteral("assurance"), QStringLiteral("cyber"), QStringLiteral("patients"), QStringLiteral("data"),
        QStringLiteral("services"), QStringLiteral("workforce"), QStringLiteral("integrated"), QStringLiteral("safety"),
        QStringLiteral("a"), QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("with")};
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(pool.at((seed * 7 + i * 13) % pool.size()));
    return out.join(u' ');
}

Assessment assessment(const Size &size)
{
    Assessment a;
    a.info.organisation = QStringLiteral("Northshire Integrated Care NHS Foundation Trust");
    a.info.period = QStringLiteral("2026/27");
    Framework &f = a.framework;
    f.id = QStringLiteral("bench-limits");
    f.version = QStringLiteral("2026-01-01");
    f.title = QStringLiteral("The largest framework the limits allow");
    f.publisher = QStringLiteral("WGLL Workbench benchmarks");
    f.licence = QStringLiteral("OGL v3.0");
    f.scale.min = 1;
    f.scale.max = 5;
    for (int v = 1; v <= 5; ++v)
        f.scale.levels.append({v, QStringLiteral("Level %1").arg(v), words(12, v)});
    QStringList ids;
    for (int s = 0; s < size.statements; ++s) {
        if (s % 100 == 0) {
            const int m = s / 100 + 1;
            f.measures.append({QString::number(m), QStringLiteral("Success measure %1: ").arg(m) + words(4, m),
                               words(40, m), {}});
        }
        const QString id = QStringLiteral("%1.%2").arg(s / 100 + 1).arg(s % 100 + 1);
        ids.append(id);
        f.measures.last().indicators.append({id, u"have " + words(24, s), {}});
        Answer answer{id, 1 + s % 5, false, {}, {}, 1 + s % 3, 2, {}};
        if (s % 3 == 0)
            answer.notes = words(35, s) + u'.';
        a.answers.append(answer);
    }
    for (int i = 0; i < size.actions; ++i) {
        a.actions.append({i + 1, ids.at(i % ids.size()), words(18, i) + u'.', QStringLiteral("Chief Digital Officer"),
                          QDate(2027, 1 + i % 12, 1 + i % 28), Action::statuses().at(i % 3)});
    }
    for (int i = 0; i < size.evidence; ++i) {
        Evidence e;
        e.id = i + 1;
        e.kind = static_cast<Evidence::Kind>(i % 3);
        e.title = u"Evidence: " + words(6, i);
        e.fileName = QStringLiteral("board-paper-%1.pdf").arg(i);
        e.size = 250000 + i;
        e.sha256 = QString(64, u'a');
        e.url = QStringLiteral("https://intranet.example.nhs.uk/papers/%1").arg(i);
        e.note = words(30, i) + u'.';
        e.indicators = {ids.at(i % ids.size()), ids.at((i * 7 + 3) % ids.size())};
        a.evidence.append(e);
    }
    Workshop &w = a.workshop;
    WorkshopSession session{1, QStringLiteral("Scoring workshop"), QDate(2026, 11, 20), QStringLiteral("A. Facilitator"), {}};
    for (int p = 0; p < size.participants; ++p) {
        w.participants.append({p + 1, QStringLiteral("Participant %1").arg(p + 1), QStringLiteral("Role"),
                               QStringLiteral("Northshire")});
        session.attendance.append({p + 1, QStringLiteral("present")});
    }
    w.sessions.append(session);
    const QDateTime cast(QDate(2026, 11, 20), QTime(10, 0));
    for (int s = 0; s < size.statements; ++s) {
        for (int p = 0; p < size.participants; ++p)
            w.votes.append({1, p + 1, ids.at(s), 1 + (s + p) % 5, cast});
        if (s % 10 == 0)
            w.decisions.append({s / 10 + 1, 1, ids.at(s), u"Agreed level " + QString::number(1 + s % 5),
                                words(20, s), s % 20 == 0 ? words(10, s) : QString(), cast});
    }
    return a;
}

Size scaled(double f)
{
    const Size full;
    return {int(full.statements * f), int(full.actions * f), int(full.evidence * f), full.participants};
}

QString describe(const Size &s)
{
    return QStringLiteral("%1 statements, %2 actions, %3 evidence, %4 votes")
        .arg(s.statements)
        .arg(s.actions)
        .arg(s.evidence)
        .arg(qint64(s.statements) * s.participants);
}

const char *name(report::Format f)
{
    return f == report::Format::Pdf ? "PDF" : f == report::Format::Odt ? "ODT" : "HTML";
}

/// Builds and renders the report once; the time in milliseconds.
double renderOnce(const Assessment &a, report::Format format, qsizetype *bytes = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    Error error;
    const std::optional<QByteArray> out = report::render(report::build(a, nullptr), format, error);
    if (!out)
        bench::die(error.toString());
    if (bytes)
        *bytes = out->size();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype only = args.indexOf(QStringLiteral("--only"));
    const qsizetype scale = args.indexOf(QStringLiteral("--scale"));
    if (only > 0 || scale > 0) { // one rendering, for a profiler
        const double f = scale > 0 && scale + 1 < args.size() ? args.at(scale + 1).toDouble() : 1.0;
        const std::optional<report::Format> format =
            report::formatOf(u"x." + (only > 0 && only + 1 < args.size() ? args.at(only + 1) : QStringLiteral("pdf")));
        if (!format || f <= 0 || f > 1)
            bench::die(QStringLiteral("usage: wgll-bench-report-limits [FOLDER] [--only pdf|odt|html] [--scale F]"));
        const Size size = scaled(f);
        std::printf("%s, %s: %.0f ms\n", name(*format), qPrintable(describe(size)), renderOnce(assessment(size), *format));
        return 0;
    }

    const QList<double> fractions{0.125, 0.25, 0.5, 1.0};
    for (report::Format format : {report::Format::Pdf, report::Format::Odt, report::Format::Html}) {
        char title[160];
        std::snprintf(title, sizeof title,
                      "%s board report of the largest content the limits allow, and fractions of it (one run each)",
                      name(format));
        bench::header(title);
        double previous = 0;
        for (double f : fractions) {
            const Size size = scaled(f);
            const Assessment a = assessment(size);
            qsizetype bytes = 0;
            bench::Samples s;
            s.ms.append(renderOnce(a, format, &bytes));
            const QString what = describe(size) + QStringLiteral(" (%1 MB)").arg(double(bytes) / 1048576.0, 0, 'f', 1);
            bench::report(qPrintable(what), s, f == 1.0 ? 10000.0 : -1);
            if (previous > 0)
                std::printf("|  ↳ %.2f × the time of half the content (linear: 2) | | | | | | |\n", s.median() / previous);
            previous = s.median();
        }
    }

    bench::header("PDF board report, 50 statements, in the number of actions alone (one run each)");
    double previous = 0;
    for (int actions : {2500, 5000, 10000, 20000}) {
        const Size size{50, actions, 50, 30};
        bench::Samples s;
        s.ms.append(renderOnce(assessment(size), report::Format::Pdf));
        bench::report(qPrintable(describe(size)), s);
        if (previous > 0)
            std::printf("|  ↳ %.2f × the time of half the actions (linear: 2) | | | | | | |\n", s.median() / previous);
        previous = s.median();
    }
    return 0;
}
