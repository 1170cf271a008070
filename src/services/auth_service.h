#pragma once
// Users, PINs and roles. PINs are hashed with Argon2id (libsodium); five wrong PINs lock the user
// until a supervisor unlocks them or the lock expires; the lock is stored, so it survives a restart.
// Every login, lock, unlock and user change goes to the audit log.

#include "services/audit.h"
#include "services/errors.h"
#include "services/session.h"
#include "services/settings_service.h"
#include "services/station_context.h"
#include "storage/user_store.h"

#include <string>
#include <vector>

namespace cz {

/// How expensive PIN hashing is. Interactive for real stations; Minimal only for tests, where
/// thousands of hashes would otherwise take minutes.
enum class PinCost { Interactive, Minimal };

inline constexpr int kMaxPinAttempts = 5;

struct UserSummary {
    std::int64_t id = 0;
    std::string name;
    Role role = Role::Agent;
    bool locked = false;
    std::optional<TimePoint> lockedUntil;
    bool active = true;
};

class AuthService final {
public:
    AuthService(StationContext& ctx, Audit& audit, SettingsService& settings, PinCost cost);

    /// Checks a PIN format: 4 to 8 digits.
    static bool isValidPin(const std::string& pin);

    std::vector<UserSummary> users();
    SResult<Session> login(std::int64_t userId, const std::string& pin);
    /// A supervisor's PIN for one privileged action by someone else (counts toward the lock too).
    SResult<Session> approve(std::int64_t supervisorId, const std::string& pin, const std::string& action);

    SResult<std::int64_t> addUser(const Session& who, const std::string& name, Role role, const std::string& pin);
    SResult<void> unlock(const Session& who, std::int64_t userId);
    SResult<void> changePin(const Session& who, const std::string& oldPin, const std::string& newPin);

    /// Argon2id hash of a PIN at this service's cost (for station setup, which writes the first
    /// supervisor inside its own transaction).
    std::string hashPin(const std::string& pin) const;

private:
    SResult<Session> check(std::int64_t userId, const std::string& pin, const char* action);

    StationContext& m_ctx;
    Audit& m_audit;
    SettingsService& m_settings;
    UserStore m_users;
    PinCost m_cost;
};

}  // namespace cz
