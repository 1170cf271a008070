#pragma once
// The per-station event feed: append-only, totally ordered by a store-wide sequence, paged by
// keyset (seq > cursor). The event_id is the client's de-duplication key; the cursor is where to
// continue.

#include "market/store.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace cz::market {

struct EventPage final {
    nlohmann::json events = nlohmann::json::array();
    std::int64_t nextPosition = 0; ///< seq of the last event of the page (or the request's cursor)
    bool hasMore = false;
};

class EventLog final {
public:
    EventLog(Store& store, std::string epoch);

    /// Appends an event for the station; call inside a Tx. Returns its event_id.
    std::string append(const std::string& stationId, std::string_view type, std::int64_t at,
                       const nlohmann::json& data);
    /// Events of the station with seq > afterSeq, at most `limit`. With `redeliver` set (the
    /// duplicate_events fault) the page also repeats up to that many already-delivered events
    /// before it and its own first event after it; next position and has_more are unaffected.
    EventPage page(const std::string& stationId, std::int64_t afterSeq, int limit,
                   std::optional<std::int64_t> redeliver = std::nullopt);

    [[nodiscard]] std::string cursor(std::int64_t seq) const;
    [[nodiscard]] std::int64_t parse(std::string_view cursor) const;

private:
    nlohmann::json toWire(Stmt& q, int offset) const;

    Store& m_store;
    std::string m_epoch;
};

} // namespace cz::market
