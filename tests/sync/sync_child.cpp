// Child process of the kill-mid-sync test: syncs a station database in a loop until killed.
#include "services/station_services.h"

#include <chrono>
#include <cstdio>
#include <thread>

int main(int argc, char** argv)
{
    if (argc != 2)
        return 2;
    auto db = cz::Database::open(argv[1], cz::OpenMode::Writer, cz::Durability::Full);
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().detail.c_str());
        return 3;
    }
    cz::SystemClock clock;
    cz::StationServices svc(**db, clock, cz::PinCost::Minimal);
    for (;;) {
        auto r = svc.sync().runOnce(true);
        if (!r)
            return 4;
        std::this_thread::sleep_for(std::chrono::milliseconds(r->ok() ? 20 : 5));
    }
}
