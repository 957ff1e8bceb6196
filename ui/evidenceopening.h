// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace wgll {

/// Why an evidence file must not be handed to the desktop to open, or nullopt when it may be:
/// a program, script, installer or shortcut by its real extension (the last one, whatever a
/// name made to look like "report.pdf" shows), or by its first bytes (an ELF or Windows
/// program, a "#!" script) whatever its name. An assessment from someone else must not be a
/// way to run their program on this computer.
std::optional<QString> whyEvidenceIsNotOpened(const QString &fileName, QByteArrayView firstBytes);

/// The stored file name as the window shows it: made safe (no folder, control or
/// bidirectional characters) and followed by its real extension in words, e.g.
/// "minutes.docx, a .docx file" or "README, no extension".
QString evidenceFileLabel(const QString &fileName);

} // namespace wgll
