// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 at random moments while a child process edits and saves: afterwards the user's file
// must be a whole, valid document at least as new as the last save reported, and reopening
// must give back every edit the child reported as committed. WGLL_KILL_ITERATIONS sets the
// count (the ctest run is short; scripts/run-benchmarks.sh runs 1,000).
#include "editloop.h"
#include "framework/frameworkcatalog.h"
#include "storage/document.h"
#include "testsupport.h"
#include "validfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace wgll;
using storage::Document;
using test::generationOfValidFile;

namespace {

struct Progress
{
    qint64 committed = 0;
    qint64 saved = 0;
};

// Starts the child and kills it with SIGKILL: for the naive writer, once it reports it is part-way
// through rewriting the file; otherwise `delayMs` after it reports its first edit or, when
// `fromStart`, `delayMs` after it starts (so some kills land while it opens and recovers).
// Returns what it reported before it died.
Progress runAndKill(const QString &file, const QString &work, int delayMs, bool naive, bool fromStart = false)
{
    QProcess child;
    QStringList args{file, work};
    if (naive)
        args.append(QStringLiteral("--naive"));
    child.start(QStringLiteral(WGLL_EDIT_LOOP), args);
    REQUIRE(child.waitForStarted(10000));
    QByteArray output;
    // Waiting for what the child says, not for a fixed time: a slow machine (CI once found no
    // torn file in 20 random delays) then tests the same moments as a fast one.
    const auto waitFor = [&](const QByteArray &word) {
        QElapsedTimer waited;
        waited.start();
        while (!output.contains(word) && waited.elapsed() < 60000 && child.state() == QProcess::Running) {
            child.waitForReadyRead(100);
            output += child.readAllStandardOutput();
        }
        if (!output.contains(word))
            FAIL("the child never reported \"" << word.toStdString() << "\": "
                                                 << child.readAllStandardError().toStdString());
    };
    if (naive) {
        waitFor("rewriting ");
    } else {
        if (!fromStart)
            waitFor("committed ");
        QThread::msleep(static_cast<unsigned long>(delayMs));
    }
    child.kill(); // SIGKILL
    REQUIRE(child.waitForFinished(10000));
    INFO("exit code " << child.exitCode() << ": " << child.readAllStandardError().toStdString());
    REQUIRE(child.exitStatus() == QProcess::CrashExit); // it was still working when killed
    output += child.readAllStandardOutput();
    Progress p;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 2)
            continue;
        if (parts[0] == "saved")
            p.saved = parts[1].toLongLong();
        else if (parts[0] == "committed")
            p.committed = parts[1].toLongLong();
    }
    return p;
}

QList<std::optional<int>> scoresOf(const Document &doc)
{
    QList<std::optional<int>> scores;
    for (const Measure &m : doc.framework().measures) {
        for (const Indicator &i : m.indicators)
            scores.append(doc.answer(i.id)->score);
    }
    return scores;
}

int iterations(int fallback)
{
    const int n = qEnvironmentVariableIntValue("WGLL_KILL_ITERATIONS");
    return n > 0 ? n : fallback;
}

std::unique_ptr<Document> createFile(const QString &file, const QString &work)
{
    static const FrameworkCatalog catalog = FrameworkCatalog::load({});
    Error error;
    auto doc = Document::create(file, catalog.find(QStringLiteral("wgll-org"))->framework, {}, error, work);
    REQUIRE(doc);
    return doc;
}

} // namespace

TEST_CASE("kill -9 during edits and saves loses no committed edit and tears no file", "[crash]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("workshop.wgll"));
    const QString work = dir.filePath(QStringLiteral("work"));
    createFile(file, work)->close();
    QRandomGenerator random(20261122); // fixed seed: a failure can be replayed
    const int runs = iterations(20);
    qint64 lastGeneration = 1;
    qint64 lastFileGeneration = 1;
    int killedMidSession = 0;
    for (int run = 0; run < runs; ++run) {
        CAPTURE(run);
        const int delay = 20 + random.bounded(180);
        CAPTURE(delay);
        const bool fromStart = run % 4 == 3; // a quarter of the kills may land while it opens
        const Progress p = runAndKill(file, work, delay, false, fromStart);

        // The user's file: whole, valid, and at least as new as the last save reported.
        QString why;
        const qint64 fileGeneration = generationOfValidFile(file, why);
        INFO(why.toStdString());
        REQUIRE(fileGeneration >= std::max(p.saved, lastFileGeneration));
        lastFileGeneration = fileGeneration;

        // Reopening restores the working copy with every committed edit, and nothing else.
        Error error;
        auto doc = Document::open(file, error, Document::Recovery::Restore, work);
        INFO(error.toString().toStdString());
        REQUIRE(doc);
        REQUIRE(doc->generation() >= std::max(p.committed, lastGeneration));
        CHECK(scoresOf(*doc) == test::editloop::expectedScores(doc->generation(), scoresOf(*doc).size()));
        killedMidSession += p.committed > 0 ? 1 : 0;
        lastGeneration = doc->generation();
        doc.reset(); // keep the working copy; the next child restores it
        // Nothing half-saved is left beside the file once it has been opened again.
        CHECK(
            QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".tmp")).isEmpty());
    }
    // The kills must have landed while the child was working, or the loop tested nothing.
    CHECK(killedMidSession >= runs * 3 / 4);
    CHECK(lastGeneration > 20);
    WARN(runs << " kills; last generation " << lastGeneration << ", file generation " << lastFileGeneration);
}

TEST_CASE("the same checks catch a naive writer that rewrites the file in place", "[crash]")
{
    // The negative control: without the atomic save, kills leave torn files, and the checks
    // above must see them. If this ever finds no torn file, the crash test has gone blind.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("naive.wgll"));
    const QString work = dir.filePath(QStringLiteral("work"));
    {
        auto doc = createFile(file, work);
        // Evidence makes the file big enough that a rewrite takes long enough to interrupt.
        const QString big = dir.filePath(QStringLiteral("evidence.bin"));
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray block(1 << 20, '\0');
        for (int i = 0; i < 8; ++i) {
            for (qsizetype b = 0; b < block.size(); ++b)
                block[b] = static_cast<char>(QRandomGenerator::global()->bounded(256));
            f.write(block);
        }
        f.close();
        Error error;
        REQUIRE(doc->addEvidenceFile(big, QStringLiteral("Board minutes"), {QStringLiteral("1.1")}, error));
        REQUIRE(doc->save());
        doc->close();
    }
    // Every kill lands mid-rewrite, so every one must be seen as a torn file. Each run starts
    // again from the whole file, since a torn one cannot be opened.
    const QString pristine = dir.filePath(QStringLiteral("pristine.wgll"));
    REQUIRE(QFile::copy(file, pristine));
    for (int run = 0; run < 3; ++run) {
        CAPTURE(run);
        REQUIRE((!QFile::exists(file) || QFile::remove(file)));
        REQUIRE(QFile::copy(pristine, file));
        REQUIRE(QDir(work).removeRecursively());
        runAndKill(file, work, 0, true);
        QString why;
        CHECK(generationOfValidFile(file, why) < 0);
    }
}
