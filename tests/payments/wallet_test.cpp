// The platform wallet: refused before any cash when it cannot cover a payment, never overspent by
// payments racing each other, its statement with the running balance, and the reconciliation that
// finds planted differences with their event or entry.

#include "payments_fixture.h"

#include "core/uuid.h"
#include "services/journal.h"

#include <atomic>
#include <thread>

using namespace cz;
using namespace cz::test;

namespace {

class Wallet : public PaymentsFixture {
protected:
    TopUpPayment topUp(std::int64_t fen)
    {
        TopUpPayment req;
        req.opId = newUuid();
        req.paymentId = newUuid();
        req.carrier = "ctcc";
        req.phone = "13912345678";
        req.amount = Money::fromFen(fen);
        req.fee = m_payments->topUpFee(req.carrier, req.amount);
        req.tendered = req.amount + req.fee;
        return req;
    }
};

TEST_F(Wallet, APaymentTheWalletCannotCoverIsRefusedBeforeTheCash)
{
    restartMarketWithWallet(12'000);  // ¥120
    syncUntilClean();
    loadReferenceData();
    openDayWith(500);
    ASSERT_TRUE(m_payments->payTopUp(m_agent, topUp(10'000), m_texts).ok());
    EXPECT_EQ(m_wallet->status().available.fen(), 2'000);
    const auto entriesBefore = entries();
    const auto outboxBefore = outboxTotal();
    const Money drawer = balance(acct::CashDrawer);
    auto r = m_payments->payTopUp(m_agent, topUp(3'000), m_texts);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::InsufficientWallet);
    EXPECT_NE(r.error().detail.find("¥20.00"), std::string::npos);
    EXPECT_EQ(entries(), entriesBefore);
    EXPECT_EQ(outboxTotal(), outboxBefore);
    EXPECT_EQ(paymentRows(), 1);
    EXPECT_EQ(balance(acct::CashDrawer), drawer);
    // Exactly what is left still goes.
    EXPECT_TRUE(m_payments->payTopUp(m_agent, topUp(2'000), m_texts).ok());
    EXPECT_TRUE(m_wallet->status().available.isZero());
}

TEST_F(Wallet, ConcurrentPaymentsCannotOverspendTheAvailableBalance)
{
    restartMarketWithWallet(50'000);  // ¥500: five ¥100 top-ups
    syncUntilClean();
    loadReferenceData();
    openDayWith(2000);
    constexpr int kThreads = 8;
    constexpr int kEach = 3;
    std::vector<TopUpPayment> reqs;
    for (int i = 0; i < kThreads * kEach; ++i)
        reqs.push_back(topUp(10'000));
    std::atomic<int> ok{0}, refused{0}, other{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < kEach; ++i) {
                auto r = m_payments->payTopUp(m_agent, reqs[static_cast<std::size_t>(t * kEach + i)], m_texts);
                if (r)
                    ++ok;
                else if (r.error().code == Errc::InsufficientWallet)
                    ++refused;
                else
                    ++other;
            }
        });
    for (auto& th : threads)
        th.join();
    EXPECT_EQ(ok.load(), 5);
    EXPECT_EQ(refused.load(), kThreads * kEach - 5);
    EXPECT_EQ(other.load(), 0);
    EXPECT_TRUE(m_wallet->status().available.isZero());
    EXPECT_EQ(balance(acct::ServicesInTransit).fen(), -50'000);
    // The marketplace pays all five: nothing failed for want of funds.
    syncUntilClean();
    m_market->advance(60);
    syncUntilClean();
    EXPECT_TRUE(serverWallet().isZero());
    EXPECT_TRUE(stationWallet().isZero());
    EXPECT_EQ(m_payments->open().size(), 0u);
}

TEST_F(Wallet, TheStatementCarriesTheRunningBalance)
{
    syncUntilClean();
    loadReferenceData();
    openDayWith(1000);
    ASSERT_TRUE(m_payments->payTopUp(m_agent, topUp(5'000), m_texts).ok());
    ASSERT_TRUE(m_payments->payTopUp(m_agent, topUp(2'000), m_texts).ok());
    syncUntilClean();
    m_market->advance(60);
    syncUntilClean();
    const auto today = m_svc->context().today();
    const auto s = m_wallet->statement(today, today);
    EXPECT_TRUE(s.opening.isZero());
    ASSERT_EQ(s.lines.size(), 3u);  // the opening credit and two payments
    EXPECT_EQ(s.lines[0].kind, "wallet_topup");
    EXPECT_EQ(s.lines[0].balanceAfter.fen(), kOpeningWalletFen);
    EXPECT_EQ(s.lines[1].amount.fen() + s.lines[2].amount.fen(), -7'000);
    EXPECT_EQ(s.lines[2].balanceAfter.fen(), kOpeningWalletFen - 7'000);
    EXPECT_EQ(s.closing, stationWallet());
    const auto tomorrow = m_wallet->statement(today.next(), today.next());
    EXPECT_TRUE(tomorrow.lines.empty());
    EXPECT_EQ(tomorrow.opening, stationWallet());
}

TEST_F(Wallet, ReconciliationFindsPlantedDifferencesWithTheirEventOrEntry)
{
    syncUntilClean();
    loadReferenceData();
    openDayWith(1000);
    ASSERT_TRUE(m_payments->payTopUp(m_agent, topUp(5'000), m_texts).ok());
    syncUntilClean();
    m_market->advance(60);
    syncUntilClean();
    auto statement = online().statement();
    ASSERT_TRUE(statement.ok());
    auto rec = m_wallet->reconcile(*statement);
    EXPECT_TRUE(rec.agrees());
    EXPECT_EQ(rec.matched, 2);

    // A credit the marketplace made that the station has not pulled yet …
    admin("/admin/stations/st-1/wallet/credit", {{"amount_fen", 30'000}, {"method", "bank"}, {"reference", "BANK-77"}});
    // … and a wallet entry the marketplace never saw.
    const std::string localOp = newUuid();
    {
        WriteTransaction tx(*m_db);
        Journal journal(m_svc->context());
        EntryRequest e{localOp, "manual_wallet", "typed in by hand",
                       {{std::string(acct::PlatformWallet), Money::fromFen(1'234)}, {std::string(acct::Bank), Money::fromFen(-1'234)}},
                       std::nullopt};
        ASSERT_TRUE(journal.post(e, &m_supervisor).ok());
        tx.commit();
    }
    statement = online().statement();
    ASSERT_TRUE(statement.ok());
    rec = m_wallet->reconcile(*statement);
    EXPECT_FALSE(rec.agrees());
    ASSERT_EQ(rec.differences.size(), 2u);
    const auto& missing = rec.differences[0];
    EXPECT_EQ(missing.kind, WalletDifference::MissingAtStation);
    EXPECT_EQ(missing.marketAmount.fen(), 30'000);
    EXPECT_EQ(missing.refId, "BANK-77");
    EXPECT_TRUE(isUuid(missing.eventId));
    EXPECT_FALSE(missing.eventApplied);
    const auto& extra = rec.differences[1];
    EXPECT_EQ(extra.kind, WalletDifference::MissingAtMarketplace);
    EXPECT_EQ(extra.opId, localOp);
    EXPECT_EQ(extra.stationAmount.fen(), 1'234);
    EXPECT_GT(extra.entrySeq, 0);
    EXPECT_EQ(rec.marketBalance - rec.stationBalance, Money::fromFen(30'000 - 1'234));

    // Pulling the credit leaves only the station's own stray entry.
    syncUntilClean();
    rec = m_wallet->reconcile(*online().statement());
    ASSERT_EQ(rec.differences.size(), 1u);
    EXPECT_EQ(rec.differences[0].opId, localOp);
}

TEST_F(Wallet, TheLowBalanceWarningFollowsItsSetting)
{
    restartMarketWithWallet(40'000);
    syncUntilClean();
    EXPECT_TRUE(m_wallet->status().low);  // below the default ¥500
    auto denied = m_wallet->setLowThreshold(m_agent, Money::fromYuan(100));
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, Errc::NotAllowed);
    ASSERT_TRUE(m_wallet->setLowThreshold(m_supervisor, Money::fromYuan(100)).ok());
    EXPECT_FALSE(m_wallet->status().low);
    EXPECT_EQ(m_wallet->lowThreshold(), Money::fromYuan(100));
    restartStation();
    EXPECT_EQ(m_wallet->lowThreshold(), Money::fromYuan(100));  // stored
}

}  // namespace
