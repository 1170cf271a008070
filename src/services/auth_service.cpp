#include "services/auth_service.h"

#include "storage/database.h"

#include <SQLiteCpp/Exception.h>
#include <sodium.h>

#include <stdexcept>

namespace cz {

AuthService::AuthService(StationContext& ctx, Audit& audit, SettingsService& settings, PinCost cost)
    : m_ctx(ctx), m_audit(audit), m_settings(settings), m_users(ctx.db()), m_cost(cost)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

bool AuthService::isValidPin(const std::string& pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return false;
    for (char c : pin)
        if (c < '0' || c > '9')
            return false;
    return true;
}

std::string AuthService::hashPin(const std::string& pin) const
{
    char out[crypto_pwhash_STRBYTES];
    const auto ops = m_cost == PinCost::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const auto mem = m_cost == PinCost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    // crypto_pwhash_str uses Argon2id in libsodium >= 1.0.15.
    if (crypto_pwhash_str(out, pin.data(), pin.size(), ops, mem) != 0)
        throw std::runtime_error("out of memory while hashing a PIN");
    return out;
}

std::vector<UserSummary> AuthService::users()
{
    std::vector<UserSummary> out;
    const auto now = m_ctx.now();
    for (const auto& u : m_users.list()) {
        const bool locked = u.lockedUntil && *u.lockedUntil > now;
        out.push_back({u.id, u.name, u.role, locked, locked ? u.lockedUntil : std::nullopt, u.active});
    }
    return out;
}

SResult<Session> AuthService::check(std::int64_t userId, const std::string& pin, const char* action)
{
    try {
        WriteTransaction tx(m_ctx.db());
        auto u = m_users.byId(userId);
        if (!u)
            return fail(Errc::NotFound, "no user " + std::to_string(userId));
        const std::string object = "user:" + std::to_string(u->id);
        if (!u->active) {
            m_audit.recordFor(u->id, u->name, action, object, "inactive");
            tx.commit();
            return fail(Errc::UserInactive, u->name + " is deactivated");
        }
        const auto now = m_ctx.now();
        int attempts = u->failedAttempts;
        if (u->lockedUntil) {
            if (*u->lockedUntil > now) {
                m_audit.recordFor(u->id, u->name, action, object, "locked");
                tx.commit();
                Error e{Errc::UserLocked, u->name + " is locked", 0, u->lockedUntil};
                return Failure{e};
            }
            attempts = 0;  // the lock expired: a fresh set of tries
            m_users.setAttempts(u->id, 0, std::nullopt);
            m_audit.recordFor(u->id, u->name, "unlock", object, "expired");
        }
        const bool good = crypto_pwhash_str_verify(u->pinHash.c_str(), pin.data(), pin.size()) == 0;
        if (!good) {
            ++attempts;
            if (attempts >= kMaxPinAttempts) {
                const auto until = now + std::chrono::duration_cast<std::chrono::milliseconds>(m_settings.lockDuration());
                m_users.setAttempts(u->id, attempts, until);
                m_audit.recordFor(u->id, u->name, action, object, "wrong_pin", "attempt " + std::to_string(attempts));
                m_audit.recordFor(u->id, u->name, "lock", object, "ok", "after " + std::to_string(attempts) + " wrong PINs");
                tx.commit();
                return Failure{Error{Errc::UserLocked, u->name + " is now locked", 0, until}};
            }
            m_users.setAttempts(u->id, attempts, std::nullopt);
            m_audit.recordFor(u->id, u->name, action, object, "wrong_pin", "attempt " + std::to_string(attempts));
            tx.commit();
            return Failure{Error{Errc::WrongPin, "wrong PIN", kMaxPinAttempts - attempts, std::nullopt}};
        }
        if (attempts != 0)
            m_users.setAttempts(u->id, 0, std::nullopt);
        m_audit.recordFor(u->id, u->name, action, object, "ok");
        tx.commit();
        return Session{u->id, u->name, u->role};
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

SResult<Session> AuthService::login(std::int64_t userId, const std::string& pin) { return check(userId, pin, "login"); }

SResult<Session> AuthService::approve(std::int64_t supervisorId, const std::string& pin, const std::string& action)
{
    auto u = m_users.byId(supervisorId);
    if (!u)
        return fail(Errc::NotFound, "no user " + std::to_string(supervisorId));
    if (u->role != Role::Supervisor) {
        m_audit.recordFor(u->id, u->name, "approve", action, "denied", "not a supervisor");
        return fail(Errc::NotAllowed, u->name + " is not a supervisor");
    }
    return check(supervisorId, pin, ("approve:" + action).c_str());
}

SResult<std::int64_t> AuthService::addUser(const Session& who, const std::string& name, Role role,
                                           const std::string& pin)
{
    if (!who.isSupervisor()) {
        m_audit.record(&who, "user_add", name, "denied", "not a supervisor");
        return fail(Errc::NotAllowed, "only a supervisor may add users");
    }
    if (name.empty() || name.size() > 40)
        return fail(Errc::InvalidInput, "a name of 1 to 40 characters is needed");
    if (!isValidPin(pin))
        return fail(Errc::InvalidInput, "a PIN is 4 to 8 digits");
    try {
        const std::string hash = hashPin(pin);
        WriteTransaction tx(m_ctx.db());
        if (m_users.byName(name))
            return fail(Errc::Conflict, "a user named " + name + " already exists");
        const auto id = m_users.insert(name, role, hash, m_ctx.now());
        m_audit.record(&who, "user_add", "user:" + std::to_string(id), "ok", name + " (" + std::string(toString(role)) + ")");
        tx.commit();
        return id;
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

SResult<void> AuthService::unlock(const Session& who, std::int64_t userId)
{
    const std::string object = "user:" + std::to_string(userId);
    if (!who.isSupervisor()) {
        m_audit.record(&who, "unlock", object, "denied", "not a supervisor");
        return fail(Errc::NotAllowed, "only a supervisor may unlock users");
    }
    try {
        WriteTransaction tx(m_ctx.db());
        auto u = m_users.byId(userId);
        if (!u)
            return fail(Errc::NotFound, "no user " + std::to_string(userId));
        m_users.setAttempts(userId, 0, std::nullopt);
        m_audit.record(&who, "unlock", object, "ok", u->name);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
    return {};
}

SResult<void> AuthService::changePin(const Session& who, const std::string& oldPin, const std::string& newPin)
{
    if (!isValidPin(newPin))
        return fail(Errc::InvalidInput, "a PIN is 4 to 8 digits");
    auto ok = check(who.userId, oldPin, "change_pin");
    if (!ok)
        return Failure{ok.error()};
    try {
        const std::string hash = hashPin(newPin);
        WriteTransaction tx(m_ctx.db());
        m_users.setPinHash(who.userId, hash);
        m_audit.record(&who, "change_pin", "user:" + std::to_string(who.userId), "ok");
        tx.commit();
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
    return {};
}

}  // namespace cz
