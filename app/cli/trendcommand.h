// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console.h"

#include <QStringList>

namespace wgll::cli {

/// `wgll trend FILE... [--format text|json|csv] [-o OUT]` (docs/cli.md).
int trendCommand(const QStringList &args, Console &console);

} // namespace wgll::cli
