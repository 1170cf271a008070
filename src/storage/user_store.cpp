#include "storage/user_store.h"

namespace cz {

std::string_view toString(Role r) { return r == Role::Supervisor ? "supervisor" : "agent"; }

std::optional<Role> roleFromString(std::string_view s)
{
    if (s == "agent")
        return Role::Agent;
    if (s == "supervisor")
        return Role::Supervisor;
    return std::nullopt;
}

namespace {
UserRecord read(Query& q)
{
    UserRecord u;
    u.id = q.getColumn(0).getInt64();
    u.name = q.getColumn(1).getString();
    u.role = roleFromString(q.getColumn(2).getString()).value_or(Role::Agent);
    u.pinHash = q.getColumn(3).getString();
    u.failedAttempts = q.getColumn(4).getInt();
    if (!q.getColumn(5).isNull())
        u.lockedUntil = fromUnixMs(q.getColumn(5).getInt64());
    u.active = q.getColumn(6).getInt() != 0;
    return u;
}
}  // namespace

std::vector<UserRecord> UserStore::list()
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT id, name, role, pin_hash, failed_attempts, locked_until, active FROM users ORDER BY id");
    std::vector<UserRecord> out;
    while (q.executeStep())
        out.push_back(read(q));
    return out;
}

std::optional<UserRecord> UserStore::byId(std::int64_t id)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT id, name, role, pin_hash, failed_attempts, locked_until, active FROM users WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        return std::nullopt;
    return read(q);
}

std::optional<UserRecord> UserStore::byName(const std::string& name)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT id, name, role, pin_hash, failed_attempts, locked_until, active FROM users WHERE name = ?");
    q.bind(1, name);
    if (!q.executeStep())
        return std::nullopt;
    return read(q);
}

std::int64_t UserStore::count()
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT count(*) FROM users");
    q.executeStep();
    return q.getColumn(0).getInt64();
}

std::int64_t UserStore::insert(const std::string& name, Role role, const std::string& pinHash, TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("INSERT INTO users(name, role, pin_hash, created_at) VALUES(?,?,?,?)");
    q.bind(1, name);
    q.bind(2, std::string(toString(role)));
    q.bind(3, pinHash);
    q.bind(4, toUnixMs(at));
    q.exec();
    return m_db.sql().getLastInsertRowid();
}

void UserStore::setAttempts(std::int64_t id, int failedAttempts, std::optional<TimePoint> lockedUntil)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?");
    q.bind(1, failedAttempts);
    if (lockedUntil)
        q.bind(2, toUnixMs(*lockedUntil));
    q.bind(3, id);
    q.exec();
}

void UserStore::setPinHash(std::int64_t id, const std::string& pinHash)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE users SET pin_hash = ? WHERE id = ?");
    q.bind(1, pinHash);
    q.bind(2, id);
    q.exec();
}

void UserStore::setActive(std::int64_t id, bool active)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE users SET active = ? WHERE id = ?");
    q.bind(1, active ? 1 : 0);
    q.bind(2, id);
    q.exec();
}

}  // namespace cz
