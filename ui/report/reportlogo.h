// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QImage>
#include <QString>

namespace wgll::report {

/// Reads the organisation's logo (none when `fileName` is empty). A huge or unreadable image
/// is refused before it is decoded, with `error` naming the file.
bool readLogo(const QString &fileName, QImage &logo, Error &error);

} // namespace wgll::report
