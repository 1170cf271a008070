#pragma once
// Farmers (consignors), the commission rules, payouts, and the farmer statement read from the
// journal. Call the writers inside the service's WriteTransaction.

#include "core/business_day.h"
#include "core/clock.h"
#include "core/money.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

struct FarmerRecord {
    std::int64_t id = 0;
    std::string opId;
    std::string name;
    std::string phone;
    std::string villageGroup;
    std::string idMasked;       ///< "**************123X" or empty
    std::string payoutMethod;   ///< cash | bank | mobile
    std::string payoutAccount;  ///< bank card / wallet id the farmer prefers (informational)
    std::optional<std::int32_t> commissionBp;  ///< the farmer's own rate, overriding the rules
    std::string account;        ///< "2200:<id>"
    TimePoint createdAt;
    std::optional<std::int64_t> createdBy;
};

struct PayoutRecord {
    std::string opId;
    std::int64_t farmerId = 0;
    Money amount;
    std::int64_t entrySeq = 0;
    std::optional<std::int64_t> receiptNumber;
    std::string businessDay;
    TimePoint at;
    std::optional<std::int64_t> userId;
};

/// One posting to a farmer's payable account, explained. `amount` is what it adds to what the
/// station owes the farmer (credits to 2200:<id> positive).
struct StatementLine {
    std::int64_t seq = 0;
    std::string businessDay;
    TimePoint at;
    std::string kind;  ///< the entry's kind: consignment_sale, farmer_payout, reversal …
    Money amount;
    Money owedAfter;
    // Filled for sales:
    std::string saleId;
    std::string title;
    std::string unit;
    std::int64_t quantity = 0;
    Money gross;
    Money platformFee;
    Money commission;
    std::int32_t commissionBp = 0;
    Money absorbed;
};

class FarmerStore final {
public:
    explicit FarmerStore(Database& db) : m_db(db) {}

    /// Inserts with the id from nextId() and its payable account (which must exist already).
    void insert(const FarmerRecord& f);
    void update(const FarmerRecord& f);
    std::optional<FarmerRecord> byId(std::int64_t id);
    std::optional<FarmerRecord> byOpId(const std::string& opId);
    std::vector<FarmerRecord> byIds(const std::vector<std::int64_t>& ids);
    std::vector<FarmerRecord> recent(int limit);
    /// The next id insert() will give (the payable account is named after it).
    std::int64_t nextId();

    std::optional<std::int32_t> rule(const std::string& scope);
    void setRule(const std::string& scope, std::int32_t rateBp, TimePoint at, std::int64_t userId);
    std::vector<std::pair<std::string, std::int32_t>> rules();

    void insertPayout(const PayoutRecord& p);
    std::optional<PayoutRecord> payoutByOpId(const std::string& opId);
    std::vector<PayoutRecord> payouts(std::int64_t farmerId, int limit);

    /// What the farmer is owed before the entry `firstSeq` (0 = the start), read from the postings.
    Money owedBefore(const std::string& account, std::int64_t firstSeq);
    /// Postings to the farmer's account in entries firstSeq..lastSeq, oldest first.
    std::vector<StatementLine> statementLines(const std::string& account, std::int64_t firstSeq, std::int64_t lastSeq);

private:
    Database& m_db;
};

}  // namespace cz
