#pragma once
// Opens the station database for one command and builds the services over it.

#include "services/station_services.h"
#include "storage/database.h"

#include <iosfwd>
#include <memory>
#include <string>

namespace cz::cli {

struct StationHandle {
    std::unique_ptr<Database> db;
    SystemClock clock;
    std::unique_ptr<StationServices> svc;
};

/// Prints the reason and returns nullptr when the database cannot be opened. Read-only handles
/// work while the app is running; writer handles refuse if another program writes.
std::unique_ptr<StationHandle> openStation(const std::string& path, OpenMode mode, std::ostream& err,
                                           Durability durability = Durability::Full);

/// Reads a Session for `name` by PIN from the input (for privileged commands).
std::optional<Session> authenticate(StationServices& svc, const std::string& name, std::istream& in,
                                    std::ostream& err, bool supervisorRequired);

}  // namespace cz::cli
