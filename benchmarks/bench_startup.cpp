// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start of the workbench to a shown window with a full 49-statement assessment
// (PRODUCT.md section 9: ≤ 300 ms): the whole process, launched, shown, exited, timed from
// outside. Uses the offscreen platform unless a display is set.
//
//   wgll-bench-startup FOLDER [WORKBENCH] [FILE.wgll]
#include "benchsupport.h"

#include <QCoreApplication>
#include <QProcess>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString dir = QCoreApplication::applicationDirPath();
    const QString workbench = args.size() > 2 ? args.at(2) : dir + u"/../app/wgll-workbench";
    const QString file = args.size() > 3 ? args.at(3) : dir + u"/../demo/northshire-2026.wgll";
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("WAYLAND_DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (args.size() > 1)
        env.insert(QStringLiteral("WGLL_WORK_DIR"), args.at(1) + u"/startup-work");
    auto launch = [&] {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(workbench, {file, QStringLiteral("--exit-when-shown")});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            std::fprintf(stderr, "wgll-bench-startup: %s failed: %s\n", qPrintable(workbench),
                         p.readAllStandardError().constData());
            std::exit(70);
        }
    };
    wgll::bench::header("Cold start to a shown window with the 49-statement demo assessment");
    wgll::bench::report("wgll-workbench FILE: launch, open and check, show, exit",
                        wgll::bench::measure(20, launch, 2), 300.0);
    return 0;
}
