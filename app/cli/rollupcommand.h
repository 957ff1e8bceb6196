// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console.h"

#include <QStringList>

namespace wgll::cli {

/// `wgll rollup FILE... [--method mean|median|min] [--latest] [--format text|csv|json|xlsx] [-o OUT]`.
int rollupCommand(const QStringList &args, Console &console);

} // namespace wgll::cli
