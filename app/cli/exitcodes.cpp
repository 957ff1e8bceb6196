// SPDX-License-Identifier: GPL-3.0-or-later
#include "exitcodes.h"

namespace wgll::cli {

int exitCode(Failure failure)
{
    switch (failure) {
    case Failure::Usage:
        return 64; // EX_USAGE
    case Failure::BadData:
        return 65; // EX_DATAERR
    case Failure::NoInput:
        return 66; // EX_NOINPUT
    case Failure::CannotCreate:
        return 73; // EX_CANTCREAT
    case Failure::Io:
        return 74; // EX_IOERR
    case Failure::InUse:
        return 75; // EX_TEMPFAIL: try again once the other program is done
    case Failure::NotPermitted:
        return 77; // EX_NOPERM
    }
    return 70; // EX_SOFTWARE: a Failure this switch does not know is a bug here
}

Failure failureOf(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadData:
        return Failure::BadData;
    case ErrorKind::NotFound:
        return Failure::NoInput;
    case ErrorKind::CannotCreate:
        return Failure::CannotCreate;
    case ErrorKind::Io:
        return Failure::Io;
    case ErrorKind::Conflict:
        return Failure::InUse;
    case ErrorKind::NotPermitted:
        return Failure::NotPermitted;
    }
    return Failure::BadData;
}

} // namespace wgll::cli
