#include "sync/backoff.h"

#include <algorithm>

namespace cz::sync {

std::chrono::milliseconds Backoff::ceiling() const
{
    // base · 2^attempt without overflow: stop doubling once past the cap.
    std::int64_t c = m_base.count();
    for (int i = 0; i < m_attempt && c < m_cap.count(); ++i)
        c *= 2;
    return std::chrono::milliseconds(std::min(c, m_cap.count()));
}

std::chrono::milliseconds Backoff::next(std::optional<std::chrono::seconds> retryAfter)
{
    const auto top = ceiling();
    ++m_attempt;
    std::uniform_int_distribution<std::int64_t> dist(0, std::max<std::int64_t>(0, top.count()));
    std::chrono::milliseconds d(dist(m_rng));
    if (retryAfter)
        d = std::max(d, std::chrono::duration_cast<std::chrono::milliseconds>(*retryAfter));
    return d;
}

}  // namespace cz::sync
