// The simulated marketplace's money flows besides cash orders: consignment sales and buyers, bills
// and top-ups, train tickets, and the wallet statement that reconciles all of them.

#include "market/text_codec.h"
#include "market_fixture.h"

#include <map>
#include <set>

namespace cz::market::test {
namespace {

using MoneyFlowsTest = MarketTest;

TEST_F(MoneyFlowsTest, ConsignmentSaleIsSettledAfterDispatch)
{
    const auto listingId = uuid();
    ASSERT_EQ(pushOne(op("listing.publish", listingPayload(listingId, 1999, 10))).at("status"), 200);
    EXPECT_EQ(adminPost(adminPath("/listings/" + listingId + "/buy"), {{"quantity", 1}}).status,
              409); // not yet published
    advance(600);
    const auto published = eventsOfType("listing.published");
    ASSERT_EQ(published.size(), 1U);
    EXPECT_EQ(published[0].at("data").at("market_listing_no").get<std::string>().substr(0, 2), "CL");

    EXPECT_EQ(adminPost(adminPath("/listings/" + listingId + "/buy"), {{"quantity", 11}}).status, 409);
    ASSERT_EQ(adminPost(adminPath("/listings/" + listingId + "/buy"), {{"quantity", 3}}).status, 200);
    const auto sold = eventsOfType("listing.sold");
    ASSERT_EQ(sold.size(), 1U);
    const auto& d = sold[0].at("data");
    EXPECT_EQ(d.at("quantity"), 3);
    EXPECT_EQ(d.at("unit_price_fen"), 1999);
    EXPECT_EQ(d.at("gross_fen"), 5997);
    EXPECT_EQ(d.at("platform_fee_fen"), 300); // 5 % of 59.97 = 2.9985 → 3.00 half up
    const std::string saleId = d.at("sale_id");
    EXPECT_EQ(balance(), 100'000); // nothing is paid before dispatch and settlement

    ASSERT_EQ(pushOne(op("listing.update", {{"listing_id", listingId}, {"quantity", 4}, {"unit_price_fen", 2100}}))
                  .at("status"),
              200);
    ASSERT_EQ(pushOne(op("sale.dispatch", {{"sale_id", saleId}, {"courier", "sf"}, {"tracking_no", "SF1234567890123"}}))
                  .at("status"),
              200);
    EXPECT_EQ(pushOne(op("sale.dispatch", {{"sale_id", saleId}, {"courier", "sf"}, {"tracking_no", "SF1234567890123"}}))
                  .at("error")
                  .at("code"),
              "sale_not_dispatchable");
    advance(24 * 3600 - 1);
    EXPECT_TRUE(eventsOfType("sale.settled").empty());
    advance(1);
    const auto settled = eventsOfType("sale.settled");
    ASSERT_EQ(settled.size(), 1U);
    EXPECT_EQ(settled[0].at("data").at("amount_fen"), 5997 - 300);
    EXPECT_EQ(balance(), 100'000 + 5697);

    ASSERT_EQ(pushOne(op("listing.withdraw", {{"listing_id", listingId}})).at("status"), 200);
    EXPECT_EQ(pushOne(op("listing.update", {{"listing_id", listingId}, {"quantity", 1}})).at("error").at("code"),
              "listing_not_active");
    EXPECT_EQ(adminGet(adminPath("/listings/" + listingId)).body.at("quantity"), 4);
}

TEST_F(MoneyFlowsTest, ModerationCanRejectAListing)
{
    const auto a = uuid();
    setRates({{"listing_reject_rate", 1.0}});
    ASSERT_EQ(pushOne(op("listing.publish", listingPayload(a, 500, 5))).at("status"), 200);
    advance(600);
    const auto rejected = eventsOfType("listing.rejected");
    ASSERT_EQ(rejected.size(), 1U);
    EXPECT_EQ(rejected[0].at("data").at("listing_id"), a);
    EXPECT_TRUE(eventsOfType("listing.published").empty());
}

class BuyersTest : public MarketTest {
protected:
    /// Sales (listing, quantity) of a fixed scenario with random buyers.
    std::vector<std::pair<std::string, int>> scenario()
    {
        setRates({{"buyer_rate_per_hour", 0.5}, {"max_units_per_purchase", 3}});
        const char* ids[] = {"0c7e1a52-5a4e-4f0e-9a57-5b1f0e9f2c01", "0c7e1a52-5a4e-4f0e-9a57-5b1f0e9f2c02",
                             "0c7e1a52-5a4e-4f0e-9a57-5b1f0e9f2c03"};
        for (const auto* id : ids)
            EXPECT_EQ(pushOne(op("listing.publish", listingPayload(id, 800, 20))).at("status"), 200);
        advance(2 * 24 * 3600);
        std::vector<std::pair<std::string, int>> sales;
        for (const auto& e : eventsOfType("listing.sold"))
            sales.emplace_back(e.at("data").at("listing_id"), e.at("data").at("quantity").get<int>());
        return sales;
    }
};

TEST_F(BuyersTest, BuyersAreRandomButSeededAndNeverOversell)
{
    const auto first = scenario();
    EXPECT_GT(first.size(), 3U);
    std::map<std::string, int> units;
    for (const auto& [id, q] : first) {
        EXPECT_GE(q, 1);
        EXPECT_LE(q, 3);
        units[id] += q;
    }
    for (const auto& [id, total] : units)
        EXPECT_LE(total, 20);
    // A fresh marketplace with the same seed tells the same story.
    m_server.reset();
    m_server = std::make_unique<MarketServer>(m_cfg);
    m_server->start();
    EXPECT_EQ(scenario(), first);
}

TEST_F(MoneyFlowsTest, BillsAndTopUpsArePaidOrFailed)
{
    const auto due = get("/v1/bills/lookup?biller_id=sgcc-henan&account_no=4101234567");
    ASSERT_EQ(due.status, 200) << due.raw;
    const auto amount = due.body.at("amount_due_fen").get<std::int64_t>();
    EXPECT_GT(amount, 0);
    EXPECT_EQ(due.body.at("period"), "2024-06");
    EXPECT_NE(due.body.at("holder_name_masked").get<std::string>().find('*'), std::string::npos);

    const auto bill = uuid();
    const auto topup = uuid();
    ASSERT_EQ(pushOne(op("bill.pay",
                         {{"payment_id", bill},
                          {"biller_id", "sgcc-henan"},
                          {"account_no", "4101234567"},
                          {"amount_fen", amount}}))
                  .at("status"),
              200);
    ASSERT_EQ(pushOne(op("topup.pay",
                         {{"payment_id", topup}, {"carrier", "ctcc"}, {"phone", "18912345678"}, {"amount_fen", 5000}}))
                  .at("status"),
              200);
    advance(30);
    const auto paid = eventsOfType("bill.paid");
    ASSERT_EQ(paid.size(), 2U);
    EXPECT_EQ(paid[0].at("data").at("payment_id"), bill);
    EXPECT_EQ(paid[0].at("data").at("amount_fen"), amount);
    EXPECT_FALSE(paid[0].at("data").at("biller_ref").get<std::string>().empty());
    EXPECT_EQ(paid[1].at("data").at("amount_fen"), 5000);
    EXPECT_EQ(balance(), 100'000 - amount - 5000);
    EXPECT_EQ(get("/v1/bills/lookup?biller_id=sgcc-henan&account_no=4101234567").body.at("amount_due_fen"), 0);
    EXPECT_EQ(get("/v1/bills/lookup?biller_id=sgcc-henan&account_no=4101230000").status, 404);
    EXPECT_EQ(get("/v1/bills/lookup?biller_id=sgcc-henan&account_no=41").status, 422);
    EXPECT_EQ(get("/v1/bills/lookup?biller_id=sgcc-henan").status, 400);

    setRates({{"bill_fail_rate", 1.0}});
    const auto failing = uuid();
    const auto forced = uuid();
    ASSERT_EQ(
        pushOne(
            op("bill.pay",
               {{"payment_id", failing}, {"biller_id", "zz-water"}, {"account_no", "12345678"}, {"amount_fen", 3000}}))
            .at("status"),
        200);
    ASSERT_EQ(
        pushOne(
            op("bill.pay",
               {{"payment_id", forced}, {"biller_id", "zz-water"}, {"account_no", "12345679"}, {"amount_fen", 3000}}))
            .at("status"),
        200);
    ASSERT_EQ(adminPost(adminPath("/payments/" + forced + "/fail"), {{"reason", "account frozen"}}).status, 200);
    advance(30);
    const auto failed = eventsOfType("bill.failed");
    ASSERT_EQ(failed.size(), 2U);
    EXPECT_EQ(failed[0].at("data").at("payment_id"), forced);
    EXPECT_EQ(failed[0].at("data").at("reason"), "account frozen");
    EXPECT_EQ(failed[1].at("data").at("reason_code"), "biller_unavailable");
    EXPECT_EQ(balance(), 100'000 - amount - 5000);
}

TEST_F(MoneyFlowsTest, TicketIsIssuedAndRefundedWithTheRailwayFee)
{
    const std::string date = formatIsoDate(chinaDay(kStartMs) + 1);
    const auto trains = get("/v1/trains?from=zhengzhou&to=xuchang&date=" + date);
    ASSERT_EQ(trains.status, 200) << trains.raw;
    json chosen;
    json seat;
    for (const auto& t : trains.body.at("trains")) {
        for (const auto& s : t.at("seats")) {
            const bool inWindow = t.at("depart_at").get<std::int64_t>() > kStartMs + 25LL * 3'600'000;
            if (inWindow && s.at("seat_class") == "second" && s.at("available").get<int>() > 0 && chosen.is_null()) {
                chosen = t;
                seat = s;
            }
        }
    }
    ASSERT_FALSE(chosen.is_null());
    EXPECT_EQ(chosen.at("from"), "zhengzhou");
    const auto price = seat.at("price_fen").get<std::int64_t>();
    EXPECT_EQ(price % 50, 0);
    const auto booking = uuid();
    ASSERT_EQ(pushOne(op("ticket.book",
                         {{"booking_id", booking},
                          {"train_no", chosen.at("train_no")},
                          {"date", date},
                          {"from", "zhengzhou"},
                          {"to", "xuchang"},
                          {"seat_class", "second"},
                          {"passenger_name", "王秀英"},
                          {"passenger_id_no", "11010519491231002X"},
                          {"price_fen", price}}))
                  .at("status"),
              200);
    EXPECT_EQ(pushOne(op("ticket.refund", {{"booking_id", booking}})).at("error").at("code"), "ticket_not_refundable");
    advance(30);
    const auto issued = eventsOfType("ticket.issued");
    ASSERT_EQ(issued.size(), 1U);
    EXPECT_EQ(issued[0].at("data").at("amount_fen"), price);
    EXPECT_EQ(issued[0].at("data").at("eticket_no").get<std::string>().size(), 10U);
    EXPECT_EQ(get("/v1/trains?from=zhengzhou&to=xuchang&date=" + date).body.at("trains").size(),
              trains.body.at("trains").size());

    // Less than 48 h but more than 24 h before departure: 10 %, rounded to half a yuan, at least ¥2.
    const auto msBefore = chosen.at("depart_at").get<std::int64_t>() - (kStartMs + 30'000);
    ASSERT_GT(msBefore, 24LL * 3'600'000);
    ASSERT_LT(msBefore, 48LL * 3'600'000);
    ASSERT_EQ(pushOne(op("ticket.refund", {{"booking_id", booking}})).at("status"), 200);
    advance(60);
    const auto refunded = eventsOfType("ticket.refunded");
    ASSERT_EQ(refunded.size(), 1U);
    const auto fee = refunded[0].at("data").at("fee_fen").get<std::int64_t>();
    const std::int64_t raw = price / 10;
    const std::int64_t rest = raw % 100;
    const std::int64_t expectedFee = std::max<std::int64_t>(200,
                                                            raw / 100 * 100
                                                                + (rest >= 75       ? 100
                                                                       : rest >= 25 ? 50
                                                                                    : 0));
    EXPECT_EQ(fee, expectedFee);
    EXPECT_EQ(refunded[0].at("data").at("refund_fen"), price - fee);
    EXPECT_EQ(balance(), 100'000 - fee);
    EXPECT_EQ(balance(), replayWallet(allEvents()));
}

TEST_F(MoneyFlowsTest, EveryWalletMovementHasExactlyOneEvent)
{
    // A busy day: orders, a cancellation, a rejection, bills, a top-up, credits, a consignment sale.
    ASSERT_EQ(adminPost(adminPath("/wallet/credit"),
                        {{"amount_fen", 10'000'000}, {"method", "bank"}, {"reference", "transfer-1"}})
                  .status,
              200);
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(pushOne(op("order.place", orderPayload(uuid(), 10 + i, 1 + i))).at("status"), 200);
    const auto cancel = uuid();
    ASSERT_EQ(pushOne(op("order.place", orderPayload(cancel, 20, 1))).at("status"), 200);
    ASSERT_EQ(pushOne(op("bill.pay",
                         {{"payment_id", uuid()},
                          {"biller_id", "zhongyuan-gas"},
                          {"account_no", "123456789"},
                          {"amount_fen", 8800}}))
                  .at("status"),
              200);
    advance(120);
    ASSERT_EQ(pushOne(op("order.cancel", {{"order_id", cancel}})).at("status"), 200);
    const auto listingId = uuid();
    ASSERT_EQ(pushOne(op("listing.publish", listingPayload(listingId, 1234, 9))).at("status"), 200);
    advance(600);
    ASSERT_EQ(adminPost(adminPath("/listings/" + listingId + "/buy"), {{"quantity", 7}}).status, 200);
    const std::string saleId = eventsOfType("listing.sold").at(0).at("data").at("sale_id");
    ASSERT_EQ(pushOne(op("sale.dispatch", {{"sale_id", saleId}, {"courier", "zto"}, {"tracking_no", "75123456789012"}}))
                  .at("status"),
              200);
    advance(3 * 24 * 3600);
    for (const auto& e : eventsOfType("order.arrived"))
        ASSERT_EQ(pushOne(op("parcel.picked_up", {{"parcel_id", e.at("data").at("parcel_id")}})).at("status"), 200);
    advance(2 * 3600);

    const auto events = allEvents();
    EXPECT_EQ(balance(), replayWallet(events));
    const auto st = get("/v1/wallet/statement?limit=5000").body;
    std::map<std::string, std::string> typeOf;
    for (const auto& e : events)
        typeOf[e.at("event_id")] = e.at("type");
    std::int64_t sum = 0;
    std::set<std::string> seen;
    for (const auto& l : st.at("lines")) {
        sum += l.at("amount_fen").get<std::int64_t>();
        EXPECT_EQ(l.at("balance_after_fen"), sum);
        EXPECT_TRUE(typeOf.contains(l.at("event_id"))) << l;
        EXPECT_TRUE(seen.insert(l.at("event_id")).second) << "two movements share an event: " << l;
    }
    EXPECT_EQ(sum, balance());
    EXPECT_EQ(st.at("closing_balance_fen"), balance());
    EXPECT_EQ(eventsOfType("commission.credited").size(), 5U);
}

TEST_F(MoneyFlowsTest, StatementWindowsAndPages)
{
    for (int i = 1; i <= 4; ++i) {
        advance(3600);
        ASSERT_EQ(adminPost(adminPath("/wallet/credit"),
                            {{"amount_fen", i * 100}, {"method", "cash"}, {"reference", "r" + std::to_string(i)}})
                      .status,
                  200);
    }
    const auto from = kStartMs + 2 * 3'600'000;
    const auto to = kStartMs + 4 * 3'600'000;
    const auto w = get("/v1/wallet/statement?from=" + std::to_string(from) + "&to=" + std::to_string(to)).body;
    ASSERT_EQ(w.at("lines").size(), 2U);
    EXPECT_EQ(w.at("opening_balance_fen"), 100'000 + 100);
    EXPECT_EQ(w.at("closing_balance_fen"), 100'000 + 100 + 200 + 300);
    const auto p1 = get("/v1/wallet/statement?limit=2").body;
    ASSERT_EQ(p1.at("lines").size(), 2U);
    EXPECT_TRUE(p1.at("has_more").get<bool>());
    const auto p2
        = get("/v1/wallet/statement?limit=2&after_seq=" + std::to_string(p1.at("next_after_seq").get<int>())).body;
    ASSERT_EQ(p2.at("lines").size(), 2U);
    EXPECT_EQ(p2.at("lines")[0].at("seq"), 3);
    const auto p3 = get("/v1/wallet/statement?limit=2&after_seq=4").body;
    EXPECT_EQ(p3.at("lines").size(), 1U);
    EXPECT_FALSE(p3.at("has_more").get<bool>());
    EXPECT_EQ(get("/v1/wallet/statement?from=5&to=4").status, 400);
}

} // namespace
} // namespace cz::market::test
