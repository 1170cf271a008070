#include "market/simulation.h"

#include "market/flows.h"

#include <algorithm>
#include <iostream>
#include <stdexcept>

namespace cz::market {

void Simulation::run(const Task& t, std::int64_t now)
{
    if (runOrderTask(m_market, t, now) || runListingTask(m_market, t, now) || runPaymentTask(m_market, t, now)
        || runTicketTask(m_market, t, now))
        return;
    // A kind this build does not know (a store written by a newer version): drop it loudly.
    std::cerr << "cunzhan-market: dropping unknown task kind " << t.kind << '\n';
}

Simulation::Outcome Simulation::advance(std::int64_t seconds)
{
    if (seconds < 0 || seconds > kMaxAdvanceS)
        throw std::invalid_argument("advance seconds out of range");
    auto& st = m_market.store();
    Tx tx(st);
    const std::int64_t start = m_market.now();
    const std::int64_t target = start + seconds * 1000;
    constexpr std::int64_t roundMs = kBuyerRoundS * 1000;
    std::int64_t lastRound = start / roundMs * roundMs;
    if (const auto stored = st.meta("buyer_round_ms"))
        lastRound = std::max<std::int64_t>(lastRound, std::stoll(*stored));

    Outcome out;
    for (;;) {
        const auto task = m_market.tasks().nextDue(target);
        const std::int64_t nextRound = lastRound + roundMs;
        const bool roundDue = nextRound <= target;
        if (task && (!roundDue || task->dueAt <= nextRound)) {
            m_market.setNow(task->dueAt);
            m_market.tasks().remove(task->id);
            run(*task, m_market.now());
        } else if (roundDue) {
            m_market.setNow(nextRound);
            runBuyers(m_market, nextRound, kBuyerRoundS);
            lastRound = nextRound;
        } else {
            break;
        }
        ++out.steps;
    }
    m_market.setNow(target);
    st.setMeta("buyer_round_ms", std::to_string(lastRound));
    tx.commit();
    out.now = m_market.now();
    return out;
}

} // namespace cz::market
