// After the counter: asking the marketplace to refund a ticket, paying a refund due in cash, and
// the confirmation receipt of a confirmed payment.

#include "core/uuid.h"
#include "services/derived_id.h"
#include "services/payments/payment_service.h"

#include <SQLiteCpp/Exception.h>
#include <nlohmann/json.hpp>

namespace cz {

SResult<void> PaymentService::requestTicketRefund(const Session& who, const std::string& opId, const std::string& bookingId)
{
    if (!isUuid(opId))
        return fail(Errc::InvalidInput, "the operation id must be a UUID");
    try {
        WriteTransaction tx(m_ctx.db());
        auto p = m_payments.byId(bookingId);
        if (!p || p->kind != PaymentKind::Ticket)
            return fail(Errc::NotFound, "no ticket " + bookingId);
        if (p->refundOpId == opId)
            return {};  // the same request again
        if (p->state != PaymentState::Confirmed)
            return fail(Errc::Conflict, "only an issued ticket can be refunded; this one is " + std::string(toString(p->state)));
        if (p->ticket && p->ticket->departAtMs <= toUnixMs(m_ctx.now()))
            return fail(Errc::Conflict, "the train has left; the ticket can no longer be refunded");
        const auto now = m_ctx.now();
        OutboxStore(m_ctx.db()).enqueue(opId, "ticket.refund", nlohmann::json{{"booking_id", bookingId}}.dump(), bookingId, now);
        m_payments.setRefundOp(bookingId, opId);
        m_payments.setReason(bookingId, {});
        m_payments.setState(bookingId, PaymentState::RefundRequested, now, std::nullopt, "refund asked by " + who.userName);
        m_audit.record(&who, "ticket_refund", "booking:" + bookingId, "ok", p->target);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
    return {};
}

SResult<RefundPaid> PaymentService::payRefund(const Session& who, const std::string& opId, const std::string& paymentId,
                                              const PaymentTexts& texts)
{
    if (!isUuid(opId))
        return fail(Errc::InvalidInput, "the operation id must be a UUID");
    try {
        WriteTransaction tx(m_ctx.db());
        auto p = m_payments.byId(paymentId);
        if (!p)
            return fail(Errc::NotFound, "no payment " + paymentId);
        if (!p->payoutOpId.empty()) {
            if (p->payoutOpId != opId)
                return fail(Errc::Conflict, "this refund was already paid");
            const auto entry = m_journal.store().findByOpId(opId);
            return RefundPaid{p->refundDue, entry ? entry->seq : 0, p->refundReceipt.value_or(0), true};
        }
        if (p->state != PaymentState::RefundDue || !p->refundDue.isPositive())
            return fail(Errc::Conflict, "nothing is due back on this payment");
        EntryRequest e;
        e.opId = opId;
        e.kind = "payment_refund_paid";
        e.memo = std::string(toString(p->kind)) + " " + paymentId;
        e.lines = {{std::string(acct::RefundsDue), p->refundDue}, {std::string(acct::CashDrawer), -p->refundDue}};
        auto posted = m_journal.post(e, &who);
        if (!posted)
            return Failure{posted.error()};
        const std::int64_t receipt = issue("payment_refund", opId, posted->seq, who, refundReceipt(who, *p, texts));
        m_payments.setPayout(paymentId, opId, receipt);
        m_payments.setState(paymentId, PaymentState::Refunded, m_ctx.now(), posted->seq, "paid in cash by " + who.userName);
        m_audit.record(&who, "payment_refund", "payment:" + paymentId, "ok", formatMoney(p->refundDue));
        tx.commit();
        return RefundPaid{p->refundDue, posted->seq, receipt, false};
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

SResult<std::int64_t> PaymentService::confirmationReceipt(const Session& who, const std::string& paymentId,
                                                          const PaymentTexts& texts)
{
    try {
        WriteTransaction tx(m_ctx.db());
        auto p = m_payments.byId(paymentId);
        if (!p)
            return fail(Errc::NotFound, "no payment " + paymentId);
        if (p->confirmReceipt)
            return *p->confirmReceipt;
        if (p->reference.empty())
            return fail(Errc::Conflict, "the marketplace has not confirmed this payment yet");
        // The confirmation's entry is the one that moved the wallet (the last with an entry).
        std::int64_t seq = p->entrySeq;
        for (const auto& h : m_payments.history(paymentId))
            if (h.state == PaymentState::Confirmed && h.entrySeq)
                seq = *h.entrySeq;
        const std::int64_t number = issue("payment_confirmation", derivedUuid("confirmation:" + paymentId), seq, who,
                                          confirmedReceipt(who, *p, texts));
        m_payments.setConfirmReceipt(paymentId, number);
        tx.commit();
        return number;
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

}  // namespace cz
