#pragma once
// The simulated other side of the marketplace. Time is simulated: it moves only when advance() is
// called (by POST /admin/advance, or by the real-time ticker of --speed), and everything that
// happens in between is a scheduled task run at its due time, in order, plus a buyers' round every
// 15 simulated minutes. Same seed + same requests ⇒ same events.

#include "market/market.h"

#include <cstdint>

namespace cz::market {

class Simulation final {
public:
    static constexpr std::int64_t kBuyerRoundS = 900;
    static constexpr std::int64_t kMaxAdvanceS = 366LL * 24 * 3600;

    explicit Simulation(Market& market)
        : m_market(market)
    {
    }

    struct Outcome final {
        std::int64_t now = 0; ///< the clock after the advance
        std::int64_t steps = 0; ///< tasks and buyer rounds run
    };
    /// Moves the clock forward by `seconds` (0..kMaxAdvanceS), running everything that falls due.
    Outcome advance(std::int64_t seconds);

private:
    void run(const Task& t, std::int64_t now);

    Market& m_market;
};

} // namespace cz::market
