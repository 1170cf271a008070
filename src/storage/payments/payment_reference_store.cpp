#include "storage/payments/payment_reference_store.h"

#include <charconv>

namespace cz {

namespace {

std::string joinFen(const std::vector<Money>& amounts)
{
    std::string out;
    for (const auto& m : amounts) {
        if (!out.empty())
            out += ',';
        out += std::to_string(m.fen());
    }
    return out;
}

std::vector<Money> splitFen(const std::string& text)
{
    std::vector<Money> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string::npos)
            end = text.size();
        std::int64_t v = 0;
        const auto r = std::from_chars(text.data() + start, text.data() + end, v);
        if (r.ec == std::errc() && v > 0)
            out.push_back(Money::fromFen(v));
        start = end + 1;
    }
    return out;
}

BillerRecord readBiller(Query& q)
{
    BillerRecord b;
    b.billerId = q.getColumn(0).getString();
    b.nameZh = q.getColumn(1).getString();
    b.nameEn = q.getColumn(2).getString();
    b.kind = q.getColumn(3).getString();
    b.accountMinLen = q.getColumn(4).getInt();
    b.accountMaxLen = q.getColumn(5).getInt();
    b.denominations = splitFen(q.getColumn(6).getString());
    return b;
}

AssistedServiceRecord readService(Query& q)
{
    AssistedServiceRecord s;
    s.code = q.getColumn(0).getString();
    s.nameZh = q.getColumn(1).getString();
    s.nameEn = q.getColumn(2).getString();
    s.unit = q.getColumn(3).getString();
    s.price = Money::fromFen(q.getColumn(4).getInt64());
    s.active = q.getColumn(5).getInt() != 0;
    s.position = q.getColumn(6).getInt();
    return s;
}

#define CZ_BILLER_COLS "biller_id, name_zh, name_en, kind, account_min, account_max, denominations"
#define CZ_SERVICE_COLS "code, name_zh, name_en, unit, price_fen, active, position"

}  // namespace

void PaymentReferenceStore::replaceBillers(const std::vector<BillerRecord>& billers, TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    m_db.stmt("DELETE FROM payment_billers").exec();
    int position = 0;
    for (const auto& b : billers) {
        auto q = m_db.stmt("INSERT INTO payment_billers(" CZ_BILLER_COLS ", position, fetched_at) VALUES(?,?,?,?,?,?,?,?,?)");
        q.bind(1, b.billerId);
        q.bind(2, b.nameZh);
        q.bind(3, b.nameEn);
        q.bind(4, b.kind);
        q.bind(5, b.accountMinLen);
        q.bind(6, b.accountMaxLen);
        q.bind(7, joinFen(b.denominations));
        q.bind(8, ++position);
        q.bind(9, toUnixMs(at));
        q.exec();
    }
}

std::vector<BillerRecord> PaymentReferenceStore::billers()
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_BILLER_COLS " FROM payment_billers ORDER BY position");
    std::vector<BillerRecord> out;
    while (q.executeStep())
        out.push_back(readBiller(q));
    return out;
}

std::optional<BillerRecord> PaymentReferenceStore::biller(const std::string& billerId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_BILLER_COLS " FROM payment_billers WHERE biller_id = ?");
    q.bind(1, billerId);
    if (!q.executeStep())
        return std::nullopt;
    return readBiller(q);
}

std::optional<TimePoint> PaymentReferenceStore::billersFetchedAt()
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT max(fetched_at) FROM payment_billers");
    if (!q.executeStep() || q.getColumn(0).isNull())
        return std::nullopt;
    return fromUnixMs(q.getColumn(0).getInt64());
}

void PaymentReferenceStore::replaceCities(const std::vector<CityRecord>& cities, TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    m_db.stmt("DELETE FROM train_cities").exec();
    int position = 0;
    for (const auto& c : cities) {
        auto q = m_db.stmt("INSERT INTO train_cities(city_id, position, name_zh, name_en, fetched_at) VALUES(?,?,?,?,?)");
        q.bind(1, c.cityId);
        q.bind(2, ++position);
        q.bind(3, c.nameZh);
        q.bind(4, c.nameEn);
        q.bind(5, toUnixMs(at));
        q.exec();
    }
}

std::vector<CityRecord> PaymentReferenceStore::cities()
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT city_id, name_zh, name_en FROM train_cities ORDER BY position");
    std::vector<CityRecord> out;
    while (q.executeStep())
        out.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString()});
    return out;
}

std::vector<AssistedServiceRecord> PaymentReferenceStore::assistedServices(bool activeOnly)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_SERVICE_COLS " FROM assisted_services WHERE active = 1 OR ? = 0 "
                       "ORDER BY active DESC, position");
    q.bind(1, activeOnly ? 1 : 0);
    std::vector<AssistedServiceRecord> out;
    while (q.executeStep())
        out.push_back(readService(q));
    return out;
}

std::optional<AssistedServiceRecord> PaymentReferenceStore::assistedService(const std::string& code)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_SERVICE_COLS " FROM assisted_services WHERE code = ?");
    q.bind(1, code);
    if (!q.executeStep())
        return std::nullopt;
    return readService(q);
}

void PaymentReferenceStore::putAssistedService(const AssistedServiceRecord& s, TimePoint at, std::int64_t userId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "INSERT INTO assisted_services(" CZ_SERVICE_COLS ", updated_at, updated_by) "
        "VALUES(?,?,?,?,?,?,(SELECT coalesce(max(position), 0) + 1 FROM assisted_services),?,?) "
        "ON CONFLICT(code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en, unit = excluded.unit, "
        "price_fen = excluded.price_fen, active = excluded.active, updated_at = excluded.updated_at, "
        "updated_by = excluded.updated_by");
    q.bind(1, s.code);
    q.bind(2, s.nameZh);
    q.bind(3, s.nameEn);
    q.bind(4, s.unit);
    q.bind(5, s.price.fen());
    q.bind(6, s.active ? 1 : 0);
    q.bind(7, toUnixMs(at));
    q.bind(8, userId);
    q.exec();
}

}  // namespace cz
