// Sales, settlement, statements and payouts: the postings of ledger.md to the fen.

#include "consignment_test_support.h"

#include "storage/misc_stores.h"

#include <random>

namespace cz::test {
namespace {

using Outcome = sync::EventHandler::Outcome;

class SaleTest : public ConsignmentFixture {};

TEST_F(SaleTest, ASalePostsReceivablePayableAndCommissionWithTheRateOnTheSale)
{
    const auto f = addFarmer();
    auto l = addListing(f, 333, 10);
    std::string saleId;
    // gross 333, fee 17 (5 % half up), commission 8 % of gross = 26.64 → 27, farmer 289.
    ASSERT_EQ(sell(l.record.listingId, 1, 333, 17, &saleId).outcome, Outcome::Applied);
    EXPECT_EQ(balance("1300").fen(), 316);
    EXPECT_EQ(balance(f.account).fen(), -289);
    EXPECT_EQ(balance("4200").fen(), -27);
    auto s = m_cs->sale(saleId);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->record.commissionBp, 800);
    EXPECT_EQ(s->record.commission.fen(), 27);
    EXPECT_EQ(s->record.farmer.fen(), 289);
    auto entry = m_svc->ledger().entry(*s->record.entrySeq);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->kind, "consignment_sale");
    EXPECT_NE(entry->memo.find("800 bp"), std::string::npos);
    EXPECT_EQ(m_cs->listing(l.record.listingId)->onHand, 9);
    EXPECT_EQ(m_cs->owed(f.id).fen(), 289);
    EXPECT_EQ(m_cs->pickList().size(), 1U);

    // Settlement: Dr 1100 · Cr 1300, the receivable is cleared.
    ASSERT_EQ(apply(sync::SaleSettled{saleId, Money::fromFen(316)}, "sale.settled").outcome, Outcome::Applied);
    EXPECT_EQ(balance("1300").fen(), 0);
    EXPECT_EQ(balance("1100").fen(), 316);
    EXPECT_EQ(m_cs->sale(saleId)->state, consignment::SaleState::Settled);
    // A settlement repeated under another event id posts nothing more.
    EXPECT_EQ(apply(sync::SaleSettled{saleId, Money::fromFen(316)}, "sale.settled").outcome, Outcome::Skipped);
    EXPECT_EQ(balance("1100").fen(), 316);
    EXPECT_TRUE(m_svc->ledger().verify().empty());
}

TEST_F(SaleTest, SettlementOfAnUnknownOrDifferentAmountStillMatchesTheWallet)
{
    const auto f = addFarmer();
    auto l = addListing(f, 1000, 10);
    std::string saleId;
    sell(l.record.listingId, 2, 1000, 100, &saleId);
    EXPECT_EQ(apply(sync::SaleSettled{saleId, Money::fromFen(1850)}, "sale.settled").outcome, Outcome::NeedsAttention);
    EXPECT_EQ(balance("1100").fen(), 1850);
    EXPECT_EQ(apply(sync::SaleSettled{newUuid(), Money::fromFen(500)}, "sale.settled").outcome, Outcome::NeedsAttention);
    EXPECT_EQ(balance("1100").fen(), 2350);
    EXPECT_EQ(balance("1300").fen(), 1900 - 2350);
    // A sale of a listing this station does not know credits no farmer and posts nothing.
    const auto before = m_svc->ledger().entryCount();
    EXPECT_EQ(sell(newUuid(), 1, 100, 5).outcome, Outcome::NeedsAttention);
    EXPECT_EQ(m_svc->ledger().entryCount(), before);
}

TEST_F(SaleTest, ManySmallOddSalesPayOutToTheFenOfThePostings)
{
    const auto f = addFarmer();
    ASSERT_TRUE(m_cs->setCommissionRule(m_supervisor, "fruit", 733).ok());
    auto l = addListing(f, 97, 5000);
    std::mt19937_64 rng(5);
    std::int64_t farmerSum = 0;
    std::int64_t commissionSum = 0;
    std::int64_t netSum = 0;
    for (int i = 0; i < 300; ++i) {
        const std::int64_t qty = 1 + static_cast<std::int64_t>(rng() % 3);
        const std::int64_t gross = 97 * qty;
        const std::int64_t fee = feeOf(gross);
        std::string id;
        ASSERT_EQ(sell(l.record.listingId, qty, 97, fee, &id).outcome, Outcome::Applied);
        const auto s = m_cs->sale(id)->record;
        EXPECT_EQ(s.commission.fen(), applyRate(Money::fromFen(gross), BasisPoints{733}, Rounding::HalfUp).fen());
        farmerSum += s.farmer.fen();
        commissionSum += s.commission.fen();
        netSum += gross - fee;
    }
    EXPECT_EQ(balance(f.account).fen(), -farmerSum);
    EXPECT_EQ(balance("4200").fen(), -commissionSum);
    EXPECT_EQ(balance("1300").fen(), netSum);
    EXPECT_EQ(farmerSum + commissionSum, netSum);

    openDayWith(farmerSum / 100 + 100);
    auto unpaid = m_cs->unpaid(f.id);
    ASSERT_TRUE(unpaid.ok());
    EXPECT_EQ(unpaid->closing.fen(), farmerSum);
    EXPECT_EQ(unpaid->lines.size(), 300U);
    auto paid = m_cs->payOut(m_agent, newUuid(), f.id, unpaid->closing, m_texts);
    ASSERT_TRUE(paid.ok()) << paid.error().detail;
    EXPECT_EQ(paid->amount.fen(), farmerSum);
    EXPECT_TRUE(paid->owedAfter.isZero());
    EXPECT_TRUE(balance(f.account).isZero());
    EXPECT_TRUE(m_cs->unpaid(f.id)->lines.empty());
    EXPECT_TRUE(m_svc->ledger().verify().empty());
}

TEST_F(SaleTest, PayoutIsRefusedWhenTheDrawerCannotCoverItAndWritesNothing)
{
    const auto f = addFarmer();
    auto l = addListing(f, 10000, 10);
    sell(l.record.listingId, 3, 10000, 1500);  // farmer: 30000 − 1500 − 2400 = 26100
    ASSERT_EQ(m_cs->owed(f.id).fen(), 26100);
    // No open day (and so an empty drawer): no cash moves.
    const auto closed = m_cs->payOut(m_agent, newUuid(), f.id, Money::fromFen(100), m_texts);
    ASSERT_FALSE(closed.ok());
    EXPECT_TRUE(closed.error().code == Errc::DayNotOpen || closed.error().code == Errc::InsufficientCash);
    EXPECT_TRUE(m_cs->payouts(f.id).empty());
    openDayWith(200);
    const auto entries = m_svc->ledger().entryCount();
    const auto receipts = ReceiptStore(*m_db).recent(100).size();
    auto r = m_cs->payOut(m_agent, newUuid(), f.id, Money::fromFen(26100), m_texts);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::InsufficientCash);
    EXPECT_EQ(m_svc->ledger().entryCount(), entries);
    EXPECT_EQ(ReceiptStore(*m_db).recent(100).size(), receipts);
    EXPECT_TRUE(m_cs->payouts(f.id).empty());
    EXPECT_EQ(m_cs->owed(f.id).fen(), 26100);
    // More than is owed is refused too.
    EXPECT_EQ(m_cs->payOut(m_agent, newUuid(), f.id, Money::fromFen(26101), m_texts).error().code, Errc::InvalidInput);
    EXPECT_EQ(m_cs->payOut(m_agent, newUuid(), f.id, Money(), m_texts).error().code, Errc::InvalidInput);
    // A part the drawer holds is paid, once, with a receipt the farmer signs.
    const std::string op = newUuid();
    auto part = m_cs->payOut(m_agent, op, f.id, Money::fromFen(15050), m_texts);
    ASSERT_TRUE(part.ok()) << part.error().detail;
    EXPECT_EQ(part->owedAfter.fen(), 11050);
    EXPECT_EQ(part->receipt.signatureCaption, m_texts.farmerSignature);
    EXPECT_GT(part->receiptNumber, 0);
    auto again = m_cs->payOut(m_agent, op, f.id, Money::fromFen(15050), m_texts);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->replayed);
    EXPECT_EQ(again->receiptNumber, part->receiptNumber);
    EXPECT_EQ(m_cs->payOut(m_agent, op, f.id, Money::fromFen(100), m_texts).error().code, Errc::OpIdConflict);
    EXPECT_EQ(balance("1000").fen(), 20000 - 15050);
    EXPECT_EQ(balance(f.account).fen(), -11050);
    EXPECT_EQ(m_cs->payouts(f.id).size(), 1U);
    auto stored = ReceiptStore(*m_db).byNumber(part->receiptNumber);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->kind, "farmer_payout");
    EXPECT_EQ(parseReceiptBody(stored->body, stored->number)->signatureCaption, m_texts.farmerSignature);
}

TEST_F(SaleTest, StatementForAPeriodAddsUpFromThePostings)
{
    const auto f = addFarmer();
    auto l = addListing(f, 500, 100);
    openDayWith(500);
    sell(l.record.listingId, 2, 500, 50);  // farmer 1000 − 50 − 80 = 870
    ASSERT_TRUE(m_cs->payOut(m_agent, newUuid(), f.id, Money::fromFen(800), m_texts).ok());
    sell(l.record.listingId, 1, 500, 25);  // 500 − 25 − 40 = 435
    const auto today = m_svc->context().today();
    auto st = m_cs->statement(f.id, today, today);
    ASSERT_TRUE(st.ok()) << st.error().detail;
    EXPECT_EQ(st->opening.fen(), 0);
    EXPECT_EQ(st->gross.fen(), 1500);
    EXPECT_EQ(st->platformFees.fen(), 75);
    EXPECT_EQ(st->commission.fen(), 120);
    EXPECT_EQ(st->payouts.fen(), 800);
    EXPECT_EQ(st->closing.fen(), 870 - 800 + 435);
    EXPECT_EQ(st->closing, m_cs->owed(f.id));
    EXPECT_EQ(st->unsettled.fen(), 870 + 435);
    EXPECT_EQ(st->lines.size(), 3U);
    // A later, empty period opens and closes with what is owed.
    auto later = m_cs->statement(f.id, today.next(), today.plusDays(3));
    ASSERT_TRUE(later.ok());
    EXPECT_EQ(later->opening, m_cs->owed(f.id));
    EXPECT_TRUE(later->lines.empty());
    auto doc = m_cs->statementDocument(*st, m_texts, &m_agent);
    EXPECT_EQ(doc.totals.back().amount.fen(), st->closing.fen());
    EXPECT_EQ(doc.lines.size(), 3U);
    EXPECT_EQ(m_cs->statement(f.id, today.next(), today).error().code, Errc::InvalidInput);
}

}  // namespace
}  // namespace cz::test
