// Assisted services (no marketplace): the configurable price list, the sale's posting, its receipt,
// and the day's totals.

#include "payments_fixture.h"

#include "core/uuid.h"
#include "services/payments/payment_simulation.h"

using namespace cz;
using namespace cz::test;

namespace {

class Assisted : public PaymentsFixture {};

TEST_F(Assisted, ASaleIsFeeIncomeWithAReceiptAndOnTheDaysTotals)
{
    openDayWith(100);
    const auto list = m_payments->assistedServices();
    ASSERT_GE(list.size(), 4u);
    const auto print = std::find_if(list.begin(), list.end(), [](const auto& s) { return s.code == "print_copy"; });
    ASSERT_NE(print, list.end());
    EXPECT_EQ(print->price.fen(), 50);
    AssistedSale sale{newUuid(), "print_copy", 12, print->price, Money::fromYuan(10)};
    auto r = m_payments->sellAssisted(m_agent, sale, m_texts);
    ASSERT_TRUE(r.ok()) << r.error().detail;
    EXPECT_EQ(postings(r->entrySeq), (std::vector<Post>{{"1000", 600}, {"4000", -600}}));
    EXPECT_EQ(r->change.fen(), 400);
    EXPECT_FALSE(r->walletBefore.has_value());  // not paid from the wallet
    const auto slip = m_payments->receipt(r->receiptNumber);
    ASSERT_TRUE(slip.has_value());
    EXPECT_FALSE(slip->pending);
    ASSERT_FALSE(slip->lines.empty());
    EXPECT_EQ(slip->lines[0].quantity, "12页");
    EXPECT_EQ(m_payments->payment(sale.opId)->state, PaymentState::Done);
    EXPECT_EQ(outboxTotal(), 0);  // nothing for the marketplace

    const auto totals = m_payments->dayTotals(m_svc->context().today());
    ASSERT_EQ(totals.size(), 1u);
    EXPECT_EQ(totals[0].kind, PaymentKind::Assisted);
    EXPECT_EQ(totals[0].count, 1);
    EXPECT_EQ(totals[0].amount.fen(), 600);

    auto again = m_payments->sellAssisted(m_agent, sale, m_texts);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->replayed);
}

TEST_F(Assisted, ThePriceListIsTheSupervisorsAndAStalePriceIsRefused)
{
    openDayWith(100);
    AssistedServiceRecord s{"photo", "证件照", "ID photo", "张", Money::fromYuan(15), true, 0};
    auto denied = m_payments->setAssistedService(m_agent, s);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, Errc::NotAllowed);
    ASSERT_TRUE(m_payments->setAssistedService(m_supervisor, s).ok());
    EXPECT_EQ(m_payments->assistedServices().back().code, "photo");

    const auto before = entries();
    AssistedSale stale{newUuid(), "photo", 1, Money::fromYuan(12), Money::fromYuan(20)};
    auto r = m_payments->sellAssisted(m_agent, stale, m_texts);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::Conflict);
    s.active = false;
    ASSERT_TRUE(m_payments->setAssistedService(m_supervisor, s).ok());
    stale.price = Money::fromYuan(15);
    r = m_payments->sellAssisted(m_agent, stale, m_texts);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::NotFound);
    EXPECT_EQ(entries(), before);
    AssistedServiceRecord bad{"bad code!", "x", "", "", Money::fromYuan(1), true, 0};
    EXPECT_FALSE(m_payments->setAssistedService(m_supervisor, bad).ok());
}

TEST_F(Assisted, CashNeedsAnOpenDay)
{
    const auto list = m_payments->assistedServices();
    auto r = m_payments->sellAssisted(m_agent, {newUuid(), list[0].code, 1, list[0].price, list[0].price}, m_texts);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::DayNotOpen);
    EXPECT_EQ(paymentRows(), 0);
}

}  // namespace

namespace {

class SimulatedTraffic : public PaymentsFixture {};

TEST_F(SimulatedTraffic, EveryActionBalancesAndSettles)
{
    syncUntilClean();
    loadReferenceData();
    openDayWith(2000);
    std::mt19937_64 rng(42);
    int topUps = 0, refunds = 0, services = 0;
    for (int i = 0; i < 60; ++i) {
        auto r = simulatePayment(*m_payments, m_agent, rng);
        ASSERT_TRUE(r.ok()) << r.error().detail;
        topUps += *r == SimulatedPayment::TopUpPaid;
        refunds += *r == SimulatedPayment::TopUpRefunded;
        services += *r == SimulatedPayment::AssistedService;
    }
    EXPECT_GT(topUps, 0);
    EXPECT_GT(refunds, 0);
    EXPECT_GT(services, 0);
    EXPECT_TRUE(balance(acct::ServicesInTransit).isZero());
    EXPECT_TRUE(balance(acct::RefundsDue).isZero());
    EXPECT_TRUE(m_payments->open().empty());
    EXPECT_TRUE(m_svc->ledger().verify().empty());
}

}  // namespace
