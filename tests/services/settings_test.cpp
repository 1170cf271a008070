#include "support/station_fixture.h"

using namespace cz;
using namespace std::chrono;

namespace {

class Settings : public test::StationFixture {};

TEST_F(Settings, DefaultsAndPrivileges)
{
    EXPECT_EQ(m_svc->settings().language(), "zh_CN");
    EXPECT_EQ(m_svc->settings().timeZoneId(), "Asia/Shanghai");
    EXPECT_EQ(m_svc->settings().stationName(), "测试服务站");
    EXPECT_FALSE(m_svc->settings().stationId().empty());
    EXPECT_TRUE(m_svc->settings().setLanguage(m_agent, "en").ok());
    EXPECT_EQ(m_svc->settings().language(), "en");
    EXPECT_EQ(m_svc->settings().setLanguage(m_agent, "fr").error().code, Errc::InvalidInput);
    EXPECT_EQ(m_svc->settings().setTimeZone(m_agent, "Asia/Urumqi").error().code, Errc::NotAllowed);
    EXPECT_EQ(m_svc->settings().setTimeZone(m_supervisor, "Mars/Olympus").error().code, Errc::InvalidInput);
}

TEST_F(Settings, FloatTargetIsASupervisorsAndStaysInRange)
{
    auto& s = m_svc->settings();
    EXPECT_EQ(s.floatTarget(), Money::fromYuan(500));
    EXPECT_EQ(s.setFloatTarget(m_agent, Money::fromYuan(800)).error().code, Errc::NotAllowed);
    EXPECT_EQ(s.setFloatTarget(m_supervisor, Money::fromFen(-1)).error().code, Errc::InvalidInput);
    EXPECT_EQ(s.setFloatTarget(m_supervisor, Money::fromFen(kMaxFloatTargetFen + 1)).error().code, Errc::InvalidInput);
    EXPECT_EQ(s.floatTarget(), Money::fromYuan(500));  // refused changes change nothing
    ASSERT_TRUE(s.setFloatTarget(m_supervisor, Money::fromYuan(800)).ok());
    EXPECT_EQ(m_svc->reports().floatTarget(), Money::fromYuan(800));
    ASSERT_TRUE(s.setFloatTarget(m_supervisor, Money::fromFen(0)).ok());
    EXPECT_TRUE(s.floatTarget().isZero());
    s.setValue(setting_key::FloatTarget, "garbage");  // a damaged value falls back to the default
    EXPECT_EQ(s.floatTarget(), Money::fromYuan(500));
}

TEST_F(Settings, TimeZoneMovesTheBusinessDay)
{
    // 2026-11-29 17:00 UTC: already the 30th in Shanghai, still the 29th in Urumqi (UTC+6).
    m_clock.set(time_point_cast<milliseconds>(sys_days(year(2026) / 11 / 29) + hours(17)));
    EXPECT_EQ(m_svc->context().today().toString(), "2026-11-30");
    ASSERT_TRUE(m_svc->settings().setTimeZone(m_supervisor, "Asia/Urumqi").ok());
    EXPECT_EQ(m_svc->context().today().toString(), "2026-11-29");
    reopen();  // persisted and re-applied on start
    EXPECT_EQ(m_svc->context().today().toString(), "2026-11-29");
}

TEST_F(Settings, StationCannotBeInitialisedTwice)
{
    auto again = m_svc->setup().init("另一个站", "张三", "1111");
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Errc::Conflict);
}

}  // namespace
