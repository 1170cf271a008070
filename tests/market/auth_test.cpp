// Authentication: each station is identified by its own bearer token; the admin API has its own.

#include "market_fixture.h"

namespace cz::market::test {
namespace {

using AuthTest = MarketTest;

TEST_F(AuthTest, HealthNeedsNoToken)
{
    const auto r = get("/v1/health", "");
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.body.at("status"), "ok");
    EXPECT_EQ(r.body.at("now"), kStartMs);
}

TEST_F(AuthTest, MissingTokenIs401WithChallenge)
{
    const auto r = get("/v1/wallet", "");
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.body.at("error").at("code"), "missing_token");
    const auto it = r.headers.find("WWW-Authenticate");
    ASSERT_NE(it, r.headers.end());
    EXPECT_EQ(it->second.rfind("Bearer", 0), 0U);
}

TEST_F(AuthTest, UnknownTokenIs401)
{
    for (const auto* path : {"/v1/wallet", "/v1/events", "/v1/catalog", "/v1/billers"}) {
        const auto r = get(path, "not-a-station-token-at-all");
        EXPECT_EQ(r.status, 401) << path;
        EXPECT_EQ(r.body.at("error").at("code"), "invalid_token") << path;
    }
    const auto r
        = post("/v1/ops", {{"ops", json::array({op("order.cancel", {{"order_id", uuid()}})})}}, "nope-nope-nope-nope");
    EXPECT_EQ(r.status, 401);
}

TEST_F(AuthTest, WrongSchemeIsRejected)
{
    const auto r = request(m_server->port(), "GET", "/v1/wallet", "", "");
    EXPECT_EQ(r.status, 401);
    httplib::Client c("127.0.0.1", m_server->port());
    const auto res = c.Get("/v1/wallet", {{"Authorization", std::string("Basic ") + kToken}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 401);
    EXPECT_NE(res->body.find("invalid_token"), std::string::npos);
}

TEST_F(AuthTest, AdminApiNeedsTheAdminToken)
{
    EXPECT_EQ(get("/admin/clock", kToken).status, 401);
    EXPECT_EQ(get("/admin/clock", "").status, 401);
    const auto r = adminGet("/admin/clock");
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.body.at("now"), kStartMs);
    // The admin token is not a station token.
    EXPECT_EQ(get("/v1/wallet", kAdminToken).status, 401);
}

TEST_F(AuthTest, StationsAreIsolatedByToken)
{
    const std::string token2 = "station-two-token-0002";
    const auto created = adminPost("/admin/stations", {{"station_id", "st-2"}, {"token", token2}, {"wallet_fen", 500}});
    ASSERT_EQ(created.status, 201) << created.raw;
    EXPECT_EQ(balance(token2), 500);
    EXPECT_EQ(balance(kToken), 100'000);
    // Each station sees only its own events.
    const auto e1 = allEvents(kToken);
    const auto e2 = allEvents(token2);
    ASSERT_EQ(e1.size(), 1U);
    ASSERT_EQ(e2.size(), 1U);
    EXPECT_NE(e1[0].at("event_id"), e2[0].at("event_id"));
    EXPECT_EQ(e2[0].at("data").at("amount_fen"), 500);
    // A station cannot act on another station's orders.
    const auto orderId = uuid();
    ASSERT_EQ(pushOne(op("order.place", orderPayload(orderId, 0, 1))).at("status"), 200);
    const auto r = pushOne(op("order.cancel", {{"order_id", orderId}}), token2);
    EXPECT_EQ(r.at("status"), 422);
    EXPECT_EQ(r.at("error").at("code"), "unknown_order");
}

TEST_F(AuthTest, DuplicateStationOrTokenIsRefused)
{
    EXPECT_EQ(adminPost("/admin/stations", {{"station_id", kStation}, {"token", "another-token-000000"}}).status, 409);
    EXPECT_EQ(adminPost("/admin/stations", {{"station_id", "st-9"}, {"token", kToken}}).status, 409);
    EXPECT_EQ(adminPost("/admin/stations", {{"station_id", "st 9"}, {"token", "another-token-000000"}}).status, 422);
    EXPECT_EQ(adminPost("/admin/stations", {{"station_id", "st-9"}, {"token", "short"}}).status, 422);
}

TEST_F(AuthTest, RotatedTokenReplacesTheOldOne)
{
    const std::string fresh = "station-one-token-rotated";
    ASSERT_EQ(adminPost(std::string("/admin/stations/") + kStation, {{"token", fresh}}).status, 200);
    EXPECT_EQ(get("/v1/wallet", kToken).status, 401);
    EXPECT_EQ(balance(fresh), 100'000);
}

class AdminDisabledTest : public MarketTest {
protected:
    void configure(MarketConfig& cfg) override { cfg.adminToken.clear(); }
};

TEST_F(AdminDisabledTest, AdminApiAnswers404)
{
    const auto r = adminGet("/admin/clock");
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(r.body.at("error").at("code"), "not_found");
}

} // namespace
} // namespace cz::market::test
