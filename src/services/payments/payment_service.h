#pragma once
// 代缴: bills, phone top-ups and train tickets paid for a villager from the station's platform
// wallet, and assisted services sold at the station's own price. Each counter action is one
// transaction: the ledger entry, the payment row, the receipt and (for the marketplace's kinds) the
// outbox op. What the marketplace decides comes back as events (applyEvent) or op verdicts.
//
// Postings (ledger.md), amount a, fee f:
//   taken      Dr 1000 a+f · Cr 2100 a · Cr 4000 f      (refused before any cash if a > available wallet)
//   confirmed  Dr 2100 a · Cr 1100 a                     (bill.paid / ticket.issued, a from the event)
//   failed     Dr 2100 a · Dr 4000 f · Cr 2300 a+f       (bill.failed / ticket.failed / op refused)
//   refunded   Dr 1100 a−k · Cr 2300 a−k                 (ticket.refunded, railway fee k)
//   cash back  Dr 2300 x · Cr 1000 x                     (with a refund receipt)
//   assisted   Dr 1000 p · Cr 4000 p

#include "services/audit.h"
#include "services/errors.h"
#include "services/fee_service.h"
#include "services/journal.h"
#include "services/payments/payment_texts.h"
#include "services/session.h"
#include "services/settings_service.h"
#include "services/station_context.h"
#include "storage/misc_stores.h"
#include "storage/outbox_store.h"
#include "storage/payments/payment_reference_store.h"
#include "storage/payments/payment_store.h"
#include "sync/payments/payments_wire.h"
#include "sync/sync_engine.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

/// Fee table scopes of the payments desk.
std::string billFeeScope(const std::string& billerId);   ///< "bill:<biller id>"
std::string topUpFeeScope(const std::string& carrier);   ///< "topup:<carrier>"
inline constexpr const char* kTicketFeeScope = "ticket";

/// Marketplace limit of one bill payment (¥5,000).
inline constexpr std::int64_t kMaxBillFen = 500'000;

struct BillPayment {
    std::string opId;       ///< one per pay dialog: confirming twice records one payment
    std::string paymentId;  ///< UUID, the marketplace's payment_id
    std::string billerId;
    std::string accountNo;
    std::string holderMasked;  ///< from the look-up
    std::string period;
    Money amount;
    Money fee;       ///< what the screen showed; must be the fee table's
    Money tendered;  ///< cash handed over
};

struct TopUpPayment {
    std::string opId;
    std::string paymentId;
    std::string carrier;
    std::string phone;
    Money amount;  ///< one of the carrier's denominations
    Money fee;
    Money tendered;
};

struct TicketPurchase {
    std::string opId;
    std::string bookingId;
    std::string trainNo;
    std::string date;  ///< YYYY-MM-DD
    std::string from;
    std::string to;
    std::string fromName;
    std::string toName;
    std::string seatClass;
    std::string seatName;
    std::int64_t departAtMs = 0;
    std::int64_t arriveAtMs = 0;
    Money price;  ///< the fare from the search
    Money fee;
    Money tendered;
    std::string passengerName;
    std::string passengerIdNo;  ///< sent once in the op; kept only masked
};

struct AssistedSale {
    std::string opId;  ///< also the sale's id
    std::string code;
    std::int64_t quantity = 1;
    Money price;  ///< per unit, as the screen showed it; must be the list's
    Money tendered;
};

struct PaymentTaken {
    std::string paymentId;
    Money amount;
    Money fee;
    Money total;
    Money change;
    std::optional<Money> walletBefore;  ///< available wallet before and after (wallet-paid kinds)
    std::optional<Money> walletAfter;
    std::int64_t entrySeq = 0;
    std::int64_t receiptNumber = 0;
    bool replayed = false;
};

struct RefundPaid {
    Money amount;
    std::int64_t entrySeq = 0;
    std::int64_t receiptNumber = 0;
    bool replayed = false;
};

class PaymentService final {
public:
    PaymentService(StationContext& ctx, Audit& audit, SettingsService& settings, FeeService& fees);

    StationContext& context() { return m_ctx; }

    // ---- reference data ------------------------------------------------------------------------
    std::vector<BillerRecord> billers() { return m_refs.billers(); }
    std::optional<BillerRecord> biller(const std::string& id) { return m_refs.biller(id); }
    /// Keeps the marketplace's list for offline top-ups (called after GET /v1/billers).
    SResult<void> storeBillers(const std::vector<sync::BillerInfo>& billers);
    std::vector<CityRecord> cities() { return m_refs.cities(); }
    SResult<void> storeCities(const std::vector<sync::CityInfo>& cities);
    std::vector<AssistedServiceRecord> assistedServices(bool activeOnly = true) { return m_refs.assistedServices(activeOnly); }
    /// Adds or changes an assisted service (supervisor only, audited).
    SResult<void> setAssistedService(const Session& supervisor, const AssistedServiceRecord& s);

    /// The fee the station's table charges for paying `amount` to this biller / carrier / railway.
    Money billFee(const std::string& billerId, Money amount);
    Money topUpFee(const std::string& carrier, Money amount);
    Money ticketFee(Money price);

    // ---- counter actions (one transaction each) --------------------------------------------------
    SResult<PaymentTaken> payBill(const Session& who, const BillPayment& req, const PaymentTexts& texts);
    /// Works offline: carriers and denominations come from the cached billers list.
    SResult<PaymentTaken> payTopUp(const Session& who, const TopUpPayment& req, const PaymentTexts& texts);
    SResult<PaymentTaken> bookTicket(const Session& who, const TicketPurchase& req, const PaymentTexts& texts);
    SResult<PaymentTaken> sellAssisted(const Session& who, const AssistedSale& req, const PaymentTexts& texts);
    /// Asks the marketplace to refund an issued ticket; its refund fee is known when it answers.
    SResult<void> requestTicketRefund(const Session& who, const std::string& opId, const std::string& bookingId);
    /// Pays the refund due on a failed payment or a refunded ticket in cash, with its receipt.
    SResult<RefundPaid> payRefund(const Session& who, const std::string& opId, const std::string& paymentId,
                                  const PaymentTexts& texts);
    /// The confirmation receipt of a confirmed payment (biller reference / e-ticket number): issued
    /// the first time it is asked for, the same number afterwards. The pending receipt stays as printed.
    SResult<std::int64_t> confirmationReceipt(const Session& who, const std::string& paymentId, const PaymentTexts& texts);

    // ---- queries -------------------------------------------------------------------------------
    std::optional<PaymentRecord> payment(const std::string& paymentId) { return m_payments.byId(paymentId); }
    std::vector<PaymentRecord> recent(int limit = 200) { return m_payments.recent(limit); }
    std::vector<PaymentRecord> ofDay(const BusinessDay& day) { return m_payments.byDay(day); }
    std::vector<PaymentRecord> open(int limit = 200) { return m_payments.open(limit); }
    std::vector<PaymentHistoryRow> history(const std::string& paymentId) { return m_payments.history(paymentId); }
    /// Counts, amounts and fees per kind for the day's report.
    std::vector<PaymentDayTotals> dayTotals(const BusinessDay& day) { return m_payments.dayTotals(day); }
    /// A stored receipt, for a reprint.
    std::optional<Receipt> receipt(std::int64_t number);

    // ---- the marketplace's answers (inside the sync's transaction) ------------------------------
    sync::EventHandler::Applied applyEvent(const sync::Event& e);
    void opAccepted(const OutboxOp& op, const sync::OpResult& r);
    void opRejected(const OutboxOp& op, const sync::OpResult& r);

private:
    struct Draft;
    SResult<PaymentTaken> take(const Session& who, Draft d, const PaymentTexts& texts);
    sync::EventHandler::Applied confirm(const sync::Event& e, const std::string& id, PaymentKind expect,
                                        const std::string& reference, Money amount);
    sync::EventHandler::Applied failed(const std::string& id, const std::string& opKey, const std::string& reason);
    sync::EventHandler::Applied ticketRefunded(const sync::Event& e, const sync::TicketRefunded& r);
    std::int64_t issue(const char* kind, const std::string& opId, std::int64_t entrySeq, const Session& who,
                       const Receipt& r);
    Receipt baseReceipt(const Session& who, const PaymentRecord& p, const PaymentTexts& t, const std::string& title);
    Receipt takenReceipt(const Session& who, const PaymentRecord& p, const PaymentTexts& t);
    Receipt confirmedReceipt(const Session& who, const PaymentRecord& p, const PaymentTexts& t);
    Receipt refundReceipt(const Session& who, const PaymentRecord& p, const PaymentTexts& t);
    void forgetPassengerId(const OutboxOp& op);

    StationContext& m_ctx;
    Audit& m_audit;
    SettingsService& m_settings;
    FeeService& m_fees;
    Journal m_journal;
    PaymentStore m_payments;
    PaymentReferenceStore m_refs;
};

}  // namespace cz
