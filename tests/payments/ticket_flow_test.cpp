// Train tickets against the in-process marketplace: search → book → issued → refunded with the
// railway's fee passed on in cash; a failed booking; the passenger's ID number kept only masked.

#include "payments_fixture.h"

#include "core/uuid.h"
#include "storage/outbox_store.h"

#include <SQLiteCpp/Statement.h>

using namespace cz;
using namespace cz::test;

namespace {

constexpr const char* kIdNumber = "410102199003071230";
constexpr std::int64_t kFee = 500;

class TicketFlow : public PaymentsFixture {
protected:
    void SetUp() override
    {
        PaymentsFixture::SetUp();
        syncUntilClean();
        loadReferenceData();
        setFee(kTicketFeeScope, kFee);
        openDayWith(1000);
    }

    /// A second-class seat on the first train from Zhengzhou to Kaifeng, `days` ahead.
    TicketPurchase purchase(int days = 3)
    {
        const std::string date = m_svc->context().today().plusDays(days).toString();
        auto found = online().trains("zhengzhou", "kaifeng", date);
        EXPECT_TRUE(found.ok()) << (found ? "" : found.error().detail);
        TicketPurchase req;
        if (!found || found->trains.empty())
            return req;
        const auto& t = found->trains.front();
        const auto seat = std::find_if(t.seats.begin(), t.seats.end(), [](const auto& s) { return s.seatClass == "second"; });
        EXPECT_NE(seat, t.seats.end());
        req.opId = newUuid();
        req.bookingId = newUuid();
        req.trainNo = t.trainNo;
        req.date = date;
        req.from = t.from;
        req.to = t.to;
        req.fromName = "郑州";
        req.toName = "开封";
        req.seatClass = seat->seatClass;
        req.seatName = seat->nameZh;
        req.departAtMs = t.departAtMs;
        req.arriveAtMs = t.arriveAtMs;
        req.price = seat->price;
        req.fee = m_payments->ticketFee(seat->price);
        req.tendered = Money::fromYuan(100);
        req.passengerName = "张桂兰";
        req.passengerIdNo = kIdNumber;
        return req;
    }

    /// Rows anywhere in the station's tables that contain the full ID number.
    std::int64_t placesHoldingTheIdNumber()
    {
        std::int64_t n = 0;
        for (const char* sql : {"SELECT count(*) FROM outbox WHERE payload LIKE '%' || ? || '%' OR result LIKE '%' || ? || '%'",
                                "SELECT count(*) FROM ticket_details WHERE passenger_id_masked LIKE '%' || ? || '%' OR ? = ''",
                                "SELECT count(*) FROM audit_log WHERE detail LIKE '%' || ? || '%' OR ? = ''",
                                "SELECT count(*) FROM receipts WHERE body LIKE '%' || ? || '%' OR ? = ''",
                                "SELECT count(*) FROM entries WHERE memo LIKE '%' || ? || '%' OR ? = ''",
                                "SELECT count(*) FROM sync_issues WHERE message LIKE '%' || ? || '%' OR ? = ''"}) {
            SQLite::Statement q(m_db->sql(), sql);
            q.bind(1, kIdNumber);
            q.bind(2, kIdNumber);
            q.executeStep();
            n += q.getColumn(0).getInt64();
        }
        return n;
    }
};

TEST_F(TicketFlow, SearchBookIssueAndRefundWithTheRailwaysFee)
{
    const auto req = purchase();
    ASSERT_FALSE(req.bookingId.empty());
    const std::int64_t a = req.price.fen();
    auto taken = m_payments->bookTicket(m_agent, req, m_texts);
    ASSERT_TRUE(taken.ok()) << taken.error().detail;
    EXPECT_EQ(postings(taken->entrySeq), (std::vector<Post>{{"1000", a + kFee}, {"2100", -a}, {"4000", -kFee}}));
    EXPECT_EQ(m_payments->payment(req.bookingId)->ticket->passengerIdMasked, "410102********1230");
    // Until the marketplace answers, the op (and only the op) carries the full number.
    EXPECT_EQ(placesHoldingTheIdNumber(), 1);

    syncUntilClean();
    EXPECT_EQ(placesHoldingTheIdNumber(), 0);
    m_market->advance(60);
    syncUntilClean();
    auto p = m_payments->payment(req.bookingId);
    ASSERT_EQ(p->state, PaymentState::Confirmed);
    EXPECT_EQ(p->reference.front(), 'E');
    EXPECT_EQ(postings(*m_payments->history(req.bookingId).back().entrySeq), (std::vector<Post>{{"2100", a}, {"1100", -a}}));
    auto confirm = m_payments->confirmationReceipt(m_agent, req.bookingId, m_texts);
    ASSERT_TRUE(confirm.ok());
    EXPECT_EQ(m_payments->receipt(*confirm)->qrPayload, p->reference);

    const std::string refundOp = newUuid();
    ASSERT_TRUE(m_payments->requestTicketRefund(m_agent, refundOp, req.bookingId).ok());
    ASSERT_TRUE(m_payments->requestTicketRefund(m_agent, refundOp, req.bookingId).ok());  // same request
    EXPECT_EQ(OutboxStore(*m_db).byRef(req.bookingId).size(), 2u);
    EXPECT_EQ(m_payments->payment(req.bookingId)->state, PaymentState::RefundRequested);
    syncUntilClean();
    m_market->advance(120);
    syncUntilClean();
    p = m_payments->payment(req.bookingId);
    ASSERT_EQ(p->state, PaymentState::RefundDue);
    const std::int64_t k = p->refundFee.fen();
    EXPECT_GE(k, 200);  // at least ¥2 this close to departure
    EXPECT_EQ(p->refundDue.fen(), a - k);
    EXPECT_EQ(postings(*m_payments->history(req.bookingId).back().entrySeq),
              (std::vector<Post>{{"1100", a - k}, {"2300", -(a - k)}}));
    EXPECT_EQ(stationWallet(), serverWallet());

    auto paid = m_payments->payRefund(m_agent, newUuid(), req.bookingId, m_texts);
    ASSERT_TRUE(paid.ok()) << paid.error().detail;
    EXPECT_EQ(postings(paid->entrySeq), (std::vector<Post>{{"2300", a - k}, {"1000", -(a - k)}}));
    EXPECT_TRUE(balance(acct::RefundsDue).isZero());
    EXPECT_TRUE(balance(acct::ServicesInTransit).isZero());
    EXPECT_EQ(balance(acct::ServiceFeeIncome).fen(), -kFee);  // the station's own fee stays earned
    EXPECT_EQ(placesHoldingTheIdNumber(), 0);
    EXPECT_TRUE(m_svc->ledger().verify().empty());
}

TEST_F(TicketFlow, AFailedBookingIsRefundedInFull)
{
    const auto req = purchase(5);
    const std::int64_t a = req.price.fen();
    ASSERT_TRUE(m_payments->bookTicket(m_agent, req, m_texts).ok());
    syncUntilClean();
    admin("/admin/stations/st-1/bookings/" + req.bookingId + "/fail", {{"reason_code", "sold_out"}, {"reason", "no seats"}});
    syncUntilClean();
    const auto p = m_payments->payment(req.bookingId);
    ASSERT_EQ(p->state, PaymentState::RefundDue);
    EXPECT_EQ(p->refundDue.fen(), a + kFee);
    EXPECT_EQ(postings(*m_payments->history(req.bookingId).back().entrySeq),
              (std::vector<Post>{{"2100", a}, {"4000", kFee}, {"2300", -(a + kFee)}}));
    // An unconfirmed ticket cannot be refunded through the marketplace.
    auto r = m_payments->requestTicketRefund(m_agent, newUuid(), req.bookingId);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::Conflict);
}

TEST_F(TicketFlow, AWrongIdNumberIsRefusedBeforeAnyCash)
{
    auto req = purchase();
    req.passengerIdNo = "410102199003071231";  // check character wrong
    const auto before = entries();
    auto r = m_payments->bookTicket(m_agent, req, m_texts);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::InvalidInput);
    EXPECT_EQ(r.error().detail.find("41010219900307"), std::string::npos);  // never echoed
    req.passengerIdNo = kIdNumber;
    req.passengerName = "";
    EXPECT_FALSE(m_payments->bookTicket(m_agent, req, m_texts).ok());
    EXPECT_EQ(entries(), before);
    EXPECT_EQ(outboxTotal(), 0);
}

TEST_F(TicketFlow, AFareTheMarketplaceNoLongerHasIsRefusedAndRefunded)
{
    auto req = purchase();
    req.price = req.price + Money::fromFen(50);
    req.fee = m_payments->ticketFee(req.price);
    ASSERT_TRUE(m_payments->bookTicket(m_agent, req, m_texts).ok());
    syncUntilClean();
    const auto p = m_payments->payment(req.bookingId);
    EXPECT_EQ(p->state, PaymentState::RefundDue);
    EXPECT_NE(p->reason.find("fare_mismatch"), std::string::npos);
    EXPECT_EQ(placesHoldingTheIdNumber(), 0);  // a refused op forgets the number too
}

}  // namespace
