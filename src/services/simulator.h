#pragma once
// Writes a realistic station history through the real services, for tests and benchmarks:
// days opened with a counted float, the day's cash movements, closes with the odd difference.
// Each later workflow adds its own traffic here.

#include "services/auth_service.h"
#include "services/errors.h"
#include "storage/database.h"

#include <cstdint>
#include <functional>

namespace cz {

struct SimulationOptions {
    int days = 30;
    int entriesPerDay = 20;
    std::uint64_t seed = 1;
    PinCost pinCost = PinCost::Interactive;
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
