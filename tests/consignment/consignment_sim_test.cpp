// The simulator's consignment traffic keeps the ledger verifiable and every farmer's account equal
// to their sales minus their payouts.

#include "consignment_test_support.h"

#include "services/consignment/consignment_sim.h"

#include <random>

namespace cz::test {
namespace {

class ConsignmentSimTest : public ConsignmentFixture {};

TEST_F(ConsignmentSimTest, DaysOfTrafficAddUp)
{
    openDayWith(3000);
    std::mt19937_64 rng(11);
    ConsignmentSimReport total;
    for (int day = 0; day < 6; ++day) {
        auto r = simulateConsignment(*m_svc, m_agent, rng);
        ASSERT_TRUE(r.ok()) << r.error().detail;
        total.sales += r->sales;
        total.payouts += r->payouts;
        total.listings += r->listings;
    }
    EXPECT_EQ(total.listings, 6);
    EXPECT_GT(total.sales, 0);
    auto farmers = m_cs->findFarmers("", 100);
    ASSERT_TRUE(farmers.ok());
    for (const auto& f : *farmers) {
        Money shares;
        for (const auto& s : m_cs->salesOfFarmer(f.id))
            shares += s.record.farmer;
        Money paid;
        for (const auto& p : m_cs->payouts(f.id))
            paid += p.amount;
        EXPECT_EQ(m_cs->owed(f.id), shares - paid) << f.name;
    }
    EXPECT_TRUE(balance("1300").isZero());  // every simulated sale settled
    EXPECT_TRUE(m_svc->ledger().verify().empty());
}

}  // namespace
}  // namespace cz::test
