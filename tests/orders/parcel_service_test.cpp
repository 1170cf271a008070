// Parcels: announced and arrived through events, or scanned in first; pickup by code or the last
// four digits; unclaimed after N days; return to sender and the refund that follows.

#include "sync_fixture.h"

#include "core/uuid.h"

using namespace cz;
using namespace cz::test;
using namespace std::chrono;

namespace {

class Parcels : public SyncFixture {
protected:
    void SetUp() override
    {
        SyncFixture::SetUp();
        syncUntilClean();
        m_orderId = placeOrders(1).front();
        syncUntilClean();
        m_market->advance(120 + 4 * 3600);  // accepted, then shipped
        syncUntilClean();
    }
    std::string m_orderId;
};

TEST_F(Parcels, AnnouncedOnShipmentArrivedByEventPickedUpByPhoneLast4)
{
    auto expected = m_svc->parcels().expected();
    ASSERT_EQ(expected.size(), 1u);
    EXPECT_EQ(expected[0].orderId, m_orderId);
    m_market->advance(36 * 3600);
    syncUntilClean();
    auto waiting = m_svc->parcels().waiting();
    ASSERT_EQ(waiting.size(), 1u);
    EXPECT_EQ(m_svc->orders().order(m_orderId)->state, OrderState::Arrived);
    // The courier's scan puts it on a shelf.
    auto slip = m_svc->parcels().scanArrival(m_agent, newUuid(), waiting[0].trackingNo, {});
    ASSERT_TRUE(slip.ok()) << slip.error().detail;
    EXPECT_EQ(slip->parcel.shelfSlot, "A-01");
    EXPECT_GT(slip->receiptNumber, 0);
    EXPECT_EQ(m_svc->parcels().scanArrival(m_agent, newUuid(), waiting[0].trackingNo, {}).error().code, Errc::Conflict);
    // The villager gives the last four digits of the phone.
    auto found = m_svc->parcels().findForPickup("1234");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(m_svc->parcels().findForPickup("9999").empty());
    EXPECT_EQ(m_svc->parcels().findForPickup(found[0].pickupCode).size(), 1u);
    auto picked = m_svc->parcels().pickUp(m_agent, newUuid(), found[0].parcelKey, {});
    ASSERT_TRUE(picked.ok()) << picked.error().detail;
    EXPECT_EQ(m_svc->orders().order(m_orderId)->state, OrderState::PickedUp);
    EXPECT_TRUE(m_svc->parcels().findForPickup("1234").empty());
    EXPECT_EQ(m_svc->parcels().pickUp(m_agent, newUuid(), found[0].parcelKey, {}).error().code, Errc::Conflict);
    // The marketplace hears of it and credits the commission after the return window.
    syncUntilClean();
    m_market->advance(2 * 3600);
    syncUntilClean();
    EXPECT_LT(m_svc->ledger().balance(acct::OrderCommissionIncome).fen(), 0);  // income is a credit
    EXPECT_EQ(stationWallet(), serverWallet());
}

TEST_F(Parcels, ScannedBeforeTheEventAndUnclaimedAfterSevenDays)
{
    const std::string tracking = m_svc->parcels().expected().front().trackingNo;
    auto slip = m_svc->parcels().scanArrival(m_agent, newUuid(), tracking, {});
    ASSERT_TRUE(slip.ok());
    EXPECT_EQ(m_svc->orders().order(m_orderId)->state, OrderState::Arrived);
    m_market->advance(36 * 3600);
    syncUntilClean();  // the event finds the parcel already on its shelf
    auto waiting = m_svc->parcels().waiting();
    ASSERT_EQ(waiting.size(), 1u);
    EXPECT_EQ(waiting[0].shelfSlot, slip->parcel.shelfSlot);
    EXPECT_FALSE(waiting[0].marketParcelId.empty());
    EXPECT_FALSE(m_svc->parcels().isUnclaimed(waiting[0]));
    m_clock.advance(hours(24 * 7 + 1));
    EXPECT_TRUE(m_svc->parcels().isUnclaimed(waiting[0]));
    // An unknown parcel can be registered too.
    auto stray = m_svc->parcels().scanArrival(m_agent, newUuid(), "SF1234567890", {});
    ASSERT_TRUE(stray.ok());
    EXPECT_TRUE(stray->parcel.orderId.empty());
    EXPECT_EQ(m_svc->parcels().scanArrival(m_agent, newUuid(), "12", {}).error().code, Errc::InvalidInput);
}

TEST_F(Parcels, ReturnedToSenderBringsTheRefundBack)
{
    m_market->advance(36 * 3600);
    syncUntilClean();
    const auto p = m_svc->parcels().waiting().front();
    EXPECT_EQ(m_svc->parcels().returnToSender(m_agent, newUuid(), p.parcelKey, "").error().code, Errc::NoteRequired);
    ASSERT_TRUE(m_svc->parcels().returnToSender(m_agent, newUuid(), p.parcelKey, "村民拒收").ok());
    syncUntilClean();
    m_market->advance(25 * 3600);
    syncUntilClean();
    const auto o = m_svc->orders().order(m_orderId);
    EXPECT_EQ(o->state, OrderState::RefundDue);
    EXPECT_EQ(o->refund, o->goods);
    EXPECT_EQ(m_svc->ledger().balance(acct::RefundsDue), -o->goods);
    EXPECT_EQ(stationWallet(), serverWallet());
}

}  // namespace
