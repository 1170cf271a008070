#pragma once
// A fresh station per test: temp database with migrations, FakeClock at a fixed local time,
// services with cheap PIN hashing, a supervisor and an agent.

#include "core/clock.h"
#include "services/station_services.h"
#include "storage/database.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <memory>

namespace cz::test {

/// 2026-11-29 09:00 in Asia/Shanghai.
TimePoint defaultTestStart();

inline constexpr const char* kSupervisorPin = "2580";
inline constexpr const char* kAgentPin = "1234";

class StationFixture : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    /// Closes and reopens the database and services (as a restart would).
    void reopen();
    std::string newOp() const;
    /// Opens the day with a float of `yuan` in ¥100 notes and ¥1 coins.
    void openDayWith(std::int64_t yuan);

    TempDir m_dir;
    std::string m_dbPath;
    FakeClock m_clock{defaultTestStart()};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StationServices> m_svc;
    Session m_supervisor;
    Session m_agent;
    Durability m_durability = Durability::Fast;
};

}  // namespace cz::test
