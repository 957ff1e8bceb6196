// SPDX-License-Identifier: GPL-3.0-or-later
// The storage budgets of PRODUCT.md section 9, each beside its physical baseline on the same
// disk: a score edit to durable commit (against one 4 KiB write + fdatasync), open and
// validate of a 10 MB file, and save (against a bare VACUUM INTO + fsync + rename).
//
//   wgll-bench-storage [FOLDER]     (FOLDER: where to put the files; default a temporary folder)
#include "benchsupport.h"
#include "framework/frameworkcatalog.h"
#include "sqlite/database.h"
#include "storage/document.h"
#include "storage/durablefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

using namespace wgll;
using storage::Document;

namespace {

using bench::die;
using bench::writeRandomFile;

void require(const Status &s)
{
    if (!s)
        die(s.error().toString());
}

QStringList statementIds(const Framework &f)
{
    QStringList ids;
    for (const Measure &m : f.measures) {
        for (const Indicator &i : m.indicators)
            ids.append(i.id);
    }
    return ids;
}

// The physical floor under a durable commit: one 4 KiB write and fdatasync in the same folder.
bench::Samples fsyncBaseline(const QString &folder, int count)
{
    const QByteArray path = QFile::encodeName(folder + u"/fsync-probe");
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        die(QStringLiteral("cannot create the fsync probe"));
    char page[4096] = {};
    const bench::Samples s = bench::measure(count, [&] {
        if (::pwrite(fd, page, sizeof page, 0) != static_cast<ssize_t>(sizeof page) || ::fdatasync(fd) != 0)
            die(QStringLiteral("fsync probe failed"));
    });
    ::close(fd);
    ::unlink(path.constData());
    return s;
}

// The bare save: VACUUM INTO a temporary name, fsync it, rename it over the target, fsync the folder.
void bareSave(const QString &source, const QString &target)
{
    sqlite::Database db;
    if (!db.open(source, sqlite::Database::Mode::ReadOnly))
        die(QStringLiteral("baseline: cannot open the source"));
    const QString temp = target + u".bare.tmp";
    QFile::remove(temp);
    if (!db.vacuumInto(temp))
        die(u"baseline: " + db.errorMessage());
    db.close();
    require(storage::durable::syncFile(temp));
    require(storage::durable::replace(temp, target));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir scratch(app.arguments().size() > 1 ? app.arguments().at(1) + u"/wgll-bench-XXXXXX"
                                                     : QString());
    if (!scratch.isValid())
        die(QStringLiteral("cannot make a scratch folder"));
    const QString work = scratch.filePath(QStringLiteral("work"));
    const FrameworkCatalog catalog = FrameworkCatalog::load({});
    const Framework &framework = catalog.find(QStringLiteral("wgll-org"))->framework;
    const QStringList ids = statementIds(framework);
    std::printf("Files in %s; SQLite %s\n", qPrintable(scratch.path()), qPrintable(sqlite::libraryVersion()));

    bench::header("Score edit to durable commit (WAL, synchronous=FULL)");
    bench::report("fdatasync of one 4 KiB write (physical floor)", fsyncBaseline(scratch.path(), 500));
    {
        AssessmentInfo info;
        info.organisation = QStringLiteral("Benchmark NHS Trust");
        Error error;
        auto doc =
            wgll::take(Document::create(scratch.filePath(QStringLiteral("edits.wgll")), framework, info, work), error);
        if (!doc)
            die(error.toString());
        int n = 0;
        const bench::Samples edits = bench::measure(2000, [&] {
            Answer a = *doc->answer(ids.at(n % ids.size()));
            a.score = (n / static_cast<int>(ids.size())) % 5 + 1;
            a.notes = QStringLiteral("Edit %1").arg(n);
            ++n;
            require(doc->setAnswer(a, QStringLiteral("benchmark")));
        });
        bench::report("setAnswer: one score edit, committed", edits, 2.0);
        doc->close();
    }

    const QString big = scratch.filePath(QStringLiteral("big.wgll"));
    {
        Error error;
        auto doc = wgll::take(Document::create(big, framework, {}, work), error);
        if (!doc)
            die(error.toString());
        QList<Answer> all;
        for (const QString &id : ids) {
            Answer a;
            a.indicator = id;
            a.score = 1 + static_cast<int>(all.size() % 5);
            a.notes = QString(400, QLatin1Char('n'));
            all.append(a);
        }
        require(doc->setAnswers(all));
        for (int i = 0; i < 10; ++i) {
            const QString evidence = scratch.filePath(QStringLiteral("evidence-%1.bin").arg(i));
            writeRandomFile(evidence, 1);
            if (!wgll::take(doc->addEvidenceFile(evidence, QStringLiteral("Evidence %1").arg(i), {ids.at(i)}), error))
                die(error.toString());
        }
        require(doc->save());
        doc->close();
    }
    bench::header(qPrintable(
        QStringLiteral("Open and validate a %1 MB file (49 scored statements, 10 × 1 MiB evidence)")
            .arg(static_cast<double>(QFileInfo(big).size()) / 1e6, 0, 'f', 1)));
    bench::report("Document::open: copy, header, quick_check, schema, rows, checksum",
                  bench::measure(30,
                                 [&] {
                                     Error error;
                                     auto doc = wgll::take(Document::open(big, Document::Recovery::Discard, work), error);
                                     if (!doc)
                                         die(error.toString());
                                     doc->close();
                                 }),
                  100.0);
    bench::report("open + every evidence SHA-256 (wgll check)", bench::measure(30, [&] {
                      Error error;
                      auto doc = wgll::take(Document::open(big, Document::Recovery::Discard, work), error);
                      if (!doc)
                          die(error.toString());
                      require(doc->verifyEvidence());
                      doc->close();
                  }));

    bench::header("Save of the 10 MB file against the bare baseline");
    {
        Error error;
        auto doc = wgll::take(Document::open(big, Document::Recovery::Discard, work), error);
        if (!doc)
            die(error.toString());
        const QString bareTarget = scratch.filePath(QStringLiteral("bare.wgll"));
        QDir workDir(work);
        QString workingCopy;
        for (const QString &folder : workDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (QFile::exists(work + u'/' + folder + u"/document.wgll"))
                workingCopy = work + u'/' + folder + u"/document.wgll";
        }
        if (workingCopy.isEmpty())
            die(QStringLiteral("cannot find the working copy"));
        const bench::Samples bare = bench::measure(20, [&] { bareSave(workingCopy, bareTarget); });
        bench::report("bare: VACUUM INTO + fsync + rename + fsync folder", bare);
        int n = 0;
        const bench::Samples saves = bench::measure(20, [&] {
            Answer a = *doc->answer(ids.first());
            a.score = 1 + (n++ % 5);
            require(doc->setAnswer(a));
            require(doc->save());
        });
        bench::report("Document::save: seal, VACUUM INTO, verify, fsync, rename (edit included)", saves,
                      2.0 * bare.median());
        std::printf("\nsave / bare (medians): %.2f× (budget ≤ 2×)\n", saves.median() / bare.median());
        doc->close();
    }
    return 0;
}
