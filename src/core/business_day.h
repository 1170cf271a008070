#pragma once
// Business days and the station's time zone. A business day is a station-local calendar date; the
// time-zone rules come from an injected TimeZone (services provide one backed by the system tz
// database; core stays free of any library).

#include "core/clock.h"

#include <chrono>
#include <compare>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace cz {

class TimeZone {
public:
    virtual ~TimeZone() = default;
    /// IANA name, e.g. "Asia/Shanghai".
    [[nodiscard]] virtual std::string id() const = 0;
    /// Offset of local time from UTC at the instant t.
    [[nodiscard]] virtual std::chrono::seconds offsetAt(TimePoint t) const = 0;
};

/// A zone with a constant offset (tests, and zones without daylight saving).
class FixedOffsetZone final : public TimeZone {
public:
    FixedOffsetZone(std::string id, std::chrono::seconds offset) : m_id(std::move(id)), m_offset(offset) {}
    [[nodiscard]] std::string id() const override { return m_id; }
    [[nodiscard]] std::chrono::seconds offsetAt(TimePoint) const override { return m_offset; }

private:
    std::string m_id;
    std::chrono::seconds m_offset;
};

/// A station-local calendar date.
class BusinessDay final {
public:
    BusinessDay() = default;
    explicit BusinessDay(std::chrono::year_month_day ymd) : m_ymd(ymd) {}
    /// Parses "YYYY-MM-DD"; nullopt for anything else or an impossible date.
    static std::optional<BusinessDay> parse(std::string_view text);
    /// The local date at instant t in zone tz.
    static BusinessDay at(TimePoint t, const TimeZone& tz);

    [[nodiscard]] std::string toString() const;  ///< "YYYY-MM-DD"
    [[nodiscard]] std::chrono::year_month_day ymd() const { return m_ymd; }
    [[nodiscard]] BusinessDay next() const;
    [[nodiscard]] BusinessDay previous() const;
    [[nodiscard]] BusinessDay plusDays(int days) const;
    /// First and one-past-last UTC instants of this local day.
    [[nodiscard]] TimePoint startIn(const TimeZone& tz) const;

    friend bool operator==(const BusinessDay& a, const BusinessDay& b) { return a.m_ymd == b.m_ymd; }
    friend auto operator<=>(const BusinessDay& a, const BusinessDay& b) { return a.m_ymd <=> b.m_ymd; }

private:
    std::chrono::year_month_day m_ymd{std::chrono::year(1970), std::chrono::January, std::chrono::day(1)};
};

/// "YYYY-MM-DD HH:MM:SS" local time in zone tz.
std::string formatLocalDateTime(TimePoint t, const TimeZone& tz);
/// "HH:MM" local time in zone tz.
std::string formatLocalTime(TimePoint t, const TimeZone& tz);

}  // namespace cz
