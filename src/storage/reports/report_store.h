#pragma once
// 日结 reports on disk: the journal summed per day by entry kind, account and user (live over a seq
// range, or the snapshot stored at close), the Z report index, and the business tables the range
// reports read (order lines, orders by state, consignment sales).

#include "core/business_day.h"
#include "core/clock.h"
#include "storage/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cz {

/// One group of postings: day × entry kind × top-level account × user. The row with an empty account
/// counts the entries of that kind (n) and carries no amounts.
struct TotalsRow {
    std::string day;
    std::string kind;
    std::string account;      ///< top-level code ("2200", never "2200:7"); "" = entry count row
    std::int64_t userId = 0;  ///< 0 = no user (marketplace events)
    std::int64_t debitFen = 0;
    std::int64_t creditFen = 0;  ///< positive: the sum of the credit postings' magnitudes
    std::int64_t n = 0;          ///< postings (or entries, on the count row)

    friend bool operator==(const TotalsRow&, const TotalsRow&) = default;
};

struct ProductTotal {
    std::string productId;
    std::string name;
    std::int64_t quantity = 0;
    std::int64_t amountFen = 0;
};

struct StateCount {
    std::string state;
    std::int64_t orders = 0;
    std::int64_t goodsFen = 0;
};

struct SellerActivity {
    std::int64_t activeSellers = 0;  ///< consignors with at least one sale
    std::int64_t grossFen = 0;       ///< their sales
};

class ReportStore final {
public:
    explicit ReportStore(Database& db) : m_db(db) {}

    /// Sums the journal entries seq lo..hi (inclusive).
    std::vector<TotalsRow> aggregate(std::int64_t lo, std::int64_t hi);

    /// Inside a WriteTransaction: stores a closed day's totals (rows all dated that day).
    void saveTotals(const std::vector<TotalsRow>& rows);
    /// Stored totals of the days from..to; `days` receives the days that have a snapshot.
    std::vector<TotalsRow> storedTotals(const BusinessDay& from, const BusinessDay& to);
    /// The days from..to that have a stored snapshot (the closed days with a Z report).
    std::vector<BusinessDay> snapshotDays(const BusinessDay& from, const BusinessDay& to);

    /// Inside a WriteTransaction.
    void insertZ(const BusinessDay& day, std::int64_t receiptNumber, TimePoint at);
    std::optional<std::int64_t> zReceipt(const BusinessDay& day);
    /// Days with a Z report, newest first.
    std::vector<BusinessDay> zDays(int limit);

    /// Order lines of orders dated from..to that were not voided or refunded, best sellers first.
    std::vector<ProductTotal> topProducts(const BusinessDay& from, const BusinessDay& to, int limit);
    std::vector<StateCount> ordersByState(const BusinessDay& from, const BusinessDay& to);
    /// Consignment sales since `since` (inclusive).
    SellerActivity sellers(TimePoint since);

private:
    Database& m_db;
};

}  // namespace cz
