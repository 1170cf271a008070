#pragma once
// Bills, top-ups, tickets and assisted services sold at the counter (代缴), their train details and
// the history of their states. Amounts here are descriptive: the money is in the journal entries
// the rows point to. Mutators run inside the caller's WriteTransaction.

#include "core/business_day.h"
#include "core/clock.h"
#include "core/money.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cz {

enum class PaymentKind { Bill, TopUp, Ticket, Assisted };
std::string_view toString(PaymentKind k);
std::optional<PaymentKind> paymentKindFromString(std::string_view s);

/// pending → confirmed | refund_due → refunded; a confirmed ticket: refund_requested → refund_due
/// (or back to confirmed when the marketplace refuses). Assisted services are done at once.
enum class PaymentState { Pending, Confirmed, RefundRequested, RefundDue, Refunded, Done };
std::string_view toString(PaymentState s);
std::optional<PaymentState> paymentStateFromString(std::string_view s);

struct TicketDetails {
    std::string trainNo;
    std::string travelDate;  ///< YYYY-MM-DD (Beijing)
    std::string fromCity;
    std::string toCity;
    std::string fromName;
    std::string toName;
    std::string seatClass;
    std::string seatName;
    std::int64_t departAtMs = 0;
    std::int64_t arriveAtMs = 0;
    std::string passengerName;
    std::string passengerIdMasked;  ///< "410102********1234"
};

struct PaymentRecord {
    std::string paymentId;
    std::string opId;
    PaymentKind kind = PaymentKind::Bill;
    std::string target;      ///< biller id, carrier, train number or service code
    std::string targetName;  ///< what the villager paid for, as shown
    std::string accountNo;   ///< utility account or phone number
    std::string holderMasked;
    std::string period;
    std::int64_t quantity = 1;
    Money amount;
    Money fee;
    Money tendered;
    PaymentState state = PaymentState::Pending;
    std::string reference;  ///< the biller's reference or the e-ticket number, once confirmed
    std::string reason;     ///< why it failed or was refused
    Money refundDue;        ///< owed back to the villager (2300) once known
    Money refundFee;        ///< the railway's refund fee kept by the marketplace
    std::string refundOpId; ///< the ticket.refund op
    std::string payoutOpId; ///< the cash refund's entry
    std::optional<Money> walletBefore;  ///< available wallet around the take (wallet-paid kinds)
    std::optional<Money> walletAfter;
    std::string businessDay;
    TimePoint createdAt;
    TimePoint updatedAt;
    std::optional<std::int64_t> userId;
    std::int64_t entrySeq = 0;
    std::int64_t receiptNumber = 0;
    std::optional<std::int64_t> confirmReceipt;
    std::optional<std::int64_t> refundReceipt;
    std::optional<TicketDetails> ticket;
};

struct PaymentHistoryRow {
    TimePoint at;
    PaymentState state = PaymentState::Pending;
    std::optional<std::int64_t> entrySeq;
    std::string note;
};

/// One kind's totals for a business day (the day's report).
struct PaymentDayTotals {
    PaymentKind kind = PaymentKind::Bill;
    std::int64_t count = 0;
    Money amount;
    Money fees;
};

class PaymentStore final {
public:
    explicit PaymentStore(Database& db) : m_db(db) {}

    /// Inside the business transaction; also writes the ticket details and the first history row.
    void insert(const PaymentRecord& p);
    std::optional<PaymentRecord> byId(const std::string& paymentId);
    std::optional<PaymentRecord> byOpId(const std::string& opId);
    std::optional<PaymentRecord> byRefundOpId(const std::string& opId);

    /// Moves a payment to `s` and records the transition (with the entry that moved money, if any).
    void setState(const std::string& paymentId, PaymentState s, TimePoint at, std::optional<std::int64_t> entrySeq,
                  const std::string& note);
    void setReference(const std::string& paymentId, const std::string& reference);
    void setReason(const std::string& paymentId, const std::string& reason);
    void setRefund(const std::string& paymentId, Money due, Money railwayFee);
    void setRefundOp(const std::string& paymentId, const std::string& opId);
    void setPayout(const std::string& paymentId, const std::string& opId, std::int64_t receiptNumber);
    void setConfirmReceipt(const std::string& paymentId, std::int64_t receiptNumber);

    /// Newest first.
    std::vector<PaymentRecord> recent(int limit);
    std::vector<PaymentRecord> byDay(const BusinessDay& day);
    /// Payments still waiting for the marketplace or for a refund, oldest first.
    std::vector<PaymentRecord> open(int limit);
    std::vector<PaymentHistoryRow> history(const std::string& paymentId);
    std::vector<PaymentDayTotals> dayTotals(const BusinessDay& day);

    /// Replaces the stored payload of an op the marketplace has answered (accepted or refused, so
    /// never sent again) — used to drop a passenger's full ID number from the outbox.
    void replaceOutboxPayload(const std::string& opId, const std::string& payload);

private:
    std::vector<PaymentRecord> list(Query& q);
    /// The payment whose `column` (a fixed column name, never input) equals `value`.
    std::optional<PaymentRecord> findBy(const char* column, const std::string& value);
    void fillTicket(PaymentRecord& p);
    void addHistory(const std::string& paymentId, PaymentState s, TimePoint at, std::optional<std::int64_t> entrySeq,
                    const std::string& note);
    Database& m_db;
};

}  // namespace cz
