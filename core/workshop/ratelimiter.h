// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace wgll::workshop {

/// Requests per second per network address, as a token bucket: each address may send `burst`
/// requests at once and then `perSecond` a second. The clock is the caller's (milliseconds), so
/// tests drive it without waiting. At most `maxAddresses` are tracked: when that many are, a new
/// address is refused until the idle ones have refilled and are forgotten, so a scan from many
/// addresses cannot grow the table without bound.
class RateLimiter
{
public:
    RateLimiter(double perSecond, double burst, int maxAddresses);

    /// Takes one request from `address`'s bucket at time `nowMs`; false when it is empty.
    bool allow(const QString &address, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 at = 0;
    };
    void forgetFull(qint64 nowMs);

    double m_perSecond;
    double m_burst;
    int m_maxAddresses;
    QHash<QString, Bucket> m_buckets;
};

} // namespace wgll::workshop
