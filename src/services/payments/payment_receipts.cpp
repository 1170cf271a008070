// The receipts of the payments desk: taken (marked pending until the marketplace confirms),
// confirmation (with the biller's reference or the e-ticket number), and cash refund.
//
// A confirmation is a new receipt with its own number that names the original, never an edit of
// the pending one: stored receipt bodies are immutable and numbers gapless, and the villager may
// already hold the first slip.

#include "services/payments/payment_rules.h"
#include "services/payments/payment_service.h"

namespace cz {

namespace {

// Train times are Beijing times on the wire, whatever zone the station runs in.
const FixedOffsetZone& beijing()
{
    static const FixedOffsetZone zone("UTC+08", std::chrono::hours(8));
    return zone;
}

std::string mainLineName(const PaymentRecord& p, const PaymentTexts& t)
{
    switch (p.kind) {
    case PaymentKind::TopUp: return p.targetName + " " + t.topUp;
    default: return p.targetName;
    }
}

}  // namespace

Receipt PaymentService::baseReceipt(const Session& who, const PaymentRecord& p, const PaymentTexts& t,
                                    const std::string& title)
{
    Receipt r;
    r.stationName = m_settings.stationName();
    r.stationAddress = m_settings.value("station.address");
    r.title = title;
    r.businessDay = m_journal.postingDay().toString();
    r.time = formatLocalDateTime(m_ctx.now(), *m_ctx.zone()).substr(0, 16);
    r.cashier = who.userName;
    r.captions = t.captions;
    switch (p.kind) {
    case PaymentKind::Bill:
        r.customer = p.holderMasked;
        r.lines.push_back({mainLineName(p, t), {}, std::nullopt, p.amount});
        r.notes.push_back(t.account + " " + p.accountNo);
        if (!p.holderMasked.empty())
            r.notes.push_back(t.holder + " " + p.holderMasked);
        if (!p.period.empty())
            r.notes.push_back(t.period + " " + p.period);
        break;
    case PaymentKind::TopUp:
        r.customer = maskPhoneNumber(p.accountNo);
        r.lines.push_back({mainLineName(p, t), {}, std::nullopt, p.amount});
        r.notes.push_back(t.phone + " " + maskPhoneNumber(p.accountNo));
        break;
    case PaymentKind::Ticket:
        r.lines.push_back({mainLineName(p, t), "1", p.amount, p.amount});
        if (p.ticket) {
            r.customer = p.ticket->passengerName;
            r.notes.push_back(t.departs + " " + formatLocalDateTime(fromUnixMs(p.ticket->departAtMs), beijing()).substr(0, 16));
            r.notes.push_back(t.seat + " " + (p.ticket->seatName.empty() ? p.ticket->seatClass : p.ticket->seatName));
            r.notes.push_back(t.passenger + " " + p.ticket->passengerName);
            r.notes.push_back(t.idNumber + " " + p.ticket->passengerIdMasked);
        }
        break;
    case PaymentKind::Assisted: {
        const Money unit = p.quantity > 0 ? Money::fromFen(p.amount.fen() / p.quantity) : p.amount;
        r.lines.push_back({p.targetName, std::to_string(p.quantity) + p.holderMasked, unit, p.amount});
        break;
    }
    }
    if (p.fee.isPositive())
        r.lines.push_back({t.fee, {}, std::nullopt, p.fee});
    r.notes.push_back(t.paymentNo + " " + p.paymentId);
    r.footer = t.thanks;
    return r;
}

Receipt PaymentService::takenReceipt(const Session& who, const PaymentRecord& p, const PaymentTexts& t)
{
    const std::string& title = p.kind == PaymentKind::Bill     ? t.billTitle
                               : p.kind == PaymentKind::TopUp  ? t.topUpTitle
                               : p.kind == PaymentKind::Ticket ? t.ticketTitle
                                                               : t.assistedTitle;
    Receipt r = baseReceipt(who, p, t, title);
    const Money total = p.amount + p.fee;
    r.totals = {{t.total, total, true}, {t.tendered, p.tendered, false}, {t.change, p.tendered - total, true}};
    // Bills, top-ups and tickets are done only when the marketplace says so.
    r.pending = p.kind != PaymentKind::Assisted;
    if (r.pending)
        r.pendingText = t.pending;
    return r;
}

Receipt PaymentService::confirmedReceipt(const Session& who, const PaymentRecord& p, const PaymentTexts& t)
{
    Receipt r = baseReceipt(who, p, t, t.confirmTitle);
    r.totals = {{t.total, p.amount + p.fee, true}};
    r.notes.insert(r.notes.begin(), (p.kind == PaymentKind::Ticket ? t.eticket : t.reference) + " " + p.reference);
    r.notes.push_back(t.originalReceipt + " " + t.captions.number + " " + formatReceiptNumber(p.receiptNumber));
    r.qrPayload = p.reference;
    return r;
}

Receipt PaymentService::refundReceipt(const Session& who, const PaymentRecord& p, const PaymentTexts& t)
{
    Receipt r = baseReceipt(who, p, t, t.refundTitle);
    r.lines.clear();
    r.lines.push_back({mainLineName(p, t) + " " + t.refund, {}, std::nullopt, p.refundDue});
    if (p.refundFee.isPositive())
        r.notes.insert(r.notes.begin(), t.railwayFee + " " + formatMoney(p.refundFee));
    if (!p.reason.empty())
        r.notes.insert(r.notes.begin(), t.reason + " " + p.reason);
    r.totals = {{t.refundPaid, p.refundDue, true}};
    r.notes.push_back(t.originalReceipt + " " + t.captions.number + " " + formatReceiptNumber(p.receiptNumber));
    return r;
}

}  // namespace cz
