#include "market/wallet.h"

#include "core/money.h"

#include <stdexcept>

namespace cz::market {

Wallet::Wallet(Store& store, EventLog& events)
    : m_store(store)
    , m_events(events)
{
}

std::int64_t Wallet::balance(const std::string& stationId)
{
    std::lock_guard lock(m_store.mutex());
    auto q = m_store.query("SELECT balance_fen FROM stations WHERE station_id = ?");
    q.bind(1, stationId);
    return q.step() ? q.int64(0) : 0;
}

bool Wallet::move(const WalletMove& m, std::int64_t at)
{
    if (m.amountFen == 0)
        throw std::logic_error("a wallet movement of zero has no event");
    std::int64_t bal = 0;
    std::int64_t seq = 0;
    {
        auto q = m_store.query("SELECT balance_fen, wallet_seq FROM stations WHERE station_id = ?");
        q.bind(1, m.stationId);
        if (!q.step())
            throw std::logic_error("wallet movement for unknown station " + m.stationId);
        bal = q.int64(0);
        seq = q.int64(1) + 1;
    }
    const auto after = cz::Money::fromFen(bal).checkedAdd(cz::Money::fromFen(m.amountFen));
    if (!after)
        throw std::overflow_error("wallet balance overflow");
    if (after->isNegative())
        return false;
    const std::string eventId = m_events.append(m.stationId, m.eventType, at, m.eventData);
    {
        auto q = m_store.query("UPDATE stations SET balance_fen = ?, wallet_seq = ? WHERE station_id = ?");
        q.bind(1, after->fen()).bind(2, seq).bind(3, m.stationId);
        q.exec();
    }
    auto q = m_store.query("INSERT INTO wallet_lines (station_id, seq, at, kind, amount_fen, balance_after_fen, "
                           "ref_type, ref_id, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, m.stationId).bind(2, seq).bind(3, at).bind(4, m.kind).bind(5, m.amountFen).bind(6, after->fen());
    q.bind(7, m.refType).bind(8, m.refId).bind(9, eventId);
    q.exec();
    return true;
}

std::int64_t Wallet::balanceBefore(const std::string& stationId, std::optional<std::int64_t> atMs)
{
    if (!atMs)
        return balance(stationId);
    auto q = m_store.query("SELECT balance_after_fen FROM wallet_lines WHERE station_id = ? AND at < ? "
                           "ORDER BY at DESC, seq DESC LIMIT 1");
    q.bind(1, stationId).bind(2, *atMs);
    return q.step() ? q.int64(0) : 0;
}

nlohmann::json Wallet::statement(const std::string& stationId, std::optional<std::int64_t> fromMs,
                                 std::optional<std::int64_t> toMs, std::int64_t afterSeq, int limit)
{
    std::lock_guard lock(m_store.mutex());
    nlohmann::json out;
    out["opening_balance_fen"] = fromMs ? balanceBefore(stationId, fromMs) : 0;
    out["closing_balance_fen"] = balanceBefore(stationId, toMs);
    auto q = m_store.query("SELECT seq, at, kind, amount_fen, balance_after_fen, ref_type, ref_id, event_id "
                           "FROM wallet_lines WHERE station_id = ? AND at >= ? AND at < ? AND seq > ? "
                           "ORDER BY seq LIMIT ?");
    q.bind(1, stationId).bind(2, fromMs.value_or(INT64_MIN)).bind(3, toMs.value_or(INT64_MAX)).bind(4, afterSeq);
    q.bind(5, limit + 1);
    nlohmann::json lines = nlohmann::json::array();
    bool more = false;
    std::int64_t last = afterSeq;
    while (q.step()) {
        if (static_cast<int>(lines.size()) == limit) {
            more = true;
            break;
        }
        last = q.int64(0);
        lines.push_back({{"seq", q.int64(0)},
                         {"at", q.int64(1)},
                         {"kind", q.text(2)},
                         {"amount_fen", q.int64(3)},
                         {"balance_after_fen", q.int64(4)},
                         {"ref_type", q.text(5)},
                         {"ref_id", q.text(6)},
                         {"event_id", q.text(7)}});
    }
    out["lines"] = std::move(lines);
    out["has_more"] = more;
    out["next_after_seq"] = last;
    return out;
}

} // namespace cz::market
