#pragma once
// Writes a realistic station history through the real services, for tests and benchmarks:
// days opened with a counted float, the day's cash movements, closes with the odd difference.
// Each later workflow adds its own traffic here.

#include "core/business_day.h"
#include "services/auth_service.h"
#include "services/errors.h"
#include "storage/database.h"

#include <cstdint>
#include <functional>
#include <optional>

namespace cz {

struct SimulationOptions {
    int days = 30;
    int entriesPerDay = 20;
    std::uint64_t seed = 1;
    PinCost pinCost = PinCost::Interactive;
    /// First day to simulate; by default the day after the station's last entry (or 2026-01-01).
    std::optional<BusinessDay> startDay;
};

struct SimulationReport {
    int days = 0;
    std::int64_t entries = 0;  ///< journal entries written
    std::string firstDay;
    std::string lastDay;
};

/// Runs on an open writer database; initialises a station first if the database is new.
/// `progress` (optional) is called after each simulated day with the number of days done.
SResult<SimulationReport> simulate(Database& db, const SimulationOptions& opt,
                                   const std::function<void(int)>& progress = {});

}  // namespace cz
