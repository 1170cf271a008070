// What the marketplace's order events mean at the station (inside the sync's transaction).

#include "services/order_service.h"

#include "core/uuid.h"
#include "services/derived_id.h"

#include <random>

namespace cz {

using sync::EventHandler;
using Outcome = EventHandler::Outcome;

namespace {

EventHandler::Applied attention(const std::string& ref, const std::string& code, const std::string& message)
{
    return EventHandler::Applied{Outcome::NeedsAttention, ref, code, message};
}

EventHandler::Applied done(const std::string& ref) { return EventHandler::Applied{Outcome::Applied, ref, {}, {}}; }

// Event-driven entries get a deterministic op id derived from what caused them, so applying the
// same cause twice can never post twice.
std::string eventOpId(const std::string& key) { return isUuid(key) ? key : derivedUuid(key); }

}  // namespace

std::string newPickupCode(ParcelStore& parcels)
{
    thread_local std::random_device rd;
    for (;;) {
        const std::string code = std::to_string(100000 + rd() % 900000);
        if (!parcels.pickupCodeInUse(code))
            return code;
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

EventHandler::Applied OrderService::onVoidedOrderEvent(const OrderRecord& o, const sync::Event& ev)
{
    // The villager already has the cash back. What the marketplace did meanwhile is settled between
    // the wallet and 2000 alone.
    auto post = [&](const char* kind, Money amount, bool toWallet) {
        EntryRequest e{eventOpId(ev.eventId), kind, "voided order " + o.orderId,
                       {{std::string(toWallet ? acct::PlatformWallet : acct::OrdersInTransit), amount},
                        {std::string(toWallet ? acct::OrdersInTransit : acct::PlatformWallet), -amount}},
                       std::nullopt};
        return m_journal.post(e, nullptr);
    };
    if (const auto* a = std::get_if<sync::OrderAccepted>(&ev.data)) {
        auto r = post("order_accepted", a->amount, false);  // the wallet paid before our cancel arrived
        return r ? done(o.orderId) : attention(o.orderId, "ledger", r.error().detail);
    }
    if (const auto* c = std::get_if<sync::OrderCancelled>(&ev.data)) {
        if (c->refund.isPositive()) {
            auto r = post("order_cancelled", c->refund, true);
            return r ? done(o.orderId) : attention(o.orderId, "ledger", r.error().detail);
        }
        return done(o.orderId);
    }
    if (std::holds_alternative<sync::OrderRejected>(ev.data))
        return done(o.orderId);
    if (std::holds_alternative<sync::OrderShipped>(ev.data) || std::holds_alternative<sync::OrderArrived>(ev.data))
        return attention(o.orderId, "voided_order_shipped",
                         "order " + o.orderId + " was voided at the station but the marketplace shipped it");
    return EventHandler::Applied{Outcome::Skipped, o.orderId, {}, "voided order"};
}

EventHandler::Applied OrderService::arrived(const OrderRecord& o, const sync::OrderArrived& a)
{
    const auto now = m_ctx.now();
    m_orders.setState(o.orderId, OrderState::Arrived, now);
    m_orders.setParcel(o.orderId, a.parcelId, a.trackingNo);
    // A parcel scanned in before this event (same tracking number) becomes this order's parcel.
    std::optional<ParcelRecord> p = m_parcels.byMarketId(a.parcelId);
    if (!p)
        p = m_parcels.byOrder(o.orderId);
    if (!p)
        for (auto& candidate : m_parcels.byTracking(a.trackingNo))
            if (candidate.orderId.empty() || candidate.orderId == o.orderId)
                p = candidate;
    const bool isNew = !p;
    if (isNew) {
        p.emplace();
        p->parcelKey = newUuid();
        p->pickupCode = newPickupCode(m_parcels);
    }
    p->marketParcelId = a.parcelId;
    p->orderId = o.orderId;
    p->trackingNo = a.trackingNo;
    p->customerId = o.customerId;
    p->customerName = o.customerName;
    p->phone = o.phoneLast4;
    if (p->state == ParcelState::Announced) {
        p->state = ParcelState::AtStation;
        p->arrivedAt = now;
    }
    if (isNew)
        m_parcels.insert(*p);
    else
        m_parcels.update(*p);
    return done(o.orderId);
}

EventHandler::Applied OrderService::applyEvent(const sync::Event& ev)
{
    const auto now = m_ctx.now();
    auto find = [&](const std::string& id) { return m_orders.byId(id, false); };
    auto orderIdOf = [](const sync::EventData& d) -> std::string {
        return std::visit(
            [](const auto& x) -> std::string {
                if constexpr (requires { x.orderId; })
                    return x.orderId;
                else
                    return {};
            },
            d);
    };
    if (const std::string id = orderIdOf(ev.data); !id.empty() && !std::holds_alternative<sync::CommissionCredited>(ev.data)) {
        if (auto o = find(id); o && o->state == OrderState::Voided)
            return onVoidedOrderEvent(*o, ev);
    }
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
        if (!m_parcels.byOrder(s->orderId)) {
            // Expected at the station: a courier's drop-off scan can now be matched to it.
            ParcelRecord p;
            p.parcelKey = newUuid();
            p.orderId = s->orderId;
            p.trackingNo = s->trackingNo;
            p.customerId = o->customerId;
            p.customerName = o->customerName;
            p.phone = o->phoneLast4;
            p.pickupCode = newPickupCode(m_parcels);
            p.state = ParcelState::Announced;
            p.announcedAt = now;
            m_parcels.insert(p);
        }
        return done(s->orderId);
    }
    if (const auto* a = std::get_if<sync::OrderArrived>(&ev.data)) {
        auto o = find(a->orderId);
        if (!o)
            return unknown(a->orderId);
        // Already "arrived" when the courier's drop-off was scanned first: the event links the parcel.
        if (o->state != OrderState::Arrived && !nextOrderState(o->state, OrderEvent::Arrive))
            return attention(a->orderId, "order_state", "arrived while " + std::string(toString(o->state)));
        return arrived(*o, *a);
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
        return;  // a refused order.cancel or parcel op: its issue is on the sync page
    auto o = m_orders.byId(op.refId, false);
    if (!o || o->state == OrderState::Voided)
        return;
    (void)moveToRefundDue(*o, OrderEvent::Reject, r.errorCode + ": " + r.errorMessage, "rejected:" + op.opId);
}

}  // namespace cz
