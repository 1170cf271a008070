#include "storage/parcel_store.h"

namespace cz {

std::string_view toString(ParcelState s)
{
    switch (s) {
    case ParcelState::Announced: return "announced";
    case ParcelState::AtStation: return "at_station";
    case ParcelState::PickedUp: return "picked_up";
    case ParcelState::Returned: return "returned";
    }
    return "announced";
}

std::optional<ParcelState> parcelStateFromString(std::string_view s)
{
    for (auto st : {ParcelState::Announced, ParcelState::AtStation, ParcelState::PickedUp, ParcelState::Returned})
        if (toString(st) == s)
            return st;
    return std::nullopt;
}

namespace {

#define CZ_PARCEL_COLS                                                                                        \
    "parcel_key, coalesce(market_parcel_id, ''), coalesce(order_id, ''), tracking_no, customer_id, customer_name, " \
    "phone, pickup_code, shelf_slot, state, announced_at, arrived_at, picked_up_at, picked_up_by, returned_at, note"

std::optional<TimePoint> optTime(const SQLite::Column& c)
{
    return c.isNull() ? std::nullopt : std::optional<TimePoint>(fromUnixMs(c.getInt64()));
}

ParcelRecord read(Query& q)
{
    ParcelRecord p;
    p.parcelKey = q.getColumn(0).getString();
    p.marketParcelId = q.getColumn(1).getString();
    p.orderId = q.getColumn(2).getString();
    p.trackingNo = q.getColumn(3).getString();
    if (!q.getColumn(4).isNull())
        p.customerId = q.getColumn(4).getInt64();
    p.customerName = q.getColumn(5).getString();
    p.phone = q.getColumn(6).getString();
    p.pickupCode = q.getColumn(7).getString();
    p.shelfSlot = q.getColumn(8).getString();
    p.state = parcelStateFromString(q.getColumn(9).getString()).value_or(ParcelState::Announced);
    p.announcedAt = optTime(q.getColumn(10));
    p.arrivedAt = optTime(q.getColumn(11));
    p.pickedUpAt = optTime(q.getColumn(12));
    if (!q.getColumn(13).isNull())
        p.pickedUpBy = q.getColumn(13).getInt64();
    p.returnedAt = optTime(q.getColumn(14));
    p.note = q.getColumn(15).getString();
    return p;
}

void bindAll(Query& q, const ParcelRecord& p)
{
    auto optT = [&](int i, const std::optional<TimePoint>& t) {
        if (t)
            q.bind(i, toUnixMs(*t));
    };
    q.bind(1, p.parcelKey);
    if (!p.marketParcelId.empty())
        q.bind(2, p.marketParcelId);
    if (!p.orderId.empty())
        q.bind(3, p.orderId);
    q.bind(4, p.trackingNo);
    if (p.customerId)
        q.bind(5, *p.customerId);
    q.bind(6, p.customerName);
    q.bind(7, p.phone);
    q.bind(8, p.pickupCode);
    q.bind(9, p.shelfSlot);
    q.bind(10, std::string(toString(p.state)));
    optT(11, p.announcedAt);
    optT(12, p.arrivedAt);
    optT(13, p.pickedUpAt);
    if (p.pickedUpBy)
        q.bind(14, *p.pickedUpBy);
    optT(15, p.returnedAt);
    q.bind(16, p.note);
}

}  // namespace

void ParcelStore::insert(const ParcelRecord& p)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "INSERT INTO parcels(parcel_key, market_parcel_id, order_id, tracking_no, customer_id, customer_name, phone, "
        "pickup_code, shelf_slot, state, announced_at, arrived_at, picked_up_at, picked_up_by, returned_at, note) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    bindAll(q, p);
    q.exec();
}

void ParcelStore::update(const ParcelRecord& p)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "UPDATE parcels SET market_parcel_id = ?2, order_id = ?3, tracking_no = ?4, customer_id = ?5, "
        "customer_name = ?6, phone = ?7, pickup_code = ?8, shelf_slot = ?9, state = ?10, announced_at = ?11, "
        "arrived_at = ?12, picked_up_at = ?13, picked_up_by = ?14, returned_at = ?15, note = ?16 WHERE parcel_key = ?1");
    bindAll(q, p);
    q.exec();
}

std::optional<ParcelRecord> ParcelStore::byKey(const std::string& key)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_PARCEL_COLS " FROM parcels WHERE parcel_key = ?");
    q.bind(1, key);
    if (!q.executeStep())
        return std::nullopt;
    return read(q);
}

std::optional<ParcelRecord> ParcelStore::byMarketId(const std::string& id)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_PARCEL_COLS " FROM parcels WHERE market_parcel_id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        return std::nullopt;
    return read(q);
}

std::optional<ParcelRecord> ParcelStore::byOrder(const std::string& orderId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_PARCEL_COLS " FROM parcels WHERE order_id = ? LIMIT 1");
    q.bind(1, orderId);
    if (!q.executeStep())
        return std::nullopt;
    return read(q);
}

std::vector<ParcelRecord> ParcelStore::byTracking(const std::string& trackingNo)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_PARCEL_COLS " FROM parcels WHERE tracking_no = ?");
    q.bind(1, trackingNo);
    std::vector<ParcelRecord> out;
    while (q.executeStep())
        out.push_back(read(q));
    return out;
}

std::vector<ParcelRecord> ParcelStore::waitingFor(const std::string& codeOrLast4)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_PARCEL_COLS " FROM parcels WHERE state = 'at_station' AND "
                       "(pickup_code = ?1 OR (length(?1) = 4 AND phone LIKE '%' || ?1)) ORDER BY arrived_at");
    q.bind(1, codeOrLast4);
    std::vector<ParcelRecord> out;
    while (q.executeStep())
        out.push_back(read(q));
    return out;
}

std::vector<ParcelRecord> ParcelStore::inState(ParcelState s, int limit)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_PARCEL_COLS " FROM parcels WHERE state = ? ORDER BY arrived_at, announced_at LIMIT ?");
    q.bind(1, std::string(toString(s)));
    q.bind(2, limit);
    std::vector<ParcelRecord> out;
    while (q.executeStep())
        out.push_back(read(q));
    return out;
}

bool ParcelStore::pickupCodeInUse(const std::string& code)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT 1 FROM parcels WHERE pickup_code = ? AND state IN ('announced','at_station')");
    q.bind(1, code);
    return q.executeStep();
}

std::vector<std::string> ParcelStore::slotsInUse()
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT shelf_slot FROM parcels WHERE state = 'at_station' AND shelf_slot <> ''");
    std::vector<std::string> out;
    while (q.executeStep())
        out.push_back(q.getColumn(0).getString());
    return out;
}

#undef CZ_PARCEL_COLS

}  // namespace cz
