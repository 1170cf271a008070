#include "storage/order_store.h"

namespace cz {

namespace {

#define CZ_ORDER_COLS                                                                                                \
    "order_id, op_id, customer_id, customer_name, phone_last4, goods_fen, fee_fen, tendered_fen, state, "          \
    "market_order_no, reason, refund_fen, parcel_id, tracking_no, business_day, created_at, updated_at, user_id, " \
    "entry_seq, receipt_number"

std::optional<std::int64_t> optInt(const SQLite::Column& c)
{
    return c.isNull() ? std::nullopt : std::optional<std::int64_t>(c.getInt64());
}

OrderRecord read(Query& q)
{
    OrderRecord o;
    o.orderId = q.getColumn(0).getString();
    o.opId = q.getColumn(1).getString();
    o.customerId = optInt(q.getColumn(2));
    o.customerName = q.getColumn(3).getString();
    o.phoneLast4 = q.getColumn(4).getString();
    o.goods = Money::fromFen(q.getColumn(5).getInt64());
    o.fee = Money::fromFen(q.getColumn(6).getInt64());
    o.tendered = Money::fromFen(q.getColumn(7).getInt64());
    o.state = orderStateFromString(q.getColumn(8).getString()).value_or(OrderState::Pending);
    o.marketOrderNo = q.getColumn(9).getString();
    o.reason = q.getColumn(10).getString();
    o.refund = Money::fromFen(q.getColumn(11).getInt64());
    o.parcelId = q.getColumn(12).getString();
    o.trackingNo = q.getColumn(13).getString();
    o.businessDay = q.getColumn(14).getString();
    o.createdAt = fromUnixMs(q.getColumn(15).getInt64());
    o.updatedAt = fromUnixMs(q.getColumn(16).getInt64());
    o.userId = optInt(q.getColumn(17));
    o.entrySeq = optInt(q.getColumn(18));
    o.receiptNumber = optInt(q.getColumn(19));
    return o;
}

}  // namespace

void OrderStore::insert(const OrderRecord& o)
{
    std::lock_guard lock(m_db.mutex());
    {
        auto q = m_db.stmt("INSERT INTO orders(" CZ_ORDER_COLS ") VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        q.bind(1, o.orderId);
        q.bind(2, o.opId);
        if (o.customerId)
            q.bind(3, *o.customerId);
        q.bind(4, o.customerName);
        q.bind(5, o.phoneLast4);
        q.bind(6, o.goods.fen());
        q.bind(7, o.fee.fen());
        q.bind(8, o.tendered.fen());
        q.bind(9, std::string(toString(o.state)));
        q.bind(10, o.marketOrderNo);
        q.bind(11, o.reason);
        q.bind(12, o.refund.fen());
        q.bind(13, o.parcelId);
        q.bind(14, o.trackingNo);
        q.bind(15, o.businessDay);
        q.bind(16, toUnixMs(o.createdAt));
        q.bind(17, toUnixMs(o.updatedAt));
        if (o.userId)
            q.bind(18, *o.userId);
        if (o.entrySeq)
            q.bind(19, *o.entrySeq);
        if (o.receiptNumber)
            q.bind(20, *o.receiptNumber);
        q.exec();
    }
    for (std::size_t i = 0; i < o.lines.size(); ++i) {
        const auto& l = o.lines[i];
        auto q = m_db.stmt(
            "INSERT INTO order_lines(order_id, line, product_id, name, unit, quantity, unit_price_fen) VALUES(?,?,?,?,?,?,?)");
        q.bind(1, o.orderId);
        q.bind(2, static_cast<std::int64_t>(i));
        q.bind(3, l.productId);
        q.bind(4, l.name);
        q.bind(5, l.unit);
        q.bind(6, l.quantity);
        q.bind(7, l.unitPrice.fen());
        q.exec();
    }
}

std::vector<OrderLineRecord> OrderStore::lines(const std::string& orderId)
{
    auto q = m_db.stmt(
        "SELECT product_id, name, unit, quantity, unit_price_fen FROM order_lines WHERE order_id = ? ORDER BY line");
    q.bind(1, orderId);
    std::vector<OrderLineRecord> out;
    while (q.executeStep())
        out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                       q.getColumn(3).getInt64(), Money::fromFen(q.getColumn(4).getInt64())});
    return out;
}

std::optional<OrderRecord> OrderStore::byId(const std::string& orderId, bool withLines)
{
    std::lock_guard lock(m_db.mutex());
    std::optional<OrderRecord> o;
    {
        auto q = m_db.stmt("SELECT " CZ_ORDER_COLS " FROM orders WHERE order_id = ?");
        q.bind(1, orderId);
        if (q.executeStep())
            o = read(q);
    }
    if (o && withLines)
        o->lines = lines(orderId);
    return o;
}

std::optional<OrderRecord> OrderStore::byOpId(const std::string& opId)
{
    std::lock_guard lock(m_db.mutex());
    std::optional<OrderRecord> o;
    {
        auto q = m_db.stmt("SELECT " CZ_ORDER_COLS " FROM orders WHERE op_id = ?");
        q.bind(1, opId);
        if (q.executeStep())
            o = read(q);
    }
    if (o)
        o->lines = lines(o->orderId);
    return o;
}

void OrderStore::setState(const std::string& orderId, OrderState s, TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE orders SET state = ?, updated_at = ? WHERE order_id = ?");
    q.bind(1, std::string(toString(s)));
    q.bind(2, toUnixMs(at));
    q.bind(3, orderId);
    q.exec();
}

void OrderStore::setMarketOrderNo(const std::string& orderId, const std::string& no)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE orders SET market_order_no = ? WHERE order_id = ?");
    q.bind(1, no);
    q.bind(2, orderId);
    q.exec();
}

void OrderStore::setReason(const std::string& orderId, const std::string& reason)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE orders SET reason = ? WHERE order_id = ?");
    q.bind(1, reason);
    q.bind(2, orderId);
    q.exec();
}

void OrderStore::setRefund(const std::string& orderId, Money refund)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE orders SET refund_fen = ? WHERE order_id = ?");
    q.bind(1, refund.fen());
    q.bind(2, orderId);
    q.exec();
}

void OrderStore::setParcel(const std::string& orderId, const std::string& parcelId, const std::string& trackingNo)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE orders SET parcel_id = ?, tracking_no = ? WHERE order_id = ?");
    q.bind(1, parcelId);
    q.bind(2, trackingNo);
    q.bind(3, orderId);
    q.exec();
}

void OrderStore::setReceipt(const std::string& orderId, std::int64_t receiptNumber)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE orders SET receipt_number = ? WHERE order_id = ?");
    q.bind(1, receiptNumber);
    q.bind(2, orderId);
    q.exec();
}

std::vector<OrderRecord> OrderStore::byDay(const BusinessDay& day)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_ORDER_COLS " FROM orders WHERE business_day = ? ORDER BY created_at");
    q.bind(1, day.toString());
    std::vector<OrderRecord> out;
    while (q.executeStep())
        out.push_back(read(q));
    return out;
}

std::vector<OrderRecord> OrderStore::byState(OrderState s, int limit)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_ORDER_COLS " FROM orders WHERE state = ? ORDER BY created_at LIMIT ?");
    q.bind(1, std::string(toString(s)));
    q.bind(2, limit);
    std::vector<OrderRecord> out;
    while (q.executeStep())
        out.push_back(read(q));
    return out;
}

std::vector<OrderRecord> OrderStore::byCustomer(std::int64_t customerId, int limit)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_ORDER_COLS " FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT ?");
    q.bind(1, customerId);
    q.bind(2, limit);
    std::vector<OrderRecord> out;
    while (q.executeStep())
        out.push_back(read(q));
    return out;
}

#undef CZ_ORDER_COLS

}  // namespace cz
