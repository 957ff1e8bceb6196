// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace wgll {

/// Whether `a` and `b` are equal, looking at every byte whatever differs first, so the time
/// taken says nothing of where a guess went wrong (secrets, tokens, seals). Only the lengths,
/// which are public, end it early.
inline bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace wgll
