// Fault switches: each does what it says, to the requests it is meant for, as often as asked —
// and the effects that matter for idempotency (committed or not) are what the protocol promises.

#include "market_fixture.h"

#include <chrono>
#include <set>

namespace cz::market::test {
namespace {

using FaultsTest = MarketTest;
using Clock = std::chrono::steady_clock;

std::int64_t msSince(Clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t).count();
}

TEST_F(FaultsTest, LatencyDelaysTheResponse)
{
    setFaults({{{"kind", "latency"}, {"ms", 250}, {"paths", {"/v1/wallet"}}}});
    auto t = Clock::now();
    EXPECT_EQ(get("/v1/wallet").status, 200);
    EXPECT_GE(msSince(t), 250);
    t = Clock::now();
    EXPECT_EQ(get("/v1/events").status, 200); // another path: not delayed
    EXPECT_LT(msSince(t), 200);
}

TEST_F(FaultsTest, InjectedErrorsDoNotProcessTheRequest)
{
    setFaults({{{"kind", "error"}, {"status", 503}, {"retry_after_s", 7}, {"paths", {"/v1/ops"}}}});
    const auto orderId = uuid();
    const auto o = op("order.place", orderPayload(orderId, 0, 1));
    const auto r = post("/v1/ops", {{"ops", {o}}});
    EXPECT_EQ(r.status, 503);
    EXPECT_EQ(r.body.at("error").at("code"), "unavailable");
    EXPECT_EQ(r.headers.find("Retry-After")->second, "7");
    EXPECT_EQ(adminGet(std::string("/admin/stations/") + kStation + "/orders/" + orderId).status, 404);
    ASSERT_EQ(adminDelete("/admin/faults").status, 200);
    EXPECT_EQ(pushOne(o).at("status"), 200); // the retry is the first time the server sees the op
}

TEST_F(FaultsTest, TooManyRequestsCarriesRetryAfter)
{
    setFaults({{{"kind", "error"}, {"status", 429}, {"max_count", 2}}});
    for (int i = 0; i < 2; ++i) {
        const auto r = get("/v1/wallet");
        EXPECT_EQ(r.status, 429);
        EXPECT_EQ(r.body.at("error").at("code"), "rate_limited");
        EXPECT_EQ(r.headers.find("Retry-After")->second, "1");
    }
    EXPECT_EQ(get("/v1/wallet").status, 200); // budget spent
    const auto described = adminGet("/admin/faults").body.at("faults").at(0);
    EXPECT_EQ(described.at("fired"), 2);
    EXPECT_EQ(adminGet("/admin/clock").status, 200); // the admin API is never faulted
}

TEST_F(FaultsTest, DroppedResponseStillCommitsAndTheRetryIsIdempotent)
{
    setFaults({{{"kind", "drop_response"}, {"paths", {"/v1/ops"}}, {"max_count", 1}}});
    const auto orderId = uuid();
    const auto o = op("order.place", orderPayload(orderId, 2, 1));
    const auto lost = post("/v1/ops", {{"ops", {o}}});
    EXPECT_EQ(lost.status, 0) << "the client must not get a complete response";
    // The op was applied before the connection died …
    EXPECT_EQ(adminGet(std::string("/admin/stations/") + kStation + "/orders/" + orderId).body.at("state"), "received");
    // … and the client's retry with the same op_id gets the stored result, not a second order.
    const auto retry = pushOne(o);
    EXPECT_EQ(retry.at("status"), 200);
    EXPECT_EQ(retry.at("result").at("ref_id"), orderId);
    advance(60);
    EXPECT_EQ(eventsOfType("order.accepted").size(), 1U);
}

TEST_F(FaultsTest, TruncatedBodyIsNotAResponse)
{
    setFaults({{{"kind", "truncate_body"}, {"paths", {"/v1/events"}}}});
    const auto r = get("/v1/events");
    EXPECT_EQ(r.status, 0);
    // A raw read shows the declared length and a shorter body.
    httplib::Client c("127.0.0.1", m_server->port());
    std::string got;
    const auto res = c.Get("/v1/events", {{"Authorization", std::string("Bearer ") + kToken}},
                           [&got](const char* data, std::size_t n) {
                               got.append(data, n);
                               return true;
                           });
    EXPECT_FALSE(res);
    EXPECT_FALSE(got.empty());
    EXPECT_TRUE(json::parse(got, nullptr, false).is_discarded());
}

TEST_F(FaultsTest, MalformedJsonIsAComplete200WithGarbage)
{
    setFaults({{{"kind", "malformed_json"}, {"paths", {"/v1/catalog"}}}});
    const auto r = get("/v1/catalog?limit=5");
    EXPECT_EQ(r.status, 200);
    EXPECT_FALSE(r.raw.empty());
    EXPECT_TRUE(r.body.is_null()) << "the body must not parse";
}

TEST_F(FaultsTest, OversizedBodyHasTheRequestedSize)
{
    setFaults({{{"kind", "oversize_body"}, {"bytes", 3 * 1024 * 1024}, {"paths", {"/v1/wallet"}}}});
    const auto r = get("/v1/wallet");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.raw.size(), 3U * 1024 * 1024);
    EXPECT_TRUE(r.body.is_object());
    EXPECT_TRUE(r.body.contains("padding"));
}

TEST_F(FaultsTest, SlowBodyTricklesButArrivesWhole)
{
    setFaults({{{"kind", "slow_body"}, {"chunk_bytes", 16}, {"interval_ms", 10}, {"paths", {"/v1/wallet"}}}});
    const auto t = Clock::now();
    const auto r = get("/v1/wallet");
    const auto elapsed = msSince(t);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.body.at("balance_fen"), 100'000);
    const auto chunks = static_cast<std::int64_t>((r.raw.size() + 15) / 16);
    EXPECT_GE(elapsed, (chunks - 1) * 10);
}

TEST_F(FaultsTest, DuplicatedEventPagesDedupeToTheSameFeed)
{
    for (int i = 0; i < 6; ++i)
        ASSERT_EQ(adminPost(std::string("/admin/stations/") + kStation + "/wallet/credit",
                            {{"amount_fen", 10 + i}, {"method", "bank"}, {"reference", "t" + std::to_string(i)}})
                      .status,
                  200);
    const auto clean = allEvents();
    setFaults({{{"kind", "duplicate_events"}, {"repeat", 2}}});
    std::vector<json> seen;
    std::set<std::string> ids;
    std::vector<json> deduped;
    std::string cursor;
    for (;;) {
        const auto r = get("/v1/events?limit=3" + (cursor.empty() ? std::string() : "&after=" + cursor));
        ASSERT_EQ(r.status, 200);
        for (const auto& e : r.body.at("events")) {
            seen.push_back(e);
            if (ids.insert(e.at("event_id")).second)
                deduped.push_back(e);
        }
        cursor = r.body.at("next_cursor");
        if (!r.body.at("has_more").get<bool>())
            break;
    }
    EXPECT_GT(seen.size(), clean.size());
    EXPECT_EQ(deduped, clean);
}

TEST_F(FaultsTest, FractionsAreSeededAndPathsLimitTheBlastRadius)
{
    setFaults({{{"kind", "error"}, {"status", 500}, {"fraction", 0.5}, {"paths", {"/v1/wallet"}}}});
    int failures = 0;
    for (int i = 0; i < 60; ++i) {
        const auto r = get("/v1/wallet");
        if (r.status == 500) {
            ++failures;
            EXPECT_EQ(r.body.at("error").at("code"), "internal_error");
        } else {
            EXPECT_EQ(r.status, 200);
        }
        EXPECT_EQ(get("/v1/billers").status, 200);
    }
    EXPECT_GT(failures, 10);
    EXPECT_LT(failures, 50);
    EXPECT_EQ(adminGet("/admin/faults").body.at("faults").at(0).at("fired"), failures);
    EXPECT_EQ(adminPost("/admin/faults", {{"faults", {{{"kind", "error"}, {"status", 404}}}}}).status, 422);
    EXPECT_EQ(adminPost("/admin/faults", {{"faults", {{{"kind", "latency"}}}}}).status, 422);
}

class ConfiguredFaultsTest : public MarketTest {
protected:
    void configure(MarketConfig& cfg) override
    {
        cfg.faults.push_back(faultRuleFromSpec("error:status=502,paths=/v1/billers|/v1/trains/cities"));
        cfg.rateLimitPerSecond = 2;
    }
};

TEST_F(ConfiguredFaultsTest, FaultsAndRateLimitsFromTheConfiguration)
{
    EXPECT_EQ(get("/v1/billers").status, 502);
    EXPECT_EQ(get("/v1/trains/cities").status, 502);
    int limited = 0;
    for (int i = 0; i < 10; ++i) {
        const auto r = get("/v1/wallet");
        if (r.status == 429) {
            ++limited;
            EXPECT_GE(std::stoi(r.headers.find("Retry-After")->second), 1);
        }
    }
    EXPECT_GT(limited, 0);
    EXPECT_THROW(faultRuleFromSpec("explode:fraction=1"), std::invalid_argument);
    EXPECT_THROW(faultRuleFromSpec("error:fraction"), std::invalid_argument);
    EXPECT_THROW(faultRuleFromSpec("latency:ms=abc"), std::invalid_argument);
}

} // namespace
} // namespace cz::market::test
