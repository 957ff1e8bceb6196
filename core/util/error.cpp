// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

namespace wgll {

QString Error::toString() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line);
    return where.isEmpty() ? message : where + u": " + message;
}

} // namespace wgll
