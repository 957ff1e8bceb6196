// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLineEdit;

namespace wgll {

/// Limits what can be typed into `edit` to `maxCharacters`, the core rule's limit for the field
/// (assessment/textlimits.h), so the window never takes text the document would refuse for
/// length. QLineEdit counts UTF-16 units where the rule counts code points: a character outside
/// the Basic Multilingual Plane (an emoji) takes two units, so the field is at most as permissive
/// as the rule, never more. Text already in the field (read from the file, where the rule let it
/// in) is never cut: QLineEdit truncates to its maximum, so the limit stretches to that text.
void limitLength(QLineEdit &edit, qsizetype maxCharacters);

/// Puts `text` into a field limited to `maxCharacters` without cutting it (see limitLength()).
void setLimitedText(QLineEdit &edit, const QString &text, qsizetype maxCharacters);

} // namespace wgll
