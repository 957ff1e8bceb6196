// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/workshop.h"

#include <QList>

#include <optional>

namespace wgll::storage {
class Document;
}

namespace wgll::workshop {

/// The workshop session that stopped mid-vote, to be continued rather than started afresh: the
/// latest session with a round still blind (votes cast, never revealed) or with its voting page
/// still kept in the file (phones were voting when the window or `wgll workshop host` stopped).
/// A finished session reveals every round it keeps and forgets its page. A second round's
/// session "TITLE (round N)" gives the session it follows from, whose room takes up both.
std::optional<WorkshopSession> interruptedSession(const storage::Document &doc);

} // namespace wgll::workshop
