// SPDX-License-Identifier: GPL-3.0-or-later
// A second WGLL process for the locking tests: opens a document for editing, as another
// instance of the program would, and holds it.
//
//   wgll-hold-document FILE WORK_ROOT
//
// Once it holds the document's lock it prints "locked PID" on stdout, then waits on stdin; a line
// or end of input makes it close the document and exit 0. Killed instead, it leaves its lock
// behind, as a crashed session does. Exit 65: the open failed; 66: it got read-only access.
#include "storage/document.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace wgll;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wgll-hold-document"));
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: wgll-hold-document FILE WORK_ROOT\n");
        return 64;
    }
    Error error;
    auto doc = wgll::take(storage::Document::open(args.at(1), storage::Document::Recovery::Refuse, args.at(2)), error);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 65;
    }
    if (doc->isReadOnly()) {
        std::fprintf(stderr, "read-only: %s\n", qPrintable(doc->readOnlyReason()));
        return 66;
    }
    std::printf("locked %lld\n", static_cast<long long>(::getpid()));
    std::fflush(stdout);
    char line[64];
    (void)std::fgets(line, sizeof line, stdin); // a line or end of input
    doc->close();
    return 0;
}
