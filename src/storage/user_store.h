#pragma once
// Users and their PIN state (hash, failed attempts, lock). The hashing itself is done above.

#include "core/clock.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

enum class Role { Agent, Supervisor };
std::string_view toString(Role r);
std::optional<Role> roleFromString(std::string_view s);

struct UserRecord {
    std::int64_t id = 0;
    std::string name;
    Role role = Role::Agent;
    std::string pinHash;
    int failedAttempts = 0;
    std::optional<TimePoint> lockedUntil;
    bool active = true;
};

class UserStore final {
public:
    explicit UserStore(Database& db) : m_db(db) {}

    std::vector<UserRecord> list();
    std::optional<UserRecord> byId(std::int64_t id);
    std::optional<UserRecord> byName(const std::string& name);
    std::int64_t count();

    std::int64_t insert(const std::string& name, Role role, const std::string& pinHash, TimePoint at);
    void setAttempts(std::int64_t id, int failedAttempts, std::optional<TimePoint> lockedUntil);
    void setPinHash(std::int64_t id, const std::string& pinHash);
    void setActive(std::int64_t id, bool active);

private:
    Database& m_db;
};

}  // namespace cz
