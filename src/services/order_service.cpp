#include "services/order_service.h"

#include "core/uuid.h"
#include "services/derived_id.h"
#include "storage/catalog_store.h"
#include "storage/outbox_store.h"

#include <SQLiteCpp/Exception.h>
#include <nlohmann/json.hpp>

namespace cz {

using sync::EventHandler;
using Outcome = EventHandler::Outcome;

Money availableWallet(LedgerStore& ledger)
{
    // 2000 and 2100 are credit balances (negative) while cash waits for the marketplace.
    return ledger.balance(acct::PlatformWallet) + ledger.balance(acct::OrdersInTransit) +
           ledger.balance(acct::ServicesInTransit);
}

namespace {

std::string lastFour(const std::string& phone)
{
    std::string digits;
    for (char c : phone)
        if (c >= '0' && c <= '9')
            digits += c;
    return digits.size() >= 4 ? digits.substr(digits.size() - 4) : std::string();
}

EventHandler::Applied attention(const std::string& ref, const std::string& code, const std::string& message)
{
    return EventHandler::Applied{Outcome::NeedsAttention, ref, code, message};
}

EventHandler::Applied done(const std::string& ref) { return EventHandler::Applied{Outcome::Applied, ref, {}, {}}; }

// Event-driven entries get a deterministic op id derived from what caused them, so applying the
// same cause twice can never post twice.
std::string eventOpId(const std::string& key) { return isUuid(key) ? key : derivedUuid(key); }

}  // namespace

SResult<PlacedOrder> OrderService::placeCashOrder(const Session& who, const CashOrderRequest& req)
{
    if (!isUuid(req.opId) || !isUuid(req.orderId))
        return fail(Errc::InvalidInput, "operation and order ids must be UUIDs");
    if (req.lines.empty())
        return fail(Errc::InvalidInput, "the cart is empty");
    if (static_cast<int>(req.lines.size()) > kMaxOrderLines)
        return fail(Errc::InvalidInput, "at most " + std::to_string(kMaxOrderLines) + " lines per order");
    if (req.fee.isNegative() || req.tendered.isNegative())
        return fail(Errc::InvalidInput, "amounts cannot be negative");
    const std::string last4 = lastFour(req.phone);
    try {
        WriteTransaction tx(m_ctx.db());
        if (auto prior = m_orders.byOpId(req.opId)) {
            if (prior->orderId != req.orderId || prior->lines.size() != req.lines.size() || prior->fee != req.fee)
                return fail(Errc::OpIdConflict, "this sale was already recorded with different contents");
            return PlacedOrder{prior->orderId, prior->goods, prior->fee, prior->goods + prior->fee,
                               prior->tendered - prior->goods - prior->fee, prior->entrySeq.value_or(0), true};
        }
        CatalogStore catalog(m_ctx.db());
        OrderRecord o;
        Money goods;
        nlohmann::json lines = nlohmann::json::array();
        for (const auto& l : req.lines) {
            if (l.quantity < 1 || l.quantity > 999)
                return fail(Errc::InvalidInput, "a quantity is 1 to 999");
            for (const auto& seen : o.lines)
                if (seen.productId == l.productId)
                    return fail(Errc::InvalidInput, "product " + l.productId + " is in the cart twice");
            auto p = catalog.byId(l.productId);
            if (!p || p->deleted)
                return fail(Errc::NotFound, "product " + l.productId + " is not for sale");
            goods += p->price * l.quantity;
            o.lines.push_back({p->productId, p->nameZh, p->unit, l.quantity, p->price});
            lines.push_back({{"product_id", p->productId}, {"quantity", l.quantity}, {"unit_price_fen", p->price.fen()}});
        }
        if (!goods.isPositive())
            return fail(Errc::InvalidInput, "the order has no value");
        const Money total = goods + req.fee;
        if (req.tendered < total)
            return fail(Errc::InvalidInput, "the cash received is less than the total " + formatMoney(total));
        const Money available = availableWallet(m_journal.store());
        if (goods > available)
            return fail(Errc::InsufficientWallet, "the platform wallet has " + formatMoney(available) +
                                                      " available; the goods cost " + formatMoney(goods));
        EntryRequest entry;
        entry.opId = req.opId;
        entry.kind = "cash_order";
        entry.memo = "order " + req.orderId;
        entry.lines = {{std::string(acct::CashDrawer), total}, {std::string(acct::OrdersInTransit), -goods}};
        if (req.fee.isPositive())
            entry.lines.push_back({std::string(acct::ServiceFeeIncome), -req.fee});
        auto posted = m_journal.post(entry, &who);
        if (!posted)
            return Failure{posted.error()};
        const auto now = m_ctx.now();
        o.orderId = req.orderId;
        o.opId = req.opId;
        o.customerId = req.customerId;
        o.customerName = req.customerName;
        o.phoneLast4 = last4;
        o.goods = goods;
        o.fee = req.fee;
        o.tendered = req.tendered;
        o.state = OrderState::Pending;
        o.businessDay = posted->day.toString();
        o.createdAt = now;
        o.updatedAt = now;
        o.userId = who.userId;
        o.entrySeq = posted->seq;
        m_orders.insert(o);
        nlohmann::json payload{{"order_id", req.orderId}, {"lines", lines}, {"goods_total_fen", goods.fen()}};
        if (!req.customerName.empty() || !last4.empty()) {
            nlohmann::json customer = nlohmann::json::object();
            if (!req.customerName.empty())
                customer["name"] = req.customerName;
            if (!last4.empty())
                customer["phone_last4"] = last4;
            payload["customer"] = customer;
        }
        OutboxStore(m_ctx.db()).enqueue(req.opId, "order.place", payload.dump(), req.orderId, now);
        tx.commit();
        return PlacedOrder{req.orderId, goods, req.fee, total, req.tendered - total, posted->seq, false};
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    } catch (const MoneyOverflow& e) {
        return fail(Errc::InvalidInput, e.what());
    }
}

EventHandler::Applied OrderService::moveToRefundDue(const OrderRecord& o, OrderEvent ev, const std::string& reason,
                                                    const std::string& eventKey)
{
    auto next = nextOrderState(o.state, ev);
    if (!next)
        return attention(o.orderId, "order_state", "order " + o.orderId + " cannot go from " +
                                                       std::string(toString(o.state)) + " to refund due");
    // Nothing was debited: the goods cash and the fee both go back to the villager.
    EntryRequest e;
    e.opId = eventOpId(eventKey);
    e.kind = "order_rejected";
    e.memo = "order " + o.orderId + ": " + reason;
    e.lines = {{std::string(acct::OrdersInTransit), o.goods}};
    if (o.fee.isPositive())
        e.lines.push_back({std::string(acct::ServiceFeeIncome), o.fee});
    e.lines.push_back({std::string(acct::RefundsDue), -(o.goods + o.fee)});
    auto posted = m_journal.post(e, nullptr);
    if (!posted)
        return attention(o.orderId, "ledger", posted.error().detail);
    m_orders.setState(o.orderId, *next, m_ctx.now());
    m_orders.setReason(o.orderId, reason);
    m_orders.setRefund(o.orderId, o.goods + o.fee);
    return done(o.orderId);
}

EventHandler::Applied OrderService::applyEvent(const sync::Event& ev)
{
    const auto now = m_ctx.now();
    auto find = [&](const std::string& id) { return m_orders.byId(id, false); };
    auto unknown = [&](const std::string& id) {
        return attention(id, "unknown_order", "the marketplace reports " + ev.type + " for order " + id +
                                                  ", which this station has no record of");
    };
    auto walletEntry = [&](const char* kind, const std::string& orderId, std::vector<PostingLine> lines) {
        EntryRequest e{eventOpId(ev.eventId), kind, "order " + orderId, std::move(lines), std::nullopt};
        return m_journal.post(e, nullptr);
    };

    if (const auto* a = std::get_if<sync::OrderAccepted>(&ev.data)) {
        auto o = find(a->orderId);
        if (!o)
            return unknown(a->orderId);
        if (!nextOrderState(o->state, OrderEvent::Accept))
            return attention(a->orderId, "order_state", "accepted while " + std::string(toString(o->state)));
        auto posted = walletEntry("order_accepted", a->orderId,
                                  {{std::string(acct::OrdersInTransit), a->amount}, {std::string(acct::PlatformWallet), -a->amount}});
        if (!posted)
            return attention(a->orderId, "ledger", "accepting order " + a->orderId + ": " + posted.error().detail);
        m_orders.setState(a->orderId, OrderState::Accepted, now);
        m_orders.setMarketOrderNo(a->orderId, a->marketOrderNo);
        if (a->amount != o->goods)
            return attention(a->orderId, "amount_mismatch", "the marketplace debited " + formatMoney(a->amount) +
                                                                " for goods of " + formatMoney(o->goods));
        return done(a->orderId);
    }
    if (const auto* r = std::get_if<sync::OrderRejected>(&ev.data)) {
        auto o = find(r->orderId);
        if (!o)
            return unknown(r->orderId);
        return moveToRefundDue(*o, OrderEvent::Reject, r->reasonCode + ": " + r->reason, ev.eventId);
    }
    if (const auto* s = std::get_if<sync::OrderShipped>(&ev.data)) {
        auto o = find(s->orderId);
        if (!o)
            return unknown(s->orderId);
        if (!nextOrderState(o->state, OrderEvent::Ship))
            return attention(s->orderId, "order_state", "shipped while " + std::string(toString(o->state)));
        m_orders.setState(s->orderId, OrderState::Shipped, now);
        m_orders.setParcel(s->orderId, o->parcelId, s->trackingNo);
        return done(s->orderId);
    }
    if (const auto* a = std::get_if<sync::OrderArrived>(&ev.data)) {
        auto o = find(a->orderId);
        if (!o)
            return unknown(a->orderId);
        if (!nextOrderState(o->state, OrderEvent::Arrive))
            return attention(a->orderId, "order_state", "arrived while " + std::string(toString(o->state)));
        m_orders.setState(a->orderId, OrderState::Arrived, now);
        m_orders.setParcel(a->orderId, a->parcelId, a->trackingNo);
        return done(a->orderId);
    }
    if (const auto* r = std::get_if<sync::OrderReturned>(&ev.data)) {
        auto o = find(r->orderId);
        if (!o)
            return unknown(r->orderId);
        if (!nextOrderState(o->state, OrderEvent::Return))
            return attention(r->orderId, "order_state", "returned while " + std::string(toString(o->state)));
        if (r->refund.isPositive()) {
            auto posted = walletEntry("order_returned", r->orderId,
                                      {{std::string(acct::PlatformWallet), r->refund}, {std::string(acct::RefundsDue), -r->refund}});
            if (!posted)
                return attention(r->orderId, "ledger", posted.error().detail);
        }
        m_orders.setState(r->orderId, OrderState::RefundDue, now);
        m_orders.setRefund(r->orderId, r->refund);
        m_orders.setReason(r->orderId, "returned");
        return done(r->orderId);
    }
    if (const auto* c = std::get_if<sync::OrderCancelled>(&ev.data)) {
        auto o = find(c->orderId);
        if (!o)
            return unknown(c->orderId);
        if (c->refund.isZero())  // cancelled before the wallet paid: as a rejection
            return moveToRefundDue(*o, OrderEvent::Cancel, "cancelled", ev.eventId);
        if (!nextOrderState(o->state, OrderEvent::Cancel))
            return attention(c->orderId, "order_state", "cancelled while " + std::string(toString(o->state)));
        auto posted = walletEntry("order_cancelled", c->orderId,
                                  {{std::string(acct::PlatformWallet), c->refund}, {std::string(acct::RefundsDue), -c->refund}});
        if (!posted)
            return attention(c->orderId, "ledger", posted.error().detail);
        m_orders.setState(c->orderId, OrderState::RefundDue, now);
        m_orders.setRefund(c->orderId, c->refund);
        m_orders.setReason(c->orderId, "cancelled");
        return done(c->orderId);
    }
    if (const auto* k = std::get_if<sync::CommissionCredited>(&ev.data)) {
        auto posted = walletEntry("order_commission", k->orderId,
                                  {{std::string(acct::PlatformWallet), k->amount},
                                   {std::string(acct::OrderCommissionIncome), -k->amount}});
        if (!posted)
            return attention(k->orderId, "ledger", posted.error().detail);
        return find(k->orderId) ? done(k->orderId) : unknown(k->orderId);
    }
    return EventHandler::Applied{Outcome::Skipped, {}, {}, "not an order event"};
}

void OrderService::opRejected(const OutboxOp& op, const sync::OpResult& r)
{
    if (op.type != "order.place")
        return;
    auto o = m_orders.byId(op.refId, false);
    if (!o)
        return;
    (void)moveToRefundDue(*o, OrderEvent::Reject, r.errorCode + ": " + r.errorMessage, "rejected:" + op.opId);
}

}  // namespace cz
