#include "services/settings_service.h"

#include <SQLiteCpp/Exception.h>

namespace cz {

void SettingsService::load()
{
    if (auto z = makeSystemTimeZone(timeZoneId()))
        m_ctx.setZone(std::shared_ptr<const TimeZone>(std::move(z)));
}

std::string SettingsService::value(const std::string& key, const std::string& fallback)
{
    return m_store.get(key).value_or(fallback);
}

void SettingsService::setValue(const std::string& key, const std::string& v) { m_store.set(key, v); }

std::string SettingsService::stationName() { return value(setting_key::StationName); }
std::string SettingsService::stationId() { return value(setting_key::StationId); }
std::string SettingsService::timeZoneId() { return value(setting_key::TimeZone, kDefaultTimeZone); }
std::string SettingsService::language() { return value(setting_key::Language, "zh_CN"); }

std::chrono::minutes SettingsService::lockDuration()
{
    try {
        return std::chrono::minutes(std::stoll(value(setting_key::LockMinutes, "30")));
    } catch (const std::exception&) {
        return std::chrono::minutes(30);
    }
}

Money SettingsService::varianceThreshold()
{
    try {
        return Money::fromFen(std::stoll(value(setting_key::VarianceThreshold, "5000")));
    } catch (const std::exception&) {
        return Money::fromFen(5000);
    }
}

Money SettingsService::floatTarget()
{
    try {
        const auto fen = std::stoll(value(setting_key::FloatTarget, std::to_string(kDefaultFloatTargetFen)));
        if (fen >= 0 && fen <= kMaxFloatTargetFen)
            return Money::fromFen(fen);
    } catch (const std::exception&) {
    }
    return Money::fromFen(kDefaultFloatTargetFen);
}

SResult<void> SettingsService::requireSupervisor(const Session& who, const std::string& what)
{
    if (!who.isSupervisor()) {
        m_audit.record(&who, "setting", what, "denied", "not a supervisor");
        return fail(Errc::NotAllowed, "only a supervisor may change " + what);
    }
    return {};
}

SResult<void> SettingsService::setLanguage(const Session& who, const std::string& lang)
{
    if (lang != "zh_CN" && lang != "en")
        return fail(Errc::InvalidInput, "unknown language " + lang);
    try {
        m_store.set(setting_key::Language, lang);
        m_audit.record(&who, "setting", setting_key::Language, "ok", lang);
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
    return {};
}

SResult<void> SettingsService::setTimeZone(const Session& who, const std::string& ianaId)
{
    if (auto r = requireSupervisor(who, setting_key::TimeZone); !r)
        return r;
    auto z = makeSystemTimeZone(ianaId);
    if (!z)
        return fail(Errc::InvalidInput, "unknown time zone " + ianaId);
    try {
        m_store.set(setting_key::TimeZone, ianaId);
        m_audit.record(&who, "setting", setting_key::TimeZone, "ok", ianaId);
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
    m_ctx.setZone(std::shared_ptr<const TimeZone>(std::move(z)));
    return {};
}

SResult<void> SettingsService::setLockDuration(const Session& who, std::chrono::minutes m)
{
    if (auto r = requireSupervisor(who, setting_key::LockMinutes); !r)
        return r;
    if (m.count() < 1 || m.count() > 24 * 60)
        return fail(Errc::InvalidInput, "lock duration must be 1 minute to 24 hours");
    m_store.set(setting_key::LockMinutes, std::to_string(m.count()));
    m_audit.record(&who, "setting", setting_key::LockMinutes, "ok", std::to_string(m.count()));
    return {};
}

SResult<void> SettingsService::setVarianceThreshold(const Session& who, Money m)
{
    if (auto r = requireSupervisor(who, setting_key::VarianceThreshold); !r)
        return r;
    if (m.isNegative())
        return fail(Errc::InvalidInput, "threshold cannot be negative");
    m_store.set(setting_key::VarianceThreshold, std::to_string(m.fen()));
    m_audit.record(&who, "setting", setting_key::VarianceThreshold, "ok", formatMoney(m));
    return {};
}

SResult<void> SettingsService::setFloatTarget(const Session& who, Money m)
{
    if (auto r = requireSupervisor(who, setting_key::FloatTarget); !r)
        return r;
    if (m.isNegative() || m.fen() > kMaxFloatTargetFen)
        return fail(Errc::InvalidInput, "the float to keep must be between ¥0 and ¥100,000");
    m_store.set(setting_key::FloatTarget, std::to_string(m.fen()));
    m_audit.record(&who, "setting", setting_key::FloatTarget, "ok", formatMoney(m));
    return {};
}

}  // namespace cz
