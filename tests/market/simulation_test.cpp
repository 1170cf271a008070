// The simulated marketplace, driven by the admin clock: cash orders from placement to commission,
// and every way an order can go wrong, with the wallet checked to the fen.

#include "market_fixture.h"

#include <map>

namespace cz::market::test {
namespace {

using SimulationTest = MarketTest;

TEST_F(SimulationTest, OrderIsAcceptedShippedArrivesAndEarnsCommission)
{
    const auto orderId = uuid();
    const auto payload = orderPayload(orderId, 3, 2);
    const auto total = payload.at("goods_total_fen").get<std::int64_t>();
    ASSERT_EQ(pushOne(op("order.place", payload)).at("status"), 200);

    advance(59);
    EXPECT_TRUE(eventsOfType("order.accepted").empty());
    EXPECT_EQ(balance(), 100'000);
    advance(1);
    const auto accepted = eventsOfType("order.accepted");
    ASSERT_EQ(accepted.size(), 1U);
    EXPECT_EQ(accepted[0].at("data").at("order_id"), orderId);
    EXPECT_EQ(accepted[0].at("data").at("amount_fen"), total);
    EXPECT_EQ(accepted[0].at("occurred_at"), kStartMs + 60'000);
    EXPECT_EQ(accepted[0].at("data").at("market_order_no").get<std::string>().substr(0, 6), "TB2024");
    EXPECT_EQ(balance(), 100'000 - total);

    advance(4 * 3600);
    const auto shipped = eventsOfType("order.shipped");
    ASSERT_EQ(shipped.size(), 1U);
    const std::string tracking = shipped[0].at("data").at("tracking_no");
    EXPECT_FALSE(shipped[0].at("data").at("carrier").get<std::string>().empty());
    EXPECT_TRUE(eventsOfType("order.arrived").empty());

    advance(36 * 3600);
    const auto arrived = eventsOfType("order.arrived");
    ASSERT_EQ(arrived.size(), 1U);
    EXPECT_EQ(arrived[0].at("data").at("tracking_no"), tracking);
    const std::string parcelId = arrived[0].at("data").at("parcel_id");

    const auto pickup = pushOne(op("parcel.picked_up", {{"parcel_id", parcelId}}));
    ASSERT_EQ(pickup.at("status"), 200) << pickup;
    advance(3599);
    EXPECT_TRUE(eventsOfType("commission.credited").empty());
    advance(1);
    const auto commission = eventsOfType("commission.credited");
    ASSERT_EQ(commission.size(), 1U);
    const std::int64_t expected = (total * 300 + 5000) / 10000; // 3 %, half up
    EXPECT_EQ(commission[0].at("data").at("amount_fen"), expected);
    EXPECT_EQ(balance(), 100'000 - total + expected);

    // Nothing else happens, however long we wait; the wallet was debited exactly once.
    const auto before = allEvents().size();
    advance(30 * 24 * 3600);
    EXPECT_EQ(allEvents().size(), before);
    EXPECT_EQ(balance(), replayWallet(allEvents()));
    EXPECT_EQ(adminGet(adminPath("/orders/" + orderId)).body.at("state"), "completed");
    EXPECT_EQ(adminGet(adminPath("/parcels/" + parcelId)).body.at("state"), "picked_up");

    const auto st = get("/v1/wallet/statement");
    ASSERT_EQ(st.status, 200);
    const auto& lines = st.body.at("lines");
    ASSERT_EQ(lines.size(), 3U);
    EXPECT_EQ(lines[1].at("kind"), "order_debit");
    EXPECT_EQ(lines[1].at("amount_fen"), -total);
    EXPECT_EQ(lines[1].at("ref_id"), orderId);
    EXPECT_EQ(lines[1].at("event_id"), accepted[0].at("event_id"));
    EXPECT_EQ(lines[2].at("balance_after_fen"), balance());
}

TEST_F(SimulationTest, OrderIsRejectedWhenTheWalletCannotCoverIt)
{
    const std::string poorToken = "poor-station-token-000";
    ASSERT_EQ(adminPost("/admin/stations", {{"station_id", "poor"}, {"token", poorToken}, {"wallet_fen", 100}}).status,
              201);
    const auto orderId = uuid();
    ASSERT_EQ(pushOne(op("order.place", orderPayload(orderId, 0, 5)), poorToken).at("status"), 200);
    advance(3600);
    const auto rejected = eventsOfType("order.rejected", poorToken);
    ASSERT_EQ(rejected.size(), 1U);
    EXPECT_EQ(rejected[0].at("data").at("reason_code"), "insufficient_funds");
    EXPECT_TRUE(eventsOfType("order.accepted", poorToken).empty());
    EXPECT_EQ(balance(poorToken), 100);
    EXPECT_EQ(get("/v1/wallet/statement", poorToken).body.at("lines").size(), 1U);
    advance(7 * 24 * 3600);
    EXPECT_TRUE(eventsOfType("order.shipped", poorToken).empty());
}

TEST_F(SimulationTest, RejectRateAndVanishedProductsRejectOrders)
{
    const auto a = uuid();
    const auto b = uuid();
    ASSERT_EQ(pushOne(op("order.place", orderPayload(a, 5, 1))).at("status"), 200);
    ASSERT_EQ(
        adminPost("/admin/catalog/products/" + product(5).at("product_id").get<std::string>(), {{"deleted", true}})
            .status,
        200);
    advance(60);
    setRates({{"order_reject_rate", 1.0}});
    ASSERT_EQ(pushOne(op("order.place", orderPayload(b, 6, 1))).at("status"), 200);
    advance(60);
    std::map<std::string, std::string> reasons;
    for (const auto& e : eventsOfType("order.rejected"))
        reasons[e.at("data").at("order_id")] = e.at("data").at("reason_code");
    EXPECT_EQ(reasons[a], "product_unavailable");
    EXPECT_EQ(reasons[b], "out_of_stock");
    EXPECT_EQ(balance(), 100'000);
}

TEST_F(SimulationTest, CancellingAnAcceptedOrderRefundsTheWallet)
{
    const auto orderId = uuid();
    const auto payload = orderPayload(orderId, 2, 3);
    ASSERT_EQ(pushOne(op("order.place", payload)).at("status"), 200);
    advance(60);
    ASSERT_EQ(balance(), 100'000 - payload.at("goods_total_fen").get<std::int64_t>());
    const auto r = pushOne(op("order.cancel", {{"order_id", orderId}}));
    ASSERT_EQ(r.at("status"), 200) << r;
    const auto cancelled = eventsOfType("order.cancelled");
    ASSERT_EQ(cancelled.size(), 1U);
    EXPECT_EQ(cancelled[0].at("data").at("refund_fen"), payload.at("goods_total_fen"));
    EXPECT_EQ(balance(), 100'000);
    advance(5 * 24 * 3600);
    EXPECT_TRUE(eventsOfType("order.shipped").empty());
}

TEST_F(SimulationTest, ForcedOutcomes)
{
    const auto rejected = uuid();
    const auto returned = uuid();
    ASSERT_EQ(pushOne(op("order.place", orderPayload(rejected, 0, 1))).at("status"), 200);
    ASSERT_EQ(pushOne(op("order.place", orderPayload(returned, 1, 1))).at("status"), 200);
    const auto r = adminPost(adminPath("/orders/" + rejected + "/reject"), {{"reason_code", "risk_control"}});
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(adminPost(adminPath("/orders/" + rejected + "/reject")).status, 409);
    EXPECT_EQ(adminPost(adminPath("/orders/" + uuid() + "/reject")).status, 404);
    EXPECT_EQ(adminPost(adminPath("/orders/" + returned + "/return")).status, 409); // not accepted yet
    advance(2 * 24 * 3600);
    const auto arrived = eventsOfType("order.arrived");
    ASSERT_EQ(arrived.size(), 1U);
    ASSERT_EQ(adminPost(adminPath("/orders/" + returned + "/return")).status, 200);
    const auto ret = eventsOfType("order.returned");
    ASSERT_EQ(ret.size(), 1U);
    EXPECT_EQ(ret[0].at("data").at("refund_fen"), product(1).at("price_fen"));
    EXPECT_EQ(eventsOfType("order.rejected").at(0).at("data").at("reason_code"), "risk_control");
    EXPECT_EQ(balance(), 100'000);
    const auto pick = pushOne(op("parcel.picked_up", {{"parcel_id", arrived[0].at("data").at("parcel_id")}}));
    EXPECT_EQ(pick.at("error").at("code"), "parcel_not_at_station");
}

TEST_F(SimulationTest, AVillagerReturnsAParcelBeforeTheWindowCloses)
{
    const auto orderId = uuid();
    const auto payload = orderPayload(orderId, 4, 1);
    ASSERT_EQ(pushOne(op("order.place", payload)).at("status"), 200);
    advance(2 * 24 * 3600);
    const std::string parcelId = eventsOfType("order.arrived").at(0).at("data").at("parcel_id");
    ASSERT_EQ(pushOne(op("parcel.picked_up", {{"parcel_id", parcelId}})).at("status"), 200);
    ASSERT_EQ(pushOne(op("parcel.return", {{"parcel_id", parcelId}})).at("status"), 200);
    advance(24 * 3600);
    const auto ret = eventsOfType("order.returned");
    ASSERT_EQ(ret.size(), 1U);
    EXPECT_EQ(ret[0].at("data").at("refund_fen"), payload.at("goods_total_fen"));
    EXPECT_TRUE(eventsOfType("commission.credited").empty());
    EXPECT_EQ(balance(), 100'000);
    EXPECT_EQ(pushOne(op("parcel.return", {{"parcel_id", parcelId}})).at("error").at("code"), "parcel_not_returnable");
}

TEST_F(SimulationTest, AdvanceIsBounded)
{
    EXPECT_EQ(adminPost("/admin/advance", {{"seconds", -1}}).status, 422);
    EXPECT_EQ(adminPost("/admin/advance", {{"seconds", 1.5}}).status, 422);
    EXPECT_EQ(adminPost("/admin/advance", json::object()).status, 422);
    advance(0);
    EXPECT_EQ(adminGet("/admin/clock").body.at("now"), kStartMs);
    EXPECT_EQ(adminPost("/admin/rates", {{"order_reject_rate", 2}}).status, 422);
    EXPECT_EQ(adminPost("/admin/rates", {{"nonsense", 2}}).status, 422);
}

} // namespace
} // namespace cz::market::test
