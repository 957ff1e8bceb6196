// SPDX-License-Identifier: GPL-3.0-or-later
// Idle memory of the workbench with a 100 MB evidence-laden assessment open (PRODUCT.md
// section 9: ≤ 100 MB RSS). Evidence is streamed from the file on demand, never held, so the
// window's memory should not grow with it. Measured from outside: the process is launched on
// the file, left idle, and its resident set read from /proc.
//
//   wgll-bench-memory FOLDER [WORKBENCH]
#include "benchsupport.h"
#include "framework/frameworkcatalog.h"
#include "storage/document.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <csignal>

using namespace wgll;

namespace {

constexpr int EvidenceFiles = 20;
constexpr int MiBEach = 5;

/// A full assessment (49 scored statements with notes) carrying 20 × 5 MiB of evidence.
QString makeBigFile(const QString &folder)
{
    const QString file = folder + u"/memory-100mb.wgll";
    if (QFileInfo(file).size() > qint64(EvidenceFiles) * MiBEach * 1024 * 1024)
        return file; // made by an earlier run
    QFile::remove(file);
    const FrameworkCatalog catalog = FrameworkCatalog::load({});
    const Framework &f = catalog.find(QStringLiteral("wgll-org"))->framework;
    Error error;
    auto doc = wgll::take(storage::Document::create(file, f, {}, folder + u"/memory-make-work"), error);
    if (!doc)
        bench::die(error.toString());
    QList<Answer> all;
    for (const Measure &m : f.measures) {
        for (const Indicator &i : m.indicators) {
            Answer a;
            a.indicator = i.id;
            a.score = 1 + static_cast<int>(all.size() % 5);
            a.notes = QString(400, QLatin1Char('n'));
            all.append(a);
        }
    }
    if (!doc->setAnswers(all))
        bench::die(QStringLiteral("cannot score"));
    const QString scratch = folder + u"/memory-evidence.bin";
    for (int e = 0; e < EvidenceFiles; ++e) {
        bench::writeRandomFile(scratch, MiBEach);
        if (!wgll::take(doc->addEvidenceFile(scratch, QStringLiteral("Evidence %1").arg(e), {all.at(e).indicator}), error))
            bench::die(error.toString());
    }
    QFile::remove(scratch);
    if (const Status s = doc->save(); !s)
        bench::die(s.error().toString());
    doc->close();
    return file;
}

/// A field of /proc/PID/status in MiB (VmRSS, VmHWM), or -1.
double statusMiB(qint64 pid, const char *field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(qstrlen(field)) + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        bench::die(QStringLiteral("usage: wgll-bench-memory FOLDER [WORKBENCH]"));
    const QString folder = args.at(1);
    QDir().mkpath(folder);
    const QString workbench =
        args.size() > 2 ? args.at(2) : QCoreApplication::applicationDirPath() + u"/../app/wgll-workbench";
    const QString file = makeBigFile(folder);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("WAYLAND_DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString work = folder + u"/memory-work";
    env.insert(QStringLiteral("WGLL_WORK_DIR"), work);

    std::printf("\n### Idle memory with a %.1f MB file open (%d × %d MiB evidence)\n\n",
                static_cast<double>(QFileInfo(file).size()) / 1e6, EvidenceFiles, MiBEach);
    std::printf("| run | RSS after 5 s idle (MiB) | peak RSS (MiB) | budget |\n|---|---|---|---|\n");
    double worst = 0;
    for (int run = 1; run <= 3; ++run) {
        QDir(work).removeRecursively(); // the last run was stopped with its working copy in place
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(workbench, {file});
        if (!p.waitForStarted(10000))
            bench::die(u"cannot start " + workbench);
        QThread::sleep(5); // open (copy, check, checksum) and show, then idle
        const double rss = statusMiB(p.processId(), "VmRSS:");
        const double peak = statusMiB(p.processId(), "VmHWM:");
        // The window must really have the file open: its working copy is there, as big as the file.
        qint64 copied = 0;
        for (const QFileInfo &sub : QDir(work).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            for (const QFileInfo &f : QDir(sub.filePath()).entryInfoList(QDir::Files))
                copied = std::max(copied, f.size());
        }
        if (copied < QFileInfo(file).size() / 2)
            bench::die(QStringLiteral("the workbench has not opened the file after 5 s"));
        if (rss < 0 || p.state() != QProcess::Running)
            bench::die(u"the workbench stopped early: " + QString::fromUtf8(p.readAllStandardError()));
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished(10000);
        worst = std::max(worst, rss);
        std::printf("| %d | %.1f | %.1f | 100 |\n", run, rss, peak);
    }
    QDir(work).removeRecursively();
    std::printf("\nworst idle RSS %.1f MiB: %s the 100 MB budget\n", worst, worst <= 100 ? "within" : "OVER");
    return 0;
}
