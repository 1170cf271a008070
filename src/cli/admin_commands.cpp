// init, demo, user, simulate, audit: commands that create or change the station.

#include "cli/commands.h"
#include "cli/pin_prompt.h"
#include "cli/station_handle.h"

#include "services/demo_station.h"
#include "services/simulator.h"

#include <charconv>
#include <filesystem>
#include <ostream>

namespace cz::cli {

namespace {

std::optional<long long> toInt(const std::string& s)
{
    long long v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size())
        return std::nullopt;
    return v;
}


}  // namespace

int cmdInit(Invocation& inv)
{
    const auto name = inv.opt("station");
    if (!name || name->empty()) {
        inv.err << "cunzhan-ctl init: --station NAME is required\n";
        return 2;
    }
    if (std::filesystem::exists(inv.db)) {
        inv.err << "cunzhan-ctl init: " << inv.db << " already exists; choose a new file\n";
        return 1;
    }
    auto h = openStation(inv.db, OpenMode::Writer, inv.err);
    if (!h)
        return 1;
    const std::string supervisor = inv.opt("supervisor").value_or("站长");
    auto pin = readPin(inv.in, inv.err, "PIN for supervisor " + supervisor + " (4-8 digits): ");
    if (!pin) {
        inv.err << "cunzhan-ctl init: no PIN given\n";
        h.reset();
        std::filesystem::remove(inv.db);
        return 1;
    }
    auto r = h->svc->setup().init(*name, supervisor, *pin);
    if (!r) {
        inv.err << "cunzhan-ctl init: " << r.error().detail << "\n";
        h.reset();
        std::error_code ec;
        for (const char* suffix : {"", "-wal", "-shm", ".writer-lock"})
            std::filesystem::remove(inv.db + suffix, ec);
        return 1;
    }
    inv.out << "created station \"" << *name << "\" in " << inv.db << " with supervisor " << supervisor << "\n";
    return 0;
}

int cmdDemo(Invocation& inv)
{
    const auto days = toInt(inv.opt("days").value_or("14"));
    if (!days || *days < 1 || *days > 3650) {
        inv.err << "cunzhan-ctl demo: --days must be 1 to 3650\n";
        return 2;
    }
    auto h = openStation(inv.db, OpenMode::Writer, inv.err);
    if (!h)
        return 1;
    if (h->svc->setup().isInitialised()) {
        inv.out << "station \"" << h->svc->settings().stationName() << "\" already exists in " << inv.db << "\n";
        return 0;
    }
    auto demo = createDemoStation(*h->db, h->clock, PinCost::Interactive, static_cast<int>(*days));
    if (!demo) {
        inv.err << "cunzhan-ctl demo: " << demo.error().detail << "\n";
        return 1;
    }
    inv.out << "created demo station \"" << demo->stationName << "\" in " << inv.db << ": supervisor "
            << demo->supervisorName << " (PIN " << demo->supervisorPin << "), agent " << demo->agentName << " (PIN "
            << demo->agentPin << "), " << demo->historyDays << " days of history\n";
    return 0;
}

int cmdUser(Invocation& inv)
{
    const std::string action = inv.positionals.at(0);
    if (action == "list") {
        auto h = openStation(inv.db, OpenMode::ReadOnly, inv.err);
        if (!h)
            return 1;
        for (const auto& u : h->svc->auth().users()) {
            inv.out << u.id << "\t" << u.name << "\t" << toString(u.role);
            if (u.locked)
                inv.out << "\tlocked until " << formatLocalDateTime(*u.lockedUntil, *h->svc->context().zone());
            if (!u.active)
                inv.out << "\tinactive";
            inv.out << "\n";
        }
        return 0;
    }
    if (action != "add" && action != "unlock") {
        inv.err << "cunzhan-ctl user: unknown action '" << action << "' (list, add, unlock)\n";
        return 2;
    }
    const auto name = inv.opt("name");
    const auto by = inv.opt("by");
    if (!name || !by) {
        inv.err << "cunzhan-ctl user " << action << ": --name and --by are required\n";
        return 2;
    }
    auto h = openStation(inv.db, OpenMode::Writer, inv.err);
    if (!h)
        return 1;
    auto sup = authenticate(*h->svc, *by, inv.in, inv.err, true);
    if (!sup)
        return 1;
    if (action == "unlock") {
        for (const auto& u : h->svc->auth().users()) {
            if (u.name == *name) {
                auto r = h->svc->auth().unlock(*sup, u.id);
                if (!r) {
                    inv.err << "cunzhan-ctl user unlock: " << r.error().detail << "\n";
                    return 1;
                }
                inv.out << "unlocked " << *name << "\n";
                return 0;
            }
        }
        inv.err << "cunzhan-ctl user unlock: no user named '" << *name << "'\n";
        return 1;
    }
    const auto role = roleFromString(inv.opt("role").value_or("agent"));
    if (!role) {
        inv.err << "cunzhan-ctl user add: --role must be agent or supervisor\n";
        return 2;
    }
    auto pin = readPin(inv.in, inv.err, "PIN for " + *name + " (4-8 digits): ");
    if (!pin) {
        inv.err << "cunzhan-ctl user add: no PIN given for " << *name << "\n";
        return 1;
    }
    auto r = h->svc->auth().addUser(*sup, *name, *role, *pin);
    if (!r) {
        inv.err << "cunzhan-ctl user add: " << r.error().detail << "\n";
        return 1;
    }
    inv.out << "added " << toString(*role) << " " << *name << " (id " << *r << ")\n";
    return 0;
}

int cmdSimulate(Invocation& inv)
{
    SimulationOptions opt;
    const auto days = toInt(inv.opt("days").value_or("30"));
    const auto per = toInt(inv.opt("entries-per-day").value_or("20"));
    const auto seed = toInt(inv.opt("seed").value_or("1"));
    if (!days || !per || !seed || *days < 1 || *per < 1 || *seed < 0) {
        inv.err << "cunzhan-ctl simulate: --days, --entries-per-day and --seed must be positive integers\n";
        return 2;
    }
    opt.days = static_cast<int>(*days);
    opt.entriesPerDay = static_cast<int>(*per);
    opt.seed = static_cast<std::uint64_t>(*seed);
    if (auto s = inv.opt("start")) {
        opt.startDay = BusinessDay::parse(*s);
        if (!opt.startDay) {
            inv.err << "cunzhan-ctl simulate: --start must be a date YYYY-MM-DD\n";
            return 2;
        }
    }
    auto h = openStation(inv.db, OpenMode::Writer, inv.err, inv.opt("fast") ? Durability::Fast : Durability::Full);
    if (!h)
        return 1;
    auto rep = simulate(*h->db, opt);
    if (!rep) {
        inv.err << "cunzhan-ctl simulate: " << rep.error().detail << "\n";
        return 1;
    }
    inv.out << "simulated " << rep->days << " days (" << rep->firstDay << " to " << rep->lastDay << "), " << rep->entries
            << " entries\n";
    return 0;
}

int cmdAudit(Invocation& inv)
{
    const auto limit = toInt(inv.opt("limit").value_or("50"));
    if (!limit || *limit < 1) {
        inv.err << "cunzhan-ctl audit: --limit must be a positive integer\n";
        return 2;
    }
    auto h = openStation(inv.db, OpenMode::ReadOnly, inv.err);
    if (!h)
        return 1;
    for (const auto& r : h->svc->audit().recent(static_cast<int>(*limit)))
        inv.out << formatLocalDateTime(r.at, *h->svc->context().zone()) << "\t" << (r.userName.empty() ? "-" : r.userName) << "\t" << r.action << "\t" << r.object
                << "\t" << r.result << (r.detail.empty() ? "" : "\t" + r.detail) << "\n";
    return 0;
}

}  // namespace cz::cli
