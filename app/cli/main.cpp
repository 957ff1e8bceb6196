// SPDX-License-Identifier: GPL-3.0-or-later
// wgll: the headless command line. All behaviour lives in the cli library.
#include "cli.h"

#include <QApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // Commands that draw charts need the GUI classes, but never a screen: they get a
    // QApplication on the offscreen platform; every other command stays a console program.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && wgll::cli::drawsCharts(QString::fromLocal8Bit(argv[1]))) {
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
