// Random-operation model test: many operations through the real services, mirrored in a plain
// in-memory model. After every step the books balance and the drawer matches the model; replaying
// an op id writes nothing; at the end verify() is clean.

#include "support/station_fixture.h"

#include "core/accounts.h"

#include <cstdlib>
#include <map>
#include <random>

using namespace cz;
using namespace std::chrono;

namespace {

class LedgerModel : public test::StationFixture {};

struct Model {
    std::map<std::string, std::int64_t> bal;
    std::int64_t entries = 0;
    bool open = false;
    bool everClosed = false;
};

TEST_F(LedgerModel, RandomOperationsAgreeWithTheModel)
{
    const char* env = std::getenv("CZ_MODEL_OPS");
    const int ops = env ? std::atoi(env) : 100'000;
    std::mt19937_64 rng(20261129);
    auto pick = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
    Model m;
    std::vector<std::pair<std::string, std::function<bool()>>> history;  // op id → replay (must write nothing)
    auto& days = m_svc->days();
    int replays = 0, refusals = 0;
    for (int i = 0; i < ops; ++i) {
        m_clock.advance(seconds(pick(1, 120)));
        const int kind = static_cast<int>(pick(0, 99));
        const std::string op = newOp();
        const auto before = m_svc->ledger().entryCount();
        if (!m.open) {
            if (kind < 5) {  // try to move cash with no open day: refused, nothing written
                EXPECT_EQ(days.cashIn(m_agent, op, Money::fromFen(pick(1, 1000)), "x").error().code, Errc::DayNotOpen);
                ++refusals;
            } else {
                Money rest;
                const std::int64_t drawer = m.bal[std::string(acct::CashDrawer)];
                auto count = greedyCount(Money::fromFen(drawer + pick(-2, 2) * 10 + (m.everClosed ? 0 : pick(0, 1000) * 10)), rest);
                const std::int64_t counted = countTotal(count)->fen();
                auto r = days.openDay(m_agent, op, count, "count");
                ASSERT_TRUE(r.ok()) << r.error().detail;
                const std::int64_t diff = counted - drawer;
                if (diff != 0) {
                    m.bal[std::string(acct::CashDrawer)] += diff;
                    m.bal[std::string(m.everClosed ? acct::CashOverShort : acct::OwnerEquity)] -= diff;
                    ++m.entries;
                }
                m.open = true;
            }
        } else if (kind < 30) {
            const auto amt = Money::fromFen(pick(1, 50'000));
            auto r = days.cashIn(m_agent, op, amt, "in");
            ASSERT_TRUE(r.ok());
            m.bal[std::string(acct::CashDrawer)] += amt.fen();
            m.bal[std::string(acct::OwnerEquity)] -= amt.fen();
            ++m.entries;
            history.emplace_back(op, [&days, this, op, amt] { return days.cashIn(m_agent, op, amt, "in").value().replayed; });
        } else if (kind < 60) {
            const std::int64_t drawer = m.bal[std::string(acct::CashDrawer)];
            const auto amt = Money::fromFen(pick(1, drawer + 1000));  // sometimes more than the drawer holds
            auto r = days.cashOut(m_agent, op, amt, "out");
            if (amt.fen() > drawer) {
                ASSERT_FALSE(r.ok());
                EXPECT_EQ(r.error().code, Errc::InsufficientCash);
                ++refusals;
            } else {
                ASSERT_TRUE(r.ok());
                m.bal[std::string(acct::CashDrawer)] -= amt.fen();
                m.bal[std::string(acct::OwnerEquity)] += amt.fen();
                ++m.entries;
            }
        } else if (kind < 75) {
            const std::int64_t drawer = m.bal[std::string(acct::CashDrawer)];
            if (drawer == 0)
                continue;
            const auto amt = Money::fromFen(pick(1, drawer));
            ASSERT_TRUE(days.bankDeposit(m_agent, op, amt, "bank").ok());
            m.bal[std::string(acct::CashDrawer)] -= amt.fen();
            m.bal[std::string(acct::Bank)] += amt.fen();
            ++m.entries;
        } else if (kind < 90 && !history.empty()) {
            // Replay an earlier op id: same content returns the first result and writes nothing.
            auto& [id, replay] = history[static_cast<std::size_t>(pick(0, static_cast<std::int64_t>(history.size()) - 1))];
            EXPECT_TRUE(replay()) << id;
            EXPECT_EQ(days.cashIn(m_agent, id, Money::fromFen(1), "different").error().code, Errc::OpIdConflict);
            ++replays;
        } else if (kind < 97) {
            // Invalid input of several kinds: refused, nothing written.
            EXPECT_FALSE(days.cashOut(m_agent, op, Money::fromFen(-pick(1, 100)), "neg").ok());
            EXPECT_FALSE(days.cashIn(m_agent, op, Money::fromFen(5), "").ok());
            ++refusals;
        } else {
            Money rest;
            const std::int64_t drawer = m.bal[std::string(acct::CashDrawer)];
            const std::int64_t v = pick(-3, 3) * 10;
            auto count = greedyCount(Money::fromFen(std::max<std::int64_t>(0, drawer + v)), rest);
            const std::int64_t counted = countTotal(count)->fen();
            auto r = days.closeDay(m_agent, op, count, counted == drawer ? "" : "diff", std::nullopt);
            ASSERT_TRUE(r.ok()) << r.error().detail;
            if (counted != drawer) {
                m.bal[std::string(acct::CashDrawer)] += counted - drawer;
                m.bal[std::string(acct::CashOverShort)] -= counted - drawer;
                ++m.entries;
            }
            m.open = false;
            m.everClosed = true;
            m_clock.advance(hours(pick(8, 30)));
        }
        ASSERT_EQ(m_svc->ledger().entryCount(), m.entries) << "step " << i;
        ASSERT_EQ(days.drawerBalance().fen(), m.bal[std::string(acct::CashDrawer)]) << "step " << i;
        ASSERT_GE(days.drawerBalance().fen(), 0);
        (void)before;
    }
    Money total;
    for (const auto& b : m_svc->ledger().balances()) {
        total += b.balance;
        EXPECT_EQ(b.balance.fen(), m.bal[b.account.code]) << b.account.code;
    }
    EXPECT_TRUE(total.isZero());
    const auto findings = m_svc->ledger().verify();
    EXPECT_TRUE(findings.empty()) << findings.front().check << ": " << findings.front().detail;
    EXPECT_GT(replays, 1000);
    EXPECT_GT(refusals, 1000);
    RecordProperty("operations", ops);
}

}  // namespace
