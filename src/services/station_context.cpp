#include "services/station_context.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

namespace cz {

namespace {

class QtTimeZone final : public TimeZone {
public:
    explicit QtTimeZone(QTimeZone z) : m_zone(std::move(z)) {}
    std::string id() const override { return m_zone.id().toStdString(); }
    std::chrono::seconds offsetAt(TimePoint t) const override
    {
        return std::chrono::seconds(m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(toUnixMs(t), Qt::UTC)));
    }

private:
    QTimeZone m_zone;
};

}  // namespace

bool isKnownTimeZone(const std::string& ianaId)
{
    return QTimeZone::isTimeZoneIdAvailable(QByteArray::fromStdString(ianaId));
}

std::unique_ptr<TimeZone> makeSystemTimeZone(const std::string& ianaId)
{
    QTimeZone z(QByteArray::fromStdString(ianaId));
    if (!z.isValid())
        return nullptr;
    return std::make_unique<QtTimeZone>(std::move(z));
}

std::shared_ptr<const TimeZone> StationContext::zone() const
{
    std::lock_guard lock(m_zoneMutex);
    return m_zone;
}

void StationContext::setZone(std::shared_ptr<const TimeZone> z)
{
    std::lock_guard lock(m_zoneMutex);
    m_zone = std::move(z);
}

}  // namespace cz
