// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace wgll {

struct Framework;

/// The About box: version, the GPL notice, and the Open Government Licence attribution the
/// framework text requires (Crown copyright, reused under OGL v3.0).
void showAboutDialog(QWidget *parent, const Framework *framework);

/// The attribution paragraph as plain text, shared by the About box and reports.
QString frameworkAttributionText(const Framework *framework);

} // namespace wgll
