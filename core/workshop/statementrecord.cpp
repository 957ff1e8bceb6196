// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementrecord.h"

#include <QRegularExpression>

namespace wgll::workshop {

QString agreedText(int level)
{
    return QStringLiteral("Agreed score %1").arg(level);
}

std::optional<int> agreedLevel(const Decision &decision)
{
    static const QRegularExpression agreed(QStringLiteral("^Agreed score (-?\\d+)$"));
    const QRegularExpressionMatch m = agreed.match(decision.text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

std::optional<StatementRecord> decidedRecord(const Workshop &workshop, const QString &indicator)
{
    StatementRecord record;
    bool found = false;
    for (const Decision &d : workshop.decisions) { // oldest first: the last one found is the latest
        if (d.indicator != indicator)
            continue;
        if (const std::optional<int> level = agreedLevel(d)) {
            record.decision = d;
            record.agreed = *level;
            found = true;
        }
    }
    if (!found)
        return std::nullopt;
    // Votes cast after the decision (a round reopened and not yet agreed) are not what it rests on.
    const qint64 upTo = record.decision.session;
    for (const WorkshopSession &s : workshop.sessions) {
        if (upTo != 0 && s.id > upTo)
            break;
        StatementRecord::Round round{s.id, s.title, {}, s.disagreementRule};
        for (const Vote &v : workshop.votes) {
            if (v.session == s.id && v.indicator == indicator)
                round.votes.append(v.score);
        }
        if (!round.votes.isEmpty())
            record.rounds.append(round);
    }
    return record;
}

} // namespace wgll::workshop
