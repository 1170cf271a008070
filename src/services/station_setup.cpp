#include "services/station_setup.h"

#include "core/uuid.h"
#include "services/audit.h"
#include "storage/ledger_store.h"
#include "storage/user_store.h"

#include <SQLiteCpp/Exception.h>

namespace cz {

bool StationSetup::isInitialised() { return !m_settings.stationId().empty(); }

SResult<std::int64_t> StationSetup::init(const std::string& stationName, const std::string& supervisorName,
                                         const std::string& supervisorPin)
{
    if (isInitialised())
        return fail(Errc::Conflict, "this database already holds station \"" + m_settings.stationName() + "\"");
    if (stationName.empty() || stationName.size() > 80)
        return fail(Errc::InvalidInput, "a station name of 1 to 80 characters is needed");
    if (supervisorName.empty() || supervisorName.size() > 40)
        return fail(Errc::InvalidInput, "a supervisor name of 1 to 40 characters is needed");
    if (!AuthService::isValidPin(supervisorPin))
        return fail(Errc::InvalidInput, "a PIN is 4 to 8 digits");
    try {
        const std::string hash = m_auth.hashPin(supervisorPin);
        // One transaction: a crash leaves either no station or a complete one.
        WriteTransaction tx(m_ctx.db());
        UserStore users(m_ctx.db());
        if (users.count() != 0)
            return fail(Errc::Conflict, "the database already has users");
        LedgerStore(m_ctx.db()).ensureStandardChart(m_ctx.now());
        m_settings.setValue(setting_key::StationName, stationName);
        m_settings.setValue(setting_key::StationId, newUuid());
        const auto id = users.insert(supervisorName, Role::Supervisor, hash, m_ctx.now());
        Audit(m_ctx).recordFor(id, supervisorName, "station_init", "station", "ok", stationName);
        tx.commit();
        return id;
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

}  // namespace cz
