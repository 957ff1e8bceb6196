// SPDX-License-Identifier: GPL-3.0-or-later
#include "textinput.h"

#include <QLineEdit>

#include <algorithm>
#include <limits>

namespace wgll {

namespace {

int unitsFor(qsizetype maxCharacters, const QString &current)
{
    const qsizetype units = std::max(maxCharacters, current.size());
    return static_cast<int>(std::min<qsizetype>(units, std::numeric_limits<int>::max()));
}

} // namespace

void limitLength(QLineEdit &edit, qsizetype maxCharacters)
{
    edit.setMaxLength(unitsFor(maxCharacters, edit.text()));
}

void setLimitedText(QLineEdit &edit, const QString &text, qsizetype maxCharacters)
{
    // Raise the limit before setText(): setText() cuts anything past the current maximum.
    edit.setMaxLength(unitsFor(maxCharacters, text));
    edit.setText(text);
}

} // namespace wgll
