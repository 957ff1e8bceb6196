// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 at random moments while a child process edits and saves, half of them aimed at a save
// the child reports it has begun: afterwards the user's file must be a whole, valid document,
// exactly the last save reported finished or the one in flight, and reopening must give back
// every edit the child reported as committed. A share of the kills must be seen to land inside a
// save. WGLL_KILL_ITERATIONS sets the count (the ctest run is short; scripts/run-benchmarks.sh
// runs 1,000).
#include "editloop.h"
#include "framework/frameworkcatalog.h"
#include "storage/document.h"
#include "testsupport.h"
#include "validfile.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <utility>

using namespace wgll;
using storage::Document;
using test::generationOfValidFile;

namespace {

// What the child reported before it died: the last generation it committed, the last save it
// began and the last it finished. A kill with saving > saved landed inside that save.
struct Progress
{
    qint64 committed = 0;
    qint64 saving = 0;
    qint64 saved = 0;
    bool killedInSave() const { return saving > saved; }
};

// When to kill the child. Every moment is defined by what the child reports, never by a delay
// from a fixed point in time, so a slow or loaded machine tests the same moments as a fast one.
enum class Aim {
    FromStart,  // `delayMs` after it starts: may land while it opens and recovers
    AfterEdit,  // `delayMs` after it reports its first committed edit: anywhere in the loop
    SaveBegins, // the moment it reports "saving G": inside the save, near its start
    InsideSave, // a random fraction of the way through a save, timed by the previous one
    Naive,      // the naive writer, once it reports it is part-way through rewriting the file
};

// Reads the child's stdout line by line, noting when each line arrived.
class ChildReports
{
public:
    explicit ChildReports(QProcess &child) : m_child(child) { m_clock.start(); }

    // Waits until a line starting with `word` arrives after line `from`; returns its index.
    qsizetype waitFor(const QByteArray &word, qsizetype from = 0)
    {
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            for (qsizetype i = from; i < m_lines.size(); ++i) {
                if (m_lines[i].startsWith(word))
                    return i;
            }
            if (waited.elapsed() > 60000 || m_child.state() != QProcess::Running)
                break;
            m_child.waitForReadyRead(100);
            read();
        }
        FAIL("the child never reported \"" << word.toStdString()
                                            << "\": " << m_child.readAllStandardError().toStdString());
        return -1;
    }
    qint64 arrivedNs(qsizetype line) const { return m_arrived.at(line); }
    // Everything it reported, once it is dead (the pipe keeps what it wrote before the kill).
    Progress finish()
    {
        read();
        if (!m_partial.isEmpty())
            m_lines.append(m_partial); // a line cut by the kill, in case it is whole
        Progress p;
        for (const QByteArray &line : std::as_const(m_lines)) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 2)
                continue;
            const qint64 g = parts[1].toLongLong();
            if (parts[0] == "committed")
                p.committed = g;
            else if (parts[0] == "saving")
                p.saving = g;
            else if (parts[0] == "saved")
                p.saved = g;
        }
        return p;
    }

private:
    void read()
    {
        m_partial += m_child.readAllStandardOutput();
        for (qsizetype nl; (nl = m_partial.indexOf('\n')) >= 0;) {
            m_lines.append(m_partial.left(nl));
            m_arrived.append(m_clock.nsecsElapsed());
            m_partial.remove(0, nl + 1);
        }
    }

    QProcess &m_child;
    QElapsedTimer m_clock;
    QByteArray m_partial;
    QList<QByteArray> m_lines;
    QList<qint64> m_arrived;
};

// Starts the child and kills it with SIGKILL at the moment `aim` names; `fraction` (0 to 1) is
// the random part of that moment. Returns what it reported before it died.
Progress runAndKill(const QString &file, const QString &work, Aim aim, double fraction)
{
    QProcess child;
    QStringList args{file, work};
    if (aim == Aim::Naive)
        args.append(QStringLiteral("--naive"));
    child.start(QStringLiteral(WGLL_EDIT_LOOP), args);
    REQUIRE(child.waitForStarted(10000));
    ChildReports reports(child);
    const auto sleepUs = [](qint64 us) { QThread::usleep(static_cast<unsigned long>(std::max<qint64>(us, 0))); };
    switch (aim) {
    case Aim::Naive:
        reports.waitFor("rewriting ");
        break;
    case Aim::FromStart:
        sleepUs(static_cast<qint64>(fraction * 200000));
        break;
    case Aim::AfterEdit:
        reports.waitFor("committed ");
        sleepUs(20000 + static_cast<qint64>(fraction * 180000));
        break;
    case Aim::SaveBegins:
        reports.waitFor("saving ");
        break;
    case Aim::InsideSave: {
        // Time one whole save as the child reports it, then kill that fraction of the way into
        // the next; a loaded machine makes both longer alike.
        const qsizetype began = reports.waitFor("saving ");
        const qsizetype ended = reports.waitFor("saved ", began);
        const qint64 tookNs = reports.arrivedNs(ended) - reports.arrivedNs(began);
        reports.waitFor("saving ", ended);
        sleepUs(static_cast<qint64>(fraction * 0.8 * static_cast<double>(tookNs) / 1000));
        break;
    }
    }
    child.kill(); // SIGKILL
    REQUIRE(child.waitForFinished(10000));
    INFO("exit code " << child.exitCode() << ": " << child.readAllStandardError().toStdString());
    REQUIRE(child.exitStatus() == QProcess::CrashExit); // it was still working when killed
    return reports.finish();
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

/// What the working folders under `work` hold (files, sizes, the manifest): printed when a
/// run fails, so that a rare failure can be understood from its log.
QString workingFolderState(const QString &work)
{
    QString out;
    QDirIterator it(work, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo f(it.next());
        out += QStringLiteral("\n  %1 (%2 bytes)").arg(f.filePath().mid(work.size()), QString::number(f.size()));
        if (f.fileName() == u"document.wgll") { // its generation, read from a copy (the copy's WAL replayed)
            QTemporaryDir copy;
            for (const QString &suffix : {QString(), QStringLiteral("-wal")})
                QFile::copy(f.filePath() + suffix, copy.filePath(QStringLiteral("copy.wgll") + suffix));
            sqlite::Database db;
            if (db.open(copy.filePath(QStringLiteral("copy.wgll")), sqlite::Database::Mode::ReadWrite))
                out += QStringLiteral(": generation %1")
                           .arg(db.scalar("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'", -1));
        }
        if (f.fileName() == u"manifest.json") {
            QFile m(f.filePath());
            if (m.open(QIODevice::ReadOnly))
                out += u": " + QString::fromUtf8(m.read(4096)).simplified();
        }
    }
    return out;
}

std::unique_ptr<Document> createFile(const QString &file, const QString &work)
{
    static const FrameworkCatalog catalog = FrameworkCatalog::load({});
    Error error;
    auto doc = wgll::take(Document::create(file, catalog.find(QStringLiteral("wgll-org"))->framework, {}, work), error);
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
    int killedInSave = 0;
    int renamedBeforeKill = 0;
    for (int run = 0; run < runs; ++run) {
        CAPTURE(run);
        // Half the kills are aimed at a save (one in four as it begins, one in four part-way
        // through); a quarter come a random time into the editing, which may also be in a save;
        // a quarter may land while the child opens and recovers.
        static constexpr Aim aims[] = {Aim::AfterEdit, Aim::SaveBegins, Aim::InsideSave, Aim::FromStart};
        const Aim aim = aims[run % 4];
        const double fraction = random.generateDouble();
        CAPTURE(static_cast<int>(aim), fraction);
        const Progress p = runAndKill(file, work, aim, fraction);
        CAPTURE(p.committed, p.saving, p.saved);

        // The user's file: whole and valid, exactly the last save it reported finished or, if the
        // kill came inside a save, either that or the save it had begun.
        QString why;
        const qint64 fileGeneration = generationOfValidFile(file, why);
        INFO(why.toStdString());
        const qint64 lastSaved = std::max(p.saved, lastFileGeneration);
        if (p.killedInSave()) {
            REQUIRE((fileGeneration == lastSaved || fileGeneration == p.saving));
            renamedBeforeKill += fileGeneration == p.saving ? 1 : 0;
        } else {
            REQUIRE(fileGeneration == lastSaved);
        }
        lastFileGeneration = fileGeneration;

        // Reopening restores the working copy with every committed edit, and nothing else: the
        // last reported one, or one more that was durable before it could be reported.
        INFO("before reopening: " << workingFolderState(work).toStdString());
        Error error;
        auto doc = wgll::take(Document::open(file, Document::Recovery::Restore, work), error);
        INFO(error.toString().toStdString());
        REQUIRE(doc);
        const qint64 reported = std::max(p.committed, lastGeneration);
        REQUIRE(doc->generation() >= reported);
        REQUIRE(doc->generation() <= reported + 1);
        REQUIRE(doc->generation() >= fileGeneration);
        CHECK(scoresOf(*doc) == test::editloop::expectedScores(doc->generation(), scoresOf(*doc).size()));
        killedMidSession += p.committed > 0 ? 1 : 0;
        killedInSave += p.killedInSave() ? 1 : 0;
        lastGeneration = doc->generation();
        doc.reset(); // keep the working copy; the next child restores it
        // Nothing half-saved is left beside the file once it has been opened again.
        CHECK(
            QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".tmp")).isEmpty());
    }
    // The kills must have landed while the child was working, and a good share of them inside a
    // save (between its "saving" and "saved" reports), or the loop tested nothing that matters.
    CHECK(killedMidSession >= runs * 3 / 4);
    CHECK(killedInSave >= runs / 4); // typically 10 to 17 of 20, on a loaded machine too
    WARN(runs << " kills; " << killedInSave << " inside a save (" << renamedBeforeKill
              << " after its rename); last generation " << lastGeneration << ", file generation "
              << lastFileGeneration);
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
        REQUIRE(wgll::take(doc->addEvidenceFile(big, QStringLiteral("Board minutes"), {QStringLiteral("1.1")}), error));
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
        runAndKill(file, work, Aim::Naive, 0);
        QString why;
        CHECK(generationOfValidFile(file, why) < 0);
    }
}
