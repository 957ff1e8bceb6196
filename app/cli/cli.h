// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace wgll::cli {

/// Runs the `wgll` command line (arguments including the program name) and returns the exit
/// code. Needs a QCoreApplication, or a QGuiApplication for commands that draw charts.
int run(const QStringList &arguments);

/// Whether the arguments (program name first) ask for --verbose: main() needs it before the
/// application object, whose start-up warnings the Qt message handler filters.
bool wantsVerbose(const QStringList &arguments);

/// Whether a command draws (report, chart) and so needs a QApplication rather than a
/// QCoreApplication.
bool drawsCharts(const QString &command);

} // namespace wgll::cli
