// Stock: intake slips, spoilage, returns, overselling, markdowns and dispatch.

#include "consignment_test_support.h"

#include "storage/outbox_store.h"

namespace cz::test {
namespace {

using Outcome = sync::EventHandler::Outcome;

class StockTest : public ConsignmentFixture {};

TEST_F(StockTest, IntakeGivesANumberedSlipAndMovesNoMoney)
{
    const auto f = addFarmer();
    auto l = addListing(f, 350, 0);
    const auto entries = m_svc->ledger().entryCount();
    const std::string op = newUuid();
    auto in = m_cs->receiveGoods(m_agent, op, l.record.listingId, 25, "weighed 25 jin", m_texts);
    ASSERT_TRUE(in.ok()) << in.error().detail;
    EXPECT_EQ(in->onHand, 25);
    ASSERT_TRUE(in->receipt);
    EXPECT_GT(in->receiptNumber, 0);
    EXPECT_EQ(in->receipt->title, m_texts.intakeTitle);
    EXPECT_EQ(in->receipt->lines.front().quantity, "25斤");
    EXPECT_EQ(m_svc->ledger().entryCount(), entries);  // the goods are the farmer's, not the station's
    auto again = m_cs->receiveGoods(m_agent, op, l.record.listingId, 25, "weighed 25 jin", m_texts);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->replayed);
    EXPECT_EQ(again->receiptNumber, in->receiptNumber);
    EXPECT_EQ(m_cs->listing(l.record.listingId)->onHand, 25);
    EXPECT_EQ(m_cs->receiveGoods(m_agent, op, l.record.listingId, 26, "", m_texts).error().code, Errc::OpIdConflict);
    EXPECT_EQ(m_cs->receiveGoods(m_agent, newUuid(), l.record.listingId, 0, "", m_texts).error().code,
              Errc::InvalidInput);
}

TEST_F(StockTest, SpoilageAndReturnKeepStockAndMoneyRight)
{
    const auto f = addFarmer();
    auto l = addListing(f, 500, 20);
    sell(l.record.listingId, 4, 500, 100);
    const Money owedBefore = m_cs->owed(f.id);
    const auto entries = m_svc->ledger().entryCount();
    EXPECT_EQ(m_cs->recordSpoilage(m_agent, newUuid(), l.record.listingId, 3, "").error().code, Errc::NoteRequired);
    ASSERT_TRUE(m_cs->recordSpoilage(m_agent, newUuid(), l.record.listingId, 3, "rotten").ok());
    auto ret = m_cs->returnToFarmer(m_agent, newUuid(), l.record.listingId, 5, "farmer takes some back", m_texts);
    ASSERT_TRUE(ret.ok()) << ret.error().detail;
    EXPECT_EQ(ret->receipt->signatureCaption, m_texts.farmerSignature);
    EXPECT_EQ(m_cs->recordSpoilage(m_agent, newUuid(), l.record.listingId, 9, "too many").error().code, Errc::Conflict);
    auto v = m_cs->listing(l.record.listingId);
    EXPECT_EQ(v->stock.received, 20);
    EXPECT_EQ(v->stock.sold, 4);
    EXPECT_EQ(v->stock.spoiled, 3);
    EXPECT_EQ(v->stock.returned, 5);
    EXPECT_EQ(v->onHand, 8);
    EXPECT_EQ(m_svc->ledger().entryCount(), entries);
    EXPECT_EQ(m_cs->owed(f.id), owedBefore);
    // The database itself refuses a movement below zero.
    SQLite::Statement q(m_db->sql(), "INSERT INTO stock_moves(op_id, listing_id, kind, quantity, at) VALUES(?, ?, 'spoilage', 9, 0)");
    q.bind(1, newUuid());
    q.bind(2, l.record.listingId);
    EXPECT_THROW(q.exec(), SQLite::Exception);
}

TEST_F(StockTest, SellingMoreThanTheShelfHoldsNeedsAttentionButKeepsTheMoneyConsistent)
{
    const auto f = addFarmer();
    auto l = addListing(f, 1000, 3);
    std::string saleId;
    auto a = sell(l.record.listingId, 5, 1000, 250, &saleId);
    EXPECT_EQ(a.outcome, Outcome::NeedsAttention);
    EXPECT_EQ(a.code, "oversold");
    auto v = m_cs->listing(l.record.listingId);
    EXPECT_EQ(v->onHand, 0);  // never negative
    EXPECT_EQ(v->stock.sold, 3);
    auto s = m_cs->sale(saleId)->record;
    EXPECT_EQ(s.shortQty, 2);
    // The marketplace sold it, so the sale is booked in full: the settlement must find it.
    EXPECT_EQ(balance("1300").fen(), 4750);
    EXPECT_EQ(balance(f.account).fen(), -(4750 - 400));
    EXPECT_EQ(apply(sync::SaleSettled{saleId, Money::fromFen(4750)}, "sale.settled").outcome, Outcome::Applied);
    EXPECT_EQ(balance("1300").fen(), 0);
    EXPECT_EQ(balance("1100").fen(), 4750);
    // And a second sale on an empty shelf takes nothing from stock.
    EXPECT_EQ(sell(l.record.listingId, 1, 1000, 50).outcome, Outcome::NeedsAttention);
    EXPECT_EQ(m_cs->listing(l.record.listingId)->onHand, 0);
}

TEST_F(StockTest, MarkdownBorneByTheFarmerLowersTheFarmersShare)
{
    const auto f = addFarmer();
    auto l = addListing(f, 1000, 10);
    ASSERT_EQ(m_cs->markdownRule(), consignment::MarkdownRule::FarmerAbsorbs);
    EXPECT_EQ(m_cs->markDown(m_agent, newUuid(), l.record.listingId, Money::fromFen(1000)).error().code,
              Errc::InvalidInput);
    ASSERT_TRUE(m_cs->markDown(m_agent, newUuid(), l.record.listingId, Money::fromFen(800)).ok());
    auto v = m_cs->listing(l.record.listingId);
    EXPECT_EQ(v->record.unitPrice.fen(), 800);
    EXPECT_EQ(v->record.agreedPrice.fen(), 800);
    std::string saleId;
    sell(l.record.listingId, 10, 800, 400, &saleId);  // net 7600, commission 640
    auto s = m_cs->sale(saleId)->record;
    EXPECT_EQ(s.absorbed.fen(), 0);
    EXPECT_EQ(s.farmer.fen(), 6960);
    EXPECT_EQ(balance("4200").fen(), -640);
}

TEST_F(StockTest, MarkdownBorneByTheStationKeepsTheFarmersPrice)
{
    EXPECT_EQ(m_cs->setMarkdownRule(m_agent, consignment::MarkdownRule::StationAbsorbs).error().code, Errc::NotAllowed);
    ASSERT_TRUE(m_cs->setMarkdownRule(m_supervisor, consignment::MarkdownRule::StationAbsorbs).ok());
    const auto f = addFarmer();
    auto l = addListing(f, 1000, 10);
    ASSERT_TRUE(m_cs->publish(m_agent, newUuid(), l.record.listingId).ok());
    const std::string op = newUuid();
    ASSERT_TRUE(m_cs->markDown(m_agent, op, l.record.listingId, Money::fromFen(800)).ok());
    EXPECT_EQ(OutboxStore(*m_db).byOpId(op)->type, "listing.update");
    auto v = m_cs->listing(l.record.listingId);
    EXPECT_EQ(v->record.unitPrice.fen(), 800);
    EXPECT_EQ(v->record.agreedPrice.fen(), 1000);
    std::string saleId;
    sell(l.record.listingId, 10, 800, 400, &saleId);
    auto s = m_cs->sale(saleId)->record;
    // net 7600; commission 640 − 2000 absorbed = −1360 (a debit to 4200); farmer 6960 + 2000.
    EXPECT_EQ(s.absorbed.fen(), 2000);
    EXPECT_EQ(s.farmer.fen(), 8960);
    EXPECT_EQ(s.commission.fen(), -1360);
    EXPECT_EQ(balance(f.account).fen(), -8960);
    EXPECT_EQ(balance("4200").fen(), 1360);
    EXPECT_EQ(balance("1300").fen(), 7600);
    EXPECT_TRUE(m_svc->ledger().verify().empty());
}

TEST_F(StockTest, DispatchQueuesTheOpAndARefusalPutsTheSaleBackOnThePickList)
{
    const auto f = addFarmer();
    auto l = addListing(f, 1000, 10);
    std::string saleId;
    sell(l.record.listingId, 2, 1000, 100, &saleId);
    ASSERT_TRUE(m_cs->markPacked(m_agent, saleId).ok());
    EXPECT_EQ(m_cs->dispatch(m_agent, newUuid(), saleId, "ups", "SF1234567890").error().code, Errc::InvalidInput);
    EXPECT_EQ(m_cs->dispatch(m_agent, newUuid(), saleId, "sf", "12").error().code, Errc::InvalidInput);
    const std::string op = newUuid();
    auto d = m_cs->dispatch(m_agent, op, saleId, "sf", "SF1234567890");
    ASSERT_TRUE(d.ok()) << d.error().detail;
    EXPECT_EQ(d->state, consignment::SaleState::Dispatched);
    EXPECT_TRUE(d->dispatchWaiting);
    EXPECT_TRUE(m_cs->pickList().empty());
    EXPECT_TRUE(m_cs->dispatch(m_agent, op, saleId, "sf", "SF1234567890")->record.saleId == saleId);
    EXPECT_EQ(m_cs->dispatch(m_agent, newUuid(), saleId, "sf", "SF1234567890").error().code, Errc::Conflict);
    sync::OpResult res;
    res.opId = op;
    res.status = 422;
    res.errorCode = "sale_not_dispatchable";
    res.errorMessage = "the sale is settled";
    {
        WriteTransaction tx(*m_db);
        m_cs->opRejected(*OutboxStore(*m_db).byOpId(op), res);
        tx.commit();
    }
    auto back = m_cs->sale(saleId);
    EXPECT_EQ(back->state, consignment::SaleState::Packed);
    EXPECT_NE(back->record.reason.find("sale_not_dispatchable"), std::string::npos);
    EXPECT_EQ(m_cs->pickList().size(), 1U);
}

}  // namespace
}  // namespace cz::test
