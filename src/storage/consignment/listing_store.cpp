#include "storage/consignment/listing_store.h"

#include <algorithm>

namespace cz {

namespace {

#define CZ_LISTING_COLS                                                                                              \
    "l.serial, l.listing_id, l.op_id, l.farmer_id, l.title_zh, l.title_en, l.category, l.unit, l.unit_price_fen, "   \
    "l.agreed_price_fen, l.declared_qty, l.harvest_date, l.shelf_life_days, l.grade, l.notes, l.state, "             \
    "l.market_listing_no, l.reason, l.created_at, l.created_by, l.updated_at, "                                      \
    "(SELECT coalesce(sum(quantity), 0) FROM stock_moves m WHERE m.listing_id = l.listing_id AND m.kind = 'intake'), " \
    "(SELECT coalesce(sum(quantity), 0) FROM stock_moves m WHERE m.listing_id = l.listing_id AND m.kind = 'sale'), "   \
    "(SELECT coalesce(sum(quantity), 0) FROM stock_moves m WHERE m.listing_id = l.listing_id AND m.kind = 'spoilage'), " \
    "(SELECT coalesce(sum(quantity), 0) FROM stock_moves m WHERE m.listing_id = l.listing_id AND m.kind = 'return'), " \
    "(SELECT min(at) FROM stock_moves m WHERE m.listing_id = l.listing_id AND m.kind = 'intake'), "                   \
    "(SELECT count(*) FROM listing_photos p WHERE p.listing_id = l.listing_id)"

#define CZ_SALE_COLS                                                                                                 \
    "s.sale_id, s.event_id, s.listing_id, s.farmer_id, s.quantity, s.short_qty, s.unit_price_fen, s.gross_fen, "     \
    "s.platform_fee_fen, s.commission_bp, s.commission_fen, s.absorbed_fen, s.farmer_fen, s.state, s.courier, "      \
    "s.tracking_no, coalesce(s.dispatch_op_id, ''), s.reason, s.settled_fen, s.sold_at, s.dispatched_at, "           \
    "s.settled_at, s.entry_seq, s.settle_entry_seq, l.title_zh, l.unit, l.serial"

std::optional<std::int64_t> optInt(const SQLite::Column& c)
{
    return c.isNull() ? std::nullopt : std::optional<std::int64_t>(c.getInt64());
}

std::optional<TimePoint> optTime(const SQLite::Column& c)
{
    return c.isNull() ? std::nullopt : std::optional<TimePoint>(fromUnixMs(c.getInt64()));
}

ListingRecord readListing(Query& q)
{
    ListingRecord l;
    l.serial = q.getColumn(0).getInt64();
    l.listingId = q.getColumn(1).getString();
    l.opId = q.getColumn(2).getString();
    l.farmerId = q.getColumn(3).getInt64();
    l.titleZh = q.getColumn(4).getString();
    l.titleEn = q.getColumn(5).getString();
    l.category = q.getColumn(6).getString();
    l.unit = q.getColumn(7).getString();
    l.unitPrice = Money::fromFen(q.getColumn(8).getInt64());
    l.agreedPrice = Money::fromFen(q.getColumn(9).getInt64());
    l.declaredQty = q.getColumn(10).getInt64();
    if (!q.getColumn(11).isNull())
        l.harvestDate = q.getColumn(11).getString();
    if (auto d = optInt(q.getColumn(12)))
        l.shelfLifeDays = static_cast<int>(*d);
    l.grade = q.getColumn(13).getString();
    l.notes = q.getColumn(14).getString();
    l.state = q.getColumn(15).getString();
    l.marketListingNo = q.getColumn(16).getString();
    l.reason = q.getColumn(17).getString();
    l.createdAt = fromUnixMs(q.getColumn(18).getInt64());
    l.createdBy = optInt(q.getColumn(19));
    l.updatedAt = fromUnixMs(q.getColumn(20).getInt64());
    l.stock = {q.getColumn(21).getInt64(), q.getColumn(22).getInt64(), q.getColumn(23).getInt64(),
               q.getColumn(24).getInt64()};
    l.firstIntakeAt = optTime(q.getColumn(25));
    l.photoCount = q.getColumn(26).getInt();
    return l;
}

SaleRecord readSale(Query& q)
{
    SaleRecord s;
    s.saleId = q.getColumn(0).getString();
    s.eventId = q.getColumn(1).getString();
    s.listingId = q.getColumn(2).getString();
    s.farmerId = q.getColumn(3).getInt64();
    s.quantity = q.getColumn(4).getInt64();
    s.shortQty = q.getColumn(5).getInt64();
    s.unitPrice = Money::fromFen(q.getColumn(6).getInt64());
    s.gross = Money::fromFen(q.getColumn(7).getInt64());
    s.platformFee = Money::fromFen(q.getColumn(8).getInt64());
    s.commissionBp = static_cast<std::int32_t>(q.getColumn(9).getInt());
    s.commission = Money::fromFen(q.getColumn(10).getInt64());
    s.absorbed = Money::fromFen(q.getColumn(11).getInt64());
    s.farmer = Money::fromFen(q.getColumn(12).getInt64());
    s.state = q.getColumn(13).getString();
    s.courier = q.getColumn(14).getString();
    s.trackingNo = q.getColumn(15).getString();
    s.dispatchOpId = q.getColumn(16).getString();
    s.reason = q.getColumn(17).getString();
    if (auto v = optInt(q.getColumn(18)))
        s.settled = Money::fromFen(*v);
    s.soldAt = fromUnixMs(q.getColumn(19).getInt64());
    s.dispatchedAt = optTime(q.getColumn(20));
    s.settledAt = optTime(q.getColumn(21));
    s.entrySeq = optInt(q.getColumn(22));
    s.settleEntrySeq = optInt(q.getColumn(23));
    s.title = q.getColumn(24).getString();
    s.unit = q.getColumn(25).getString();
    s.serial = q.getColumn(26).getInt64();
    return s;
}

}  // namespace

std::vector<ListingRecord> ListingStore::listings(Query& q)
{
    std::vector<ListingRecord> out;
    while (q.executeStep())
        out.push_back(readListing(q));
    return out;
}

std::vector<SaleRecord> ListingStore::sales(Query& q)
{
    std::vector<SaleRecord> out;
    while (q.executeStep())
        out.push_back(readSale(q));
    return out;
}

void ListingStore::insert(const ListingRecord& l)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("INSERT INTO listings(listing_id, op_id, farmer_id, title_zh, title_en, category, unit, "
                       "unit_price_fen, agreed_price_fen, declared_qty, harvest_date, shelf_life_days, grade, notes, "
                       "state, created_at, created_by, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    q.bind(1, l.listingId);
    q.bind(2, l.opId);
    q.bind(3, l.farmerId);
    q.bind(4, l.titleZh);
    q.bind(5, l.titleEn);
    q.bind(6, l.category);
    q.bind(7, l.unit);
    q.bind(8, l.unitPrice.fen());
    q.bind(9, l.agreedPrice.fen());
    q.bind(10, l.declaredQty);
    if (l.harvestDate)
        q.bind(11, *l.harvestDate);
    if (l.shelfLifeDays)
        q.bind(12, *l.shelfLifeDays);
    q.bind(13, l.grade);
    q.bind(14, l.notes);
    q.bind(15, l.state);
    q.bind(16, toUnixMs(l.createdAt));
    if (l.createdBy)
        q.bind(17, *l.createdBy);
    q.bind(18, toUnixMs(l.updatedAt));
    q.exec();
}

std::optional<ListingRecord> ListingStore::byId(const std::string& listingId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_LISTING_COLS " FROM listings l WHERE l.listing_id = ?");
    q.bind(1, listingId);
    auto v = listings(q);
    return v.empty() ? std::nullopt : std::optional(std::move(v.front()));
}

std::optional<ListingRecord> ListingStore::byOpId(const std::string& opId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_LISTING_COLS " FROM listings l WHERE l.op_id = ?");
    q.bind(1, opId);
    auto v = listings(q);
    return v.empty() ? std::nullopt : std::optional(std::move(v.front()));
}

std::optional<ListingRecord> ListingStore::bySerial(std::int64_t serial)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_LISTING_COLS " FROM listings l WHERE l.serial = ?");
    q.bind(1, serial);
    auto v = listings(q);
    return v.empty() ? std::nullopt : std::optional(std::move(v.front()));
}

std::vector<ListingRecord> ListingStore::byFarmer(std::int64_t farmerId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_LISTING_COLS " FROM listings l WHERE l.farmer_id = ? ORDER BY l.serial DESC");
    q.bind(1, farmerId);
    return listings(q);
}

std::vector<ListingRecord> ListingStore::withStockOrLive(int limit)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_LISTING_COLS " FROM listings l WHERE l.state IN ('draft','pending','active') "
                       "OR (SELECT coalesce(sum(CASE kind WHEN 'intake' THEN quantity ELSE -quantity END), 0) "
                       "    FROM stock_moves m WHERE m.listing_id = l.listing_id) > 0 ORDER BY l.serial LIMIT ?");
    q.bind(1, limit);
    return listings(q);
}

void ListingStore::setState(const std::string& listingId, const std::string& state, const std::string& reason,
                            TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE listings SET state = ?, reason = ?, updated_at = ? WHERE listing_id = ?");
    q.bind(1, state);
    q.bind(2, reason);
    q.bind(3, toUnixMs(at));
    q.bind(4, listingId);
    q.exec();
}

void ListingStore::setMarketNo(const std::string& listingId, const std::string& no)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE listings SET market_listing_no = ? WHERE listing_id = ?");
    q.bind(1, no);
    q.bind(2, listingId);
    q.exec();
}

void ListingStore::setPrices(const std::string& listingId, Money unitPrice, Money agreedPrice, TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE listings SET unit_price_fen = ?, agreed_price_fen = ?, updated_at = ? WHERE listing_id = ?");
    q.bind(1, unitPrice.fen());
    q.bind(2, agreedPrice.fen());
    q.bind(3, toUnixMs(at));
    q.bind(4, listingId);
    q.exec();
}

void ListingStore::addPhoto(const std::string& listingId, int idx, const std::string& bytes)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("INSERT INTO listing_photos(listing_id, idx, data) VALUES(?,?,?)");
    q.bind(1, listingId);
    q.bind(2, idx);
    q.bind(3, bytes.data(), static_cast<int>(bytes.size()));
    q.exec();
}

std::vector<std::string> ListingStore::photos(const std::string& listingId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT data FROM listing_photos WHERE listing_id = ? ORDER BY idx");
    q.bind(1, listingId);
    std::vector<std::string> out;
    while (q.executeStep()) {
        const auto c = q.getColumn(0);
        out.emplace_back(static_cast<const char*>(c.getBlob()), static_cast<std::size_t>(c.getBytes()));
    }
    return out;
}

void ListingStore::addMove(const StockMoveRecord& m)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("INSERT INTO stock_moves(op_id, listing_id, kind, quantity, reason, sale_id, receipt_number, at, "
                       "user_id) VALUES(?,?,?,?,?,?,?,?,?)");
    q.bind(1, m.opId);
    q.bind(2, m.listingId);
    q.bind(3, m.kind);
    q.bind(4, m.quantity);
    q.bind(5, m.reason);
    if (!m.saleId.empty())
        q.bind(6, m.saleId);
    if (m.receiptNumber)
        q.bind(7, *m.receiptNumber);
    q.bind(8, toUnixMs(m.at));
    if (m.userId)
        q.bind(9, *m.userId);
    q.exec();
}

namespace {
StockMoveRecord readMove(Query& q)
{
    StockMoveRecord m;
    m.id = q.getColumn(0).getInt64();
    m.opId = q.getColumn(1).getString();
    m.listingId = q.getColumn(2).getString();
    m.kind = q.getColumn(3).getString();
    m.quantity = q.getColumn(4).getInt64();
    m.reason = q.getColumn(5).getString();
    m.saleId = q.getColumn(6).isNull() ? std::string() : q.getColumn(6).getString();
    m.receiptNumber = optInt(q.getColumn(7));
    m.at = fromUnixMs(q.getColumn(8).getInt64());
    m.userId = optInt(q.getColumn(9));
    return m;
}
constexpr const char* kMoveSelect =
    "SELECT id, op_id, listing_id, kind, quantity, reason, sale_id, receipt_number, at, user_id FROM stock_moves ";
}  // namespace

std::optional<StockMoveRecord> ListingStore::moveByOpId(const std::string& opId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt((std::string(kMoveSelect) + "WHERE op_id = ?").c_str());
    q.bind(1, opId);
    if (!q.executeStep())
        return std::nullopt;
    return readMove(q);
}

std::vector<StockMoveRecord> ListingStore::moves(const std::string& listingId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt((std::string(kMoveSelect) + "WHERE listing_id = ? ORDER BY id").c_str());
    q.bind(1, listingId);
    std::vector<StockMoveRecord> out;
    while (q.executeStep())
        out.push_back(readMove(q));
    return out;
}

StockCounts ListingStore::stock(const std::string& listingId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT kind, sum(quantity) FROM stock_moves WHERE listing_id = ? GROUP BY kind");
    q.bind(1, listingId);
    StockCounts c;
    while (q.executeStep()) {
        const std::string kind = q.getColumn(0).getString();
        const std::int64_t n = q.getColumn(1).getInt64();
        if (kind == "intake")
            c.received = n;
        else if (kind == "sale")
            c.sold = n;
        else if (kind == "spoilage")
            c.spoiled = n;
        else if (kind == "return")
            c.returned = n;
    }
    return c;
}

void ListingStore::insertSale(const SaleRecord& s)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("INSERT INTO consignment_sales(sale_id, event_id, listing_id, farmer_id, quantity, short_qty, "
                       "unit_price_fen, gross_fen, platform_fee_fen, commission_bp, commission_fen, absorbed_fen, "
                       "farmer_fen, state, reason, sold_at, entry_seq) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    q.bind(1, s.saleId);
    q.bind(2, s.eventId);
    q.bind(3, s.listingId);
    q.bind(4, s.farmerId);
    q.bind(5, s.quantity);
    q.bind(6, s.shortQty);
    q.bind(7, s.unitPrice.fen());
    q.bind(8, s.gross.fen());
    q.bind(9, s.platformFee.fen());
    q.bind(10, s.commissionBp);
    q.bind(11, s.commission.fen());
    q.bind(12, s.absorbed.fen());
    q.bind(13, s.farmer.fen());
    q.bind(14, s.state);
    q.bind(15, s.reason);
    q.bind(16, toUnixMs(s.soldAt));
    if (s.entrySeq)
        q.bind(17, *s.entrySeq);
    q.exec();
}

std::optional<SaleRecord> ListingStore::sale(const std::string& saleId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_SALE_COLS " FROM consignment_sales s JOIN listings l USING(listing_id) "
                       "WHERE s.sale_id = ?");
    q.bind(1, saleId);
    auto v = sales(q);
    return v.empty() ? std::nullopt : std::optional(std::move(v.front()));
}

std::optional<SaleRecord> ListingStore::saleByDispatchOp(const std::string& opId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_SALE_COLS " FROM consignment_sales s JOIN listings l USING(listing_id) "
                       "WHERE s.dispatch_op_id = ?");
    q.bind(1, opId);
    auto v = sales(q);
    return v.empty() ? std::nullopt : std::optional(std::move(v.front()));
}

std::vector<SaleRecord> ListingStore::salesOfFarmer(std::int64_t farmerId, int limit)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_SALE_COLS " FROM consignment_sales s JOIN listings l USING(listing_id) "
                       "WHERE s.farmer_id = ? ORDER BY s.sold_at DESC, s.sale_id LIMIT ?");
    q.bind(1, farmerId);
    q.bind(2, limit);
    return sales(q);
}

std::vector<SaleRecord> ListingStore::salesOfListing(const std::string& listingId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_SALE_COLS " FROM consignment_sales s JOIN listings l USING(listing_id) "
                       "WHERE s.listing_id = ? ORDER BY s.sold_at, s.sale_id");
    q.bind(1, listingId);
    return sales(q);
}

Money ListingStore::unsettledShare(std::int64_t farmerId, std::int64_t firstSeq, std::int64_t lastSeq)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT coalesce(sum(farmer_fen), 0) FROM consignment_sales WHERE farmer_id = ? "
                       "AND state <> 'settled' AND entry_seq BETWEEN ? AND ?");
    q.bind(1, farmerId);
    q.bind(2, firstSeq);
    q.bind(3, lastSeq);
    q.executeStep();
    return Money::fromFen(q.getColumn(0).getInt64());
}

std::vector<SaleRecord> ListingStore::salesInStates(const std::vector<std::string>& states, int limit)
{
    std::lock_guard lock(m_db.mutex());
    std::vector<SaleRecord> out;
    for (const auto& st : states) {
        auto q = m_db.stmt("SELECT " CZ_SALE_COLS " FROM consignment_sales s JOIN listings l USING(listing_id) "
                           "WHERE s.state = ? ORDER BY s.sold_at, s.sale_id LIMIT ?");
        q.bind(1, st);
        q.bind(2, limit);
        for (auto& s : sales(q))
            out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const SaleRecord& a, const SaleRecord& b) {
        return a.soldAt != b.soldAt ? a.soldAt < b.soldAt : a.saleId < b.saleId;
    });
    if (out.size() > static_cast<std::size_t>(limit))
        out.resize(static_cast<std::size_t>(limit));
    return out;
}

void ListingStore::setSaleState(const std::string& saleId, const std::string& state, TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE consignment_sales SET state = ?, packed_at = CASE WHEN ? = 'packed' THEN ? ELSE packed_at END "
                       "WHERE sale_id = ?");
    q.bind(1, state);
    q.bind(2, state);
    q.bind(3, toUnixMs(at));
    q.bind(4, saleId);
    q.exec();
}

void ListingStore::setDispatch(const std::string& saleId, const std::string& courier, const std::string& trackingNo,
                               const std::string& opId, TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE consignment_sales SET state = 'dispatched', courier = ?, tracking_no = ?, "
                       "dispatch_op_id = ?, dispatched_at = ?, reason = '' WHERE sale_id = ?");
    q.bind(1, courier);
    q.bind(2, trackingNo);
    q.bind(3, opId);
    q.bind(4, toUnixMs(at));
    q.bind(5, saleId);
    q.exec();
}

void ListingStore::setSaleReason(const std::string& saleId, const std::string& reason)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE consignment_sales SET reason = ? WHERE sale_id = ?");
    q.bind(1, reason);
    q.bind(2, saleId);
    q.exec();
}

void ListingStore::setSettled(const std::string& saleId, Money amount, std::optional<std::int64_t> entrySeq, TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE consignment_sales SET state = 'settled', settled_fen = ?, settle_entry_seq = ?, "
                       "settled_at = ? WHERE sale_id = ?");
    q.bind(1, amount.fen());
    if (entrySeq)
        q.bind(2, *entrySeq);
    q.bind(3, toUnixMs(at));
    q.bind(4, saleId);
    q.exec();
}

}  // namespace cz
