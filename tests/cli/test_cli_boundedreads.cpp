// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, fault 13: every input is read up to its limit and no further, pipes and devices
// included (`wgll summary <(cat demo; yes)` ran out of memory).
#include "hostileworld.h"

#include <QDirIterator>
#include <QFileInfo>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using wgll::test::Run;

TEST_CASE("an assessment read from an endless FIFO or /dev/zero stops at the limit with exit 65",
          "[cli][bounded]")
{
    wgll::test::Cli wgll;
    const QString a = wgll::test::assessmentWithEvidence(wgll, u"a"_s);
    const QString fifo = wgll.path(u"demo.fifo"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    {
        // A pipe holding just the file still works, as `wgll summary <(cat a.wgll)`.
        const wgll::test::FifoFeeder feeder(fifo, wgll::test::readAll(a), false);
        const Run r = wgll({u"summary"_s, fifo});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.startsWith(u"Northshire"));
    }
    {
        // `cat a.wgll; yes`
        const wgll::test::FifoFeeder feeder(fifo, wgll::test::readAll(a), true);
        const Run r = wgll({u"summary"_s, fifo});
        CHECK(r.exitCode == 65);
        CHECK(r.err == u"wgll: " + fifo + u": is larger than 256 MiB, the limit for an assessment read from a pipe or device\n");
    }
    const Run zero = wgll({u"gaps"_s, u"/dev/zero"_s});
    CHECK(zero.exitCode == 65);
    CHECK(zero.err.contains(u"256 MiB"));
}

TEST_CASE("editing commands refuse a device or FIFO as the document, reading none of it", "[cli][bounded]")
{
    wgll::test::Cli wgll;
    for (const QStringList &args : {QStringList{u"check"_s, u"/dev/zero"_s}, QStringList{u"evidence"_s, u"list"_s, u"/dev/zero"_s}}) {
        const Run r = wgll(args);
        CHECK(r.exitCode == 65);
        CHECK(r.err == u"wgll: /dev/zero: is not a regular file (a device, FIFO or socket)\n");
    }
}

TEST_CASE("CSV and framework inputs from an endless FIFO or /dev/zero stop at their limits", "[cli][bounded]")
{
    wgll::test::Cli wgll;
    const QString a = wgll::test::assessmentWithEvidence(wgll, u"a"_s);
    const QString fifo = wgll.path(u"rows.fifo"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    {
        const wgll::test::FifoFeeder feeder(fifo, "indicator,score,target,weight,note\n", true);
        const Run r = wgll({u"import"_s, a, fifo});
        CHECK(r.exitCode == 65);
        CHECK(r.err == u"wgll: " + fifo + u": is larger than 16 MiB, the limit for a CSV file\n");
    }
    {
        const wgll::test::FifoFeeder feeder(fifo, "participant,indicator,score\n", true);
        const Run r = wgll({u"votes"_s, u"import"_s, a, fifo});
        CHECK(r.exitCode == 65);
        CHECK(r.err.contains(u"16 MiB"));
    }
    const Run framework = wgll({u"framework"_s, u"validate"_s, u"/dev/zero"_s});
    CHECK(framework.exitCode == 65);
    CHECK(framework.err == u"wgll: /dev/zero: is larger than 4 MiB, the limit for a framework file\n");
}

TEST_CASE("evidence from /dev/zero or an endless FIFO stops at 512 MiB with exit 65, and a pipe within it is stored",
          "[cli][bounded]")
{
    wgll::test::Cli wgll;
    const QString a = wgll::test::assessmentWithEvidence(wgll, u"a"_s);
    const QByteArray before = wgll::test::readAll(a);
    const QString fifo = wgll.path(u"evidence.fifo"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);

    const Run zero = wgll({u"evidence"_s, u"add"_s, a, u"1.1"_s, u"/dev/zero"_s});
    CHECK(zero.exitCode == 65);
    CHECK(zero.err == u"wgll: /dev/zero: is larger than 512 MiB, the limit for one evidence file\n"_s);
    {
        // `<(yes)`
        const wgll::test::FifoFeeder feeder(fifo, "y\n", true);
        const Run r = wgll({u"evidence"_s, u"add"_s, a, u"1.1"_s, fifo});
        CHECK(r.exitCode == 65);
        CHECK(r.err == u"wgll: " + fifo + u": is larger than 512 MiB, the limit for one evidence file\n");
    }
    // Nothing was added, and no scratch copy was left (beside the file or in the working folder).
    CHECK(wgll::test::readAll(a) == before);
    QDirIterator files(wgll.home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString name = files.next();
        CAPTURE(name.toStdString());
        CHECK(QFileInfo(name).size() < 64 * 1024 * 1024);
    }

    // Within the limit a pipe is evidence like a file (`<(curl …)`): stored whole, hashed, listed.
    const QByteArray letter = "%PDF-1.4\nthe board's letter\n";
    {
        const wgll::test::FifoFeeder feeder(fifo, letter, false);
        const Run r = wgll({u"evidence"_s, u"add"_s, a, u"2.1"_s, fifo, u"--title"_s, u"Board letter"_s});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out == u"added evidence 2\n"_s);
    }
    const Run extracted = wgll({u"evidence"_s, u"extract"_s, a, u"2"_s, u"-o"_s, u"-"_s});
    CHECK(extracted.exitCode == 0);
    CHECK(extracted.out.toUtf8() == letter);
    // A regular file whose size says 0 but has content (/proc) is read to its end, not stored empty.
    const Run proc = wgll({u"evidence"_s, u"add"_s, a, u"3.1"_s, u"/proc/self/status"_s});
    INFO(proc.err.toStdString());
    CHECK(proc.exitCode == 0);
    const Run list = wgll({u"evidence"_s, u"list"_s, a});
    CHECK(list.out.contains(u"Board letter"));
    const QStringList statusRow = list.out.split(u'\n').filter(u"status");
    REQUIRE(statusRow.size() == 1);
    CHECK(statusRow.constFirst().simplified().split(u' ').at(3).toLongLong() > 0);
    CHECK(wgll({u"check"_s, a}).exitCode == 0);
}
