// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace wgll::storage {

/// This user's key for sealing a kept voting link (Document::keepVotingLink): 32 random bytes
/// in `root/voting-link.key` (the working copies' folder, readable by the user alone), made the
/// first time it is asked for. A link sealed with it was kept on this computer by this user; one
/// in a file made elsewhere does not verify, so the workbench never serves a secret or honours
/// tokens that another person put in a file (docs/workshop-security.md). Empty when the key can
/// be neither read nor made: then no link verifies, and phones simply rejoin after a crash.
QByteArray linkKey(const QString &root);

} // namespace wgll::storage
