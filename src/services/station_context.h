#pragma once
// What every service shares: the database, the clock, the station's time zone.

#include "core/business_day.h"
#include "core/clock.h"
#include "storage/database.h"

#include <memory>
#include <mutex>
#include <string>

namespace cz {

/// A TimeZone backed by the system's tz database (through QtCore's QTimeZone).
std::unique_ptr<TimeZone> makeSystemTimeZone(const std::string& ianaId);
/// True when the id names a zone the system knows.
bool isKnownTimeZone(const std::string& ianaId);

inline constexpr const char* kDefaultTimeZone = "Asia/Shanghai";

class StationContext final {
public:
    StationContext(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    Database& db() { return m_db; }
    const Clock& clock() const { return m_clock; }
    TimePoint now() const { return m_clock.now(); }

    std::shared_ptr<const TimeZone> zone() const;
    void setZone(std::shared_ptr<const TimeZone> z);
    /// Today's local date in the station's zone.
    BusinessDay today() const { return BusinessDay::at(now(), *zone()); }

private:
    Database& m_db;
    const Clock& m_clock;
    mutable std::mutex m_zoneMutex;
    std::shared_ptr<const TimeZone> m_zone = std::make_shared<FixedOffsetZone>("UTC+08", std::chrono::hours(8));
};

}  // namespace cz
