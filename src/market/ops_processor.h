#pragma once
// POST /v1/ops: a batch of ops applied in array order inside one transaction, each op inside its
// own savepoint. The first result of every (station, op_id) is stored with a SHA-256 fingerprint of
// (type, payload); a repeat with the same fingerprint gets the stored result back and changes
// nothing, a repeat with another fingerprint gets 409 op_id_conflict. A failure that is not the
// op's fault (a storage error) fails the whole batch with 5xx and nothing of it is kept, so the
// client's retry is always safe.

#include "market/market.h"

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

namespace cz::market {

class OpsProcessor final {
public:
    static constexpr std::size_t kMaxBatch = 100;

    explicit OpsProcessor(Market& market)
        : m_market(market)
    {
    }

    /// The response body for a parsed request body. Throws ApiError for a malformed batch
    /// (400 invalid_request) or too many ops (413 batch_too_large).
    nlohmann::json push(const std::string& stationId, const nlohmann::json& body);

private:
    nlohmann::json one(const std::string& stationId, const nlohmann::json& op, std::int64_t now);

    Market& m_market;
};

} // namespace cz::market
