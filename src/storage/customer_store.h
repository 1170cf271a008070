#pragma once
// Villagers the station serves (optional records: name, phone, village group).

#include "core/clock.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

struct CustomerRecord {
    std::int64_t id = 0;
    std::string name;
    std::string phone;
    std::string villageGroup;
    TimePoint createdAt;
};

class CustomerStore final {
public:
    explicit CustomerStore(Database& db) : m_db(db) {}
    std::int64_t insert(const std::string& name, const std::string& phone, const std::string& group, TimePoint at);
    void update(const CustomerRecord& c);
    std::optional<CustomerRecord> byId(std::int64_t id);
    std::vector<CustomerRecord> byIds(const std::vector<std::int64_t>& ids);
    /// Customers whose phone ends with these digits (pickup by the last four).
    std::vector<CustomerRecord> byPhoneSuffix(const std::string& digits, int limit);

private:
    Database& m_db;
};

}  // namespace cz
