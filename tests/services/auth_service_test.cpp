#include "support/station_fixture.h"

using namespace cz;
using namespace std::chrono;

namespace {

class Auth : public test::StationFixture {};

int countAudit(StationServices& s, const std::string& action, const std::string& result)
{
    int n = 0;
    for (const auto& r : s.audit().recent(1000))
        if (r.action == action && r.result == result)
            ++n;
    return n;
}

TEST_F(Auth, CorrectPinLogsIn)
{
    auto s = m_svc->auth().login(m_agent.userId, test::kAgentPin);
    ASSERT_TRUE(s.ok()) << s.error().detail;
    EXPECT_EQ(s->userName, "李店员");
    EXPECT_EQ(s->role, Role::Agent);
    EXPECT_EQ(countAudit(*m_svc, "login", "ok"), 1);
}

TEST_F(Auth, FiveWrongPinsLockAndTheLockSurvivesARestart)
{
    for (int i = 1; i <= 4; ++i) {
        auto r = m_svc->auth().login(m_agent.userId, "0000");
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, Errc::WrongPin);
        EXPECT_EQ(r.error().remainingAttempts, 5 - i);
    }
    auto fifth = m_svc->auth().login(m_agent.userId, "0000");
    ASSERT_FALSE(fifth.ok());
    EXPECT_EQ(fifth.error().code, Errc::UserLocked);
    ASSERT_TRUE(fifth.error().lockedUntil.has_value());
    EXPECT_EQ(*fifth.error().lockedUntil, m_clock.now() + minutes(30));

    reopen();
    auto afterRestart = m_svc->auth().login(m_agent.userId, test::kAgentPin);  // even the right PIN
    ASSERT_FALSE(afterRestart.ok());
    EXPECT_EQ(afterRestart.error().code, Errc::UserLocked);
    EXPECT_EQ(countAudit(*m_svc, "lock", "ok"), 1);
    EXPECT_EQ(countAudit(*m_svc, "login", "wrong_pin"), 5);
    EXPECT_EQ(countAudit(*m_svc, "login", "locked"), 1);
    bool shownLocked = false;
    for (const auto& u : m_svc->auth().users())
        if (u.id == m_agent.userId)
            shownLocked = u.locked;
    EXPECT_TRUE(shownLocked);
}

TEST_F(Auth, LockExpires)
{
    for (int i = 0; i < 5; ++i)
        (void)m_svc->auth().login(m_agent.userId, "9999");
    m_clock.advance(minutes(29));
    EXPECT_EQ(m_svc->auth().login(m_agent.userId, test::kAgentPin).error().code, Errc::UserLocked);
    m_clock.advance(minutes(2));
    EXPECT_TRUE(m_svc->auth().login(m_agent.userId, test::kAgentPin).ok());
    // A fresh set of attempts after expiry.
    EXPECT_EQ(m_svc->auth().login(m_agent.userId, "9999").error().remainingAttempts, 4);
}

TEST_F(Auth, SupervisorUnlocksAgentCannot)
{
    for (int i = 0; i < 5; ++i)
        (void)m_svc->auth().login(m_agent.userId, "9999");
    auto denied = m_svc->auth().unlock(m_agent, m_agent.userId);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, Errc::NotAllowed);
    EXPECT_EQ(countAudit(*m_svc, "unlock", "denied"), 1);
    ASSERT_TRUE(m_svc->auth().unlock(m_supervisor, m_agent.userId).ok());
    EXPECT_TRUE(m_svc->auth().login(m_agent.userId, test::kAgentPin).ok());
    EXPECT_EQ(countAudit(*m_svc, "unlock", "ok"), 1);
}

TEST_F(Auth, SuccessResetsTheCount)
{
    for (int i = 0; i < 4; ++i)
        (void)m_svc->auth().login(m_agent.userId, "9999");
    ASSERT_TRUE(m_svc->auth().login(m_agent.userId, test::kAgentPin).ok());
    EXPECT_EQ(m_svc->auth().login(m_agent.userId, "9999").error().remainingAttempts, 4);
}

TEST_F(Auth, ApprovalNeedsASupervisor)
{
    auto notSup = m_svc->auth().approve(m_agent.userId, test::kAgentPin, "void");
    ASSERT_FALSE(notSup.ok());
    EXPECT_EQ(notSup.error().code, Errc::NotAllowed);
    auto wrong = m_svc->auth().approve(m_supervisor.userId, "0000", "void");
    EXPECT_EQ(wrong.error().code, Errc::WrongPin);
    auto ok = m_svc->auth().approve(m_supervisor.userId, test::kSupervisorPin, "void");
    ASSERT_TRUE(ok.ok());
    EXPECT_TRUE(ok->isSupervisor());
}

TEST_F(Auth, AddUserRulesAndPinHashing)
{
    EXPECT_EQ(m_svc->auth().addUser(m_agent, "x", Role::Agent, "1111").error().code, Errc::NotAllowed);
    EXPECT_EQ(m_svc->auth().addUser(m_supervisor, "x", Role::Agent, "12a4").error().code, Errc::InvalidInput);
    EXPECT_EQ(m_svc->auth().addUser(m_supervisor, "x", Role::Agent, "123").error().code, Errc::InvalidInput);
    EXPECT_EQ(m_svc->auth().addUser(m_supervisor, "李店员", Role::Agent, "1111").error().code, Errc::Conflict);
    EXPECT_EQ(m_svc->auth().addUser(m_supervisor, "", Role::Agent, "1111").error().code, Errc::InvalidInput);
    const auto hash = m_db->sql().execAndGet("SELECT pin_hash FROM users WHERE name = '李店员'").getString();
    EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u) << hash;
    EXPECT_EQ(hash.find(test::kAgentPin), std::string::npos);
}

TEST_F(Auth, ChangePin)
{
    EXPECT_EQ(m_svc->auth().changePin(m_agent, "0000", "5678").error().code, Errc::WrongPin);
    ASSERT_TRUE(m_svc->auth().changePin(m_agent, test::kAgentPin, "5678").ok());
    EXPECT_TRUE(m_svc->auth().login(m_agent.userId, "5678").ok());
    EXPECT_FALSE(m_svc->auth().login(m_agent.userId, test::kAgentPin).ok());
}

}  // namespace
