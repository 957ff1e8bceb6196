// SPDX-License-Identifier: GPL-3.0-or-later
// wgll-workbench: the desktop program. Parses the command line and shows the main window.
#include "framework/frameworkcatalog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    // --screenshot must work with no display at all (docs, CI), so choose the offscreen platform
    // before QApplication exists when it is asked for and nothing else was chosen.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WGLL Workbench"));
    QApplication::setApplicationName(QStringLiteral("wgll-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("WGLL Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(WGLL_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.wgll.Workbench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Assess digital maturity against What Good Looks Like."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption framework(QStringLiteral("framework"),
                                       QStringLiteral("Framework to show, ID or ID@VERSION (default wgll-org)."),
                                       QStringLiteral("ID"), QStringLiteral("wgll-org"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the main window offscreen to OUT.png and exit."),
                                        QStringLiteral("OUT.png"));
    parser.addOption(framework);
    parser.addOption(screenshot);
    parser.process(app);

    const wgll::FrameworkCatalog catalog = wgll::FrameworkCatalog::load();
    const wgll::FrameworkCatalog::Entry *entry = catalog.find(parser.value(framework));
    if (!entry) {
        const QString message = QStringLiteral("No framework called \"%1\".").arg(parser.value(framework));
        if (parser.isSet(screenshot)) {
            qCritical("wgll-workbench: %s", qUtf8Printable(message));
        } else {
            QMessageBox::critical(nullptr, QStringLiteral("WGLL Workbench"), message);
        }
        return 66;
    }

    wgll::MainWindow window(entry->framework);
    if (parser.isSet(screenshot)) {
        window.resize(1280, 800);
        window.show();
        const QImage image = window.grab().toImage();
        if (!image.save(parser.value(screenshot))) {
            qCritical("wgll-workbench: %s: cannot write the screenshot", qUtf8Printable(parser.value(screenshot)));
            return 73;
        }
        return 0;
    }
    window.show();
    return QApplication::exec();
}
