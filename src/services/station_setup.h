#pragma once
// Creating a station: the chart of accounts, the station's identity, the first supervisor.

#include "services/auth_service.h"
#include "services/errors.h"
#include "services/settings_service.h"
#include "services/station_context.h"

#include <string>

namespace cz {

class StationSetup final {
public:
    StationSetup(StationContext& ctx, SettingsService& settings, AuthService& auth)
        : m_ctx(ctx), m_settings(settings), m_auth(auth)
    {
    }

    /// True once init() has run on this database.
    bool isInitialised();
    /// New station: chart of accounts, name, a fresh station id, and the first supervisor.
    SResult<std::int64_t> init(const std::string& stationName, const std::string& supervisorName,
                               const std::string& supervisorPin);

private:
    StationContext& m_ctx;
    SettingsService& m_settings;
    AuthService& m_auth;
};

}  // namespace cz
