#pragma once
// A reference marketplace running in-process on a free loopback port, with one station and an
// admin token, plus small helpers to talk to it the way a station does.

#include "market/market_server.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cz::market::test {

using nlohmann::json;

/// 2024-06-01 08:00 Beijing time: every test starts its simulated clock here.
inline constexpr std::int64_t kStartMs = 1'717'200'000'000;
inline constexpr const char* kStation = "st-1";
inline constexpr const char* kToken = "station-one-token-0001";
inline constexpr const char* kAdminToken = "admin-token-for-tests";

struct Http final {
    int status = 0; ///< 0: no (complete) response
    json body; ///< parsed body, or null when it was not JSON
    std::string raw;
    httplib::Headers headers;
};

class MarketTest : public ::testing::Test {
protected:
    /// Adjust the configuration before the server starts (catalog size, rates, faults …).
    virtual void configure(MarketConfig& cfg) { (void)cfg; }

    void SetUp() override;
    void TearDown() override;

    /// A request with the station's token (or `token` when given).
    Http get(const std::string& path, const std::string& token = kToken);
    Http post(const std::string& path, const json& body, const std::string& token = kToken);
    Http adminGet(const std::string& path);
    Http adminPost(const std::string& path, const json& body = json::object());
    Http adminDelete(const std::string& path);

    /// An op envelope with a fresh op_id.
    static json op(const std::string& type, const json& payload);
    /// POST /v1/ops with these ops; expects 200 and returns the results array.
    json push(const std::vector<json>& ops, const std::string& token = kToken);
    /// One op; returns its result entry.
    json pushOne(const json& o, const std::string& token = kToken) { return push({o}, token).at(0); }
    /// Every event of the station from the start, following cursors.
    std::vector<json> allEvents(const std::string& token = kToken);
    std::vector<json> eventsOfType(const std::string& type, const std::string& token = kToken);
    void advance(std::int64_t seconds);
    std::int64_t balance(const std::string& token = kToken);
    void setRates(const json& rates);
    void setFaults(const json& faults);
    /// A catalog product with its current price.
    json product(int index);
    /// A valid order.place payload for `qty` units of catalog product `index`.
    json orderPayload(const std::string& orderId, int index, int qty);

    static std::string uuid();

    MarketConfig m_cfg;
    std::unique_ptr<MarketServer> m_server;
};

/// "/admin/stations/st-1" + tail.
std::string adminPath(const std::string& tail);
/// What the wallet should hold after applying these events: every amount that moves money.
std::int64_t replayWallet(const std::vector<json>& events);
/// A valid listing.publish payload (eggs by the dozen).
json listingPayload(const std::string& id, std::int64_t price, std::int64_t qty);

/// Sends a request on a fresh connection and collects the outcome.
Http request(int port, const std::string& method, const std::string& path, const std::string& token,
             const std::string& body = {}, const std::string& contentType = "application/json");

} // namespace cz::market::test
