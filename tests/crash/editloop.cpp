// SPDX-License-Identifier: GPL-3.0-or-later
// The child process of the kill -9 test: edits and saves a document in an endless loop,
// reporting on stdout each generation the moment it is durable ("committed G"), each save as it
// begins ("saving G") and each save the moment it is in place ("saved G"). A kill that comes
// after "saving G" and before "saved G" landed inside that save. The parent kills it at a
// random moment, or aimed at a save.
//
//   wgll-edit-loop FILE WORK_ROOT [--naive]
//
// --naive is the negative control: it "saves" by rewriting FILE in place, in 4 KiB writes,
// as a careless program would, so the parent can show its checks do catch a torn file. It
// reports "rewriting G" once the file is truncated and partly written, and writes slowly (as on
// a slow disk), so the parent can kill it inside the rewrite on any machine rather than hoping
// a random delay lands in a window of a few milliseconds.
#include "editloop.h"

#include "storage/document.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <unistd.h>

using namespace wgll;

namespace {

void report(const char *what, qint64 generation)
{
    // write(2) straight to the pipe: nothing sits in a buffer when the kill comes.
    char line[64];
    const int n = std::snprintf(line, sizeof line, "%s %lld\n", what, static_cast<long long>(generation));
    if (n > 0 && ::write(STDOUT_FILENO, line, static_cast<size_t>(n)) < 0)
        std::_Exit(74);
}

bool naiveSave(storage::Document &doc, const QString &file, const QString &scratch)
{
    const qint64 generation = doc.generation();
    QFile::remove(scratch);
    if (!doc.saveAs(scratch))
        return false;
    QFile in(scratch);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = in.readAll();
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return false;
    for (qsizetype at = 0; at < bytes.size(); at += 4096) {
        if (out.write(bytes.mid(at, 4096)) < 0)
            return false;
        if (at == 0)
            report("rewriting", generation);
        ::usleep(100); // a slow disk: about 0.2 s for the 8 MiB test file
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 64;
    const QString file = args.at(1);
    const QString work = args.at(2);
    const bool naive = args.contains(QStringLiteral("--naive"));

    Error error;
    auto doc = wgll::take(storage::Document::open(file, storage::Document::Recovery::Restore, work), error);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 65;
    }
    QStringList ids;
    for (const Measure &m : doc->framework().measures) {
        for (const Indicator &i : m.indicators)
            ids.append(i.id);
    }
    for (;;) {
        const qint64 next = doc->generation() + 1;
        Answer a = *doc->answer(ids.at(test::editloop::statementFor(next, ids.size())));
        a.score = test::editloop::levelFor(next, ids.size());
        a.notApplicable = false;
        a.naReason.clear();
        if (const Status s = doc->setAnswer(a, QStringLiteral("edit loop")); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
            return 74;
        }
        report("committed", doc->generation());
        if (doc->generation() % 7 == 0) {
            report("saving", doc->generation());
            if (naive) {
                if (!naiveSave(*doc, file, work + u"/naive-scratch.wgll"))
                    return 74;
            } else if (const Status s = doc->save(); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
                return 74;
            }
            report("saved", doc->generation());
        }
    }
}
