#pragma once
// The marketplace's domain root: owns the store and the pieces every workflow needs (event log,
// wallets, catalog, task queue, simulated clock, simulation rates, stations). The HTTP layer, the
// ops processor and the simulation all work through one Market.

#include "market/catalog.h"
#include "market/event_log.h"
#include "market/market_config.h"
#include "market/sim_rates.h"
#include "market/store.h"
#include "market/task_queue.h"
#include "market/wallet.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace cz::market {

class Market final {
public:
    /// Opens the store, fixes its epoch and clock on first use, applies configured rates, creates
    /// or refreshes the configured stations and fills the catalog. Throws std::runtime_error.
    explicit Market(const MarketConfig& cfg);

    Store& store() { return *m_store; }
    EventLog& events() { return *m_events; }
    Wallet& wallet() { return *m_wallet; }
    Catalog& catalog() { return *m_catalog; }
    TaskQueue& tasks() { return *m_tasks; }
    [[nodiscard]] std::uint64_t seed() const { return m_seed; }
    /// Random tag of this store, part of every feed cursor (see cursor.h).
    [[nodiscard]] const std::string& epoch() const { return m_epoch; }

    /// The simulated clock (unix ms). It only moves by setNow(), i.e. by the simulation.
    [[nodiscard]] std::int64_t now();
    /// Call inside a Tx; never moves the clock backwards.
    void setNow(std::int64_t ms);

    [[nodiscard]] SimRates rates();
    void setRates(const SimRates& r);

    /// The station a bearer token belongs to.
    [[nodiscard]] std::optional<std::string> stationForToken(std::string_view token);
    [[nodiscard]] bool stationExists(const std::string& stationId);
    /// Creates a station (with an opening wallet credit when walletFen > 0). Call inside a Tx.
    /// Throws ApiError 409 station_exists, 422 on bad ids/tokens/amounts.
    nlohmann::json createStation(const StationSeed& s);
    /// Replaces a station's token (and name, when given). Call inside a Tx. Throws ApiError 404.
    void updateStation(const std::string& stationId, const std::string& token, const std::string& name);
    nlohmann::json listStations();

    /// A deterministic string of `n` digits for (salt, id), e.g. market order numbers.
    [[nodiscard]] std::string digits(std::string_view salt, std::string_view id, int n) const;

private:
    void seedStation(const StationSeed& s);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<EventLog> m_events;
    std::unique_ptr<Wallet> m_wallet;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<TaskQueue> m_tasks;
    std::uint64_t m_seed;
    std::string m_epoch;
    std::mutex m_ratesMutex;
    SimRates m_rates;
};

/// Validates a station id (1..64 of [A-Za-z0-9_-]) and token (16..256 printable ASCII, no spaces);
/// throws ApiError 422.
void validateStationIdentity(const std::string& stationId, const std::string& token);

} // namespace cz::market
