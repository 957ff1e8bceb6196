// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wgll::cli {

/// Who is running the command, for the change history when `--author` is not given: USER, else
/// LOGNAME (as login(1) sets them; trimmed, a blank one skipped), else the name in the password
/// database for the process's real user id, else "uid N" (a container's user with no passwd
/// entry). Never empty, so every history row says who made the change.
QString loginName();

} // namespace wgll::cli
