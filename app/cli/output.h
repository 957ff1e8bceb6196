// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console.h"

#include <QByteArray>
#include <QString>

namespace wgll::cli {

/// Delivers a command's finished output: to stdout when `fileName` is empty or "-", otherwise
/// to the file, atomically (nothing is written if the command fails, no partial file on a
/// failed write). Returns the exit code.
int deliver(const QByteArray &bytes, const QString &fileName, Console &console);

} // namespace wgll::cli
