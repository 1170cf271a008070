// What the marketplace's answers mean for a payment: bill.paid / ticket.issued confirm it,
// bill.failed / ticket.failed (or a refused op) make its cash a refund due, ticket.refunded brings
// the fare less the railway's fee back into the wallet for the villager. All of it runs inside the
// sync's transaction; entries get the event id (or an id derived from the refused op) as their op
// id, so applying the same cause twice can never post twice.

#include "core/uuid.h"
#include "services/derived_id.h"
#include "services/payments/payment_rules.h"
#include "services/payments/payment_service.h"

#include <nlohmann/json.hpp>

namespace cz {

using sync::EventHandler;
using Outcome = EventHandler::Outcome;

namespace {

EventHandler::Applied attention(const std::string& ref, const std::string& code, const std::string& message)
{
    return EventHandler::Applied{Outcome::NeedsAttention, ref, code, message};
}

EventHandler::Applied done(const std::string& ref) { return EventHandler::Applied{Outcome::Applied, ref, {}, {}}; }

std::string entryOpId(const std::string& key) { return isUuid(key) ? key : derivedUuid(key); }

bool isBillKind(PaymentKind k) { return k == PaymentKind::Bill || k == PaymentKind::TopUp; }

}  // namespace

EventHandler::Applied PaymentService::applyEvent(const sync::Event& e)
{
    if (const auto* paid = std::get_if<sync::BillPaid>(&e.data))
        return confirm(e, paid->paymentId, PaymentKind::Bill, paid->billerRef, paid->amount);
    if (const auto* issued = std::get_if<sync::TicketIssued>(&e.data))
        return confirm(e, issued->bookingId, PaymentKind::Ticket, issued->eticketNo, issued->amount);
    if (const auto* f = std::get_if<sync::BillFailed>(&e.data)) {
        auto p = m_payments.byId(f->paymentId);
        if (p && !isBillKind(p->kind))
            return attention(f->paymentId, "payment_kind", "bill.failed for " + std::string(toString(p->kind)) + " " + f->paymentId);
        return failed(f->paymentId, e.eventId, f->reasonCode + ": " + f->reason);
    }
    if (const auto* f = std::get_if<sync::TicketFailed>(&e.data)) {
        auto p = m_payments.byId(f->bookingId);
        if (p && p->kind != PaymentKind::Ticket)
            return attention(f->bookingId, "payment_kind", "ticket.failed for " + std::string(toString(p->kind)) + " " + f->bookingId);
        return failed(f->bookingId, e.eventId, f->reasonCode + ": " + f->reason);
    }
    if (const auto* r = std::get_if<sync::TicketRefunded>(&e.data))
        return ticketRefunded(e, *r);
    return EventHandler::Applied{Outcome::Skipped, {}, {}, "not a payment event"};
}

EventHandler::Applied PaymentService::confirm(const sync::Event& e, const std::string& id, PaymentKind expect,
                                              const std::string& reference, Money amount)
{
    auto p = m_payments.byId(id);
    if (!p)
        return attention(id, "unknown_payment",
                         "the marketplace reports " + e.type + " for " + id + ", which this station has no record of");
    const bool kindOk = expect == PaymentKind::Ticket ? p->kind == PaymentKind::Ticket : isBillKind(p->kind);
    if (!kindOk)
        return attention(id, "payment_kind", e.type + " for " + std::string(toString(p->kind)) + " " + id);
    if (p->state != PaymentState::Pending)
        return attention(id, "payment_state", e.type + " while the payment is " + std::string(toString(p->state)));
    // The wallet pays what the event says it paid.
    EntryRequest entry{e.eventId, expect == PaymentKind::Ticket ? "ticket_issued" : "bill_paid",
                       std::string(toString(p->kind)) + " " + id + " " + reference,
                       {{std::string(acct::ServicesInTransit), amount}, {std::string(acct::PlatformWallet), -amount}},
                       std::nullopt};
    auto posted = m_journal.post(entry, nullptr);
    if (!posted)
        return attention(id, "ledger", "confirming " + id + ": " + posted.error().detail);
    m_payments.setReference(id, reference);
    m_payments.setState(id, PaymentState::Confirmed, m_ctx.now(), posted->seq, reference);
    if (amount != p->amount)
        return attention(id, "amount_mismatch", "the marketplace debited " + formatMoney(amount) + " for a payment of " +
                                                    formatMoney(p->amount));
    return done(id);
}

EventHandler::Applied PaymentService::failed(const std::string& id, const std::string& opKey, const std::string& reason)
{
    auto p = m_payments.byId(id);
    if (!p)
        return attention(id, "unknown_payment", "a failure was reported for " + id + ", which this station has no record of");
    if (p->state != PaymentState::Pending)
        return attention(id, "payment_state", "failed while the payment is " + std::string(toString(p->state)));
    // Nothing was debited: the amount and the fee both go back to the villager.
    EntryRequest e;
    e.opId = entryOpId(opKey);
    e.kind = p->kind == PaymentKind::Ticket ? "ticket_failed" : "bill_failed";
    e.memo = std::string(toString(p->kind)) + " " + id + ": " + reason.substr(0, 200);
    e.lines = {{std::string(acct::ServicesInTransit), p->amount}};
    if (p->fee.isPositive())
        e.lines.push_back({std::string(acct::ServiceFeeIncome), p->fee});
    e.lines.push_back({std::string(acct::RefundsDue), -(p->amount + p->fee)});
    auto posted = m_journal.post(e, nullptr);
    if (!posted)
        return attention(id, "ledger", "failing " + id + ": " + posted.error().detail);
    m_payments.setRefund(id, p->amount + p->fee, Money());
    m_payments.setReason(id, reason.substr(0, 500));
    m_payments.setState(id, PaymentState::RefundDue, m_ctx.now(), posted->seq, reason.substr(0, 500));
    return done(id);
}

EventHandler::Applied PaymentService::ticketRefunded(const sync::Event& e, const sync::TicketRefunded& r)
{
    auto p = m_payments.byId(r.bookingId);
    if (!p || p->kind != PaymentKind::Ticket)
        return attention(r.bookingId, "unknown_booking",
                         "ticket.refunded for " + r.bookingId + ", which this station has no ticket for");
    if (p->state != PaymentState::RefundRequested && p->state != PaymentState::Confirmed)
        return attention(r.bookingId, "payment_state", "refunded while the ticket is " + std::string(toString(p->state)));
    const auto now = m_ctx.now();
    if (r.refund.isZero()) {
        // The railway kept everything: nothing came back, nothing is owed.
        m_payments.setRefund(r.bookingId, Money(), r.fee);
        m_payments.setState(r.bookingId, PaymentState::Refunded, now, std::nullopt, "refund fee " + formatMoney(r.fee));
    } else {
        EntryRequest entry{e.eventId, "ticket_refunded", "ticket " + r.bookingId + " refunded, railway fee " + formatMoney(r.fee),
                           {{std::string(acct::PlatformWallet), r.refund}, {std::string(acct::RefundsDue), -r.refund}},
                           std::nullopt};
        auto posted = m_journal.post(entry, nullptr);
        if (!posted)
            return attention(r.bookingId, "ledger", "refunding " + r.bookingId + ": " + posted.error().detail);
        m_payments.setRefund(r.bookingId, r.refund, r.fee);
        m_payments.setState(r.bookingId, PaymentState::RefundDue, now, posted->seq, "refund fee " + formatMoney(r.fee));
    }
    if (r.refund + r.fee != p->amount)
        return attention(r.bookingId, "amount_mismatch", "refund " + formatMoney(r.refund) + " + fee " + formatMoney(r.fee) +
                                                             " is not the fare " + formatMoney(p->amount));
    return done(r.bookingId);
}

void PaymentService::opAccepted(const OutboxOp& op, const sync::OpResult&)
{
    if (op.type == "ticket.book")
        forgetPassengerId(op);
}

void PaymentService::opRejected(const OutboxOp& op, const sync::OpResult& r)
{
    const std::string why = r.errorCode + ": " + r.errorMessage;
    if (op.type == "bill.pay" || op.type == "topup.pay" || op.type == "ticket.book") {
        if (op.type == "ticket.book")
            forgetPassengerId(op);
        auto p = m_payments.byOpId(op.opId);
        if (!p || p->state != PaymentState::Pending)
            return;
        // The marketplace never recorded it: the villager's cash is due back.
        (void)failed(p->paymentId, "rejected:" + op.opId, why);
        return;
    }
    if (op.type == "ticket.refund") {
        auto p = m_payments.byRefundOpId(op.opId);
        if (!p || p->state != PaymentState::RefundRequested)
            return;
        m_payments.setReason(p->paymentId, "refund refused " + why.substr(0, 480));
        m_payments.setState(p->paymentId, PaymentState::Confirmed, m_ctx.now(), std::nullopt, "refund refused " + why.substr(0, 480));
    }
}

void PaymentService::forgetPassengerId(const OutboxOp& op)
{
    // Once the marketplace has answered, the op is never sent again: the outbox keeps only the
    // masked number from then on.
    auto payload = nlohmann::json::parse(op.payload, nullptr, false);
    if (payload.is_discarded() || !payload.is_object() || !payload.contains("passenger_id_no") ||
        !payload["passenger_id_no"].is_string())
        return;
    payload["passenger_id_no"] = maskIdNumber(payload["passenger_id_no"].get<std::string>());
    m_payments.replaceOutboxPayload(op.opId, payload.dump());
}

}  // namespace cz
