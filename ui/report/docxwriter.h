// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/boardreport.h"
#include "util/error.h"
#include "wordtemplate.h"

#include <QByteArray>

#include <optional>

namespace wgll::report {

/// The board report as a Word document (.docx, WordprocessingML): in the trust's template's
/// styles, page, header and footer when `wordTemplate` is given (readWordTemplate() has checked
/// it), else in a clean built-in set. Null and `error` set when the logo cannot be read.
std::optional<QByteArray> wordReport(const BoardReport &report, const WordTemplate *wordTemplate, Error &error);

} // namespace wgll::report
