#include "cli/station_handle.h"

#include "cli/pin_prompt.h"

#include <ostream>

namespace cz::cli {

std::unique_ptr<StationHandle> openStation(const std::string& path, OpenMode mode, std::ostream& err,
                                           Durability durability)
{
    auto db = Database::open(path, mode, durability);
    if (!db) {
        err << "cunzhan-ctl: " << db.error().detail << "\n";
        return nullptr;
    }
    auto h = std::make_unique<StationHandle>();
    h->db = std::move(db).value();
    h->svc = std::make_unique<StationServices>(*h->db, h->clock, PinCost::Interactive);
    return h;
}

std::optional<Session> authenticate(StationServices& svc, const std::string& name, std::istream& in, std::ostream& err,
                                    bool supervisorRequired)
{
    std::optional<std::int64_t> id;
    for (const auto& u : svc.auth().users())
        if (u.name == name)
            id = u.id;
    if (!id) {
        err << "cunzhan-ctl: no user named '" << name << "'\n";
        return std::nullopt;
    }
    auto pin = readPin(in, err, name + " PIN: ");
    if (!pin) {
        err << "cunzhan-ctl: no PIN given for " << name << "\n";
        return std::nullopt;
    }
    auto s = supervisorRequired ? svc.auth().approve(*id, *pin, "cli") : svc.auth().login(*id, *pin);
    if (!s) {
        err << "cunzhan-ctl: " << name << ": " << s.error().detail;
        if (s.error().code == Errc::WrongPin)
            err << " (" << s.error().remainingAttempts << " attempts left)";
        err << "\n";
        return std::nullopt;
    }
    return s.value();
}

}  // namespace cz::cli
