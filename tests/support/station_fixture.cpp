#include "support/station_fixture.h"

#include "core/uuid.h"

namespace cz::test {

TimePoint defaultTestStart()
{
    // 2026-11-29 01:00 UTC = 09:00 in Shanghai.
    using namespace std::chrono;
    return time_point_cast<milliseconds>(sys_days(year(2026) / November / 29) + hours(1));
}

void StationFixture::SetUp()
{
    m_dbPath = m_dir.file("station.db");
    reopen();
    auto sup = m_svc->setup().init("测试服务站", "王站长", kSupervisorPin);
    ASSERT_TRUE(sup.ok()) << sup.error().detail;
    m_supervisor = Session{*sup, "王站长", Role::Supervisor};
    auto agent = m_svc->auth().addUser(m_supervisor, "李店员", Role::Agent, kAgentPin);
    ASSERT_TRUE(agent.ok()) << agent.error().detail;
    m_agent = Session{*agent, "李店员", Role::Agent};
}

void StationFixture::TearDown()
{
    m_svc.reset();
    m_db.reset();
}

void StationFixture::reopen()
{
    m_svc.reset();
    m_db.reset();
    auto db = Database::open(m_dbPath, OpenMode::Writer, m_durability);
    ASSERT_TRUE(db.ok()) << db.error().detail;
    m_db = std::move(db).value();
    m_svc = std::make_unique<StationServices>(*m_db, m_clock, PinCost::Minimal);
}

std::string StationFixture::newOp() const { return newUuid(); }

void StationFixture::openDayWith(std::int64_t yuan)
{
    DenominationCount c{{10000, yuan / 100}, {100, yuan % 100}};
    auto r = m_svc->days().openDay(m_agent, newOp(), c, "");
    ASSERT_TRUE(r.ok()) << r.error().detail;
}

}  // namespace cz::test
