#pragma once
// Station settings with types and defaults. Changing the time zone is a privileged action.

#include "core/money.h"
#include "services/audit.h"
#include "services/errors.h"
#include "services/session.h"
#include "services/station_context.h"
#include "storage/misc_stores.h"

#include <chrono>
#include <string>

namespace cz {

class SettingsService final {
public:
    SettingsService(StationContext& ctx, Audit& audit) : m_ctx(ctx), m_audit(audit), m_store(ctx.db()) {}

    /// Applies stored settings (time zone) to the context; call once after opening.
    void load();

    std::string stationName();
    std::string stationId();
    std::string timeZoneId();
    /// "zh_CN" (default) or "en".
    std::string language();
    std::chrono::minutes lockDuration();
    /// Close differences larger than this need a supervisor.
    Money varianceThreshold();
    /// What the close suggests keeping in the drawer as tomorrow's float (default ¥500).
    Money floatTarget();

    SResult<void> setLanguage(const Session& who, const std::string& lang);
    SResult<void> setTimeZone(const Session& who, const std::string& ianaId);
    SResult<void> setLockDuration(const Session& who, std::chrono::minutes m);
    SResult<void> setVarianceThreshold(const Session& who, Money m);
    /// Supervisor only; ¥0 to ¥100,000.
    SResult<void> setFloatTarget(const Session& who, Money m);

    /// Raw access for other services' own keys ("sync.url", …).
    std::string value(const std::string& key, const std::string& fallback = {});
    void setValue(const std::string& key, const std::string& value);

private:
    SResult<void> requireSupervisor(const Session& who, const std::string& what);
    StationContext& m_ctx;
    Audit& m_audit;
    SettingsStore m_store;
};

namespace setting_key {
inline constexpr const char* StationName = "station.name";
inline constexpr const char* StationId = "station.id";
inline constexpr const char* TimeZone = "station.timezone";
inline constexpr const char* Language = "ui.language";
inline constexpr const char* LockMinutes = "auth.lock_minutes";
inline constexpr const char* VarianceThreshold = "cash.variance_threshold_fen";
inline constexpr const char* FloatTarget = "day.float_target_fen";
}  // namespace setting_key
inline constexpr std::int64_t kDefaultFloatTargetFen = 50'000;        // ¥500
inline constexpr std::int64_t kMaxFloatTargetFen = 10'000'000;        // ¥100,000

}  // namespace cz
