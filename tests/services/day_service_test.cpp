#include "support/station_fixture.h"

#include "core/accounts.h"

using namespace cz;
using namespace std::chrono;

namespace {

class Days : public test::StationFixture {
protected:
    Money bal(std::string_view a) { return m_svc->ledger().balance(a); }
    std::int64_t entries() { return m_svc->ledger().entryCount(); }
    std::vector<PostingLine> lastLines()
    {
        auto e = m_svc->ledger().entry(entries());
        std::vector<PostingLine> out;
        for (const auto& p : e->postings)
            out.push_back({p.account, p.amount});
        return out;
    }
    static PostingLine L(std::string_view a, std::int64_t fen) { return {std::string(a), Money::fromFen(fen)}; }
};

TEST_F(Days, FirstOpenPostsTheFloatFromTheOwner)
{
    const DenominationCount c{{10000, 3}, {2000, 2}, {100, 5}, {50, 2}, {10, 3}};  // ¥346.30
    auto r = m_svc->days().openDay(m_agent, newOp(), c, "");
    ASSERT_TRUE(r.ok()) << r.error().detail;
    EXPECT_TRUE(r->firstDay);
    EXPECT_EQ(r->day.toString(), "2026-11-29");
    EXPECT_EQ(r->counted.fen(), 34630);
    EXPECT_EQ(lastLines(), (std::vector<PostingLine>{L(acct::CashDrawer, 34630), L(acct::OwnerEquity, -34630)}));
    auto st = m_svc->days().status();
    ASSERT_TRUE(st.open.has_value());
    EXPECT_EQ(st.drawer.fen(), 34630);
    EXPECT_EQ(m_svc->days().openDay(m_agent, newOp(), c, "").error().code, Errc::DayAlreadyOpen);
}

TEST_F(Days, OpenIsIdempotentByOpId)
{
    const auto op = newOp();
    const DenominationCount c{{10000, 1}};
    ASSERT_TRUE(m_svc->days().openDay(m_agent, op, c, "").ok());
    auto again = m_svc->days().openDay(m_agent, op, c, "");
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->replayed);
    EXPECT_EQ(entries(), 1);
    EXPECT_EQ(m_svc->days().openDay(m_agent, op, {{10000, 2}}, "").error().code, Errc::OpIdConflict);
}

TEST_F(Days, CashInOutDepositAndTheDrawerNeverGoesNegative)
{
    openDayWith(500);
    ASSERT_TRUE(m_svc->days().cashIn(m_agent, newOp(), Money::fromYuan(200), "零钱").ok());
    EXPECT_EQ(lastLines(), (std::vector<PostingLine>{L(acct::CashDrawer, 20000), L(acct::OwnerEquity, -20000)}));
    ASSERT_TRUE(m_svc->days().cashOut(m_agent, newOp(), Money::fromYuan(100), "店主取现").ok());
    EXPECT_EQ(lastLines(), (std::vector<PostingLine>{L(acct::CashDrawer, -10000), L(acct::OwnerEquity, 10000)}));
    auto dep = m_svc->days().bankDeposit(m_agent, newOp(), Money::fromYuan(300), "");
    ASSERT_TRUE(dep.ok());
    EXPECT_EQ(dep->drawerAfter.fen(), 30000);
    EXPECT_EQ(lastLines(), (std::vector<PostingLine>{L(acct::CashDrawer, -30000), L(acct::Bank, 30000)}));

    const auto before = entries();
    auto tooMuch = m_svc->days().cashOut(m_agent, newOp(), Money::fromFen(30001), "too much");
    ASSERT_FALSE(tooMuch.ok());
    EXPECT_EQ(tooMuch.error().code, Errc::InsufficientCash);
    auto depTooMuch = m_svc->days().bankDeposit(m_agent, newOp(), Money::fromYuan(1000), "");
    EXPECT_EQ(depTooMuch.error().code, Errc::InsufficientCash);
    EXPECT_EQ(m_svc->days().cashIn(m_agent, newOp(), Money(), "x").error().code, Errc::InvalidInput);
    EXPECT_EQ(m_svc->days().cashIn(m_agent, newOp(), Money::fromFen(-5), "x").error().code, Errc::InvalidInput);
    EXPECT_EQ(m_svc->days().cashIn(m_agent, newOp(), Money::fromYuan(5), "  ").error().code, Errc::NoteRequired);
    EXPECT_EQ(m_svc->days().cashIn(m_agent, "not-a-uuid", Money::fromYuan(5), "x").error().code, Errc::InvalidInput);
    EXPECT_EQ(entries(), before);
    EXPECT_EQ(bal(acct::CashDrawer).fen(), 30000);
}

TEST_F(Days, NoCashMovesWithoutAnOpenDay)
{
    auto r = m_svc->days().cashIn(m_agent, newOp(), Money::fromYuan(5), "x");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::DayNotOpen);
    EXPECT_EQ(entries(), 0);
}

TEST_F(Days, CloseWithVarianceNeedsANoteAndAboveTheThresholdASupervisor)
{
    openDayWith(500);
    const auto before = entries();
    // Short by ¥80 (threshold ¥50).
    const DenominationCount count{{10000, 4}, {1000, 2}};
    EXPECT_EQ(m_svc->days().closeDay(m_agent, newOp(), count, "", std::nullopt).error().code, Errc::NoteRequired);
    EXPECT_EQ(m_svc->days().closeDay(m_agent, newOp(), count, "少了", std::nullopt).error().code, Errc::SupervisorRequired);
    EXPECT_EQ(m_svc->days().closeDay(m_agent, newOp(), count, "少了", m_agent).error().code, Errc::SupervisorRequired);
    EXPECT_EQ(entries(), before);
    EXPECT_TRUE(m_svc->days().status().open.has_value());

    auto r = m_svc->days().closeDay(m_agent, newOp(), count, "少了", m_supervisor);
    ASSERT_TRUE(r.ok()) << r.error().detail;
    EXPECT_EQ(r->expected.fen(), 50000);
    EXPECT_EQ(r->variance.fen(), -8000);
    EXPECT_EQ(lastLines(), (std::vector<PostingLine>{L(acct::CashOverShort, 8000), L(acct::CashDrawer, -8000)}));
    EXPECT_EQ(bal(acct::CashDrawer).fen(), 42000);
    EXPECT_FALSE(m_svc->days().status().open.has_value());
}

TEST_F(Days, SmallOverageIsPostedWithoutSupervisor)
{
    openDayWith(500);
    auto r = m_svc->days().closeDay(m_agent, newOp(), {{10000, 5}, {1000, 1}}, "多了十元", std::nullopt);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(lastLines(), (std::vector<PostingLine>{L(acct::CashDrawer, 1000), L(acct::CashOverShort, -1000)}));
}

TEST_F(Days, ClosedDayAcceptsNothingAndTheNextOpenComparesWithTheDrawer)
{
    openDayWith(500);
    ASSERT_TRUE(m_svc->days().closeDay(m_agent, newOp(), {{10000, 5}}, "", std::nullopt).ok());
    EXPECT_EQ(m_svc->days().cashIn(m_agent, newOp(), Money::fromYuan(1), "x").error().code, Errc::DayNotOpen);
    // Reopening the same evening opens the next business day: the closed one stays closed.
    m_clock.advance(hours(2));
    EXPECT_EQ(m_svc->days().status().nextToOpen.toString(), "2026-11-30");
    // Next morning the count is ¥10 short of what the ledger says is in the drawer.
    m_clock.advance(hours(20));
    EXPECT_EQ(m_svc->days().openDay(m_agent, newOp(), {{10000, 4}, {2000, 4}, {1000, 1}}, "").error().code,
              Errc::NoteRequired);
    auto r = m_svc->days().openDay(m_agent, newOp(), {{10000, 4}, {2000, 4}, {1000, 1}}, "昨晚点错");
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->firstDay);
    EXPECT_EQ(r->day.toString(), "2026-11-30");
    EXPECT_EQ(r->difference.fen(), -1000);
    EXPECT_EQ(lastLines(), (std::vector<PostingLine>{L(acct::CashOverShort, 1000), L(acct::CashDrawer, -1000)}));
    auto yesterday = m_svc->ledger().balances(BusinessDay::parse("2026-11-29"));
    for (const auto& b : yesterday) {
        if (b.account.code == acct::CashDrawer) {
            EXPECT_EQ(b.balance.fen(), 50000);
        }
    }
}

TEST_F(Days, DayStaysOpenAcrossMidnightUntilClosed)
{
    openDayWith(100);
    m_clock.advance(hours(16));  // 01:00 next day local
    ASSERT_TRUE(m_svc->days().cashIn(m_agent, newOp(), Money::fromYuan(1), "late").ok());
    EXPECT_EQ(m_svc->ledger().entry(entries())->businessDay, "2026-11-29");
    auto c = m_svc->days().closeDay(m_agent, newOp(), {{10000, 1}, {100, 1}}, "", std::nullopt);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->day.toString(), "2026-11-29");
    EXPECT_TRUE(m_svc->ledger().verify().empty());
}

TEST_F(Days, BadCountsAreRejected)
{
    EXPECT_EQ(m_svc->days().openDay(m_agent, newOp(), {{300, 1}}, "").error().code, Errc::InvalidInput);
    EXPECT_EQ(m_svc->days().openDay(m_agent, newOp(), {{100, -1}}, "").error().code, Errc::InvalidInput);
    EXPECT_FALSE(m_svc->days().status().open.has_value());
}

}  // namespace
