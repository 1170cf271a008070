#pragma once
// Capped exponential backoff with full jitter: delay = uniform(0, min(cap, base · 2^attempt)),
// never shorter than a server's Retry-After.

#include <chrono>
#include <cstdint>
#include <optional>
#include <random>

namespace cz::sync {

class Backoff final {
public:
    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, std::uint64_t seed)
        : m_base(base), m_cap(cap), m_rng(seed)
    {
    }

    /// The wait before the next try after a failure; counts the attempt.
    std::chrono::milliseconds next(std::optional<std::chrono::seconds> retryAfter = std::nullopt);
    void reset() { m_attempt = 0; }
    [[nodiscard]] int attempt() const { return m_attempt; }
    /// The upper bound of the next delay (for display: "retrying within …").
    [[nodiscard]] std::chrono::milliseconds ceiling() const;

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    std::mt19937_64 m_rng;
    int m_attempt = 0;
};

}  // namespace cz::sync
