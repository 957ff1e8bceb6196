// SPDX-License-Identifier: GPL-3.0-or-later
// wgll: the headless command line. All behaviour lives in the cli library.
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("WGLL Workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("wgll-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WGLL_VERSION));
    return wgll::cli::run(QCoreApplication::arguments());
}
