#include "market/ops_processor.h"

#include "core/uuid.h"
#include "market/api_error.h"
#include "market/flows.h"
#include "market/json_fields.h"
#include "market/sha256.h"

#include <algorithm>
#include <array>
#include <utility>

namespace cz::market {

namespace {

constexpr std::array<std::pair<std::string_view, OpHandler>, 12> kHandlers {{
    {"order.place", &placeOrder},
    {"order.cancel", &cancelOrder},
    {"listing.publish", &publishListing},
    {"listing.update", &updateListing},
    {"listing.withdraw", &withdrawListing},
    {"sale.dispatch", &dispatchSale},
    {"bill.pay", &payBill},
    {"topup.pay", &payTopUp},
    {"ticket.book", &bookTicket},
    {"ticket.refund", &refundTicket},
    {"parcel.picked_up", &parcelPickedUp},
    {"parcel.return", &parcelReturn},
}};

OpHandler findHandler(std::string_view type)
{
    for (const auto& [name, h] : kHandlers) {
        if (name == type)
            return h;
    }
    return nullptr;
}

nlohmann::json failure(const nlohmann::json& opId, int status, const std::string& code, const std::string& message,
                       const nlohmann::json& details = nullptr)
{
    return {{"op_id", opId}, {"status", status}, {"error", errorObject(code, message, details)}};
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

} // namespace

nlohmann::json OpsProcessor::push(const std::string& stationId, const nlohmann::json& body)
{
    if (!body.is_object() || !body.contains("ops"))
        throw ApiError(400, "invalid_request", "the body must be an object {\"ops\": [...]}");
    for (const auto& [k, v] : body.items()) {
        if (k != "ops")
            throw ApiError(400, "invalid_request", "unknown field " + k + " in the batch");
    }
    const auto& ops = body.at("ops");
    if (!ops.is_array() || ops.empty())
        throw ApiError(400, "invalid_request", "ops must be a non-empty array");
    if (ops.size() > kMaxBatch)
        throw ApiError(413, "batch_too_large", "at most " + std::to_string(kMaxBatch) + " ops per batch",
                       {{"max_ops", kMaxBatch}});

    Tx tx(m_market.store());
    const auto now = m_market.now();
    nlohmann::json results = nlohmann::json::array();
    for (const auto& op : ops)
        results.push_back(one(stationId, op, now));
    tx.commit();
    return {{"results", std::move(results)}};
}

nlohmann::json OpsProcessor::one(const std::string& stationId, const nlohmann::json& op, std::int64_t now)
{
    if (!op.is_object())
        return failure(nullptr, 422, "invalid_op", "each op must be a JSON object");
    const auto idIt = op.find("op_id");
    if (idIt == op.end() || !idIt->is_string() || !cz::isUuid(idIt->get_ref<const std::string&>()))
        return failure(idIt != op.end() && idIt->is_string() ? *idIt : nlohmann::json(nullptr), 422, "invalid_op_id",
                       "op_id must be a UUID; the op was not recorded");
    const nlohmann::json& opIdWire = *idIt;
    const std::string opId = lower(opIdWire.get<std::string>());

    // The fingerprint covers what the op asks for (type and payload), not when it was created: the
    // payload is serialised with sorted keys, so key order on the wire does not matter.
    const auto typeIt = op.find("type");
    const auto payloadIt = op.find("payload");
    const std::string typeText = typeIt == op.end() ? std::string()
        : typeIt->is_string()                       ? typeIt->get<std::string>()
                                                    : typeIt->dump();
    const std::string fingerprint
        = sha256Hex(typeText + "\n" + (payloadIt == op.end() ? std::string("null") : payloadIt->dump()));

    auto& st = m_market.store();
    {
        auto q = st.query("SELECT content_hash, response FROM ops WHERE station_id = ? AND op_id = ?");
        q.bind(1, stationId).bind(2, opId);
        if (q.step()) {
            if (q.text(0) == fingerprint)
                return nlohmann::json::parse(q.text(1));
            return failure(opIdWire, 409, "op_id_conflict",
                           "this op_id was already used for an op with a different type or payload");
        }
    }

    nlohmann::json entry;
    std::optional<std::int64_t> createdAt;
    Savepoint sp(st);
    try {
        Fields env(op, "op", "invalid_op");
        env.uuid("op_id");
        const std::string type = env.text("type", 1, 40);
        createdAt = env.integer("created_at", 1, INT64_MAX);
        const auto& payload = env.object("payload");
        env.finish();
        const auto handler = findHandler(type);
        if (handler == nullptr)
            throw Rejection("unknown_op_type", "unknown op type " + type);
        const OpContext ctx {m_market, stationId, opId, payload, now};
        entry = {{"op_id", opIdWire}, {"status", 200}, {"result", handler(ctx)}};
        sp.release();
    } catch (const Rejection& e) {
        sp.rollback();
        entry = failure(opIdWire, 422, e.code(), e.what(), e.details());
    }

    auto q
        = st.query("INSERT INTO ops (station_id, op_id, type, content_hash, created_at, received_at, status, response) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, stationId).bind(2, opId).bind(3, typeText).bind(4, fingerprint);
    createdAt ? q.bind(5, *createdAt) : q.bind(5);
    q.bind(6, now).bind(7, entry.at("status").get<int>()).bind(8, entry.dump());
    q.exec();
    return entry;
}

} // namespace cz::market
