#pragma once
// 日结 reports: the X report (any time, no side effects), the Z report written when a day closes
// (stored as a receipt body so a reprint is byte-identical) and range reports over any dates.
// Expected cash is the balance of the drawer account (1000) — the same formula for X and Z.

#include "services/errors.h"
#include "services/receipt/receipt.h"
#include "services/reports/report_figures.h"
#include "services/reports/report_texts.h"
#include "services/session.h"
#include "services/settings_service.h"
#include "services/station_context.h"
#include "storage/day_store.h"
#include "storage/reports/report_store.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

/// Taobao-village marks (the seed's measure of a thriving e-commerce village).
inline constexpr std::int64_t kTaobaoVillageSellers = 100;
inline constexpr std::int64_t kTaobaoVillageSalesFen = 1'000'000'000;  // ¥10 million a year

struct PendingOp {
    std::string type;   ///< outbox op type ("order.create" …)
    std::string refId;  ///< the business object
    TimePoint createdAt;
};

/// One difference between the station's wallet postings and the marketplace's statement, as the
/// Z report lists it (from WalletService::reconcile).
struct WalletGap {
    enum class Kind { MissingAtStation, MissingAtMarketplace, AmountDiffers } kind = Kind::MissingAtStation;
    std::string what;  ///< the marketplace's line kind or the station's entry kind
    std::string ref;   ///< the marketplace's reference or the station's op id
    Money market;
    Money station;
};

struct DayReport {
    BusinessDay day;
    bool closed = false;
    Figures figures;
    Money drawerOpening;  ///< the drawer when the day began (before the float count)
    Money expected;       ///< balance of 1000 (before any close variance)
    std::optional<Money> counted;
    Money variance;
    std::string note;
    Money suggestBank;
    Money keepFloat;
    Money walletStation;  ///< balance of 1100
    std::optional<Money> walletMarket;
    std::optional<std::vector<WalletGap>> walletGaps;  ///< the statement reconciled line by line at close
    Money ordersInTransit;    ///< balance of 2000 (credit, shown positive)
    Money servicesInTransit;  ///< balance of 2100 (credit, shown positive)
    std::int64_t pendingCount = 0;
    std::vector<PendingOp> pending;  ///< the first 20
};

struct WalletReconciliation;
/// The differences of a wallet reconciliation as the Z report lists them.
std::vector<WalletGap> walletGaps(const WalletReconciliation& r);

/// What DayService passes when it closes a day.
struct CloseFacts {
    DayRecord day;
    Money expected;
    Money counted;
    Money variance;
    std::string note;
    std::optional<Money> walletMarket;
    std::optional<std::vector<WalletGap>> walletGaps;  ///< set when the statement was reconciled
};

struct ClerkTotals {
    std::int64_t userId = 0;  ///< 0 = marketplace events
    std::string name;
    Money income;
    Money takings;
    std::int64_t entries = 0;
};

struct DayPoint {
    BusinessDay day;
    Money income;
    Money takings;
    Money drawerEnd;  ///< the drawer at the end of the day
};

struct RangeReport {
    BusinessDay from;
    BusinessDay to;
    Figures figures;
    std::vector<ClerkTotals> clerks;
    std::vector<DayPoint> days;  ///< days with entries, oldest first
    std::vector<ProductTotal> topProducts;
    std::vector<StateCount> ordersByState;
    SellerActivity sellers;  ///< consignors active in the 12 months before now
};

class ReportService final {
public:
    ReportService(StationContext& ctx, SettingsService& settings) : m_ctx(ctx), m_settings(settings), m_store(ctx.db()) {}

    /// The open day as it stands (or the next day to open when none is): reads only.
    DayReport xReport();
    /// The X report as a printable document.
    Receipt xReceipt(const Session& who, const ReportTexts& texts);
    /// Any day's figures from the journal, as the Z report computes them (reads only).
    DayReport dayReport(const BusinessDay& day) { return build(day, std::nullopt); }
    Receipt dayReceipt(const BusinessDay& day, const ReportTexts& texts) { return toReceipt(dayReport(day), texts, true, {}); }

    /// Inside the close transaction (DayService::closeDay): stores the day's totals and its Z report,
    /// returns the Z report's receipt number.
    std::int64_t writeZ(const Session& who, const std::string& opId, const CloseFacts& facts, const ReportTexts& texts);
    /// The stored Z report of a closed day, exactly as printed at close.
    SResult<Receipt> zReport(const BusinessDay& day);
    std::vector<BusinessDay> zDays(int limit) { return m_store.zDays(limit); }

    RangeReport range(const BusinessDay& from, const BusinessDay& to);
    /// The range report as CSV: UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting.
    std::string rangeCsv(const RangeReport& r, const ReportTexts& texts);

    /// What the close suggests keeping as tomorrow's float (SettingsService::floatTarget).
    Money floatTarget() { return m_settings.floatTarget(); }

    /// The day's journal summed (live).
    std::vector<TotalsRow> liveTotals(const BusinessDay& from, const BusinessDay& to);

private:
    DayReport build(const BusinessDay& day, std::optional<Money> counted);
    Receipt toReceipt(const DayReport& r, const ReportTexts& t, bool z, const std::string& cashier);

    StationContext& m_ctx;
    SettingsService& m_settings;
    ReportStore m_store;
};

/// One CSV field, quoted when it has to be.
std::string csvField(std::string_view s);
/// Fen as "1234.50" / "-0.05": a number every spreadsheet reads.
std::string csvAmount(Money m);

}  // namespace cz
