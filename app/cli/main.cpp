// SPDX-License-Identifier: GPL-3.0-or-later
// wgll: the headless command line. All behaviour lives in the cli library.
#include "cli.h"
#include "qtmessages.h"

#include <QApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // Commands that draw charts need the GUI classes, but never a screen: they get a
    // QApplication on the offscreen platform; every other command stays a console program.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Before the application object: its start-up warnings (XDG_RUNTIME_DIR) go through it too.
    wgll::cli::installQtMessageHandler(wgll::cli::wantsVerbose(arguments));
    std::unique_ptr<QCoreApplication> app;
    // The command is the first word after any global options (--quiet, --verbose).
    qsizetype first = 1;
    while (first < arguments.size() && (arguments.at(first) == u"--quiet" || arguments.at(first) == u"--verbose"))
        ++first;
    if (wgll::cli::drawsCharts(arguments.value(first))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("WGLL Workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("wgll-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WGLL_VERSION));
    return wgll::cli::run(QCoreApplication::arguments());
}
