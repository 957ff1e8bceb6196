// SPDX-License-Identifier: GPL-3.0-or-later
#include "scale.h"

namespace wgll {

const ScaleLevel *Scale::level(int value) const
{
    if (!contains(value))
        return nullptr;
    const auto index = static_cast<qsizetype>(value - min);
    return index < levels.size() ? &levels.at(index) : nullptr;
}

} // namespace wgll
