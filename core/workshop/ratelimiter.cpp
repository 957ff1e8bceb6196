// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <algorithm>

namespace wgll::workshop {

RateLimiter::RateLimiter(double perSecond, double burst, int maxAddresses)
    : m_perSecond(perSecond), m_burst(burst), m_maxAddresses(maxAddresses)
{
}

void RateLimiter::forgetFull(qint64 nowMs)
{
    // A bucket that has refilled says nothing a fresh one would not.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double refilled = it->tokens + static_cast<double>(nowMs - it->at) * m_perSecond / 1000.0;
        it = refilled >= m_burst ? m_buckets.erase(it) : std::next(it);
    }
}

bool RateLimiter::allow(const QString &address, qint64 nowMs)
{
    auto it = m_buckets.find(address);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxAddresses)
            forgetFull(nowMs);
        if (m_buckets.size() >= m_maxAddresses)
            return false;
        it = m_buckets.insert(address, Bucket{m_burst, nowMs});
    }
    const qint64 elapsed = std::max<qint64>(0, nowMs - it->at);
    it->tokens = std::min(m_burst, it->tokens + static_cast<double>(elapsed) * m_perSecond / 1000.0);
    it->at = std::max(it->at, nowMs);
    if (it->tokens < 1.0)
        return false;
    it->tokens -= 1.0;
    return true;
}

} // namespace wgll::workshop
