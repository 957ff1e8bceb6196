// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginname.h"

#include <pwd.h>
#include <unistd.h>

#include <vector>

namespace wgll::cli {

QString loginName()
{
    for (const char *variable : {"USER", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    const uid_t uid = getuid();
    // getpwuid_r rather than getpwuid: the caller's buffer, no shared static state.
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(static_cast<size_t>(size > 0 ? size : 16384));
    passwd entry{};
    passwd *found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name &&
        *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid %1").arg(uid);
}

} // namespace wgll::cli
