// Consignment (代卖) on the marketplace side: a listing is pending → active (published) |
// rejected, may be updated or withdrawn; buyers buy units of active listings, each purchase is a
// sale awaiting dispatch → dispatched (by the station) → settled (proceeds minus the platform fee
// credited to the wallet).

#include "core/money.h"
#include "core/uuid.h"
#include "market/api_error.h"
#include "market/catalog_gen.h"
#include "market/flows.h"
#include "market/json_fields.h"
#include "market/seeded_hash.h"
#include "market/text_codec.h"

#include <cmath>
#include <vector>

namespace cz::market {

namespace {

constexpr std::size_t kMaxPhotos = 5;
constexpr std::size_t kMaxPhotoBytes = 256UL * 1024;

struct ListingRow final {
    std::string state;
    std::int64_t unitPriceFen = 0;
    std::int64_t quantity = 0;
};

std::optional<ListingRow> loadListing(Market& m, const std::string& stationId, const std::string& listingId)
{
    auto q = m.store().query(
        "SELECT state, unit_price_fen, quantity FROM listings WHERE station_id = ? AND listing_id = ?");
    q.bind(1, stationId).bind(2, listingId);
    if (!q.step())
        return std::nullopt;
    return ListingRow {q.text(0), q.int64(1), q.int64(2)};
}

bool isLive(const ListingRow& l)
{
    return l.state == "pending" || l.state == "active";
}

void setListingState(Market& m, const std::string& stationId, const std::string& listingId, const std::string& state,
                     std::int64_t now)
{
    auto q = m.store().query("UPDATE listings SET state = ?, updated_at = ? WHERE station_id = ? AND listing_id = ?");
    q.bind(1, state).bind(2, now).bind(3, stationId).bind(4, listingId);
    q.exec();
}

void rejectListing(Market& m, const std::string& stationId, const std::string& listingId, const std::string& code,
                   const std::string& reason, std::int64_t now)
{
    setListingState(m, stationId, listingId, "rejected", now);
    m.events().append(stationId, "listing.rejected", now,
                      {{"listing_id", listingId}, {"reason_code", code}, {"reason", reason}});
}

std::string buy(Market& m, const std::string& stationId, const std::string& listingId, const ListingRow& l,
                std::int64_t quantity, std::int64_t now)
{
    const auto gross = cz::Money::fromFen(l.unitPriceFen).checkedMul(quantity);
    if (!gross)
        throw std::overflow_error("sale gross overflows");
    const auto fee = cz::applyRate(*gross, cz::BasisPoints {static_cast<std::int32_t>(m.rates().platformFeeBp)},
                                   cz::Rounding::HalfUp);
    std::string saleId = cz::newUuid();
    {
        auto q = m.store().query("UPDATE listings SET quantity = quantity - ?, updated_at = ? "
                                 "WHERE station_id = ? AND listing_id = ?");
        q.bind(1, quantity).bind(2, now).bind(3, stationId).bind(4, listingId);
        q.exec();
    }
    auto q = m.store().query("INSERT INTO sales (sale_id, station_id, listing_id, quantity, unit_price_fen, gross_fen, "
                             "platform_fee_fen, state, sold_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'awaiting_dispatch', ?)");
    q.bind(1, saleId).bind(2, stationId).bind(3, listingId).bind(4, quantity).bind(5, l.unitPriceFen);
    q.bind(6, gross->fen()).bind(7, fee.fen()).bind(8, now);
    q.exec();
    m.events().append(stationId, "listing.sold", now,
                      {{"listing_id", listingId},
                       {"sale_id", saleId},
                       {"quantity", quantity},
                       {"unit_price_fen", l.unitPriceFen},
                       {"gross_fen", gross->fen()},
                       {"platform_fee_fen", fee.fen()}});
    return saleId;
}

bool isImage(const std::string& bytes)
{
    static const std::string png("\x89PNG\r\n\x1a\n", 8);
    static const std::string jpeg("\xFF\xD8\xFF", 3);
    return bytes.rfind(png, 0) == 0 || bytes.rfind(jpeg, 0) == 0;
}

} // namespace

nlohmann::json publishListing(const OpContext& c)
{
    Fields f(c.payload, "payload");
    const std::string listingId = f.uuid("listing_id");
    const std::string farmerRef = f.text("farmer_ref", 1, 64);
    const std::string titleZh = f.text("title_zh", 1, 60);
    const auto titleEn = f.optText("title_en", 1, 120);
    const std::string category = f.oneOf("category",
                                         {"fruit", "vegetable", "grain", "eggs", "meat", "honey", "nuts", "tea",
                                          "mushroom", "herbs", "handicraft", "other"});
    const std::string unit = f.text("unit", 1, 16);
    if (!isUnitCode(unit))
        f.fail("unit", "must be a unit code (jin, kg, piece, box, …)");
    const std::int64_t price = f.integer("unit_price_fen", 1, 100'000'000);
    const std::int64_t quantity = f.integer("quantity", 1, 100'000);
    const auto harvest = f.optText("harvest_date", 10, 10);
    if (harvest) {
        const auto day = parseIsoDate(*harvest);
        const auto today = chinaDay(c.now);
        if (!day)
            f.fail("harvest_date", "must be a date YYYY-MM-DD");
        if (*day > today || *day < today - 366)
            throw Rejection("invalid_date", "harvest_date must lie within the past year",
                            {{"field", "payload.harvest_date"}});
    }
    const auto shelfLife = f.optInteger("shelf_life_days", 1, 3650);
    std::vector<std::string> photos;
    if (const auto* list = f.optArray("photos", 0, kMaxPhotos)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto& p = (*list)[i];
            auto bytes = p.is_string() ? base64Decode(p.get_ref<const std::string&>()) : std::nullopt;
            if (!bytes || !isImage(*bytes))
                f.fail("photos", "item " + std::to_string(i) + " must be a base64 PNG or JPEG");
            if (bytes->size() > kMaxPhotoBytes)
                throw Rejection("photo_too_large", "photo " + std::to_string(i) + " is larger than 256 KiB",
                                {{"field", "payload.photos"}, {"max_bytes", kMaxPhotoBytes}});
            photos.push_back(std::move(*bytes));
        }
    }
    f.finish();
    if (loadListing(c.market, c.stationId, listingId))
        throw Rejection("duplicate_id", "listing " + listingId + " was already published by another op");

    auto& st = c.market.store();
    {
        auto q
            = st.query("INSERT INTO listings (station_id, listing_id, farmer_ref, title_zh, title_en, category, unit, "
                       "unit_price_fen, quantity, harvest_date, shelf_life_days, state, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)");
        q.bind(1, c.stationId).bind(2, listingId).bind(3, farmerRef).bind(4, titleZh);
        titleEn ? q.bind(5, *titleEn) : q.bind(5);
        q.bind(6, category).bind(7, unit).bind(8, price).bind(9, quantity);
        harvest ? q.bind(10, *harvest) : q.bind(10);
        shelfLife ? q.bind(11, *shelfLife) : q.bind(11);
        q.bind(12, c.now).bind(13, c.now);
        q.exec();
    }
    for (std::size_t i = 0; i < photos.size(); ++i) {
        auto q = st.query("INSERT INTO listing_photos (station_id, listing_id, idx, data) VALUES (?, ?, ?, ?)");
        q.bind(1, c.stationId).bind(2, listingId).bind(3, static_cast<int>(i));
        q.bind(4, photos[i].data(), static_cast<int>(photos[i].size()));
        q.exec();
    }
    c.market.tasks().schedule(c.now + c.market.rates().listingReviewS * 1000, "listing_review", c.stationId, listingId);
    return opResult(listingId, "pending", c.now);
}

nlohmann::json updateListing(const OpContext& c)
{
    Fields f(c.payload, "payload");
    const std::string listingId = f.uuid("listing_id");
    const auto price = f.optInteger("unit_price_fen", 1, 100'000'000);
    const auto quantity = f.optInteger("quantity", 0, 100'000);
    f.finish();
    if (!price && !quantity)
        throw Rejection("invalid_payload", "payload: give unit_price_fen, quantity or both");
    const auto l = loadListing(c.market, c.stationId, listingId);
    if (!l)
        throw Rejection("unknown_listing", "no listing " + listingId);
    if (!isLive(*l))
        throw Rejection("listing_not_active", "the listing is " + l->state, {{"state", l->state}});
    // quantity is absolute: the units on hand for sale from now on (units already sold are sales).
    auto q = c.market.store().query("UPDATE listings SET unit_price_fen = ?, quantity = ?, updated_at = ? "
                                    "WHERE station_id = ? AND listing_id = ?");
    q.bind(1, price.value_or(l->unitPriceFen)).bind(2, quantity.value_or(l->quantity)).bind(3, c.now);
    q.bind(4, c.stationId).bind(5, listingId);
    q.exec();
    return opResult(listingId, l->state, c.now);
}

nlohmann::json withdrawListing(const OpContext& c)
{
    Fields f(c.payload, "payload");
    const std::string listingId = f.uuid("listing_id");
    f.finish();
    const auto l = loadListing(c.market, c.stationId, listingId);
    if (!l)
        throw Rejection("unknown_listing", "no listing " + listingId);
    if (!isLive(*l))
        throw Rejection("listing_not_active", "the listing is " + l->state, {{"state", l->state}});
    setListingState(c.market, c.stationId, listingId, "withdrawn", c.now);
    return opResult(listingId, "withdrawn", c.now);
}

nlohmann::json dispatchSale(const OpContext& c)
{
    Fields f(c.payload, "payload");
    const std::string saleId = f.uuid("sale_id");
    const std::string courier = f.text("courier", 1, 16);
    if (!isCourierCode(courier))
        f.fail("courier", "must be one of: sf, ems, zto, yto, sto, yunda, jd, jt");
    const std::string tracking = f.text("tracking_no", 8, 30);
    if (!isAlnum(tracking))
        f.fail("tracking_no", "must be 8..30 letters or digits");
    f.finish();
    auto& st = c.market.store();
    std::string state;
    {
        auto q = st.query("SELECT state FROM sales WHERE sale_id = ? AND station_id = ?");
        q.bind(1, saleId).bind(2, c.stationId);
        if (!q.step())
            throw Rejection("unknown_sale", "no sale " + saleId);
        state = q.text(0);
    }
    if (state != "awaiting_dispatch")
        throw Rejection("sale_not_dispatchable", "the sale is " + state, {{"state", state}});
    auto q = st.query(
        "UPDATE sales SET state = 'dispatched', courier = ?, tracking_no = ?, dispatched_at = ? WHERE sale_id = ?");
    q.bind(1, courier).bind(2, tracking).bind(3, c.now).bind(4, saleId);
    q.exec();
    c.market.tasks().schedule(c.now + c.market.rates().settleS * 1000, "sale_settle", c.stationId, saleId);
    return opResult(saleId, "dispatched", c.now);
}

bool runListingTask(Market& m, const Task& t, std::int64_t now)
{
    if (t.kind == "listing_review") {
        const auto l = loadListing(m, t.stationId, t.refId);
        if (!l || l->state != "pending")
            return true;
        if (unitInterval(seededHash(m.seed(), {"listing-reject", t.stationId, t.refId}))
            < m.rates().listingRejectRate) {
            rejectListing(m, t.stationId, t.refId, "content_rejected", "the listing did not pass moderation", now);
            return true;
        }
        const std::string no = "CL" + m.digits("listing-no", t.refId, 12);
        auto q = m.store().query("UPDATE listings SET state = 'active', market_listing_no = ?, updated_at = ? "
                                 "WHERE station_id = ? AND listing_id = ?");
        q.bind(1, no).bind(2, now).bind(3, t.stationId).bind(4, t.refId);
        q.exec();
        m.events().append(t.stationId, "listing.published", now, {{"listing_id", t.refId}, {"market_listing_no", no}});
        return true;
    }
    if (t.kind == "sale_settle") {
        std::int64_t amount = 0;
        {
            auto q = m.store().query("SELECT gross_fen - platform_fee_fen, state FROM sales WHERE sale_id = ?");
            q.bind(1, t.refId);
            if (!q.step() || q.text(1) != "dispatched")
                return true;
            amount = q.int64(0);
        }
        auto q = m.store().query("UPDATE sales SET state = 'settled' WHERE sale_id = ?");
        q.bind(1, t.refId);
        q.exec();
        const nlohmann::json data = {{"sale_id", t.refId}, {"amount_fen", amount}};
        if (amount > 0)
            m.wallet().move({t.stationId, amount, "sale_settlement", "sale", t.refId, "sale.settled", data}, now);
        else
            m.events().append(t.stationId, "sale.settled", now, data);
        return true;
    }
    return false;
}

std::int64_t runBuyers(Market& m, std::int64_t now, std::int64_t periodS)
{
    const auto rates = m.rates();
    if (rates.buyerRatePerHour <= 0)
        return 0;
    // Purchases are a Poisson process per listing: the chance of at least one in the period.
    const double p = 1.0 - std::exp(-rates.buyerRatePerHour * static_cast<double>(periodS) / 3600.0);
    struct Candidate {
        std::string stationId, listingId;
        ListingRow row;
    };
    std::vector<Candidate> candidates;
    {
        auto q = m.store().query("SELECT station_id, listing_id, state, unit_price_fen, quantity FROM listings "
                                 "WHERE state = 'active' AND quantity > 0 ORDER BY station_id, listing_id");
        while (q.step())
            candidates.push_back({q.text(0), q.text(1), {q.text(2), q.int64(3), q.int64(4)}});
    }
    std::int64_t sales = 0;
    const std::string at = std::to_string(now);
    for (const auto& cand : candidates) {
        const auto h = seededHash(m.seed(), {"buyer", cand.stationId, cand.listingId, at});
        if (unitInterval(h) >= p)
            continue;
        const auto maxUnits = std::min(cand.row.quantity, rates.maxUnitsPerPurchase);
        const auto units = 1 + static_cast<std::int64_t>(mix64(h) % static_cast<std::uint64_t>(maxUnits));
        buy(m, cand.stationId, cand.listingId, cand.row, units, now);
        ++sales;
    }
    return sales;
}

nlohmann::json forceRejectListing(Market& m, const std::string& stationId, const std::string& listingId,
                                  const std::string& reasonCode, const std::string& reason)
{
    const auto l = loadListing(m, stationId, listingId);
    if (!l)
        throw ApiError(404, "unknown_listing", "no listing " + listingId + " of station " + stationId);
    if (!isLive(*l))
        throw ApiError(409, "invalid_state", "a listing that is " + l->state + " cannot be rejected");
    rejectListing(m, stationId, listingId, reasonCode, reason, m.now());
    return {{"listing_id", listingId}, {"state", "rejected"}};
}

nlohmann::json forceBuyListing(Market& m, const std::string& stationId, const std::string& listingId,
                               std::int64_t quantity)
{
    const auto l = loadListing(m, stationId, listingId);
    if (!l)
        throw ApiError(404, "unknown_listing", "no listing " + listingId + " of station " + stationId);
    if (l->state != "active")
        throw ApiError(409, "invalid_state", "only an active (published) listing can be bought; it is " + l->state);
    if (quantity > l->quantity)
        throw ApiError(409, "insufficient_stock", "the listing has " + std::to_string(l->quantity) + " units");
    const auto saleId = buy(m, stationId, listingId, *l, quantity, m.now());
    return {{"listing_id", listingId}, {"sale_id", saleId}, {"quantity", quantity}};
}

} // namespace cz::market
