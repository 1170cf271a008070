#include "market/market.h"

#include "core/clock.h"
#include "core/uuid.h"
#include "market/api_error.h"
#include "market/seeded_hash.h"
#include "market/sha256.h"

#include <algorithm>

namespace cz::market {

namespace {

bool isIdChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
}

} // namespace

void validateStationIdentity(const std::string& stationId, const std::string& token)
{
    if (stationId.empty() || stationId.size() > 64 || !std::all_of(stationId.begin(), stationId.end(), isIdChar))
        throw ApiError(422, "invalid_station_id", "station_id must be 1..64 letters, digits, '_' or '-'");
    if (token.size() < 16 || token.size() > 256
        || !std::all_of(token.begin(), token.end(), [](char c) { return c > 0x20 && c < 0x7F; }))
        throw ApiError(422, "invalid_token_format", "a station token must be 16..256 printable ASCII characters");
}

Market::Market(const MarketConfig& cfg)
    : m_store(std::make_unique<Store>(cfg.dbPath))
    , m_seed(cfg.seed)
{
    Tx tx(*m_store);
    auto epoch = m_store->meta("epoch");
    if (!epoch) {
        epoch = cz::newUuid().substr(0, 8);
        m_store->setMeta("epoch", *epoch);
    }
    if (!m_store->meta("sim_now_ms")) {
        const auto start = cfg.startAtMs.value_or(cz::toUnixMs(cz::SystemClock().now()));
        m_store->setMeta("sim_now_ms", std::to_string(start));
    }
    if (cfg.rates) {
        m_rates = *cfg.rates;
        m_store->setMeta("sim_rates", toJson(m_rates).dump());
    } else if (auto stored = m_store->meta("sim_rates")) {
        applyJson(m_rates, nlohmann::json::parse(*stored));
    }
    m_epoch = *epoch;
    m_events = std::make_unique<EventLog>(*m_store, m_epoch);
    m_wallet = std::make_unique<Wallet>(*m_store, *m_events);
    m_catalog = std::make_unique<Catalog>(*m_store, m_seed);
    m_tasks = std::make_unique<TaskQueue>(*m_store);
    for (const auto& s : cfg.stations)
        seedStation(s);
    tx.commit();
    m_catalog->ensureGenerated(cfg.catalogSize);
}

std::int64_t Market::now()
{
    std::lock_guard lock(m_store->mutex());
    return std::stoll(m_store->meta("sim_now_ms").value_or("0"));
}

void Market::setNow(std::int64_t ms)
{
    if (ms > now())
        m_store->setMeta("sim_now_ms", std::to_string(ms));
}

SimRates Market::rates()
{
    std::lock_guard lock(m_ratesMutex);
    return m_rates;
}

void Market::setRates(const SimRates& r)
{
    std::lock_guard storeLock(m_store->mutex());
    std::lock_guard lock(m_ratesMutex);
    m_store->setMeta("sim_rates", toJson(r).dump());
    m_rates = r;
}

std::optional<std::string> Market::stationForToken(std::string_view token)
{
    const std::string hash = sha256Hex(token);
    std::lock_guard lock(m_store->mutex());
    auto q = m_store->query("SELECT station_id FROM stations WHERE token_hash = ?");
    q.bind(1, hash);
    if (!q.step())
        return std::nullopt;
    return q.text(0);
}

bool Market::stationExists(const std::string& stationId)
{
    std::lock_guard lock(m_store->mutex());
    auto q = m_store->query("SELECT 1 FROM stations WHERE station_id = ?");
    q.bind(1, stationId);
    return q.step();
}

nlohmann::json Market::createStation(const StationSeed& s)
{
    validateStationIdentity(s.stationId, s.token);
    if (s.walletFen < 0)
        throw ApiError(422, "invalid_amount", "wallet_fen must not be negative");
    if (stationExists(s.stationId))
        throw ApiError(409, "station_exists", "station " + s.stationId + " already exists");
    if (stationForToken(s.token))
        throw ApiError(409, "token_in_use", "another station already uses this token");
    const std::int64_t at = now();
    {
        auto q = m_store->query("INSERT INTO stations (station_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)");
        q.bind(1, s.stationId).bind(2, s.name.empty() ? s.stationId : s.name).bind(3, sha256Hex(s.token)).bind(4, at);
        q.exec();
    }
    if (s.walletFen > 0) {
        m_wallet->move({s.stationId,
                        s.walletFen,
                        "wallet_credit",
                        "credit",
                        "opening-balance",
                        "wallet.credited",
                        {{"amount_fen", s.walletFen}, {"method", "bank"}, {"reference", "opening-balance"}}},
                       at);
    }
    return {{"station_id", s.stationId},
            {"name", s.name.empty() ? s.stationId : s.name},
            {"balance_fen", s.walletFen},
            {"created_at", at}};
}

void Market::updateStation(const std::string& stationId, const std::string& token, const std::string& name)
{
    validateStationIdentity(stationId, token);
    if (!stationExists(stationId))
        throw ApiError(404, "unknown_station", "no station " + stationId);
    if (const auto other = stationForToken(token); other && *other != stationId)
        throw ApiError(409, "token_in_use", "another station already uses this token");
    auto q = m_store->query("UPDATE stations SET token_hash = ?, name = CASE WHEN ? = '' THEN name ELSE ? END "
                            "WHERE station_id = ?");
    q.bind(1, sha256Hex(token)).bind(2, name).bind(3, name).bind(4, stationId);
    q.exec();
}

void Market::seedStation(const StationSeed& s)
{
    if (stationExists(s.stationId))
        updateStation(s.stationId, s.token, s.name);
    else
        createStation(s);
}

nlohmann::json Market::listStations()
{
    std::lock_guard lock(m_store->mutex());
    nlohmann::json out = nlohmann::json::array();
    auto q = m_store->query("SELECT station_id, name, balance_fen, created_at FROM stations ORDER BY station_id");
    while (q.step()) {
        out.push_back(
            {{"station_id", q.text(0)}, {"name", q.text(1)}, {"balance_fen", q.int64(2)}, {"created_at", q.int64(3)}});
    }
    return out;
}

std::string Market::digits(std::string_view salt, std::string_view id, int n) const
{
    std::uint64_t h = seededHash(m_seed, {salt, id});
    std::string out;
    for (int i = 0; i < n; ++i) {
        if (i % 16 == 15)
            h = mix64(h);
        out += static_cast<char>('0' + h % 10);
        h /= 10;
    }
    return out;
}

} // namespace cz::market
