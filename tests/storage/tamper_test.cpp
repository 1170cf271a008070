// Tamper test: edits made behind the app's back with raw SQL (triggers dropped) are found by verify.

#include "core/accounts.h"
#include "core/uuid.h"
#include "storage/day_store.h"
#include "storage/ledger_store.h"
#include "storage/user_store.h"
#include "storage/verifier.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

using namespace cz;

namespace {

class Tamper : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db = std::move(Database::open(m_dir.file("s.db"), OpenMode::Writer, Durability::Fast)).value();
        LedgerStore ledger(*m_db);
        ledger.ensureStandardChart(m_now);
        const auto user = UserStore(*m_db).insert("u", Role::Supervisor, "x", m_now);
        const auto day = *BusinessDay::parse("2026-11-29");
        WriteTransaction tx(*m_db);
        DayStore(*m_db).insertOpen(day, m_now, user, newUuid(), {}, Money());
        for (int i = 1; i <= 6; ++i) {
            EntryRequest r{newUuid(), "cash_in", "n" + std::to_string(i),
                           {{std::string(acct::CashDrawer), Money::fromFen(100 * i)},
                            {std::string(acct::OwnerEquity), Money::fromFen(-100 * i)}},
                           std::nullopt};
            ASSERT_TRUE(ledger.post(r, day, m_now + std::chrono::seconds(i), user).ok());
        }
        tx.commit();
        ASSERT_TRUE(verifyDatabase(*m_db).empty());
        m_db->sql().exec(
            "DROP TRIGGER entries_append_only_u; DROP TRIGGER entries_append_only_d; "
            "DROP TRIGGER postings_append_only_u; DROP TRIGGER postings_append_only_d; "
            "DROP TRIGGER entries_closed_day; DROP TRIGGER postings_never_negative; "
            "DROP TRIGGER postings_cash_needs_open_day;");
    }

    bool found(const std::string& check)
    {
        const auto f = verifyDatabase(*m_db);
        for (const auto& x : f)
            if (x.check == check)
                return true;
        ADD_FAILURE() << "no '" << check << "' finding among " << f.size() << " findings";
        for (const auto& x : f)
            ADD_FAILURE() << x.check << ": " << x.detail;
        return false;
    }

    test::TempDir m_dir;
    std::unique_ptr<Database> m_db;
    TimePoint m_now = fromUnixMs(1'790'000'000'000);
};

TEST_F(Tamper, ChangedAmountBothSides)
{
    m_db->sql().exec("UPDATE postings SET amount = 9900 WHERE entry_seq = 3 AND line = 0");
    m_db->sql().exec("UPDATE postings SET amount = -9900 WHERE entry_seq = 3 AND line = 1");
    EXPECT_TRUE(found("content"));
    EXPECT_TRUE(found("running_balance"));
}

TEST_F(Tamper, ChangedAmountWithRecomputedBalances)
{
    // A careful forger also fixes every running balance: the content hash still gives it away.
    m_db->sql().exec("UPDATE postings SET amount = amount * 2, balance_after = balance_after * 2");
    EXPECT_TRUE(found("content"));
}

TEST_F(Tamper, ChangedMemo)
{
    m_db->sql().exec("UPDATE entries SET memo = 'nothing to see' WHERE seq = 2");
    EXPECT_TRUE(found("content"));
}

TEST_F(Tamper, UnbalancedPosting)
{
    m_db->sql().exec("UPDATE postings SET amount = 1 WHERE entry_seq = 4 AND line = 1");
    EXPECT_TRUE(found("unbalanced"));
}

TEST_F(Tamper, DeletedEntryInTheMiddle)
{
    m_db->sql().exec("DELETE FROM postings WHERE entry_seq = 3; DELETE FROM entries WHERE seq = 3");
    EXPECT_TRUE(found("sequence"));
    EXPECT_TRUE(found("chain"));
}

TEST_F(Tamper, DeletedLastEntry)
{
    m_db->sql().exec("DELETE FROM postings WHERE entry_seq = 6; DELETE FROM entries WHERE seq = 6");
    EXPECT_TRUE(found("head"));
}

TEST_F(Tamper, DeletedPostingOnly)
{
    m_db->sql().exec("DELETE FROM postings WHERE entry_seq = 2 AND line = 1");
    EXPECT_TRUE(found("invalid_entry"));  // one posting left: too few lines, and unbalanced
    EXPECT_TRUE(found("content"));
}

TEST_F(Tamper, InsertedEntry)
{
    m_db->sql().exec(
        "INSERT INTO entries(seq, op_id, kind, business_day, posted_at, user_id, memo, request_hash, chain_hash) "
        "SELECT 7, 'forged', kind, business_day, posted_at, user_id, memo, request_hash, chain_hash FROM entries WHERE seq = 6;"
        "INSERT INTO postings(entry_seq, line, account, amount, balance_after) "
        "SELECT 7, line, account, amount, balance_after + amount FROM postings WHERE entry_seq = 6;"
        "UPDATE journal_head SET seq = 7");
    EXPECT_TRUE(found("chain"));
}

TEST_F(Tamper, ReorderedEntries)
{
    // Swap the contents of entries 2 and 5, keeping each one's own hashes.
    m_db->sql().exec(
        "PRAGMA foreign_keys = OFF;"
        "UPDATE postings SET entry_seq = -2 WHERE entry_seq = 2;"
        "UPDATE postings SET entry_seq = 2 WHERE entry_seq = 5;"
        "UPDATE postings SET entry_seq = 5 WHERE entry_seq = -2;"
        "UPDATE entries SET seq = -2 WHERE seq = 2;"
        "UPDATE entries SET seq = 2 WHERE seq = 5;"
        "UPDATE entries SET seq = 5 WHERE seq = -2;");
    EXPECT_TRUE(found("chain"));
}

TEST_F(Tamper, NegativeDrawerAtSomePoint)
{
    m_db->sql().exec("UPDATE postings SET amount = -amount, balance_after = -balance_after WHERE entry_seq = 1");
    EXPECT_TRUE(found("negative"));
}

}  // namespace
