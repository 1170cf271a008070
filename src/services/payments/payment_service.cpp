#include "services/payments/payment_service.h"

#include "core/uuid.h"
#include "services/order_service.h"
#include "services/payments/payment_rules.h"

#include <SQLiteCpp/Exception.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace cz {

std::string billFeeScope(const std::string& billerId) { return "bill:" + billerId; }
std::string topUpFeeScope(const std::string& carrier) { return "topup:" + carrier; }

/// What a counter action asks to record, before the transaction gives it its day, entry and receipt.
struct PaymentService::Draft {
    PaymentRecord record;
    std::string opType;   ///< the outbox op; empty for assisted services
    std::string payload;  ///< its JSON payload
};

namespace {

const char* takenKind(PaymentKind k)
{
    switch (k) {
    case PaymentKind::Bill: return "bill_taken";
    case PaymentKind::TopUp: return "topup_taken";
    case PaymentKind::Ticket: return "ticket_taken";
    case PaymentKind::Assisted: return "assisted_service";
    }
    return "bill_taken";
}

PaymentTaken takenFrom(const PaymentRecord& p, bool replayed)
{
    const Money total = p.amount + p.fee;
    return PaymentTaken{p.paymentId,    p.amount,        p.fee,        total,           p.tendered - total,
                        p.walletBefore, p.walletAfter,   p.entrySeq,   p.receiptNumber, replayed};
}

SResult<void> checkIds(const std::string& opId, const std::string& paymentId)
{
    if (!isUuid(opId) || !isUuid(paymentId))
        return fail(Errc::InvalidInput, "operation and payment ids must be UUIDs");
    return {};
}

}  // namespace

PaymentService::PaymentService(StationContext& ctx, Audit& audit, SettingsService& settings, FeeService& fees)
    : m_ctx(ctx), m_audit(audit), m_settings(settings), m_fees(fees), m_journal(ctx), m_payments(ctx.db()),
      m_refs(ctx.db())
{
}

// ---- reference data ----------------------------------------------------------------------------

SResult<void> PaymentService::storeBillers(const std::vector<sync::BillerInfo>& billers)
{
    std::vector<BillerRecord> rows;
    for (const auto& b : billers)
        rows.push_back({b.billerId, b.nameZh, b.nameEn, b.kind, b.accountMinLen, b.accountMaxLen, b.denominations});
    try {
        WriteTransaction tx(m_ctx.db());
        m_refs.replaceBillers(rows, m_ctx.now());
        tx.commit();
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
    return {};
}

SResult<void> PaymentService::storeCities(const std::vector<sync::CityInfo>& cities)
{
    std::vector<CityRecord> rows;
    for (const auto& c : cities)
        rows.push_back({c.cityId, c.nameZh, c.nameEn});
    try {
        WriteTransaction tx(m_ctx.db());
        m_refs.replaceCities(rows, m_ctx.now());
        tx.commit();
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
    return {};
}

SResult<void> PaymentService::setAssistedService(const Session& supervisor, const AssistedServiceRecord& s)
{
    if (!supervisor.isSupervisor()) {
        m_audit.record(&supervisor, "assisted_service", s.code, "denied", "not a supervisor");
        return fail(Errc::NotAllowed, "only a supervisor may change the assisted services");
    }
    if (!sync::isReferenceId(s.code))
        return fail(Errc::InvalidInput, "a service code is 1 to 32 letters, digits, '-' or '_'");
    const auto nameLen = utf8Length(s.nameZh);
    if (nameLen < 1 || nameLen > 40 || !isPrintableText(s.nameZh) || !isPrintableText(s.nameEn) ||
        utf8Length(s.nameEn) > 60)
        return fail(Errc::InvalidInput, "a service name is 1 to 40 characters");
    if (utf8Length(s.unit) > 8 || !isPrintableText(s.unit))
        return fail(Errc::InvalidInput, "a unit is at most 8 characters");
    if (!s.price.isPositive() || s.price > Money::fromYuan(100'000))
        return fail(Errc::InvalidInput, "a price is more than zero and at most ¥100,000");
    try {
        WriteTransaction tx(m_ctx.db());
        m_refs.putAssistedService(s, m_ctx.now(), supervisor.userId);
        m_audit.record(&supervisor, "assisted_service", s.code, "ok",
                       s.nameZh + " " + formatMoney(s.price) + (s.active ? "" : " (inactive)"));
        tx.commit();
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
    return {};
}

Money PaymentService::billFee(const std::string& billerId, Money amount) { return m_fees.feeFor(billFeeScope(billerId), amount); }
Money PaymentService::topUpFee(const std::string& carrier, Money amount) { return m_fees.feeFor(topUpFeeScope(carrier), amount); }
Money PaymentService::ticketFee(Money price) { return m_fees.feeFor(kTicketFeeScope, price); }

std::optional<Receipt> PaymentService::receipt(std::int64_t number)
{
    auto rec = ReceiptStore(m_ctx.db()).byNumber(number);
    if (!rec)
        return std::nullopt;
    auto parsed = parseReceiptBody(rec->body, rec->number);
    if (!parsed)
        return std::nullopt;
    return parsed.value();
}

// ---- counter actions ---------------------------------------------------------------------------

SResult<PaymentTaken> PaymentService::payBill(const Session& who, const BillPayment& req, const PaymentTexts& texts)
{
    if (auto ok = checkIds(req.opId, req.paymentId); !ok)
        return Failure{ok.error()};
    const auto b = m_refs.biller(req.billerId);
    if (!b || b->isCarrier())
        return fail(Errc::NotFound, "no utility biller " + req.billerId + " (refresh the billers while online)");
    const auto len = static_cast<int>(req.accountNo.size());
    if (!isDigits(req.accountNo) || len < b->accountMinLen || len > b->accountMaxLen)
        return fail(Errc::InvalidInput, "account numbers of " + b->nameZh + " have " + std::to_string(b->accountMinLen) +
                                            " to " + std::to_string(b->accountMaxLen) + " digits");
    if (!req.amount.isPositive() || req.amount.fen() > kMaxBillFen)
        return fail(Errc::InvalidInput, "a bill payment is more than zero and at most ¥5,000");
    if (req.fee != billFee(req.billerId, req.amount))
        return fail(Errc::Conflict, "the fee table changed; check the fee and confirm again");
    Draft d;
    auto& p = d.record;
    p.paymentId = req.paymentId;
    p.opId = req.opId;
    p.kind = PaymentKind::Bill;
    p.target = req.billerId;
    p.targetName = b->nameZh;
    p.accountNo = req.accountNo;
    p.holderMasked = req.holderMasked.substr(0, 64);
    p.period = req.period.substr(0, 7);
    p.amount = req.amount;
    p.fee = req.fee;
    p.tendered = req.tendered;
    d.opType = "bill.pay";
    d.payload = nlohmann::json{{"payment_id", req.paymentId},
                               {"biller_id", req.billerId},
                               {"account_no", req.accountNo},
                               {"amount_fen", req.amount.fen()}}
                    .dump();
    return take(who, std::move(d), texts);
}

SResult<PaymentTaken> PaymentService::payTopUp(const Session& who, const TopUpPayment& req, const PaymentTexts& texts)
{
    if (auto ok = checkIds(req.opId, req.paymentId); !ok)
        return Failure{ok.error()};
    const auto b = m_refs.biller(req.carrier);
    if (!b || !b->isCarrier())
        return fail(Errc::NotFound, "no mobile carrier " + req.carrier + " (refresh the billers while online)");
    if (!isMobileNumber(req.phone))
        return fail(Errc::InvalidInput, "a mobile number is 11 digits starting with 13 to 19");
    if (std::find(b->denominations.begin(), b->denominations.end(), req.amount) == b->denominations.end())
        return fail(Errc::InvalidInput, "top-ups come in the carrier's fixed amounts");
    if (req.fee != topUpFee(req.carrier, req.amount))
        return fail(Errc::Conflict, "the fee table changed; check the fee and confirm again");
    Draft d;
    auto& p = d.record;
    p.paymentId = req.paymentId;
    p.opId = req.opId;
    p.kind = PaymentKind::TopUp;
    p.target = req.carrier;
    p.targetName = b->nameZh;
    p.accountNo = req.phone;
    p.amount = req.amount;
    p.fee = req.fee;
    p.tendered = req.tendered;
    d.opType = "topup.pay";
    d.payload = nlohmann::json{{"payment_id", req.paymentId},
                               {"carrier", req.carrier},
                               {"phone", req.phone},
                               {"amount_fen", req.amount.fen()}}
                    .dump();
    return take(who, std::move(d), texts);
}

SResult<PaymentTaken> PaymentService::bookTicket(const Session& who, const TicketPurchase& req, const PaymentTexts& texts)
{
    if (auto ok = checkIds(req.opId, req.bookingId); !ok)
        return Failure{ok.error()};
    if (!sync::isReferenceId(req.trainNo) || req.trainNo.size() < 2 || req.trainNo.size() > 8 ||
        !sync::isReferenceId(req.from) || !sync::isReferenceId(req.to) || !sync::isReferenceId(req.seatClass) ||
        !BusinessDay::parse(req.date) || req.arriveAtMs <= req.departAtMs)
        return fail(Errc::InvalidInput, "choose a train and a seat class from a search");
    const auto nameLen = utf8Length(req.passengerName);
    if (nameLen < 1 || nameLen > 30 || !isPrintableText(req.passengerName))
        return fail(Errc::InvalidInput, "the passenger's name is 1 to 30 characters");
    if (!isResidentIdNumber(req.passengerIdNo))
        return fail(Errc::InvalidInput, "that is not a valid resident ID number");  // the number is never echoed
    if (!req.price.isPositive())
        return fail(Errc::InvalidInput, "the fare must be more than zero");
    if (req.fee != ticketFee(req.price))
        return fail(Errc::Conflict, "the fee table changed; check the fee and confirm again");
    Draft d;
    auto& p = d.record;
    p.paymentId = req.bookingId;
    p.opId = req.opId;
    p.kind = PaymentKind::Ticket;
    p.target = req.trainNo;
    p.targetName = req.trainNo + " " + req.fromName + "→" + req.toName;
    p.holderMasked = req.passengerName;
    p.amount = req.price;
    p.fee = req.fee;
    p.tendered = req.tendered;
    p.ticket = TicketDetails{req.trainNo,   req.date,      req.from,       req.to,          req.fromName,
                             req.toName,    req.seatClass, req.seatName,   req.departAtMs,  req.arriveAtMs,
                             req.passengerName, maskIdNumber(req.passengerIdNo)};
    d.opType = "ticket.book";
    // The full ID number lives only in this payload until the marketplace has answered the op
    // (forgetPassengerId); the station's own rows keep the masked form.
    d.payload = nlohmann::json{{"booking_id", req.bookingId},  {"train_no", req.trainNo},
                               {"date", req.date},             {"from", req.from},
                               {"to", req.to},                 {"seat_class", req.seatClass},
                               {"passenger_name", req.passengerName}, {"passenger_id_no", req.passengerIdNo},
                               {"price_fen", req.price.fen()}}
                    .dump();
    return take(who, std::move(d), texts);
}

SResult<PaymentTaken> PaymentService::sellAssisted(const Session& who, const AssistedSale& req, const PaymentTexts& texts)
{
    if (!isUuid(req.opId))
        return fail(Errc::InvalidInput, "the operation id must be a UUID");
    if (req.quantity < 1 || req.quantity > 999)
        return fail(Errc::InvalidInput, "a quantity is 1 to 999");
    const auto s = m_refs.assistedService(req.code);
    if (!s || !s->active)
        return fail(Errc::NotFound, "the station does not offer " + req.code);
    if (s->price != req.price)
        return fail(Errc::Conflict, "the price list changed; check the price and confirm again");
    Draft d;
    auto& p = d.record;
    p.paymentId = req.opId;
    p.opId = req.opId;
    p.kind = PaymentKind::Assisted;
    p.target = s->code;
    p.targetName = s->nameZh;
    p.holderMasked = s->unit;  // printed after the quantity
    p.quantity = req.quantity;
    try {
        p.amount = s->price * req.quantity;
    } catch (const MoneyOverflow& e) {
        return fail(Errc::InvalidInput, e.what());
    }
    p.tendered = req.tendered;
    return take(who, std::move(d), texts);
}

SResult<PaymentTaken> PaymentService::take(const Session& who, Draft d, const PaymentTexts& texts)
{
    auto& p = d.record;
    const bool walletPaid = p.kind != PaymentKind::Assisted;
    if (p.fee.isNegative() || p.tendered.isNegative())
        return fail(Errc::InvalidInput, "amounts cannot be negative");
    const auto total = p.amount.checkedAdd(p.fee);
    if (!total)
        return fail(Errc::InvalidInput, "the amount is far too large");
    if (p.tendered < *total)
        return fail(Errc::InvalidInput, "the cash received is less than the total " + formatMoney(*total));
    try {
        WriteTransaction tx(m_ctx.db());
        if (auto prior = m_payments.byOpId(p.opId)) {
            if (prior->paymentId != p.paymentId || prior->kind != p.kind || prior->amount != p.amount ||
                prior->fee != p.fee || prior->tendered != p.tendered)
                return fail(Errc::OpIdConflict, "this payment was already recorded with different contents");
            return takenFrom(*prior, true);
        }
        if (m_payments.byId(p.paymentId))
            return fail(Errc::Conflict, "payment " + p.paymentId + " is already recorded");
        if (walletPaid) {
            // Checked in the transaction that records the payment: two counters (or the sync
            // thread) can never both spend the same available balance.
            const Money available = availableWallet(m_journal.store());
            if (p.amount > available)
                return fail(Errc::InsufficientWallet, "the platform wallet has " + formatMoney(available) +
                                                          " available; this needs " + formatMoney(p.amount));
            p.walletBefore = available;
            p.walletAfter = available - p.amount;
        }
        EntryRequest e;
        e.opId = p.opId;
        e.kind = takenKind(p.kind);
        e.memo = std::string(toString(p.kind)) + " " + p.paymentId;
        if (walletPaid) {
            e.lines = {{std::string(acct::CashDrawer), *total}, {std::string(acct::ServicesInTransit), -p.amount}};
            if (p.fee.isPositive())
                e.lines.push_back({std::string(acct::ServiceFeeIncome), -p.fee});
        } else {
            e.lines = {{std::string(acct::CashDrawer), p.amount}, {std::string(acct::ServiceFeeIncome), -p.amount}};
        }
        auto posted = m_journal.post(e, &who);
        if (!posted)
            return Failure{posted.error()};
        const auto now = m_ctx.now();
        p.state = walletPaid ? PaymentState::Pending : PaymentState::Done;
        p.businessDay = posted->day.toString();
        p.createdAt = now;
        p.updatedAt = now;
        p.userId = who.userId;
        p.entrySeq = posted->seq;
        p.receiptNumber = issue("payment", p.opId, posted->seq, who, takenReceipt(who, p, texts));
        m_payments.insert(p);
        if (walletPaid)
            OutboxStore(m_ctx.db()).enqueue(p.opId, d.opType, d.payload, p.paymentId, now);
        tx.commit();
        return takenFrom(p, false);
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    } catch (const MoneyOverflow& e) {
        return fail(Errc::InvalidInput, e.what());
    }
}

std::int64_t PaymentService::issue(const char* kind, const std::string& opId, std::int64_t entrySeq, const Session& who,
                                   const Receipt& r)
{
    return ReceiptStore(m_ctx.db()).issue(kind, opId, entrySeq, m_ctx.now(), who.userId, toReceiptBody(r));
}

}  // namespace cz
