#include "core/accounts.h"
#include "core/uuid.h"
#include "storage/day_store.h"
#include "storage/ledger_store.h"
#include "storage/misc_stores.h"
#include "storage/user_store.h"
#include "storage/verifier.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Exception.h>
#include <gtest/gtest.h>

using namespace cz;

namespace {

class LedgerStoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db = std::move(Database::open(m_dir.file("s.db"), OpenMode::Writer, Durability::Fast)).value();
        m_ledger = std::make_unique<LedgerStore>(*m_db);
        m_ledger->ensureStandardChart(m_now);
        m_user = UserStore(*m_db).insert("u", Role::Supervisor, "x", m_now);
    }

    void openDay(const char* d)
    {
        WriteTransaction tx(*m_db);
        DayStore(*m_db).insertOpen(*BusinessDay::parse(d), m_now, m_user, newUuid(), {}, Money());
        tx.commit();
    }

    Result<PostedEntry, PostError> post(EntryRequest r, const char* day = "2026-11-29")
    {
        WriteTransaction tx(*m_db);
        auto res = m_ledger->post(r, *BusinessDay::parse(day), m_now, m_user);
        if (res)
            tx.commit();
        return res;
    }

    static EntryRequest req(std::string kind, std::vector<PostingLine> lines, std::string op = newUuid())
    {
        return EntryRequest{std::move(op), std::move(kind), "", std::move(lines), std::nullopt};
    }
    static PostingLine L(std::string_view a, std::int64_t fen) { return {std::string(a), Money::fromFen(fen)}; }

    test::TempDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LedgerStore> m_ledger;
    TimePoint m_now = fromUnixMs(1'790'000'000'000);
    std::int64_t m_user = 0;
};

TEST_F(LedgerStoreTest, PostsBalancedEntriesAndKeepsRunningBalances)
{
    openDay("2026-11-29");
    ASSERT_TRUE(post(req("float", {L(acct::CashDrawer, 50000), L(acct::OwnerEquity, -50000)})).ok());
    ASSERT_TRUE(post(req("order", {L(acct::CashDrawer, 1200), L(acct::OrdersInTransit, -1000), L(acct::ServiceFeeIncome, -200)})).ok());
    EXPECT_EQ(m_ledger->balance(acct::CashDrawer).fen(), 51200);
    EXPECT_EQ(m_ledger->balance(acct::OrdersInTransit).fen(), -1000);
    EXPECT_EQ(m_ledger->entryCount(), 2);
    Money sum;
    for (const auto& b : m_ledger->balances())
        sum += b.balance;
    EXPECT_TRUE(sum.isZero());
    EXPECT_TRUE(verifyDatabase(*m_db).empty());
}

TEST_F(LedgerStoreTest, SameOpIdReplaysDifferentContentConflicts)
{
    openDay("2026-11-29");
    const std::string op = newUuid();
    auto first = post(req("float", {L(acct::CashDrawer, 100), L(acct::OwnerEquity, -100)}, op));
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first->replayed);
    auto again = post(req("float", {L(acct::CashDrawer, 100), L(acct::OwnerEquity, -100)}, op));
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->replayed);
    EXPECT_EQ(again->seq, first->seq);
    EXPECT_EQ(m_ledger->entryCount(), 1);
    auto other = post(req("float", {L(acct::CashDrawer, 101), L(acct::OwnerEquity, -101)}, op));
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().code, EntryError::OpIdConflict);
    EXPECT_EQ(m_ledger->balance(acct::CashDrawer).fen(), 100);
}

TEST_F(LedgerStoreTest, RefusalsWriteNothing)
{
    openDay("2026-11-29");
    auto neg = post(req("out", {L(acct::OwnerEquity, 1), L(acct::CashDrawer, -1)}));
    ASSERT_FALSE(neg.ok());
    EXPECT_EQ(neg.error().code, EntryError::NegativeBalance);
    EXPECT_EQ(neg.error().account, acct::CashDrawer);
    auto unknown = post(req("x", {L("9999", 1), L(acct::OwnerEquity, -1)}));
    EXPECT_EQ(unknown.error().code, EntryError::UnknownAccount);
    auto unbalanced = post(req("x", {L(acct::Bank, 2), L(acct::OwnerEquity, -1)}));
    EXPECT_EQ(unbalanced.error().code, EntryError::Unbalanced);
    // Wallet (never negative) cannot be overdrawn either.
    auto wallet = post(req("x", {L(acct::OrdersInTransit, 5), L(acct::PlatformWallet, -5)}));
    EXPECT_EQ(wallet.error().code, EntryError::NegativeBalance);
    EXPECT_EQ(m_ledger->entryCount(), 0);
    EXPECT_TRUE(verifyDatabase(*m_db).empty());
}

TEST_F(LedgerStoreTest, CashNeedsAnOpenDayAndClosedDaysAreReadOnly)
{
    auto noDay = post(req("float", {L(acct::CashDrawer, 100), L(acct::OwnerEquity, -100)}));
    ASSERT_FALSE(noDay.ok());
    EXPECT_EQ(noDay.error().code, EntryError::DayNotOpen);
    // A non-cash entry is fine without an open day.
    ASSERT_TRUE(post(req("topup", {L(acct::PlatformWallet, 100), L(acct::Bank, -100)})).ok());

    openDay("2026-11-29");
    ASSERT_TRUE(post(req("float", {L(acct::CashDrawer, 100), L(acct::OwnerEquity, -100)})).ok());
    {
        WriteTransaction tx(*m_db);
        DayStore(*m_db).markClosed(*BusinessDay::parse("2026-11-29"), m_now, m_user, newUuid(), {}, Money(), "");
        tx.commit();
    }
    auto closed = post(req("topup", {L(acct::PlatformWallet, 1), L(acct::Bank, -1)}));
    ASSERT_FALSE(closed.ok());
    EXPECT_EQ(closed.error().code, EntryError::DayClosed);
    auto earlier = post(req("topup", {L(acct::PlatformWallet, 1), L(acct::Bank, -1)}), "2026-11-01");
    EXPECT_EQ(earlier.error().code, EntryError::DayClosed);
    EXPECT_TRUE(post(req("topup", {L(acct::PlatformWallet, 1), L(acct::Bank, -1)}), "2026-11-30").ok());
    // The database itself refuses too, even when the code's check is bypassed.
    EXPECT_THROW(m_db->sql().exec("INSERT INTO entries(seq, op_id, kind, business_day, posted_at, request_hash, chain_hash) "
                                  "VALUES(99, 'x', 'k', '2026-11-29', 0, zeroblob(32), zeroblob(32))"),
                 SQLite::Exception);
}

TEST_F(LedgerStoreTest, JournalIsAppendOnly)
{
    openDay("2026-11-29");
    ASSERT_TRUE(post(req("float", {L(acct::CashDrawer, 100), L(acct::OwnerEquity, -100)})).ok());
    EXPECT_THROW(m_db->sql().exec("UPDATE postings SET amount = 5"), SQLite::Exception);
    EXPECT_THROW(m_db->sql().exec("DELETE FROM postings"), SQLite::Exception);
    EXPECT_THROW(m_db->sql().exec("UPDATE entries SET memo = 'x'"), SQLite::Exception);
    EXPECT_THROW(m_db->sql().exec("DELETE FROM entries"), SQLite::Exception);
    AuditStore(*m_db).append(AuditRecord{0, m_now, m_user, "u", "login", "user:1", "ok", ""});
    EXPECT_THROW(m_db->sql().exec("DELETE FROM audit_log"), SQLite::Exception);
    EXPECT_THROW(m_db->sql().exec("UPDATE audit_log SET result = 'denied'"), SQLite::Exception);
}

TEST_F(LedgerStoreTest, ReversalsMirrorTheOriginalOnce)
{
    openDay("2026-11-29");
    auto orig = post(req("order", {L(acct::CashDrawer, 1200), L(acct::OrdersInTransit, -1000), L(acct::ServiceFeeIncome, -200)}));
    ASSERT_TRUE(orig.ok());
    EntryRequest wrong = req("reversal", {L(acct::CashDrawer, -1200), L(acct::OrdersInTransit, 1200)});
    wrong.reversesSeq = orig->seq;
    EXPECT_EQ(post(wrong).error().code, EntryError::BadReversal);
    EntryRequest rev = req("reversal", {L(acct::CashDrawer, -1200), L(acct::OrdersInTransit, 1000), L(acct::ServiceFeeIncome, 200)});
    rev.reversesSeq = orig->seq;
    ASSERT_TRUE(post(rev).ok());
    EXPECT_TRUE(m_ledger->balance(acct::CashDrawer).isZero());
    EntryRequest twice = rev;
    twice.opId = newUuid();
    EXPECT_EQ(post(twice).error().code, EntryError::BadReversal);
    EXPECT_TRUE(verifyDatabase(*m_db).empty());
}

TEST_F(LedgerStoreTest, BalancesAsOfADay)
{
    openDay("2026-11-29");
    ASSERT_TRUE(post(req("float", {L(acct::CashDrawer, 100), L(acct::OwnerEquity, -100)})).ok());
    {
        WriteTransaction tx(*m_db);
        DayStore(*m_db).markClosed(*BusinessDay::parse("2026-11-29"), m_now, m_user, newUuid(), {}, Money(), "");
        tx.commit();
    }
    openDay("2026-11-30");
    ASSERT_TRUE(post(req("in", {L(acct::CashDrawer, 50), L(acct::OwnerEquity, -50)}), "2026-11-30").ok());
    auto find = [](const std::vector<AccountBalance>& v, std::string_view code) {
        for (const auto& b : v)
            if (b.account.code == code)
                return b.balance.fen();
        return INT64_MIN;
    };
    EXPECT_EQ(find(m_ledger->balances(BusinessDay::parse("2026-11-28")), acct::CashDrawer), 0);
    EXPECT_EQ(find(m_ledger->balances(BusinessDay::parse("2026-11-29")), acct::CashDrawer), 100);
    EXPECT_EQ(find(m_ledger->balances(BusinessDay::parse("2026-11-30")), acct::CashDrawer), 150);
    EXPECT_EQ(find(m_ledger->balances(), acct::CashDrawer), 150);
}

TEST_F(LedgerStoreTest, ARolledBackPostLeavesNoTraceInLaterBalancesOrTheChain)
{
    openDay("2026-11-29");
    ASSERT_TRUE(post(req("float", {L(acct::CashDrawer, 500), L(acct::OwnerEquity, -500)})).ok());
    {
        WriteTransaction tx(*m_db);  // posted, then rolled back with the business change it belonged to
        ASSERT_TRUE(m_ledger->post(req("in", {L(acct::CashDrawer, 70), L(acct::OwnerEquity, -70)}),
                                   *BusinessDay::parse("2026-11-29"), m_now, m_user).ok());
    }
    // A failure inside the writes (here the cash trigger, on a day that is not open) undoes them too.
    auto late = post(req("in", {L(acct::Bank, 5), L(acct::CashDrawer, -5)}), "2026-11-30");
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, EntryError::DayNotOpen);
    ASSERT_TRUE(post(req("in", {L(acct::CashDrawer, 30), L(acct::OwnerEquity, -30)})).ok());
    EXPECT_EQ(m_ledger->balance(acct::CashDrawer).fen(), 530);
    EXPECT_EQ(m_ledger->entryCount(), 2);
    EXPECT_TRUE(verifyDatabase(*m_db).empty());
    // Another store over the same database sees the same running state.
    LedgerStore other(*m_db);
    {
        WriteTransaction tx(*m_db);
        ASSERT_TRUE(other.post(req("in", {L(acct::CashDrawer, 1), L(acct::OwnerEquity, -1)}),
                               *BusinessDay::parse("2026-11-29"), m_now, m_user).ok());
        tx.commit();
    }
    ASSERT_TRUE(post(req("in", {L(acct::CashDrawer, 2), L(acct::OwnerEquity, -2)})).ok());
    EXPECT_EQ(m_ledger->balance(acct::CashDrawer).fen(), 533);
    EXPECT_TRUE(verifyDatabase(*m_db).empty());
}

TEST_F(LedgerStoreTest, ReceiptNumbersAreGaplessEvenAfterARollback)
{
    ReceiptStore receipts(*m_db);
    {
        WriteTransaction tx(*m_db);
        EXPECT_EQ(receipts.issue("k", newUuid(), std::nullopt, m_now, m_user, "{}"), 1);
        tx.commit();
    }
    {
        WriteTransaction tx(*m_db);  // rolled back: number 2 is not used up
        EXPECT_EQ(receipts.issue("k", newUuid(), std::nullopt, m_now, m_user, "{}"), 2);
    }
    {
        WriteTransaction tx(*m_db);
        EXPECT_EQ(receipts.issue("k", newUuid(), std::nullopt, m_now, m_user, "{}"), 2);
        tx.commit();
    }
    EXPECT_THROW(m_db->sql().exec("INSERT INTO receipts(number, kind, op_id, created_at) VALUES(5, 'k', 'z', 0)"),
                 SQLite::Exception);
    EXPECT_THROW(m_db->sql().exec("DELETE FROM receipts"), SQLite::Exception);
}

}  // namespace
