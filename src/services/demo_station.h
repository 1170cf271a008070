#pragma once
// The demo station the README's run command and the tour start from: a supervisor and an agent
// with known PINs, and a few weeks of history written through the real services.

#include "services/auth_service.h"
#include "services/errors.h"
#include "storage/database.h"

#include <string>

namespace cz {

struct DemoStation {
    std::string stationName;
    std::string supervisorName;
    std::string supervisorPin;
    std::string agentName;
    std::string agentPin;
    int historyDays = 0;
};

/// The names and PINs the README states.
DemoStation demoCredentials();

/// Creates the demo station in an empty database, with `historyDays` closed days ending yesterday
/// (station time). Refuses a database that already holds a station.
SResult<DemoStation> createDemoStation(Database& db, const Clock& clock, PinCost cost, int historyDays);

}  // namespace cz
