// SPDX-License-Identifier: GPL-3.0-or-later
#include "interruptedsession.h"

#include "storage/document.h"

#include <algorithm>

namespace wgll::workshop {

std::optional<WorkshopSession> interruptedSession(const storage::Document &doc)
{
    const Workshop w = doc.workshop();
    QList<qint64> stopped = doc.sessionsWithVotingLink();
    for (const BlindRound &b : w.blindRounds)
        stopped.append(b.session);
    if (stopped.isEmpty())
        return std::nullopt;
    const qint64 latest = *std::max_element(stopped.cbegin(), stopped.cend());
    const auto found = std::find_if(w.sessions.cbegin(), w.sessions.cend(),
                                    [latest](const WorkshopSession &s) { return s.id == latest; });
    if (found == w.sessions.cend())
        return std::nullopt;
    // A later round is voted in "TITLE (round N)" on the same day, started after its room's
    // session: the room is the latest such session before it (an earlier session of the same
    // title that day was another room, finished).
    const WorkshopSession *room = &*found;
    for (const WorkshopSession &s : w.sessions) {
        if (s.id < found->id && s.date == found->date && found->title.startsWith(s.title + u" (round ") &&
            (room == &*found || s.id > room->id))
            room = &s;
    }
    return *room;
}

} // namespace wgll::workshop
