#include "services/consignment/consignment_sim.h"

#include "core/uuid.h"
#include "services/consignment/consignment_service.h"
#include "services/station_services.h"
#include "storage/outbox_store.h"

#include <SQLiteCpp/Exception.h>

namespace cz {

namespace {

constexpr const char* kNames[] = {"张桂兰", "李建国", "王秀英", "刘德福", "陈玉梅", "杨家旺", "赵春花", "黄大山"};
struct Produce {
    const char* title;
    const char* category;
    const char* unit;
    std::int64_t priceFen;
    int shelfLife;
};
constexpr Produce kProduce[] = {{"红富士苹果", "fruit", "jin", 450, 30}, {"土鸡蛋", "eggs", "box", 3800, 20},
                                {"野生蜂蜜", "honey", "jar", 6800, 365}, {"小米", "grain", "jin", 650, 180},
                                {"香菇干", "mushroom", "bag", 2990, 180}, {"大白菜", "vegetable", "jin", 120, 10}};

std::int64_t pick(std::mt19937_64& rng, std::int64_t lo, std::int64_t hi)
{
    return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
}

}  // namespace

SResult<ConsignmentSimReport> simulateConsignment(StationServices& svc, const Session& agent, std::mt19937_64& rng)
{
    ConsignmentService cs(svc.context(), svc.audit(), svc.settings());
    ConsignmentSimReport rep;
    const ConsignmentTexts texts;
    auto farmers = cs.findFarmers("", 100);
    if (!farmers)
        return Failure{farmers.error()};
    if (farmers->size() < 3 || pick(rng, 0, 9) == 0) {
        const auto n = static_cast<std::size_t>(pick(rng, 0, std::size(kNames) - 1));
        auto f = cs.registerFarmer(agent, {newUuid(), kNames[n], "139" + std::to_string(pick(rng, 10000000, 99999999)),
                                           std::to_string(pick(rng, 1, 9)) + "组", "", "cash", ""});
        if (!f)
            return Failure{f.error()};
        farmers->push_back(*f);
        ++rep.farmers;
    }
    // A farmer brings goods: a listing, the intake, publishing (the marketplace publishes at once).
    const auto& farmer = (*farmers)[static_cast<std::size_t>(pick(rng, 0, static_cast<std::int64_t>(farmers->size()) - 1))];
    const auto& p = kProduce[pick(rng, 0, std::size(kProduce) - 1)];
    ListingInput in{newUuid(), newUuid(), farmer.id, p.title, "", p.category, p.unit, Money::fromFen(p.priceFen),
                    pick(rng, 10, 80), svc.context().today(), p.shelfLife, "", "", {}};
    if (auto l = cs.createListing(agent, in); !l)
        return Failure{l.error()};
    if (auto r = cs.receiveGoods(agent, newUuid(), in.listingId, in.quantity, "", texts); !r)
        return Failure{r.error()};
    const std::string publishOp = newUuid();
    if (auto r = cs.publish(agent, publishOp, in.listingId); !r)
        return Failure{r.error()};
    ++rep.listings;
    try {
        WriteTransaction tx(svc.context().db());
        // Simulated history plays the marketplace's part below, so its op never goes to a real one:
        // a real marketplace would publish the full quantity and sell what the station no longer holds.
        OutboxStore outbox(svc.context().db());
        if (auto op = outbox.byOpId(publishOp))
            outbox.markAccepted(op->seq, R"({"simulated":true})", svc.context().now());
        const auto applied = [&](sync::EventData d, const char* type) {
            return cs.applyEvent(sync::Event{newUuid(), {}, type, toUnixMs(svc.context().now()), std::move(d)});
        };
        (void)applied(sync::ListingPublished{in.listingId, "CL" + std::to_string(pick(rng, 100000, 999999))},
                      "listing.published");
        // Buyers buy part of what is on every shelf; each sale settles (dispatched earlier) on the spot.
        for (const auto& l : cs.shelf(200)) {
            if (l.state != consignment::ListingState::Active || l.onHand < 1 || pick(rng, 0, 2) == 0)
                continue;
            const std::int64_t qty = pick(rng, 1, std::min<std::int64_t>(l.onHand, 5));
            const Money gross = l.record.unitPrice * qty;
            const Money fee = applyRate(gross, BasisPoints{500}, Rounding::HalfUp);
            const std::string saleId = newUuid();
            (void)applied(sync::ListingSold{l.record.listingId, saleId, qty, l.record.unitPrice, gross, fee}, "listing.sold");
            ++rep.sales;
            (void)applied(sync::SaleSettled{saleId, gross - fee}, "sale.settled");
            ++rep.settlements;
        }
        tx.commit();
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
    // Farmers who are owed something come by now and then and are paid if the drawer allows.
    for (const auto& f : *farmers) {
        const Money owed = cs.owed(f.id);
        if (!owed.isPositive() || pick(rng, 0, 3) != 0 || owed > svc.days().drawerBalance())
            continue;
        auto r = cs.payOut(agent, newUuid(), f.id, owed, texts);
        if (!r)
            return Failure{r.error()};
        ++rep.payouts;
    }
    return rep;
}

}  // namespace cz
