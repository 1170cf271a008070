#pragma once
// What the payments desk chooses from: the marketplace's billers and train cities as last fetched
// (so fixed top-ups still work offline), and the station's own priced assisted services.

#include "core/clock.h"
#include "core/money.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

struct BillerRecord {
    std::string billerId;
    std::string nameZh;
    std::string nameEn;
    std::string kind;  ///< electricity | water | gas | mobile
    int accountMinLen = 0;
    int accountMaxLen = 0;
    std::vector<Money> denominations;  ///< mobile carriers: the allowed top-ups
    [[nodiscard]] bool isCarrier() const { return kind == "mobile"; }
};

struct CityRecord {
    std::string cityId;
    std::string nameZh;
    std::string nameEn;
};

struct AssistedServiceRecord {
    std::string code;
    std::string nameZh;
    std::string nameEn;
    std::string unit;  ///< what the price is per: 次, 页, 小时
    Money price;
    bool active = true;
    int position = 0;
};

class PaymentReferenceStore final {
public:
    explicit PaymentReferenceStore(Database& db) : m_db(db) {}

    /// Replaces the cached billers with a fresh list, inside a transaction.
    void replaceBillers(const std::vector<BillerRecord>& billers, TimePoint at);
    std::vector<BillerRecord> billers();
    std::optional<BillerRecord> biller(const std::string& billerId);
    std::optional<TimePoint> billersFetchedAt();

    void replaceCities(const std::vector<CityRecord>& cities, TimePoint at);
    std::vector<CityRecord> cities();

    /// Every service (active first, by position), or only the active ones.
    std::vector<AssistedServiceRecord> assistedServices(bool activeOnly);
    std::optional<AssistedServiceRecord> assistedService(const std::string& code);
    /// Adds or changes a service (keyed by code); new ones go to the end of the list.
    void putAssistedService(const AssistedServiceRecord& s, TimePoint at, std::int64_t userId);

private:
    Database& m_db;
};

}  // namespace cz
