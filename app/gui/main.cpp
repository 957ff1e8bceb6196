// SPDX-License-Identifier: GPL-3.0-or-later
// wgll-workbench: the desktop program. Parses the command line and shows the main window.
#include "colourscheme.h"
#include "fileopenevents.h"
#include "mainwindow.h"
#include "prompter.h"
#include "settingsdialog.h"
#include "session/assessmentsession.h"
#include "storage/document.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QStatusBar>
#include <QTimer>

int main(int argc, char *argv[])
{
    // --screenshot must work with no display at all (docs, CI), and so must --help and --version
    // (help2man makes the manual page from them at build time; a user asks over ssh): choose the
    // offscreen platform before QApplication exists when one is asked for and nothing else was.
    bool screenshotMode = false;
    bool offscreen = false;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0)
            screenshotMode = offscreen = true;
        for (const char *info : {"-h", "--help", "--help-all", "-v", "--version"})
            offscreen = offscreen || qstrcmp(argv[i], info) == 0;
    }
    if (offscreen && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
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
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment to open."),
                                 QStringLiteral("[FILE.wgll]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the main window (with FILE) offscreen at 1440x900 to "
                       "OUT.png and exit."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption statement(QStringLiteral("statement"),
                                       QStringLiteral("Show this statement first, e.g. 2.4."),
                                       QStringLiteral("ID"));
    const QCommandLineOption exitWhenShown(QStringLiteral("exit-when-shown"),
                                           QStringLiteral("Exit as soon as the window is on screen (start-up "
                                                          "measurements: scripts/run-benchmarks.sh)."));
    const QCommandLineOption baseline(QStringLiteral("baseline"),
                                      QStringLiteral("Show an earlier assessment of the same framework "
                                                     "beside FILE (the radar's dotted line)."),
                                      QStringLiteral("OLDER.wgll"));
    const QCommandLineOption colours(QStringLiteral("colour-scheme"),
                                     QStringLiteral("system, light, dark or high-contrast (default: as in Preferences)."),
                                     QStringLiteral("SCHEME"));
    parser.addOption(colours);
    parser.addOption(screenshot);
    parser.addOption(baseline);
    parser.addOption(statement);
    parser.addOption(exitWhenShown);
    parser.process(app);
    std::optional<wgll::ColourScheme> scheme = wgll::Preferences::load().colourScheme;
    if (parser.isSet(colours)) {
        scheme = wgll::colourSchemeFromKey(parser.value(colours));
        if (!scheme) {
            qCritical("wgll-workbench: --colour-scheme: expected system, light, dark or high-contrast, not \"%s\"",
                      qUtf8Printable(parser.value(colours)));
            return 64;
        }
    }
    if (*scheme != wgll::ColourScheme::System)
        wgll::applyColourScheme(*scheme);

    wgll::UnattendedPrompter unattended; // --screenshot: nobody is there to answer a dialog
    wgll::MainWindow window(screenshotMode ? &unattended : nullptr);
    // macOS hands a double-clicked .wgll to the running program as an event, not in argv.
    wgll::FileOpenEvents fileOpenEvents([&window](const QString &file) { return window.openFile(file); });
    app.installEventFilter(&fileOpenEvents);
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        if (!window.openFile(files.first()) && screenshotMode) {
            // The window put the reason (file and fault) on its status bar; say it here too.
            qCritical("wgll-workbench: %s", qUtf8Printable(window.statusBar()->currentMessage()));
            return 65;
        }
        if (parser.isSet(baseline) && !window.showBaseline(parser.value(baseline)) && screenshotMode) {
            qCritical("wgll-workbench: %s", qUtf8Printable(window.statusBar()->currentMessage()));
            return 65;
        }
        if (parser.isSet(statement))
            window.selectItem(parser.value(statement));
    }
    if (screenshotMode) {
        window.resize(1440, 900);
        window.show();
        QApplication::processEvents();
        const QImage image = window.grab().toImage();
        // The screenshot must not leave a working copy or change the file.
        if (window.session())
            window.session()->document().close();
        if (!image.save(parser.value(screenshot))) {
            qCritical("wgll-workbench: %s: cannot write the screenshot",
                      qUtf8Printable(parser.value(screenshot)));
            return 73;
        }
        return 0;
    }
    window.show();
    if (parser.isSet(exitWhenShown)) {
        // Let the window be exposed and painted once, then leave without changing anything.
        QApplication::processEvents();
        window.repaint();
        QTimer::singleShot(0, &window, [&window] {
            if (window.session())
                window.session()->document().close();
            QApplication::exit(0);
        });
    }
    return QApplication::exec();
}
