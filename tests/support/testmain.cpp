// SPDX-License-Identifier: GPL-3.0-or-later
// One Catch2 main for every test program. catch_discover_tests runs the binaries at build time
// on machines with no display, so the offscreen platform is the default, not an option.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

#ifdef WGLL_TEST_GUI
#include "interfacefont.h"

#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Each run has a home and XDG folders of its own, made before the application exists (Qt
    // reads some of them once) and deleted when the run ends. QStandardPaths test mode does move
    // QSettings and the writable locations, but to ~/.qttest inside the real home; the cache and
    // runtime folders, and anything that reads HOME or XDG_* itself (fontconfig, Qt's own caches),
    // would still reach the developer's. The real home stays known to the test proving this.
    QTemporaryDir home(QDir::tempPath() + u"/wgll-tests-home-XXXXXX");
    if (!home.isValid()) {
        std::fprintf(stderr, "cannot make a temporary home folder: %s\n", qPrintable(home.errorString()));
        return 70;
    }
    qputenv("WGLL_TESTS_REAL_HOME", qgetenv("HOME"));
    qputenv("HOME", QFile::encodeName(home.path()));
    const std::pair<const char *, QString> folders[] = {{"XDG_CONFIG_HOME", QStringLiteral("config")},
                                                        {"XDG_DATA_HOME", QStringLiteral("data")},
                                                        {"XDG_CACHE_HOME", QStringLiteral("cache")},
                                                        {"XDG_RUNTIME_DIR", QStringLiteral("runtime")}};
    for (const auto &[variable, name] : folders) {
        const QString path = home.filePath(name);
        // 0700: Qt refuses a runtime folder anyone else can read.
        if (!QDir().mkdir(path) || !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                                    QFile::ExeOwner)) {
            std::fprintf(stderr, "cannot make %s\n", qPrintable(path));
            return 70;
        }
        qputenv(variable, QFile::encodeName(path));
    }
    // Settings and data go to $HOME/.qttest, never into a configuration shared between runs.
    QStandardPaths::setTestModeEnabled(true);
    int rc = 0;
    {
        TestApplication app(argc, argv);
        TestApplication::setOrganizationName(QStringLiteral("WGLL Workbench Tests"));
        TestApplication::setApplicationName(QStringLiteral("wgll-tests"));
        TestApplication::setApplicationVersion(QStringLiteral(WGLL_VERSION));
#ifdef WGLL_TEST_GUI
        wgll::useProportionalInterfaceFont(); // as the workbench's main does
#endif
        Catch::Session session;
        rc = session.applyCommandLine(argc, argv);
        if (rc == 0) {
            // A filter that matches nothing (ctest splits test names at ';') must fail, not pass empty.
            session.configData().warnings = static_cast<Catch::WarnAbout::What>(session.configData().warnings |
                                                                                Catch::WarnAbout::NoTests);
            rc = session.run();
        }
    }
    return rc; // the application is gone; now the temporary home goes
}
