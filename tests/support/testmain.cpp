// SPDX-License-Identifier: GPL-3.0-or-later
// One Catch2 main for every test program. catch_discover_tests runs the binaries at build time
// on machines with no display, so the offscreen platform is the default, not an option.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QStandardPaths>

#ifdef WGLL_TEST_GUI
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
    // Settings and data go to ~/.qttest, never into the developer's real configuration.
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("WGLL Workbench Tests"));
    TestApplication::setApplicationName(QStringLiteral("wgll-tests"));
    TestApplication::setApplicationVersion(QStringLiteral(WGLL_VERSION));
    Catch::Session session;
    if (const int rc = session.applyCommandLine(argc, argv); rc != 0)
        return rc;
    // A filter that matches nothing (ctest splits test names at ';') must fail, not pass empty.
    session.configData().warnings =
        static_cast<Catch::WarnAbout::What>(session.configData().warnings | Catch::WarnAbout::NoTests);
    return session.run();
}
