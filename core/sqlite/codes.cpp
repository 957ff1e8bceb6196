// SPDX-License-Identifier: GPL-3.0-or-later
#include "codes.h"

#include <sqlite3.h>

namespace wgll::sqlite {

Failure failureOf(int resultCode)
{
    switch (resultCode & 0xff) { // the primary code of an extended one
    case SQLITE_FULL:
        return Failure::DiskFull;
    case SQLITE_IOERR:
        return Failure::Io;
    case SQLITE_CANTOPEN:
        return Failure::CannotOpen;
    case SQLITE_READONLY:
        return Failure::ReadOnly;
    case SQLITE_NOTADB:
        return Failure::NotADatabase;
    case SQLITE_INTERRUPT:
        return Failure::Interrupted;
    default:
        return Failure::Other;
    }
}

} // namespace wgll::sqlite
