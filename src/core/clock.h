#pragma once
// The replaceable clock. Nothing in the program reads the system time directly: services get a
// Clock, tests a FakeClock, so business days and lock expiry are deterministic under test.

#include <atomic>
#include <chrono>
#include <cstdint>

namespace cz {

using TimePoint = std::chrono::sys_time<std::chrono::milliseconds>;

/// Milliseconds since the Unix epoch (how instants are stored in the database).
inline std::int64_t toUnixMs(TimePoint t) { return t.time_since_epoch().count(); }
inline TimePoint fromUnixMs(std::int64_t ms) { return TimePoint(std::chrono::milliseconds(ms)); }

class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual TimePoint now() const = 0;
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] TimePoint now() const override
    {
        return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
    }
};

/// A clock that only moves when told to. Thread-safe.
class FakeClock final : public Clock {
public:
    explicit FakeClock(TimePoint start) : m_ms(toUnixMs(start)) {}
    [[nodiscard]] TimePoint now() const override { return fromUnixMs(m_ms.load()); }
    void set(TimePoint t) { m_ms.store(toUnixMs(t)); }
    void advance(std::chrono::milliseconds d) { m_ms.fetch_add(d.count()); }

private:
    std::atomic<std::int64_t> m_ms;
};

}  // namespace cz
