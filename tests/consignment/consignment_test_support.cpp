#include "consignment_test_support.h"

#include "storage/database.h"

namespace cz::test {

std::string tinyPng()
{
    static const unsigned char png[] = {
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
        0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49,
        0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0, 0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D,
        0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};
    return std::string(reinterpret_cast<const char*>(png), sizeof png);
}

void ConsignmentFixture::SetUp()
{
    StationFixture::SetUp();
    m_cs = std::make_unique<ConsignmentService>(m_svc->context(), m_svc->audit(), m_svc->settings());
}

void ConsignmentFixture::TearDown()
{
    m_cs.reset();
    StationFixture::TearDown();
}

FarmerRecord ConsignmentFixture::addFarmer(const std::string& name, const std::string& phone)
{
    FarmerInput in;
    in.opId = newUuid();
    in.name = name;
    in.phone = phone;
    in.villageGroup = "三组";
    auto f = m_cs->registerFarmer(m_agent, in);
    EXPECT_TRUE(f.ok()) << (f ? "" : f.error().detail);
    return f ? *f : FarmerRecord{};
}

ListingView ConsignmentFixture::addListing(const FarmerRecord& f, std::int64_t priceFen, std::int64_t received,
                                           const std::string& category)
{
    ListingInput in;
    in.opId = newUuid();
    in.listingId = newUuid();
    in.farmerId = f.id;
    in.titleZh = "红富士苹果";
    in.category = category;
    in.unit = "jin";
    in.unitPrice = Money::fromFen(priceFen);
    in.quantity = std::max<std::int64_t>(received, 1);
    in.harvestDate = m_svc->context().today().plusDays(-2);
    in.shelfLifeDays = 20;
    auto l = m_cs->createListing(m_agent, in);
    EXPECT_TRUE(l.ok()) << (l ? "" : l.error().detail);
    if (!l)
        return {};
    if (received > 0) {
        auto r = m_cs->receiveGoods(m_agent, newUuid(), in.listingId, received, "", m_texts);
        EXPECT_TRUE(r.ok()) << (r ? "" : r.error().detail);
    }
    return *m_cs->listing(in.listingId);
}

sync::EventHandler::Applied ConsignmentFixture::apply(sync::EventData data, const std::string& type)
{
    sync::Event e;
    e.eventId = newUuid();
    e.type = type;
    e.occurredAtMs = toUnixMs(m_clock.now());
    e.data = std::move(data);
    WriteTransaction tx(*m_db);
    auto a = m_cs->applyEvent(e);
    tx.commit();
    return a;
}

std::int64_t ConsignmentFixture::feeOf(std::int64_t grossFen) const
{
    return applyRate(Money::fromFen(grossFen), BasisPoints{500}, Rounding::HalfUp).fen();
}

sync::EventHandler::Applied ConsignmentFixture::sell(const std::string& listingId, std::int64_t quantity,
                                                     std::int64_t unitFen, std::int64_t feeFen, std::string* saleId)
{
    const std::string id = newUuid();
    if (saleId)
        *saleId = id;
    return apply(sync::ListingSold{listingId, id, quantity, Money::fromFen(unitFen), Money::fromFen(unitFen * quantity),
                                   Money::fromFen(feeFen)},
                 "listing.sold");
}

}  // namespace cz::test
