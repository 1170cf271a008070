#include "core/business_day.h"

#include <cstdio>

namespace cz {

using namespace std::chrono;

std::optional<BusinessDay> BusinessDay::parse(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int v[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lens[3] = {4, 2, 2};
    for (int k = 0; k < 3; ++k) {
        for (std::size_t i = 0; i < lens[k]; ++i) {
            const char c = text[starts[k] + i];
            if (c < '0' || c > '9')
                return std::nullopt;
            v[k] = v[k] * 10 + (c - '0');
        }
    }
    const year_month_day ymd{year(v[0]), month(static_cast<unsigned>(v[1])), day(static_cast<unsigned>(v[2]))};
    if (!ymd.ok())
        return std::nullopt;
    return BusinessDay(ymd);
}

BusinessDay BusinessDay::at(TimePoint t, const TimeZone& tz)
{
    const auto local = t + duration_cast<milliseconds>(tz.offsetAt(t));
    return BusinessDay(year_month_day(floor<days>(local)));
}

std::string BusinessDay::toString() const
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(m_ymd.year()),
                  static_cast<unsigned>(m_ymd.month()), static_cast<unsigned>(m_ymd.day()));
    return buf;
}

BusinessDay BusinessDay::plusDays(int n) const
{
    return BusinessDay(year_month_day(sys_days(m_ymd) + days(n)));
}

BusinessDay BusinessDay::next() const { return plusDays(1); }
BusinessDay BusinessDay::previous() const { return plusDays(-1); }

TimePoint BusinessDay::startIn(const TimeZone& tz) const
{
    // Local midnight; the offset is taken at the guess and refined once (enough for DST shifts).
    const TimePoint localMidnight = time_point_cast<milliseconds>(sys_days(m_ymd));
    TimePoint guess = localMidnight - duration_cast<milliseconds>(tz.offsetAt(localMidnight));
    guess = localMidnight - duration_cast<milliseconds>(tz.offsetAt(guess));
    return guess;
}

std::string formatLocalDateTime(TimePoint t, const TimeZone& tz)
{
    const auto local = t + duration_cast<milliseconds>(tz.offsetAt(t));
    const auto dayStart = floor<days>(local);
    const hh_mm_ss hms(duration_cast<seconds>(local - dayStart));
    char buf[40];
    std::snprintf(buf, sizeof buf, "%s %02d:%02d:%02d", BusinessDay(year_month_day(dayStart)).toString().c_str(),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()));
    return buf;
}

std::string formatLocalTime(TimePoint t, const TimeZone& tz) { return formatLocalDateTime(t, tz).substr(11, 5); }

}  // namespace cz
