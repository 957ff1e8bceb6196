// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop.h"

namespace wgll {

const Participant *Workshop::participant(qint64 id) const
{
    for (const Participant &p : participants) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QList<int> Workshop::latestVotes(const QString &indicator) const
{
    qint64 latest = 0;
    for (const Vote &v : votes) {
        if (v.indicator == indicator)
            latest = std::max(latest, v.session); // session ids grow with time
    }
    QList<int> levels;
    for (const Vote &v : votes) {
        if (v.indicator == indicator && v.session == latest)
            levels.append(v.score);
    }
    return levels;
}

QHash<QString, QList<int>> Workshop::latestVotesByIndicator() const
{
    QHash<QString, qint64> latest; // as latestVotes(): from session 0 up
    QHash<QString, QList<int>> levels;
    for (const Vote &v : votes) {
        const qint64 seen = latest.value(v.indicator, 0);
        if (v.session < seen)
            continue;
        if (v.session > seen || !latest.contains(v.indicator)) {
            latest.insert(v.indicator, v.session);
            if (v.session > seen)
                levels.remove(v.indicator); // a later session's votes replace the earlier ones
        }
        levels[v.indicator].append(v.score);
    }
    return levels;
}

QHash<QString, workshop::DisagreementRule> Workshop::latestRuleByIndicator() const
{
    QHash<qint64, workshop::DisagreementRule> ruleOfSession;
    for (const WorkshopSession &s : sessions)
        ruleOfSession.insert(s.id, s.disagreementRule);
    QHash<QString, qint64> latest;
    for (const Vote &v : votes)
        latest[v.indicator] = std::max(latest.value(v.indicator, 0), v.session);
    QHash<QString, workshop::DisagreementRule> rules;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        rules.insert(it.key(), ruleOfSession.value(it.value(), workshop::DisagreementRule::Range));
    return rules;
}

} // namespace wgll
