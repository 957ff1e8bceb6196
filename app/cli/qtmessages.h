// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace wgll::cli {

/// Installs the `wgll` handler for Qt's own messages (qWarning and friends), before the
/// application object exists so that its start-up warnings are caught too. Scripts treat any
/// stderr output as failure, so Qt's chatter is dropped: its platform and environment
/// warnings ("QStandardPaths: XDG_RUNTIME_DIR not set", qt.qpa.*) always; any other message
/// unless `verbose`, which prints it as `wgll: qt: message`. Fatal messages always print.
void installQtMessageHandler(bool verbose);

/// Turns the other messages on or off after installation (the --verbose option).
void setQtMessagesVerbose(bool verbose);

} // namespace wgll::cli
