#pragma once
// Everything a cunzhan-market instance is started with. The executable fills it from flags; a test
// fills it directly and starts a MarketServer in-process.

#include "market/fault_rules.h"
#include "market/sim_rates.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cz::market {

/// A station to create at start-up (or whose name/token to refresh when it already exists).
struct StationSeed final {
    std::string stationId;
    std::string token;
    std::string name;
    std::int64_t walletFen = 0; ///< opening wallet credit, only when the station is new
};

struct MarketConfig final {
    std::string dbPath = ":memory:"; ///< SQLite file, or ":memory:"
    std::string bindAddress = "127.0.0.1";
    int port = 0; ///< 0: pick a free port (see MarketServer::port())
    std::string certPath; ///< PEM; with keyPath: serve HTTPS
    std::string keyPath;
    std::string adminToken; ///< empty: the /admin API answers 404
    std::uint64_t seed = 1; ///< drives the catalog, reference data and simulation dice
    std::int64_t catalogSize = 2000; ///< products to generate into an empty (or smaller) catalog
    std::optional<std::int64_t> startAtMs; ///< simulated clock start of a new store (default: now)
    std::int64_t speed = 0; ///< simulated seconds per real second; 0: only /admin/advance
    std::vector<StationSeed> stations;
    std::optional<SimRates> rates; ///< overrides the stored rates when set
    std::vector<FaultRule> faults;
    int threads = 8; ///< HTTP worker threads
    int keepAliveTimeoutS = 5; ///< idle keep-alive connection timeout
    std::size_t maxBodyBytes = 8UL * 1024 * 1024; ///< larger request bodies get 413
    double rateLimitPerSecond = 0; ///< per-station request rate before 429; 0: unlimited
    bool logRequests = false; ///< one line per request on stderr (never the token)
};

} // namespace cz::market
