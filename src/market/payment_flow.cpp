// Bills and phone top-ups (代缴) on the marketplace side: pending → paid (wallet debited) | failed.
// Both are "payments" sharing one id space and one pair of events (bill.paid / bill.failed). Also
// the admin's wallet credits (the owner transferring money to the platform).

#include "market/api_error.h"
#include "market/billers.h"
#include "market/flows.h"
#include "market/json_fields.h"
#include "market/seeded_hash.h"
#include "market/text_codec.h"

#include <algorithm>
#include <cctype>

namespace cz::market {

namespace {

constexpr std::int64_t kMaxBillFen = 500'000; // ¥5,000 per payment

struct PaymentRow final {
    std::string kind;
    std::string billerId;
    std::int64_t amountFen = 0;
    std::string state;
};

std::optional<PaymentRow> loadPayment(Market& m, const std::string& stationId, const std::string& paymentId)
{
    auto q = m.store().query(
        "SELECT kind, biller_id, amount_fen, state FROM payments WHERE station_id = ? AND payment_id = ?");
    q.bind(1, stationId).bind(2, paymentId);
    if (!q.step())
        return std::nullopt;
    return PaymentRow {q.text(0), q.text(1), q.int64(2), q.text(3)};
}

void insertPayment(const OpContext& c, const std::string& paymentId, const std::string& kind,
                   const std::string& billerId, const std::string& accountNo, std::int64_t amountFen)
{
    if (loadPayment(c.market, c.stationId, paymentId))
        throw Rejection("duplicate_id", "payment " + paymentId + " was already made by another op");
    auto q = c.market.store().query(
        "INSERT INTO payments (station_id, payment_id, kind, biller_id, account_no, amount_fen, "
        "period, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)");
    q.bind(1, c.stationId).bind(2, paymentId).bind(3, kind).bind(4, billerId).bind(5, accountNo).bind(6, amountFen);
    q.bind(7, formatIsoDate(chinaDay(c.now)).substr(0, 7)).bind(8, c.now).bind(9, c.now);
    q.exec();
    c.market.tasks().schedule(c.now + c.market.rates().billS * 1000, "payment_process", c.stationId, paymentId);
}

void fail(Market& m, const std::string& stationId, const std::string& paymentId, const std::string& code,
          const std::string& reason, std::int64_t now)
{
    auto q = m.store().query(
        "UPDATE payments SET state = 'failed', updated_at = ? WHERE station_id = ? AND payment_id = ?");
    q.bind(1, now).bind(2, stationId).bind(3, paymentId);
    q.exec();
    m.events().append(stationId, "bill.failed", now,
                      {{"payment_id", paymentId}, {"reason_code", code}, {"reason", reason}});
}

void process(Market& m, const std::string& stationId, const std::string& paymentId, const PaymentRow& p,
             std::int64_t now)
{
    if (unitInterval(seededHash(m.seed(), {"bill-fail", stationId, paymentId})) < m.rates().billFailRate) {
        fail(m, stationId, paymentId, "biller_unavailable", "the biller did not accept the payment", now);
        return;
    }
    std::string prefix = p.billerId.substr(0, 2);
    std::transform(prefix.begin(), prefix.end(), prefix.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
    const std::string ref = prefix + formatIsoDate(chinaDay(now)).substr(0, 4) + m.digits("biller-ref", paymentId, 12);
    const nlohmann::json data = {{"payment_id", paymentId}, {"biller_ref", ref}, {"amount_fen", p.amountFen}};
    const std::string kind = p.kind == "topup" ? "phone_topup_debit" : "bill_debit";
    if (!m.wallet().move({stationId, -p.amountFen, kind, "payment", paymentId, "bill.paid", data}, now)) {
        fail(m, stationId, paymentId, "insufficient_funds", "the platform wallet does not cover the payment", now);
        return;
    }
    auto q = m.store().query("UPDATE payments SET state = 'paid', biller_ref = ?, updated_at = ? "
                             "WHERE station_id = ? AND payment_id = ?");
    q.bind(1, ref).bind(2, now).bind(3, stationId).bind(4, paymentId);
    q.exec();
}

} // namespace

nlohmann::json payBill(const OpContext& c)
{
    Fields f(c.payload, "payload");
    const std::string paymentId = f.uuid("payment_id");
    const std::string billerId = f.text("biller_id", 1, 32);
    const std::string accountNo = f.text("account_no", 1, 32);
    const std::int64_t amount = f.integer("amount_fen", INT64_MIN, INT64_MAX);
    f.finish();
    const auto* b = findBiller(billerId);
    if (b == nullptr || b->kind == "mobile")
        throw Rejection("unknown_biller", "no utility biller " + billerId + " (top-ups use topup.pay)",
                        {{"field", "payload.biller_id"}});
    const auto len = static_cast<int>(accountNo.size());
    if (!isDigits(accountNo) || len < b->accountMinLen || len > b->accountMaxLen)
        throw Rejection("invalid_account_no",
                        "account numbers of " + std::string(b->id) + " have " + std::to_string(b->accountMinLen) + ".."
                            + std::to_string(b->accountMaxLen) + " digits",
                        {{"field", "payload.account_no"}});
    if (!billFor(c.market.seed(), *b, accountNo, c.now).exists)
        throw Rejection("unknown_account", "the biller has no account " + accountNo, {{"field", "payload.account_no"}});
    if (amount < 1 || amount > kMaxBillFen)
        throw Rejection("invalid_amount", "amount_fen must be 1..500000", {{"field", "payload.amount_fen"}});
    insertPayment(c, paymentId, "bill", billerId, accountNo, amount);
    return opResult(paymentId, "pending", c.now);
}

nlohmann::json payTopUp(const OpContext& c)
{
    Fields f(c.payload, "payload");
    const std::string paymentId = f.uuid("payment_id");
    const std::string carrier = f.text("carrier", 1, 32);
    const std::string phone = f.text("phone", 1, 32);
    const std::int64_t amount = f.integer("amount_fen", INT64_MIN, INT64_MAX);
    f.finish();
    const auto* b = findBiller(carrier);
    if (b == nullptr || b->kind != "mobile")
        throw Rejection("unknown_biller", "no mobile carrier " + carrier + " (cmcc, cucc, ctcc)",
                        {{"field", "payload.carrier"}});
    if (!isMobileNumber(phone))
        throw Rejection("invalid_phone", "phone must be an 11-digit mainland mobile number",
                        {{"field", "payload.phone"}});
    const auto& d = b->denominationsFen;
    if (std::find(d.begin(), d.end(), amount) == d.end())
        throw Rejection("invalid_denomination", "top-ups come in fixed amounts",
                        {{"field", "payload.amount_fen"}, {"denominations_fen", d}});
    insertPayment(c, paymentId, "topup", carrier, phone, amount);
    return opResult(paymentId, "pending", c.now);
}

bool runPaymentTask(Market& m, const Task& t, std::int64_t now)
{
    if (t.kind != "payment_process")
        return false;
    const auto p = loadPayment(m, t.stationId, t.refId);
    if (p && p->state == "pending")
        process(m, t.stationId, t.refId, *p, now);
    return true;
}

nlohmann::json forceFailPayment(Market& m, const std::string& stationId, const std::string& paymentId,
                                const std::string& reasonCode, const std::string& reason)
{
    const auto p = loadPayment(m, stationId, paymentId);
    if (!p)
        throw ApiError(404, "unknown_payment", "no payment " + paymentId + " of station " + stationId);
    if (p->state != "pending")
        throw ApiError(409, "invalid_state", "only a pending payment can be failed; it is " + p->state);
    fail(m, stationId, paymentId, reasonCode, reason, m.now());
    return {{"payment_id", paymentId}, {"state", "failed"}};
}

nlohmann::json lookupBill(Market& m, const std::string& billerId, const std::string& accountNo)
{
    const auto* b = findBiller(billerId);
    if (b == nullptr || b->kind == "mobile")
        throw ApiError(422, "unknown_biller", "no utility biller " + billerId);
    const auto len = static_cast<int>(accountNo.size());
    if (!isDigits(accountNo) || len < b->accountMinLen || len > b->accountMaxLen)
        throw ApiError(422, "invalid_account_no",
                       "account numbers of " + billerId + " have " + std::to_string(b->accountMinLen) + ".."
                           + std::to_string(b->accountMaxLen) + " digits");
    std::lock_guard lock(m.store().mutex());
    const auto now = m.now();
    const auto due = billFor(m.seed(), *b, accountNo, now);
    if (!due.exists)
        throw ApiError(404, "account_not_found", "the biller has no account " + accountNo);
    auto q = m.store().query("SELECT coalesce(sum(amount_fen), 0) FROM payments "
                             "WHERE biller_id = ? AND account_no = ? AND period = ? AND state = 'paid'");
    q.bind(1, billerId).bind(2, accountNo).bind(3, due.period);
    q.step();
    const std::int64_t paid = q.int64(0);
    return {{"biller_id", billerId},
            {"account_no", accountNo},
            {"holder_name_masked", due.holderNameMasked},
            {"period", due.period},
            {"amount_due_fen", std::max<std::int64_t>(0, due.amountDueFen - paid)},
            {"as_of", now}};
}

nlohmann::json creditWallet(Market& m, const std::string& stationId, std::int64_t amountFen, const std::string& method,
                            const std::string& reference)
{
    if (!m.stationExists(stationId))
        throw ApiError(404, "unknown_station", "no station " + stationId);
    const auto now = m.now();
    m.wallet().move({stationId,
                     amountFen,
                     "wallet_credit",
                     "credit",
                     reference,
                     "wallet.credited",
                     {{"amount_fen", amountFen}, {"method", method}, {"reference", reference}}},
                    now);
    return {{"station_id", stationId}, {"balance_fen", m.wallet().balance(stationId)}};
}

} // namespace cz::market
