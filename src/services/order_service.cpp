#include "services/order_service.h"

#include "core/uuid.h"
#include "services/derived_id.h"
#include "storage/catalog_store.h"
#include "storage/misc_stores.h"
#include "storage/outbox_store.h"

#include <SQLiteCpp/Exception.h>
#include <nlohmann/json.hpp>

namespace cz {


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
                               prior->tendered - prior->goods - prior->fee, prior->entrySeq.value_or(0),
                               prior->receiptNumber.value_or(0), true};
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
        if (req.fee != feeFor(goods))
            return fail(Errc::InvalidInput, "the service fee is not the fee table's " + formatMoney(feeFor(goods)));
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
        const auto& t = req.texts;
        Receipt r = baseReceipt(&who, o, t, t.orderTitle);
        for (const auto& l : o.lines)
            r.lines.push_back({l.name, std::to_string(l.quantity) + t.unitName(l.unit), l.unitPrice, l.unitPrice * l.quantity});
        r.totals = {{t.goods, goods, false}, {t.fee, req.fee, false}, {t.total, total, true},
                    {t.tendered, req.tendered, false}, {t.change, req.tendered - total, true}};
        r.pending = true;  // the marketplace has not seen it yet
        r.pendingText = t.pending;
        const std::int64_t receipt = issueReceipt("cash_order", req.opId, posted->seq, who, r);
        m_orders.setReceipt(req.orderId, receipt);
        tx.commit();
        return PlacedOrder{req.orderId, goods, req.fee, total, req.tendered - total, posted->seq, receipt, false};
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    } catch (const MoneyOverflow& e) {
        return fail(Errc::InvalidInput, e.what());
    }
}

SResult<Quote> OrderService::quote(const std::vector<CartLine>& lines)
{
    if (static_cast<int>(lines.size()) > kMaxOrderLines)
        return fail(Errc::InvalidInput, "at most " + std::to_string(kMaxOrderLines) + " lines per order");
    try {
        ReadTransaction rt(m_ctx.db());
        CatalogStore catalog(m_ctx.db());
        Quote q;
        for (const auto& l : lines) {
            if (l.quantity < 1 || l.quantity > 999)
                return fail(Errc::InvalidInput, "a quantity is 1 to 999");
            auto p = catalog.byId(l.productId);
            if (!p || p->deleted)
                return fail(Errc::NotFound, "product " + l.productId + " is not for sale");
            const Money amount = p->price * l.quantity;
            q.goods += amount;
            q.lines.push_back({std::move(*p), l.quantity, amount});
        }
        q.fee = q.lines.empty() ? Money() : feeFor(q.goods);
        q.total = q.goods + q.fee;
        q.walletAvailable = availableWallet(m_journal.store());
        q.walletCovers = q.goods <= q.walletAvailable;
        return q;
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    } catch (const MoneyOverflow& e) {
        return fail(Errc::InvalidInput, e.what());
    }
}

std::string maskPhone(const std::string& phone)
{
    if (phone.size() < 7)
        return phone;
    // Keep the first three and the last four digits: enough to recognise, not enough to call.
    return phone.substr(0, 3) + std::string(phone.size() - 7, '*') + phone.substr(phone.size() - 4);
}

bool OrderService::awaitingMarketplace(const OrderRecord& o)
{
    return o.state == OrderState::Pending;
}

Receipt OrderService::baseReceipt(const Session* who, const OrderRecord& o, const OrderTexts& t, const std::string& title)
{
    Receipt r;
    r.stationName = m_settings.stationName();
    r.stationAddress = m_settings.value("station.address");
    r.title = title;
    r.businessDay = m_journal.postingDay().toString();
    r.time = formatLocalDateTime(m_ctx.now(), *m_ctx.zone()).substr(0, 16);
    r.cashier = who ? who->userName : std::string();
    r.customer = o.customerName.empty() ? std::string() : o.customerName;
    if (!o.phoneLast4.empty())
        r.customer += (r.customer.empty() ? "" : " ") + std::string("****") + o.phoneLast4;
    r.captions = t.captions;
    r.notes.push_back(t.orderNo + " " + o.orderId);
    r.qrPayload = o.orderId;
    r.footer = t.thanks;
    return r;
}

std::int64_t OrderService::issueReceipt(const char* kind, const std::string& opId, std::int64_t entrySeq,
                                        const Session& who, const Receipt& r)
{
    return ReceiptStore(m_ctx.db()).issue(kind, opId, entrySeq, m_ctx.now(), who.userId, toReceiptBody(r));
}

SResult<CashReturned> OrderService::payRefund(const Session& who, const std::string& opId, const std::string& orderId,
                                              const OrderTexts& texts)
{
    if (!isUuid(opId))
        return fail(Errc::InvalidInput, "operation id is not a UUID");
    try {
        WriteTransaction tx(m_ctx.db());
        if (auto prior = m_journal.store().findByOpId(opId)) {
            auto rec = ReceiptStore(m_ctx.db()).byEntrySeq(prior->seq);
            auto o = m_orders.byId(orderId, false);
            return CashReturned{o ? o->refund : Money(), rec ? rec->number : 0, true};
        }
        auto o = m_orders.byId(orderId);
        if (!o)
            return fail(Errc::NotFound, "no order " + orderId);
        if (!nextOrderState(o->state, OrderEvent::PayRefund) || !o->refund.isPositive())
            return fail(Errc::Conflict, "no refund is due on this order");
        EntryRequest e{opId, "refund_paid", "refund for order " + orderId,
                       {{std::string(acct::RefundsDue), o->refund}, {std::string(acct::CashDrawer), -o->refund}},
                       std::nullopt};
        auto posted = m_journal.post(e, &who);
        if (!posted)
            return Failure{posted.error()};
        m_orders.setState(orderId, OrderState::Refunded, m_ctx.now());
        Receipt r = baseReceipt(&who, *o, texts, texts.refundTitle);
        r.totals = {{texts.refund, o->refund, true}};
        if (!o->reason.empty())
            r.notes.push_back(o->reason);
        const auto number = issueReceipt("refund", opId, posted->seq, who, r);
        m_audit.record(&who, "refund_paid", "order:" + orderId, "ok", formatMoney(o->refund));
        tx.commit();
        return CashReturned{o->refund, number, false};
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

SResult<CashReturned> OrderService::voidOrder(const Session& who, const Session& supervisor, const std::string& opId,
                                              const std::string& orderId, const OrderTexts& texts)
{
    if (!isUuid(opId))
        return fail(Errc::InvalidInput, "operation id is not a UUID");
    if (!supervisor.isSupervisor()) {
        m_audit.record(&who, "order_void", "order:" + orderId, "denied", "no supervisor approval");
        return fail(Errc::SupervisorRequired, "voiding an order needs a supervisor");
    }
    try {
        WriteTransaction tx(m_ctx.db());
        if (auto prior = m_journal.store().findByOpId(opId)) {
            auto rec = ReceiptStore(m_ctx.db()).byEntrySeq(prior->seq);
            auto o = m_orders.byId(orderId, false);
            return CashReturned{o ? o->goods + o->fee : Money(), rec ? rec->number : 0, true};
        }
        auto o = m_orders.byId(orderId);
        if (!o)
            return fail(Errc::NotFound, "no order " + orderId);
        if (!nextOrderState(o->state, OrderEvent::Void) || !o->entrySeq)
            return fail(Errc::Conflict, "only an order the marketplace has not accepted can be voided");
        auto sale = m_journal.store().entry(*o->entrySeq);
        if (!sale)
            return fail(Errc::NotFound, "the order's ledger entry is missing");
        std::vector<PostingLine> original;
        for (const auto& p : sale->postings)
            original.push_back({p.account, p.amount});
        EntryRequest e{opId, "order_voided", "void order " + orderId, reversalLines(original), *o->entrySeq};
        auto posted = m_journal.post(e, &who);
        if (!posted)
            return Failure{posted.error()};
        m_orders.setState(orderId, OrderState::Voided, m_ctx.now());
        // The marketplace may already have the order: tell it. Its answer settles the wallet side.
        OutboxStore(m_ctx.db()).enqueue(derivedUuid("order.cancel:" + opId), "order.cancel",
                                        nlohmann::json{{"order_id", orderId}}.dump(), orderId, m_ctx.now());
        Receipt r = baseReceipt(&who, *o, texts, texts.voidTitle);
        r.totals = {{texts.refund, o->goods + o->fee, true}};
        const auto number = issueReceipt("order_void", opId, posted->seq, who, r);
        m_audit.record(&who, "order_void", "order:" + orderId, "ok",
                       formatMoney(o->goods + o->fee) + ", approved by " + supervisor.userName);
        tx.commit();
        return CashReturned{o->goods + o->fee, number, false};
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

SResult<void> OrderService::requestCancel(const Session& who, const std::string& opId, const std::string& orderId)
{
    if (!isUuid(opId))
        return fail(Errc::InvalidInput, "operation id is not a UUID");
    try {
        WriteTransaction tx(m_ctx.db());
        if (OutboxStore(m_ctx.db()).byOpId(opId))
            return {};
        auto o = m_orders.byId(orderId, false);
        if (!o)
            return fail(Errc::NotFound, "no order " + orderId);
        if (o->state != OrderState::Accepted)
            return fail(Errc::Conflict, "only an accepted order that has not shipped can be cancelled");
        OutboxStore(m_ctx.db()).enqueue(opId, "order.cancel", nlohmann::json{{"order_id", orderId}}.dump(), orderId,
                                        m_ctx.now());
        m_audit.record(&who, "order_cancel_requested", "order:" + orderId, "ok");
        tx.commit();
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
    return {};
}

}  // namespace cz
