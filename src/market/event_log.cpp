#include "market/event_log.h"

#include "core/uuid.h"
#include "market/cursor.h"

#include <vector>

namespace cz::market {

EventLog::EventLog(Store& store, std::string epoch)
    : m_store(store)
    , m_epoch(std::move(epoch))
{
}

std::string EventLog::cursor(std::int64_t seq) const
{
    return makeCursor("ev", m_epoch, seq);
}

std::int64_t EventLog::parse(std::string_view cursor) const
{
    return parseCursor("ev", m_epoch, cursor);
}

std::string EventLog::append(const std::string& stationId, std::string_view type, std::int64_t at,
                             const nlohmann::json& data)
{
    std::string id = cz::newUuid();
    auto q = m_store.query("INSERT INTO events (station_id, event_id, type, occurred_at, data) VALUES (?, ?, ?, ?, ?)");
    q.bind(1, stationId).bind(2, id).bind(3, std::string(type)).bind(4, at).bind(5, data.dump());
    q.exec();
    return id;
}

nlohmann::json EventLog::toWire(Stmt& q, int offset) const
{
    return {{"event_id", q.text(offset + 1)},
            {"cursor", cursor(q.int64(offset))},
            {"type", q.text(offset + 2)},
            {"occurred_at", q.int64(offset + 3)},
            {"data", nlohmann::json::parse(q.text(offset + 4))}};
}

EventPage EventLog::page(const std::string& stationId, std::int64_t afterSeq, int limit,
                         std::optional<std::int64_t> redeliver)
{
    std::lock_guard lock(m_store.mutex());
    EventPage page;
    page.nextPosition = afterSeq;
    if (redeliver && *redeliver > 0 && afterSeq > 0) {
        auto old = m_store.query("SELECT seq, event_id, type, occurred_at, data FROM events "
                                 "WHERE station_id = ? AND seq <= ? ORDER BY seq DESC LIMIT ?");
        old.bind(1, stationId).bind(2, afterSeq).bind(3, *redeliver);
        std::vector<nlohmann::json> repeated;
        while (old.step())
            repeated.push_back(toWire(old, 0));
        for (auto it = repeated.rbegin(); it != repeated.rend(); ++it)
            page.events.push_back(std::move(*it));
    }
    auto q = m_store.query("SELECT seq, event_id, type, occurred_at, data FROM events "
                           "WHERE station_id = ? AND seq > ? ORDER BY seq LIMIT ?");
    q.bind(1, stationId).bind(2, afterSeq).bind(3, limit + 1);
    int n = 0;
    nlohmann::json first;
    while (q.step()) {
        if (n == limit) {
            page.hasMore = true;
            break;
        }
        auto ev = toWire(q, 0);
        if (n == 0)
            first = ev;
        page.nextPosition = q.int64(0);
        page.events.push_back(std::move(ev));
        ++n;
    }
    if (redeliver && n > 0)
        page.events.push_back(first);
    return page;
}

} // namespace cz::market
