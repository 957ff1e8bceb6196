// SPDX-License-Identifier: GPL-3.0-or-later
// wgll-workbench: the desktop program. Parses the command line and shows the main window.
#include "analysis/analysisviews.h"
#include "analysis/compareview.h"
#include "analysis/rollupview.h"
#include "analysis/trendview.h"
#include "colourscheme.h"
#include "desktopcontrast.h"
#include "interfacefont.h"
#include "fileopenevents.h"
#include "mainwindow.h"
#include "prompter.h"
#include "settingsdialog.h"
#include "windowplacement.h"
#include "session/assessmentsession.h"
#include "storage/document.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>

namespace {

/// --screenshot must work with no display at all (docs, CI), and so must --help and --version
/// (help2man makes the manual page from them at build time; a user asks over ssh): chooses the
/// offscreen platform before QApplication exists when one is asked for and nothing else was.
/// Returns whether --screenshot was given.
bool chooseOffscreenWhenAsked(int argc, char *argv[])
{
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
    return screenshotMode;
}

// The names QSettings files its preferences under and the desktop finds the program by.
void nameApplication()
{
    QApplication::setOrganizationName(QStringLiteral("WGLL Workbench"));
    QApplication::setApplicationName(QStringLiteral("wgll-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("WGLL Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(WGLL_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.wgll.Workbench"));
}

/// The program's options besides the file.
struct Options
{
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QStringLiteral("Render the main window (with FILE) offscreen, as large as "
                                                 "the screen (else 1440x900), to OUT.png and exit."),
                                  QStringLiteral("OUT.png")};
    QCommandLineOption statement{QStringLiteral("statement"), QStringLiteral("Show this statement first, e.g. 2.4."),
                                 QStringLiteral("ID")};
    QCommandLineOption exitWhenShown{QStringLiteral("exit-when-shown"),
                                     QStringLiteral("Exit as soon as the window is on screen (start-up "
                                                    "measurements: scripts/run-benchmarks.sh).")};
    QCommandLineOption baseline{QStringLiteral("baseline"),
                                QStringLiteral("Show an earlier assessment of the same framework "
                                               "beside FILE (the radar's dotted line)."),
                                QStringLiteral("OLDER.wgll")};
    QCommandLineOption compare{QStringLiteral("compare"),
                               QStringLiteral("Open Analyse > Compare with OTHER.wgll (with --screenshot: a "
                                              "picture of the compare view)."),
                               QStringLiteral("OTHER.wgll")};
    QCommandLineOption trend{QStringLiteral("trend"),
                             QStringLiteral("Open Analyse > Show Trend with this earlier assessment (give two or "
                                            "more; with --screenshot: a picture of the trend view)."),
                             QStringLiteral("EARLIER.wgll")};
    QCommandLineOption rollup{QStringLiteral("rollup"),
                              QStringLiteral("Open Analyse > Roll Up Organisations with this member's assessment "
                                             "(give each; with --screenshot: a picture of the roll-up view)."),
                              QStringLiteral("MEMBER.wgll")};
    QCommandLineOption benchmark{QStringLiteral("benchmark"),
                                 QStringLiteral("Show an imported national DMA benchmark set beside FILE "
                                                "(wgll benchmark list), as View > Compare with National "
                                                "Benchmark does."),
                                 QStringLiteral("NAME")};
    QCommandLineOption colours{QStringLiteral("colour-scheme"),
                               QStringLiteral("system, light, dark or high-contrast (default: as in Preferences)."),
                               QStringLiteral("SCHEME")};

    // In the order --help lists them.
    void addTo(QCommandLineParser &parser) const
    {
        parser.addOption(colours);
        parser.addOption(screenshot);
        parser.addOption(baseline);
        parser.addOption(benchmark);
        parser.addOption(statement);
        parser.addOption(compare);
        parser.addOption(trend);
        parser.addOption(rollup);
        parser.addOption(exitWhenShown);
    }
};

/// Applies --colour-scheme, or the one saved in Preferences. Returns 0, or 64 when the scheme
/// given is not one of the three.
int applyColourSchemeAsked(const QCommandLineParser &parser, const Options &o)
{
    std::optional<wgll::ColourScheme> scheme = wgll::Preferences::load().colourScheme;
    if (parser.isSet(o.colours)) {
        scheme = wgll::colourSchemeFromKey(parser.value(o.colours));
        if (!scheme) {
            qCritical("wgll-workbench: --colour-scheme: expected system, light, dark or high-contrast, not \"%s\"",
                      qUtf8Printable(parser.value(o.colours)));
            return 64;
        }
    }
    if (*scheme != wgll::ColourScheme::System || wgll::desktopAsksHighContrast(QProcessEnvironment::systemEnvironment()))
        wgll::applyColourScheme(*scheme);
    return 0;
}

/// Opens the file given (and --baseline, --benchmark, and --statement's statement). Returns 0, or 65 when a
/// file cannot be opened for a screenshot: the window has said why on its status bar, and with
/// nobody to read it, the reason is repeated on stderr. Interactively the window stays open.
int openFilesGiven(wgll::MainWindow &window, const QCommandLineParser &parser, const Options &o, bool screenshotMode)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return 0;
    if (!window.openFile(files.first()) && screenshotMode) {
        qCritical("wgll-workbench: %s", qUtf8Printable(window.statusBar()->currentMessage()));
        return 65;
    }
    if (parser.isSet(o.baseline) && !window.showBaseline(parser.value(o.baseline)) && screenshotMode) {
        qCritical("wgll-workbench: %s", qUtf8Printable(window.statusBar()->currentMessage()));
        return 65;
    }
    if (parser.isSet(o.benchmark) && !window.showBenchmark(parser.value(o.benchmark)) && screenshotMode) {
        qCritical("wgll-workbench: %s", qUtf8Printable(window.statusBar()->currentMessage()));
        return 65;
    }
    if (parser.isSet(o.statement))
        window.selectItem(parser.value(o.statement));
    return 0;
}

/// --compare, --trend and --rollup: opens that view (the last given) and returns it, or the
/// window when none is asked for; null when the view refused (the problem is then on stderr
/// for a screenshot, and in a dialog otherwise).
QWidget *openAnalysisGiven(wgll::MainWindow &window, const QCommandLineParser &parser, const Options &o)
{
    wgll::analysis::AnalysisViews &views = *window.analysis();
    QWidget *shown = &window;
    if (parser.isSet(o.compare)) {
        if (!views.compareWith(parser.value(o.compare)))
            return nullptr;
        shown = views.compareView();
    }
    if (parser.isSet(o.trend)) {
        if (!views.showTrend(parser.values(o.trend)))
            return nullptr;
        shown = views.trendView();
    }
    if (parser.isSet(o.rollup)) {
        if (!views.rollUp(parser.values(o.rollup)))
            return nullptr;
        shown = views.rollupView();
    }
    return shown;
}

/// --screenshot: renders the window to `fileName` at the size it would fill on the screen it is
/// given (offscreen with a screen configuration: 1366x768 for the docs' laptop pictures), or at
/// 1440x900 on the offscreen platform's default 800x600, which no user has. Returns 0, or 73 when
/// the image cannot be written.
int saveScreenshot(wgll::MainWindow &window, QWidget &shown, const QString &fileName)
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    const bool realisticScreen = available.width() >= 1024 && available.height() >= 700;
    window.resize(realisticScreen ? available.size() : QSize(1440, 900));
    window.show();
    if (&shown != &window) { // an Analyse view: a window of its own, as large
        shown.resize(window.size());
        shown.show();
    }
    QApplication::processEvents();
    const QImage image = shown.grab().toImage();
    // The screenshot must not leave a working copy or change the file.
    if (window.session())
        window.session()->document().close();
    if (!image.save(fileName)) {
        qCritical("wgll-workbench: %s: cannot write the screenshot", qUtf8Printable(fileName));
        return 73;
    }
    return 0;
}

/// --exit-when-shown: lets the window be exposed and painted once, then leaves without changing
/// anything.
void exitOnceShown(wgll::MainWindow &window)
{
    QApplication::processEvents();
    window.repaint();
    QTimer::singleShot(0, &window, [&window] {
        if (window.session())
            window.session()->document().close();
        QApplication::exit(0);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    const bool screenshotMode = chooseOffscreenWhenAsked(argc, argv);
    QApplication app(argc, argv);
    nameApplication();
    wgll::useProportionalInterfaceFont();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Assess digital maturity against What Good Looks Like."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment to open."),
                                 QStringLiteral("[FILE.wgll]"));
    const Options o;
    o.addTo(parser);
    parser.process(app);
    if (const int bad = applyColourSchemeAsked(parser, o); bad != 0)
        return bad;

    wgll::UnattendedPrompter unattended; // --screenshot: nobody is there to answer a dialog
    wgll::MainWindow window(screenshotMode ? &unattended : nullptr);
    // macOS hands a double-clicked .wgll to the running program as an event, not in argv.
    wgll::FileOpenEvents fileOpenEvents([&window](const QString &file) { return window.openFile(file); });
    app.installEventFilter(&fileOpenEvents);
    if (const int bad = openFilesGiven(window, parser, o, screenshotMode); bad != 0)
        return bad;
    QWidget *shown = openAnalysisGiven(window, parser, o);
    if (screenshotMode) {
        if (!shown) {
            qCritical("wgll-workbench: %s", qUtf8Printable(window.statusBar()->currentMessage()));
            return 65;
        }
        return saveScreenshot(window, *shown, parser.value(o.screenshot));
    }
    // The first start fills the screen; later ones open where the window was left.
    wgll::windowplacement::show(window);
    if (parser.isSet(o.exitWhenShown))
        exitOnceShown(window);
    return QApplication::exec();
}
