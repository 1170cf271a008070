// Cash orders (代购) on the marketplace side: received → accepted (wallet debited) | rejected →
// shipped → at_station (a parcel) → picked_up → completed (commission credited); or cancelled,
// or returning → returned (refund credited).

#include "core/money.h"
#include "core/uuid.h"
#include "market/api_error.h"
#include "market/flows.h"
#include "market/json_fields.h"
#include "market/seeded_hash.h"
#include "market/text_codec.h"

#include <algorithm>
#include <array>
#include <set>

namespace cz::market {

namespace {

struct Courier final {
    std::string_view code;
    std::string_view trackingPrefix;
    int digits;
};

constexpr std::array<Courier, 8> kCouriers {{{"sf", "SF", 13},
                                             {"ems", "EM", 11},
                                             {"zto", "75", 12},
                                             {"yto", "YT", 13},
                                             {"sto", "77", 12},
                                             {"yunda", "43", 13},
                                             {"jd", "JDV", 12},
                                             {"jt", "JT", 13}}};

struct OrderRow final {
    std::string state;
    std::int64_t goodsTotalFen = 0;
    std::int64_t debitedFen = 0;
    std::string lines;
    std::string trackingNo;
    std::string parcelId;
};

std::optional<OrderRow> loadOrder(Market& m, const std::string& stationId, const std::string& orderId)
{
    auto q = m.store().query("SELECT state, goods_total_fen, debited_fen, lines, coalesce(tracking_no, ''), "
                             "coalesce(parcel_id, '') FROM orders WHERE station_id = ? AND order_id = ?");
    q.bind(1, stationId).bind(2, orderId);
    if (!q.step())
        return std::nullopt;
    return OrderRow {q.text(0), q.int64(1), q.int64(2), q.text(3), q.text(4), q.text(5)};
}

void setOrderState(Market& m, const std::string& stationId, const std::string& orderId, const std::string& state,
                   std::int64_t now)
{
    auto q = m.store().query("UPDATE orders SET state = ?, updated_at = ? WHERE station_id = ? AND order_id = ?");
    q.bind(1, state).bind(2, now).bind(3, stationId).bind(4, orderId);
    q.exec();
}

void setParcelState(Market& m, const std::string& parcelId, const std::string& state)
{
    auto q = m.store().query("UPDATE parcels SET state = ? WHERE parcel_id = ?");
    q.bind(1, state).bind(2, parcelId);
    q.exec();
}

void reject(Market& m, const std::string& stationId, const std::string& orderId, const std::string& code,
            const std::string& reason, std::int64_t now)
{
    setOrderState(m, stationId, orderId, "rejected", now);
    m.events().append(stationId, "order.rejected", now,
                      {{"order_id", orderId}, {"reason_code", code}, {"reason", reason}});
}

// The refund of everything the order took from the wallet, reported by `eventType`.
void refund(Market& m, const std::string& stationId, const std::string& orderId, const OrderRow& o,
            const std::string& state, const std::string& eventType, std::int64_t now)
{
    setOrderState(m, stationId, orderId, state, now);
    const nlohmann::json data = {{"order_id", orderId}, {"refund_fen", o.debitedFen}};
    if (o.debitedFen > 0)
        m.wallet().move({stationId, o.debitedFen, "order_refund", "order", orderId, eventType, data}, now);
    else
        m.events().append(stationId, eventType, now, data);
}

void review(Market& m, const std::string& stationId, const std::string& orderId, const OrderRow& o, std::int64_t now)
{
    const auto rates = m.rates();
    for (const auto& line : nlohmann::json::parse(o.lines)) {
        const auto p = m.catalog().find(line.at("product_id").get<std::string>());
        if (!p || p->deleted) {
            reject(m, stationId, orderId, "product_unavailable",
                   "product " + line.at("product_id").get<std::string>() + " is no longer sold", now);
            return;
        }
    }
    if (unitInterval(seededHash(m.seed(), {"order-reject", stationId, orderId})) < rates.orderRejectRate) {
        reject(m, stationId, orderId, "out_of_stock", "the seller is out of stock", now);
        return;
    }
    const std::string orderNo = "TB" + formatIsoDate(chinaDay(now)).substr(0, 4) + m.digits("order-no", orderId, 14);
    const nlohmann::json data = {{"order_id", orderId}, {"market_order_no", orderNo}, {"amount_fen", o.goodsTotalFen}};
    if (!m.wallet().move({stationId, -o.goodsTotalFen, "order_debit", "order", orderId, "order.accepted", data}, now)) {
        reject(m, stationId, orderId, "insufficient_funds", "the platform wallet does not cover the order", now);
        return;
    }
    auto q
        = m.store().query("UPDATE orders SET state = 'accepted', market_order_no = ?, debited_fen = ?, updated_at = ? "
                          "WHERE station_id = ? AND order_id = ?");
    q.bind(1, orderNo).bind(2, o.goodsTotalFen).bind(3, now).bind(4, stationId).bind(5, orderId);
    q.exec();
    m.tasks().schedule(now + rates.orderShipS * 1000, "order_ship", stationId, orderId);
}

void ship(Market& m, const std::string& stationId, const std::string& orderId, std::int64_t now)
{
    const auto h = seededHash(m.seed(), {"courier", stationId, orderId});
    const auto& courier = kCouriers[h % kCouriers.size()];
    const std::string tracking = std::string(courier.trackingPrefix) + m.digits("tracking", orderId, courier.digits);
    auto q = m.store().query("UPDATE orders SET state = 'shipped', carrier = ?, tracking_no = ?, updated_at = ? "
                             "WHERE station_id = ? AND order_id = ?");
    q.bind(1, std::string(courier.code)).bind(2, tracking).bind(3, now).bind(4, stationId).bind(5, orderId);
    q.exec();
    m.events().append(stationId, "order.shipped", now,
                      {{"order_id", orderId}, {"carrier", courier.code}, {"tracking_no", tracking}});
    m.tasks().schedule(now + m.rates().orderTransitS * 1000, "order_arrive", stationId, orderId);
}

void arrive(Market& m, const std::string& stationId, const std::string& orderId, const OrderRow& o, std::int64_t now)
{
    const std::string parcelId = cz::newUuid();
    {
        auto q
            = m.store().query("INSERT INTO parcels (parcel_id, station_id, order_id, tracking_no, state, arrived_at) "
                              "VALUES (?, ?, ?, ?, 'at_station', ?)");
        q.bind(1, parcelId).bind(2, stationId).bind(3, orderId).bind(4, o.trackingNo).bind(5, now);
        q.exec();
    }
    auto q = m.store().query("UPDATE orders SET state = 'at_station', parcel_id = ?, updated_at = ? "
                             "WHERE station_id = ? AND order_id = ?");
    q.bind(1, parcelId).bind(2, now).bind(3, stationId).bind(4, orderId);
    q.exec();
    m.events().append(stationId, "order.arrived", now,
                      {{"order_id", orderId}, {"parcel_id", parcelId}, {"tracking_no", o.trackingNo}});
}

void creditCommission(Market& m, const std::string& stationId, const std::string& orderId, const OrderRow& o,
                      std::int64_t now)
{
    setOrderState(m, stationId, orderId, "completed", now);
    const auto c
        = cz::applyRate(cz::Money::fromFen(o.goodsTotalFen),
                        cz::BasisPoints {static_cast<std::int32_t>(m.rates().commissionBp)}, cz::Rounding::HalfUp);
    if (c.isPositive()) {
        m.wallet().move({stationId,
                         c.fen(),
                         "commission",
                         "order",
                         orderId,
                         "commission.credited",
                         {{"order_id", orderId}, {"amount_fen", c.fen()}}},
                        now);
    }
}

struct ParcelRow final {
    std::string orderId;
    std::string state;
};

std::optional<ParcelRow> loadParcel(Market& m, const std::string& stationId, const std::string& parcelId)
{
    auto q = m.store().query("SELECT order_id, state FROM parcels WHERE parcel_id = ? AND station_id = ?");
    q.bind(1, parcelId).bind(2, stationId);
    if (!q.step())
        return std::nullopt;
    return ParcelRow {q.text(0), q.text(1)};
}

} // namespace

bool isCourierCode(std::string_view code)
{
    return std::any_of(kCouriers.begin(), kCouriers.end(), [code](const Courier& c) { return c.code == code; });
}

nlohmann::json opResult(std::string_view refId, std::string_view state, std::int64_t now)
{
    return {{"ref_id", refId}, {"state", state}, {"accepted_at", now}};
}

nlohmann::json placeOrder(const OpContext& c)
{
    Fields f(c.payload, "payload");
    const std::string orderId = f.uuid("order_id");
    const auto& lines = f.array("lines", 1, 50);
    const std::int64_t total = f.integer("goods_total_fen", 1, 10'000'000'000);
    nlohmann::json customer = nullptr;
    if (const auto* cust = f.optObject("customer")) {
        Fields cf(*cust, "payload.customer");
        customer = nlohmann::json::object();
        if (auto name = cf.optText("name", 1, 40))
            customer["name"] = *name;
        if (auto last4 = cf.optText("phone_last4", 4, 4)) {
            if (!isDigits(*last4))
                cf.fail("phone_last4", "must be 4 digits");
            customer["phone_last4"] = *last4;
        }
        cf.finish();
    }
    f.finish();

    nlohmann::json stored = nlohmann::json::array();
    std::set<std::string> seen;
    cz::Money sum;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Fields lf(lines[i], "payload.lines[" + std::to_string(i) + "]");
        const std::string productId = lf.text("product_id", 1, 64);
        const std::int64_t qty = lf.integer("quantity", 1, 999);
        const std::int64_t price = lf.integer("unit_price_fen", 1, 100'000'000);
        lf.finish();
        if (!seen.insert(productId).second)
            lf.fail("product_id", "appears on more than one line; use quantity");
        const auto p = c.market.catalog().find(productId);
        if (!p)
            throw Rejection("unknown_product", "no product " + productId, {{"product_id", productId}});
        if (p->deleted)
            throw Rejection("product_unavailable", "product " + productId + " is no longer sold",
                            {{"product_id", productId}});
        if (p->priceFen != price)
            throw Rejection("price_mismatch",
                            "the price of " + productId + " is now " + std::to_string(p->priceFen) + " fen",
                            {{"product_id", productId}, {"price_fen", p->priceFen}});
        const auto lineTotal = cz::Money::fromFen(price).checkedMul(qty);
        const auto next = lineTotal ? sum.checkedAdd(*lineTotal) : std::nullopt;
        if (!next)
            throw Rejection("invalid_amount", "the order total overflows");
        sum = *next;
        stored.push_back(
            {{"product_id", productId}, {"quantity", qty}, {"unit_price_fen", price}, {"name_zh", p->nameZh}});
    }
    if (sum.fen() != total)
        throw Rejection("total_mismatch", "goods_total_fen is not the sum of the lines", {{"computed_fen", sum.fen()}});
    if (loadOrder(c.market, c.stationId, orderId))
        throw Rejection("duplicate_id", "order " + orderId + " was already placed by another op");

    auto q
        = c.market.store().query("INSERT INTO orders (station_id, order_id, state, goods_total_fen, lines, customer, "
                                 "placed_at, updated_at) VALUES (?, ?, 'received', ?, ?, ?, ?, ?)");
    q.bind(1, c.stationId).bind(2, orderId).bind(3, total).bind(4, stored.dump());
    if (customer.is_null())
        q.bind(5);
    else
        q.bind(5, customer.dump());
    q.bind(6, c.now).bind(7, c.now);
    q.exec();
    c.market.tasks().schedule(c.now + c.market.rates().orderReviewS * 1000, "order_review", c.stationId, orderId);
    return opResult(orderId, "received", c.now);
}

nlohmann::json cancelOrder(const OpContext& c)
{
    Fields f(c.payload, "payload");
    const std::string orderId = f.uuid("order_id");
    f.finish();
    const auto o = loadOrder(c.market, c.stationId, orderId);
    if (!o)
        throw Rejection("unknown_order", "no order " + orderId);
    if (o->state != "received" && o->state != "accepted")
        throw Rejection("order_not_cancellable", "the order is " + o->state + " and can no longer be cancelled",
                        {{"state", o->state}});
    refund(c.market, c.stationId, orderId, *o, "cancelled", "order.cancelled", c.now);
    return opResult(orderId, "cancelled", c.now);
}

nlohmann::json parcelPickedUp(const OpContext& c)
{
    Fields f(c.payload, "payload");
    const std::string parcelId = f.uuid("parcel_id");
    f.finish();
    const auto p = loadParcel(c.market, c.stationId, parcelId);
    if (!p)
        throw Rejection("unknown_parcel", "no parcel " + parcelId + " at this station");
    if (p->state != "at_station")
        throw Rejection("parcel_not_at_station", "the parcel is " + p->state, {{"state", p->state}});
    {
        auto q = c.market.store().query("UPDATE parcels SET state = 'picked_up', picked_up_at = ? WHERE parcel_id = ?");
        q.bind(1, c.now).bind(2, parcelId);
        q.exec();
    }
    setOrderState(c.market, c.stationId, p->orderId, "picked_up", c.now);
    c.market.tasks().schedule(c.now + c.market.rates().commissionDelayS * 1000, "order_commission", c.stationId,
                              p->orderId);
    return opResult(parcelId, "picked_up", c.now);
}

nlohmann::json parcelReturn(const OpContext& c)
{
    Fields f(c.payload, "payload");
    const std::string parcelId = f.uuid("parcel_id");
    f.finish();
    const auto p = loadParcel(c.market, c.stationId, parcelId);
    if (!p)
        throw Rejection("unknown_parcel", "no parcel " + parcelId + " at this station");
    const auto o = loadOrder(c.market, c.stationId, p->orderId);
    // Returnable while it is at the station, or picked up but still inside the return window (the
    // commission has not been credited yet).
    const bool ok = o && (p->state == "at_station" || (p->state == "picked_up" && o->state == "picked_up"));
    if (!ok)
        throw Rejection("parcel_not_returnable", "the parcel is " + p->state + " and can no longer be returned",
                        {{"state", p->state}});
    setParcelState(c.market, parcelId, "returning");
    setOrderState(c.market, c.stationId, p->orderId, "returning", c.now);
    c.market.tasks().schedule(c.now + c.market.rates().returnS * 1000, "order_return", c.stationId, p->orderId);
    return opResult(parcelId, "returning", c.now);
}

bool runOrderTask(Market& m, const Task& t, std::int64_t now)
{
    if (t.kind.rfind("order_", 0) != 0)
        return false;
    const auto o = loadOrder(m, t.stationId, t.refId);
    if (!o)
        return true;
    if (t.kind == "order_review" && o->state == "received")
        review(m, t.stationId, t.refId, *o, now);
    else if (t.kind == "order_ship" && o->state == "accepted")
        ship(m, t.stationId, t.refId, now);
    else if (t.kind == "order_arrive" && o->state == "shipped")
        arrive(m, t.stationId, t.refId, *o, now);
    else if (t.kind == "order_commission" && o->state == "picked_up")
        creditCommission(m, t.stationId, t.refId, *o, now);
    else if (t.kind == "order_return" && o->state == "returning") {
        refund(m, t.stationId, t.refId, *o, "returned", "order.returned", now);
        setParcelState(m, o->parcelId, "returned");
    }
    return true;
}

nlohmann::json forceRejectOrder(Market& m, const std::string& stationId, const std::string& orderId,
                                const std::string& reasonCode, const std::string& reason)
{
    const auto o = loadOrder(m, stationId, orderId);
    if (!o)
        throw ApiError(404, "unknown_order", "no order " + orderId + " of station " + stationId);
    if (o->state != "received")
        throw ApiError(409, "invalid_state", "only a received order can be rejected; it is " + o->state);
    reject(m, stationId, orderId, reasonCode, reason, m.now());
    return {{"order_id", orderId}, {"state", "rejected"}};
}

nlohmann::json forceReturnOrder(Market& m, const std::string& stationId, const std::string& orderId)
{
    const auto o = loadOrder(m, stationId, orderId);
    if (!o)
        throw ApiError(404, "unknown_order", "no order " + orderId + " of station " + stationId);
    static const std::set<std::string> returnable {"accepted", "shipped", "at_station", "picked_up", "returning"};
    if (!returnable.contains(o->state))
        throw ApiError(409, "invalid_state", "an order that is " + o->state + " cannot be returned");
    refund(m, stationId, orderId, *o, "returned", "order.returned", m.now());
    if (!o->parcelId.empty())
        setParcelState(m, o->parcelId, "returned");
    return {{"order_id", orderId}, {"state", "returned"}, {"refund_fen", o->debitedFen}};
}

} // namespace cz::market
