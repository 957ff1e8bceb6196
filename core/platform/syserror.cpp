// SPDX-License-Identifier: GPL-3.0-or-later
// The errno side of SysError, shared by every platform: the C library has errno on Windows too,
// and the tests' injected faults (core/storage/durablefile.cpp) are errno values everywhere.
#include "platformfile.h"

#include <cerrno>
#include <cstring>

namespace wgll::platform {

SysError SysError::fromErrno(int error)
{
    if (error == 0)
        return {};
    Cause cause = Cause::Other;
    switch (error) {
    case ENOSPC:
    case EIO:
#ifdef EDQUOT
    case EDQUOT:
#endif
        cause = Cause::Device;
        break;
    case EEXIST:
        cause = Cause::Exists;
        break;
    case ENOENT:
        cause = Cause::NotFound;
        break;
    // Linux's EOPNOTSUPP is ENOTSUP; where they differ both mean "not on this file system".
    case EINVAL:
    case ENOTSUP:
#if defined(EOPNOTSUPP) && EOPNOTSUPP != ENOTSUP
    case EOPNOTSUPP:
#endif
        cause = Cause::Unsupported;
        break;
    case EBUSY:
        cause = Cause::InUse;
        break;
    default:
        break;
    }
    return {cause, QString::fromLocal8Bit(std::strerror(error))};
}

} // namespace wgll::platform
