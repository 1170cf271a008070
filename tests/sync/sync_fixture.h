#pragma once
// A station (temp database, FakeClock, services) talking to an in-process cunzhan-market on a free
// loopback port, with helpers to drive the marketplace's admin API and to place orders.

#include "market/market_server.h"
#include "support/station_fixture.h"
#include "sync/http_client.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <vector>

namespace cz::test {

inline constexpr const char* kStationToken = "station-token-0123456789";
inline constexpr const char* kAdminToken = "admin-token-0123456789";
/// ¥100 million: enough for every order a soak places.
inline constexpr std::int64_t kOpeningWalletFen = 10'000'000'000;

class SyncFixture : public StationFixture {
protected:
    void SetUp() override;
    void TearDown() override;

    /// Starts the marketplace (called by SetUp with defaults; tests may restart it with their own).
    void startMarket(market::MarketConfig cfg);
    /// The marketplace SetUp starts; a fixture may start it differently.
    virtual market::MarketConfig defaultMarketConfig() const;

    nlohmann::json admin(const std::string& path, const nlohmann::json& body = nlohmann::json::object());
    nlohmann::json adminGet(const std::string& path);
    void setFaults(const nlohmann::json& rules);
    void clearFaults() { setFaults(nlohmann::json::array()); }
    /// The marketplace's view of this station's wallet.
    Money serverWallet();
    Money stationWallet();

    /// Runs sync until a run finishes cleanly (at most `tries` runs); returns the number of runs.
    int syncUntilClean(int tries = 50);
    std::vector<std::string> productIds(int n);
    /// Sets the order fee rule: ¥1 + 2 % of the goods, at least ¥2.
    void setOrderFee();
    /// Opens the day if needed, then places `n` one-line orders; returns their order ids.
    std::vector<std::string> placeOrders(int n, std::uint64_t seed = 1);

    std::unique_ptr<market::MarketServer> m_market;
};

}  // namespace cz::test
