// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QString>

#include <optional>

namespace wgll::demo {

/// The bundled demo assessment (Northshire 2026/27) and the earlier one it is compared with.
struct Files
{
    QString current;
    QString baseline; ///< empty when the baseline is not there
};

/// Where the build or the package put the demo: next to the program in a build tree
/// (build/dev/demo), under the install prefix (share/wgll-workbench/demo), or in a data folder
/// of the platform (/usr/share/wgll-workbench/demo in the Debian package); nullopt when none has it.
std::optional<Files> bundled();

/// The user's own copy of the demo, made from the bundled one the first time (the bundled files
/// are not writable, and scoring the demo must not need them to be); later calls return the
/// same copy, with whatever the user saved in it. Failures name the file that could not be made.
std::optional<Files> userCopy(const Files &bundled, Error &error);

} // namespace wgll::demo
