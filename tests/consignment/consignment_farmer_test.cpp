// Farmers, search, commission rules, listings and publishing (outbox) against a real station database.

#include "consignment_test_support.h"

#include "storage/outbox_store.h"

#include <nlohmann/json.hpp>

namespace cz::test {
namespace {

class FarmerTest : public ConsignmentFixture {};

TEST_F(FarmerTest, RegistrationKeepsOnlyTheLastFourOfTheIdAndOpensAPayable)
{
    FarmerInput in;
    in.opId = newUuid();
    in.name = "李秀英";
    in.phone = "139-1234-5678";
    in.idNumber = "11010519491231002X";
    auto f = m_cs->registerFarmer(m_agent, in);
    ASSERT_TRUE(f.ok()) << f.error().detail;
    EXPECT_EQ(f->idMasked, "**************002X");
    EXPECT_EQ(f->account, "2200:" + std::to_string(f->id));
    auto acct = LedgerStore(*m_db).account(f->account);
    ASSERT_TRUE(acct);
    EXPECT_EQ(acct->parent, "2200");
    EXPECT_EQ(acct->kind, AccountKind::Liability);
    // The whole number is nowhere in the database.
    SQLite::Statement q(m_db->sql(), "SELECT count(*) FROM farmers WHERE id_masked LIKE '%1101%'");
    ASSERT_TRUE(q.executeStep());
    EXPECT_EQ(q.getColumn(0).getInt(), 0);
    // The same registration twice records one farmer.
    auto again = m_cs->registerFarmer(m_agent, in);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->id, f->id);
    in.name = "别人";
    EXPECT_EQ(m_cs->registerFarmer(m_agent, in).error().code, Errc::OpIdConflict);
}

TEST_F(FarmerTest, BadInputIsRefusedAndWritesNothing)
{
    FarmerInput in;
    in.opId = newUuid();
    in.name = "王五";
    in.idNumber = "12345";
    EXPECT_EQ(m_cs->registerFarmer(m_agent, in).error().code, Errc::InvalidInput);
    in.idNumber.clear();
    in.name = " ";
    EXPECT_EQ(m_cs->registerFarmer(m_agent, in).error().code, Errc::InvalidInput);
    in.name = "王五";
    in.phone = "12";
    EXPECT_EQ(m_cs->registerFarmer(m_agent, in).error().code, Errc::InvalidInput);
    EXPECT_TRUE(m_cs->findFarmers("", 10)->empty());
}

TEST_F(FarmerTest, FoundByNamePinyinInitialsAndPhoneDigits)
{
    const auto zhang = addFarmer("张三", "13800001234");
    addFarmer("王小明", "13900005678");
    for (const char* q : {"张", "zhangsan", "zs", "0001234", "张s"}) {
        auto hits = m_cs->findFarmers(q, 10);
        ASSERT_TRUE(hits.ok()) << q;
        ASSERT_FALSE(hits->empty()) << q;
        EXPECT_EQ(hits->front().id, zhang.id) << q;
    }
    auto wang = m_cs->findFarmers("wxm", 10);
    ASSERT_TRUE(wang.ok());
    ASSERT_EQ(wang->size(), 1U);
    EXPECT_EQ(wang->front().name, "王小明");
    EXPECT_TRUE(m_cs->findFarmers("lisi", 10)->empty());
}

TEST_F(FarmerTest, CommissionRulesNeedASupervisorAndApplyFarmerThenCategoryThenDefault)
{
    const auto f = addFarmer();
    EXPECT_EQ(m_cs->commissionFor(f, "fruit").value, consignment::kBuiltInCommissionBp);
    EXPECT_EQ(m_cs->setCommissionRule(m_agent, "", 1000).error().code, Errc::NotAllowed);
    ASSERT_TRUE(m_cs->setCommissionRule(m_supervisor, "", 1000).ok());
    ASSERT_TRUE(m_cs->setCommissionRule(m_supervisor, "honey", 600).ok());
    EXPECT_EQ(m_cs->setCommissionRule(m_supervisor, "cars", 600).error().code, Errc::InvalidInput);
    EXPECT_EQ(m_cs->setCommissionRule(m_supervisor, "", 5001).error().code, Errc::InvalidInput);
    EXPECT_EQ(m_cs->commissionFor(f, "fruit").value, 1000);
    EXPECT_EQ(m_cs->commissionFor(f, "honey").value, 600);
    EXPECT_EQ(m_cs->setFarmerCommission(m_agent, f.id, 300).error().code, Errc::NotAllowed);
    ASSERT_TRUE(m_cs->setFarmerCommission(m_supervisor, f.id, 300).ok());
    EXPECT_EQ(m_cs->commissionFor(*m_cs->farmer(f.id), "honey").value, 300);
}

TEST_F(FarmerTest, ListingValidationAndPhotos)
{
    const auto f = addFarmer();
    ListingInput in;
    in.opId = newUuid();
    in.listingId = newUuid();
    in.farmerId = f.id;
    in.titleZh = "土鸡蛋";
    in.category = "eggs";
    in.unit = "box";
    in.unitPrice = Money::fromFen(3500);
    in.quantity = 10;
    in.photos = {tinyPng()};
    auto bad = in;
    bad.unit = "ton";
    EXPECT_EQ(m_cs->createListing(m_agent, bad).error().code, Errc::InvalidInput);
    bad = in;
    bad.photos = {std::string("GIF89a")};
    EXPECT_EQ(m_cs->createListing(m_agent, bad).error().code, Errc::InvalidInput);
    bad = in;
    bad.photos = {tinyPng() + std::string(kMaxPhotoBytes, '\0')};
    EXPECT_EQ(m_cs->createListing(m_agent, bad).error().code, Errc::InvalidInput);
    bad = in;
    bad.photos = std::vector<std::string>(6, tinyPng());
    EXPECT_EQ(m_cs->createListing(m_agent, bad).error().code, Errc::InvalidInput);
    bad = in;
    bad.harvestDate = m_svc->context().today().next();
    EXPECT_EQ(m_cs->createListing(m_agent, bad).error().code, Errc::InvalidInput);
    auto l = m_cs->createListing(m_agent, in);
    ASSERT_TRUE(l.ok()) << l.error().detail;
    EXPECT_EQ(l->state, consignment::ListingState::Draft);
    EXPECT_EQ(l->record.photoCount, 1);
    EXPECT_EQ(m_cs->photos(in.listingId).front(), tinyPng());
    EXPECT_EQ(m_cs->listingByBarcode(l->barcode)->record.listingId, in.listingId);
    // Same op again: the same listing, nothing new.
    EXPECT_EQ(m_cs->createListing(m_agent, in)->record.serial, l->record.serial);
}

TEST_F(FarmerTest, PublishSendsWhatIsOnTheShelfWithPhotosAndIsPendingUntilPublished)
{
    const auto f = addFarmer();
    auto draft = addListing(f, 350, 0);
    EXPECT_EQ(m_cs->publish(m_agent, newUuid(), draft.record.listingId).error().code, Errc::Conflict);
    ASSERT_TRUE(m_cs->receiveGoods(m_agent, newUuid(), draft.record.listingId, 40, "", m_texts).ok());
    const std::string op = newUuid();
    auto l = m_cs->publish(m_agent, op, draft.record.listingId);
    ASSERT_TRUE(l.ok()) << l.error().detail;
    EXPECT_EQ(l->state, consignment::ListingState::Pending);
    EXPECT_TRUE(l->pending());
    auto sent = OutboxStore(*m_db).byOpId(op);
    ASSERT_TRUE(sent);
    EXPECT_EQ(sent->type, "listing.publish");
    const auto payload = nlohmann::json::parse(sent->payload);
    EXPECT_EQ(payload["quantity"], 40);
    EXPECT_EQ(payload["unit_price_fen"], 350);
    EXPECT_EQ(payload["unit"], "jin");
    EXPECT_EQ(payload["farmer_ref"], "farmer-" + std::to_string(f.id));
    // Publishing twice with the same op queues one op.
    ASSERT_TRUE(m_cs->publish(m_agent, op, draft.record.listingId).ok());
    EXPECT_EQ(OutboxStore(*m_db).byRef(draft.record.listingId).size(), 1U);
    EXPECT_EQ(m_cs->publish(m_agent, newUuid(), draft.record.listingId).error().code, Errc::Conflict);

    ASSERT_EQ(apply(sync::ListingPublished{draft.record.listingId, "CL000000000042"}, "listing.published").outcome,
              sync::EventHandler::Outcome::Applied);
    auto active = m_cs->listing(draft.record.listingId);
    EXPECT_EQ(active->state, consignment::ListingState::Active);
    EXPECT_EQ(active->record.marketListingNo, "CL000000000042");
    // Intake on a live listing tells the marketplace the new quantity on the shelf.
    ASSERT_TRUE(m_cs->receiveGoods(m_agent, newUuid(), draft.record.listingId, 5, "", m_texts).ok());
    const auto ops = OutboxStore(*m_db).byRef(draft.record.listingId);
    ASSERT_EQ(ops.size(), 2U);
    const auto& upd = ops.front().type == "listing.update" ? ops.front() : ops.back();
    EXPECT_EQ(upd.type, "listing.update");
    EXPECT_EQ(nlohmann::json::parse(upd.payload)["quantity"], 45);
}

TEST_F(FarmerTest, RejectionByOpOrEventClosesTheListing)
{
    const auto f = addFarmer();
    auto l = addListing(f, 350, 10);
    const std::string op = newUuid();
    ASSERT_TRUE(m_cs->publish(m_agent, op, l.record.listingId).ok());
    OutboxOp outOp = *OutboxStore(*m_db).byOpId(op);
    sync::OpResult res;
    res.opId = op;
    res.status = 422;
    res.errorCode = "photo_too_large";
    res.errorMessage = "photo 0 is larger than 256 KiB";
    {
        WriteTransaction tx(*m_db);
        m_cs->opRejected(outOp, res);
        tx.commit();
    }
    auto after = m_cs->listing(l.record.listingId);
    EXPECT_EQ(after->state, consignment::ListingState::Rejected);
    EXPECT_NE(after->record.reason.find("photo_too_large"), std::string::npos);

    auto l2 = addListing(f, 350, 10);
    ASSERT_TRUE(m_cs->publish(m_agent, newUuid(), l2.record.listingId).ok());
    EXPECT_EQ(apply(sync::ListingRejected{l2.record.listingId, "content_rejected", "moderation"}, "listing.rejected").outcome,
              sync::EventHandler::Outcome::Applied);
    EXPECT_EQ(m_cs->listing(l2.record.listingId)->state, consignment::ListingState::Rejected);
    // Goods of a closed listing go back to the farmer; no new goods come in on it.
    EXPECT_EQ(m_cs->receiveGoods(m_agent, newUuid(), l2.record.listingId, 1, "", m_texts).error().code, Errc::Conflict);
    EXPECT_TRUE(m_cs->returnToFarmer(m_agent, newUuid(), l2.record.listingId, 10, "rejected", m_texts).ok());
    EXPECT_EQ(apply(sync::ListingPublished{newUuid(), "CL1"}, "listing.published").outcome,
              sync::EventHandler::Outcome::NeedsAttention);
}

TEST_F(FarmerTest, WithdrawQueuesAnOpOnlyForLiveListings)
{
    const auto f = addFarmer();
    auto draft = addListing(f, 350, 3);
    ASSERT_TRUE(m_cs->withdraw(m_agent, newUuid(), draft.record.listingId).ok());
    EXPECT_TRUE(OutboxStore(*m_db).byRef(draft.record.listingId).empty());
    auto live = addListing(f, 350, 3);
    ASSERT_TRUE(m_cs->publish(m_agent, newUuid(), live.record.listingId).ok());
    auto w = m_cs->withdraw(m_agent, newUuid(), live.record.listingId);
    ASSERT_TRUE(w.ok());
    EXPECT_EQ(w->state, consignment::ListingState::Withdrawn);
    EXPECT_EQ(w->waitingOps.back(), "listing.withdraw");
    // Published after the withdrawal was sent: it stays withdrawn.
    apply(sync::ListingPublished{live.record.listingId, "CL2"}, "listing.published");
    EXPECT_EQ(m_cs->listing(live.record.listingId)->state, consignment::ListingState::Withdrawn);
}

}  // namespace
}  // namespace cz::test
