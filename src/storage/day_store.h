#pragma once
// Business days: at most one open; a closed day is read-only.

#include "core/business_day.h"
#include "core/denominations.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

struct DayRecord {
    BusinessDay day;
    bool open = false;
    TimePoint openedAt;
    std::int64_t openedBy = 0;
    std::string openOpId;
    DenominationCount openCount;
    Money openTotal;
    std::optional<TimePoint> closedAt;
    std::optional<std::int64_t> closedBy;
    std::string closeOpId;
    DenominationCount closeCount;
    Money closeTotal;
    std::string closeNote;
};

class DayStore final {
public:
    explicit DayStore(Database& db) : m_db(db) {}

    std::optional<DayRecord> openDay();
    std::optional<DayRecord> day(const BusinessDay& d);
    std::optional<DayRecord> lastClosed();
    std::optional<DayRecord> byOpenOpId(const std::string& opId);
    std::optional<DayRecord> byCloseOpId(const std::string& opId);
    std::vector<DayRecord> recent(int limit);

    /// Inside a WriteTransaction.
    void insertOpen(const BusinessDay& d, TimePoint at, std::int64_t userId, const std::string& opId,
                    const DenominationCount& count, Money total);
    void markClosed(const BusinessDay& d, TimePoint at, std::int64_t userId, const std::string& opId,
                    const DenominationCount& count, Money total, const std::string& note);

private:
    std::optional<DayRecord> one(const char* sql, const std::string& arg);
    Database& m_db;
};

}  // namespace cz
