#include "storage/payments/payment_store.h"

#include <array>
#include <utility>

namespace cz {

namespace {

constexpr std::array<std::pair<PaymentKind, std::string_view>, 4> kKinds{{
    {PaymentKind::Bill, "bill"},
    {PaymentKind::TopUp, "topup"},
    {PaymentKind::Ticket, "ticket"},
    {PaymentKind::Assisted, "assisted"},
}};

constexpr std::array<std::pair<PaymentState, std::string_view>, 6> kStates{{
    {PaymentState::Pending, "pending"},
    {PaymentState::Confirmed, "confirmed"},
    {PaymentState::RefundRequested, "refund_requested"},
    {PaymentState::RefundDue, "refund_due"},
    {PaymentState::Refunded, "refunded"},
    {PaymentState::Done, "done"},
}};

#define CZ_PAYMENT_COLS                                                                                          \
    "payment_id, op_id, kind, target, target_name, account_no, holder_masked, period, quantity, amount_fen, "    \
    "fee_fen, tendered_fen, state, reference, reason, refund_due_fen, refund_fee_fen, refund_op_id, "           \
    "payout_op_id, wallet_before_fen, wallet_after_fen, business_day, created_at, updated_at, user_id, "        \
    "entry_seq, receipt_number, confirm_receipt, refund_receipt"

std::optional<std::int64_t> optInt(const SQLite::Column& c)
{
    return c.isNull() ? std::nullopt : std::optional<std::int64_t>(c.getInt64());
}

std::optional<Money> optMoney(const SQLite::Column& c)
{
    return c.isNull() ? std::nullopt : std::optional<Money>(Money::fromFen(c.getInt64()));
}

PaymentRecord read(Query& q)
{
    PaymentRecord p;
    p.paymentId = q.getColumn(0).getString();
    p.opId = q.getColumn(1).getString();
    p.kind = paymentKindFromString(q.getColumn(2).getString()).value_or(PaymentKind::Bill);
    p.target = q.getColumn(3).getString();
    p.targetName = q.getColumn(4).getString();
    p.accountNo = q.getColumn(5).getString();
    p.holderMasked = q.getColumn(6).getString();
    p.period = q.getColumn(7).getString();
    p.quantity = q.getColumn(8).getInt64();
    p.amount = Money::fromFen(q.getColumn(9).getInt64());
    p.fee = Money::fromFen(q.getColumn(10).getInt64());
    p.tendered = Money::fromFen(q.getColumn(11).getInt64());
    p.state = paymentStateFromString(q.getColumn(12).getString()).value_or(PaymentState::Pending);
    p.reference = q.getColumn(13).getString();
    p.reason = q.getColumn(14).getString();
    p.refundDue = Money::fromFen(q.getColumn(15).getInt64());
    p.refundFee = Money::fromFen(q.getColumn(16).getInt64());
    p.refundOpId = q.getColumn(17).isNull() ? std::string() : q.getColumn(17).getString();
    p.payoutOpId = q.getColumn(18).isNull() ? std::string() : q.getColumn(18).getString();
    p.walletBefore = optMoney(q.getColumn(19));
    p.walletAfter = optMoney(q.getColumn(20));
    p.businessDay = q.getColumn(21).getString();
    p.createdAt = fromUnixMs(q.getColumn(22).getInt64());
    p.updatedAt = fromUnixMs(q.getColumn(23).getInt64());
    p.userId = optInt(q.getColumn(24));
    p.entrySeq = q.getColumn(25).getInt64();
    p.receiptNumber = q.getColumn(26).getInt64();
    p.confirmReceipt = optInt(q.getColumn(27));
    p.refundReceipt = optInt(q.getColumn(28));
    return p;
}

}  // namespace

std::string_view toString(PaymentKind k)
{
    for (const auto& [kind, name] : kKinds)
        if (kind == k)
            return name;
    return "bill";
}

std::optional<PaymentKind> paymentKindFromString(std::string_view s)
{
    for (const auto& [kind, name] : kKinds)
        if (name == s)
            return kind;
    return std::nullopt;
}

std::string_view toString(PaymentState s)
{
    for (const auto& [state, name] : kStates)
        if (state == s)
            return name;
    return "pending";
}

std::optional<PaymentState> paymentStateFromString(std::string_view s)
{
    for (const auto& [state, name] : kStates)
        if (name == s)
            return state;
    return std::nullopt;
}

void PaymentStore::insert(const PaymentRecord& p)
{
    std::lock_guard lock(m_db.mutex());
    {
        auto q = m_db.stmt("INSERT INTO payments(" CZ_PAYMENT_COLS
                           ") VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        q.bind(1, p.paymentId);
        q.bind(2, p.opId);
        q.bind(3, std::string(toString(p.kind)));
        q.bind(4, p.target);
        q.bind(5, p.targetName);
        q.bind(6, p.accountNo);
        q.bind(7, p.holderMasked);
        q.bind(8, p.period);
        q.bind(9, p.quantity);
        q.bind(10, p.amount.fen());
        q.bind(11, p.fee.fen());
        q.bind(12, p.tendered.fen());
        q.bind(13, std::string(toString(p.state)));
        q.bind(14, p.reference);
        q.bind(15, p.reason);
        q.bind(16, p.refundDue.fen());
        q.bind(17, p.refundFee.fen());
        if (!p.refundOpId.empty())
            q.bind(18, p.refundOpId);
        if (!p.payoutOpId.empty())
            q.bind(19, p.payoutOpId);
        if (p.walletBefore)
            q.bind(20, p.walletBefore->fen());
        if (p.walletAfter)
            q.bind(21, p.walletAfter->fen());
        q.bind(22, p.businessDay);
        q.bind(23, toUnixMs(p.createdAt));
        q.bind(24, toUnixMs(p.updatedAt));
        if (p.userId)
            q.bind(25, *p.userId);
        q.bind(26, p.entrySeq);
        q.bind(27, p.receiptNumber);
        if (p.confirmReceipt)
            q.bind(28, *p.confirmReceipt);
        if (p.refundReceipt)
            q.bind(29, *p.refundReceipt);
        q.exec();
    }
    if (p.ticket) {
        const auto& t = *p.ticket;
        auto q = m_db.stmt(
            "INSERT INTO ticket_details(booking_id, train_no, travel_date, from_city, to_city, from_name, to_name, "
            "seat_class, seat_name, depart_at, arrive_at, passenger_name, passenger_id_masked) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
        q.bind(1, p.paymentId);
        q.bind(2, t.trainNo);
        q.bind(3, t.travelDate);
        q.bind(4, t.fromCity);
        q.bind(5, t.toCity);
        q.bind(6, t.fromName);
        q.bind(7, t.toName);
        q.bind(8, t.seatClass);
        q.bind(9, t.seatName);
        q.bind(10, t.departAtMs);
        q.bind(11, t.arriveAtMs);
        q.bind(12, t.passengerName);
        q.bind(13, t.passengerIdMasked);
        q.exec();
    }
    addHistory(p.paymentId, p.state, p.createdAt, p.entrySeq, {});
}

void PaymentStore::fillTicket(PaymentRecord& p)
{
    if (p.kind != PaymentKind::Ticket)
        return;
    auto q = m_db.stmt("SELECT train_no, travel_date, from_city, to_city, from_name, to_name, seat_class, seat_name, "
                       "depart_at, arrive_at, passenger_name, passenger_id_masked FROM ticket_details WHERE booking_id = ?");
    q.bind(1, p.paymentId);
    if (!q.executeStep())
        return;
    TicketDetails t;
    t.trainNo = q.getColumn(0).getString();
    t.travelDate = q.getColumn(1).getString();
    t.fromCity = q.getColumn(2).getString();
    t.toCity = q.getColumn(3).getString();
    t.fromName = q.getColumn(4).getString();
    t.toName = q.getColumn(5).getString();
    t.seatClass = q.getColumn(6).getString();
    t.seatName = q.getColumn(7).getString();
    t.departAtMs = q.getColumn(8).getInt64();
    t.arriveAtMs = q.getColumn(9).getInt64();
    t.passengerName = q.getColumn(10).getString();
    t.passengerIdMasked = q.getColumn(11).getString();
    p.ticket = std::move(t);
}

std::vector<PaymentRecord> PaymentStore::list(Query& q)
{
    std::vector<PaymentRecord> out;
    while (q.executeStep())
        out.push_back(read(q));
    return out;
}

std::optional<PaymentRecord> PaymentStore::findBy(const char* column, const std::string& value)
{
    std::lock_guard lock(m_db.mutex());
    std::optional<PaymentRecord> p;
    {
        const std::string sql = std::string("SELECT " CZ_PAYMENT_COLS " FROM payments WHERE ") + column + " = ?";
        auto q = m_db.stmt(sql.c_str());
        q.bind(1, value);
        if (q.executeStep())
            p = read(q);
    }
    if (p)
        fillTicket(*p);
    return p;
}

std::optional<PaymentRecord> PaymentStore::byId(const std::string& paymentId) { return findBy("payment_id", paymentId); }

std::optional<PaymentRecord> PaymentStore::byOpId(const std::string& opId) { return findBy("op_id", opId); }

std::optional<PaymentRecord> PaymentStore::byRefundOpId(const std::string& opId) { return findBy("refund_op_id", opId); }

void PaymentStore::addHistory(const std::string& paymentId, PaymentState s, TimePoint at,
                              std::optional<std::int64_t> entrySeq, const std::string& note)
{
    auto q = m_db.stmt("INSERT INTO payment_history(payment_id, at, state, entry_seq, note) VALUES(?,?,?,?,?)");
    q.bind(1, paymentId);
    q.bind(2, toUnixMs(at));
    q.bind(3, std::string(toString(s)));
    if (entrySeq)
        q.bind(4, *entrySeq);
    q.bind(5, note);
    q.exec();
}

void PaymentStore::setState(const std::string& paymentId, PaymentState s, TimePoint at,
                            std::optional<std::int64_t> entrySeq, const std::string& note)
{
    std::lock_guard lock(m_db.mutex());
    {
        auto q = m_db.stmt("UPDATE payments SET state = ?, updated_at = ? WHERE payment_id = ?");
        q.bind(1, std::string(toString(s)));
        q.bind(2, toUnixMs(at));
        q.bind(3, paymentId);
        q.exec();
    }
    addHistory(paymentId, s, at, entrySeq, note);
}

void PaymentStore::setReference(const std::string& paymentId, const std::string& reference)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE payments SET reference = ? WHERE payment_id = ?");
    q.bind(1, reference);
    q.bind(2, paymentId);
    q.exec();
}

void PaymentStore::setReason(const std::string& paymentId, const std::string& reason)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE payments SET reason = ? WHERE payment_id = ?");
    q.bind(1, reason);
    q.bind(2, paymentId);
    q.exec();
}

void PaymentStore::setRefund(const std::string& paymentId, Money due, Money railwayFee)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE payments SET refund_due_fen = ?, refund_fee_fen = ? WHERE payment_id = ?");
    q.bind(1, due.fen());
    q.bind(2, railwayFee.fen());
    q.bind(3, paymentId);
    q.exec();
}

void PaymentStore::setRefundOp(const std::string& paymentId, const std::string& opId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE payments SET refund_op_id = ? WHERE payment_id = ?");
    q.bind(1, opId);
    q.bind(2, paymentId);
    q.exec();
}

void PaymentStore::setPayout(const std::string& paymentId, const std::string& opId, std::int64_t receiptNumber)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE payments SET payout_op_id = ?, refund_receipt = ? WHERE payment_id = ?");
    q.bind(1, opId);
    q.bind(2, receiptNumber);
    q.bind(3, paymentId);
    q.exec();
}

void PaymentStore::setConfirmReceipt(const std::string& paymentId, std::int64_t receiptNumber)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE payments SET confirm_receipt = ? WHERE payment_id = ?");
    q.bind(1, receiptNumber);
    q.bind(2, paymentId);
    q.exec();
}

std::vector<PaymentRecord> PaymentStore::recent(int limit)
{
    std::lock_guard lock(m_db.mutex());
    std::vector<PaymentRecord> out;
    {
        auto q = m_db.stmt("SELECT " CZ_PAYMENT_COLS " FROM payments ORDER BY created_at DESC, payment_id DESC LIMIT ?");
        q.bind(1, limit);
        out = list(q);
    }
    for (auto& p : out)
        fillTicket(p);
    return out;
}

std::vector<PaymentRecord> PaymentStore::byDay(const BusinessDay& day)
{
    std::lock_guard lock(m_db.mutex());
    std::vector<PaymentRecord> out;
    {
        auto q = m_db.stmt("SELECT " CZ_PAYMENT_COLS " FROM payments WHERE business_day = ? ORDER BY created_at");
        q.bind(1, day.toString());
        out = list(q);
    }
    for (auto& p : out)
        fillTicket(p);
    return out;
}

std::vector<PaymentRecord> PaymentStore::open(int limit)
{
    std::lock_guard lock(m_db.mutex());
    std::vector<PaymentRecord> out;
    {
        auto q = m_db.stmt("SELECT " CZ_PAYMENT_COLS " FROM payments WHERE state IN ('pending','refund_requested',"
                           "'refund_due') ORDER BY created_at LIMIT ?");
        q.bind(1, limit);
        out = list(q);
    }
    for (auto& p : out)
        fillTicket(p);
    return out;
}

std::vector<PaymentHistoryRow> PaymentStore::history(const std::string& paymentId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT at, state, entry_seq, note FROM payment_history WHERE payment_id = ? ORDER BY id");
    q.bind(1, paymentId);
    std::vector<PaymentHistoryRow> out;
    while (q.executeStep())
        out.push_back({fromUnixMs(q.getColumn(0).getInt64()),
                       paymentStateFromString(q.getColumn(1).getString()).value_or(PaymentState::Pending),
                       optInt(q.getColumn(2)), q.getColumn(3).getString()});
    return out;
}

std::vector<PaymentDayTotals> PaymentStore::dayTotals(const BusinessDay& day)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT kind, count(*), sum(amount_fen), sum(fee_fen) FROM payments WHERE business_day = ? "
                       "GROUP BY kind ORDER BY kind");
    q.bind(1, day.toString());
    std::vector<PaymentDayTotals> out;
    while (q.executeStep())
        out.push_back({paymentKindFromString(q.getColumn(0).getString()).value_or(PaymentKind::Bill),
                       q.getColumn(1).getInt64(), Money::fromFen(q.getColumn(2).getInt64()),
                       Money::fromFen(q.getColumn(3).getInt64())});
    return out;
}

void PaymentStore::replaceOutboxPayload(const std::string& opId, const std::string& payload)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE outbox SET payload = ? WHERE op_id = ? AND state IN ('accepted','needs_attention')");
    q.bind(1, payload);
    q.bind(2, opId);
    q.exec();
}

}  // namespace cz
