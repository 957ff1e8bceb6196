// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace wgll {

/// What an accepted edit did to the document: an undo command that changed nothing is dropped
/// rather than left on the stack, so the caller needs to know which it was (an error is the
/// third outcome, carried by Result<Edit>).
enum class Edit {
    Changed,   ///< written durably; the edit counter moved on
    Unchanged, ///< the document already held this: nothing written, no history, no counter
};

} // namespace wgll
