// Child process of the crash test: posts cash movements in a loop on a real (FULL durability)
// station database and writes each op id to stdout only after its commit returned.

#include "core/uuid.h"
#include "services/station_services.h"

#include <unistd.h>

#include <cstdio>
#include <random>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 3)
        return 2;
    auto db = cz::Database::open(argv[1], cz::OpenMode::Writer, cz::Durability::Full);
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().detail.c_str());
        return 3;
    }
    cz::SystemClock clock;
    cz::StationServices svc(**db, clock, cz::PinCost::Minimal);
    if (!svc.setup().isInitialised() && !svc.setup().init("crash", "sup", "2580"))
        return 4;
    const cz::Session who{1, "sup", cz::Role::Supervisor};
    if (!svc.days().status().open && !svc.days().openDay(who, cz::newUuid(), {{10000, 10}}, "crash test float"))
        return 5;
    std::mt19937_64 rng(std::stoull(argv[2]));
    for (;;) {
        const std::string op = cz::newUuid();
        const auto amount = cz::Money::fromFen(std::uniform_int_distribution<std::int64_t>(1, 9999)(rng));
        const int kind = static_cast<int>(rng() % 3);
        bool ok = false;
        if (kind == 0)
            ok = svc.days().cashIn(who, op, amount, "crash in").ok();
        else if (kind == 1)
            ok = svc.days().cashOut(who, op, amount, "crash out").ok();
        else
            ok = svc.days().bankDeposit(who, op, amount, "crash bank").ok();
        if (ok) {
            const std::string line = op + "\n";
            if (::write(STDOUT_FILENO, line.data(), line.size()) != static_cast<ssize_t>(line.size()))
                return 6;
        }
    }
}
