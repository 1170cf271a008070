#include "storage/catalog_store.h"

namespace cz {

namespace {

#define CZ_CATALOG_COLS \
    "product_id, version, deleted, name_zh, name_en, category, barcode, price_fen, unit, description, image"

CatalogProduct read(Query& q)
{
    CatalogProduct p;
    p.productId = q.getColumn(0).getString();
    p.version = q.getColumn(1).getInt64();
    p.deleted = q.getColumn(2).getInt() != 0;
    p.nameZh = q.getColumn(3).getString();
    p.nameEn = q.getColumn(4).getString();
    p.category = q.getColumn(5).getString();
    p.barcode = q.getColumn(6).getString();
    p.price = Money::fromFen(q.getColumn(7).getInt64());
    p.unit = q.getColumn(8).getString();
    p.description = q.getColumn(9).getString();
    const auto img = q.getColumn(10);
    if (!img.isNull())
        p.image.assign(static_cast<const char*>(img.getBlob()), static_cast<std::size_t>(img.getBytes()));
    return p;
}

}  // namespace

bool CatalogStore::upsertIfNewer(const CatalogProduct& p)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "INSERT INTO catalog_products(" CZ_CATALOG_COLS ") VALUES(?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(product_id) DO UPDATE SET version = excluded.version, deleted = excluded.deleted, "
        "name_zh = excluded.name_zh, name_en = excluded.name_en, category = excluded.category, "
        "barcode = excluded.barcode, price_fen = excluded.price_fen, unit = excluded.unit, "
        "description = excluded.description, image = excluded.image "
        "WHERE excluded.version > catalog_products.version");
    q.bind(1, p.productId);
    q.bind(2, p.version);
    q.bind(3, p.deleted ? 1 : 0);
    q.bind(4, p.nameZh);
    q.bind(5, p.nameEn);
    q.bind(6, p.category);
    q.bind(7, p.barcode);
    q.bind(8, p.price.fen());
    q.bind(9, p.unit);
    q.bind(10, p.description);
    if (!p.image.empty())
        q.bind(11, p.image.data(), static_cast<int>(p.image.size()));
    return q.exec() > 0;
}

void CatalogStore::deferIndexes()
{
    std::lock_guard lock(m_db.mutex());
    m_db.sql().exec("DROP INDEX IF EXISTS catalog_barcode");
}

void CatalogStore::ensureIndexes()
{
    std::lock_guard lock(m_db.mutex());
    // The same definition as migration 9's.
    m_db.sql().exec("CREATE INDEX IF NOT EXISTS catalog_barcode ON catalog_products(barcode) WHERE barcode <> ''");
}

std::optional<CatalogProduct> CatalogStore::byId(const std::string& productId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_CATALOG_COLS " FROM catalog_products WHERE product_id = ?");
    q.bind(1, productId);
    if (!q.executeStep())
        return std::nullopt;
    return read(q);
}

std::optional<CatalogProduct> CatalogStore::byBarcode(const std::string& barcode)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_CATALOG_COLS " FROM catalog_products WHERE barcode = ? AND deleted = 0 LIMIT 1");
    q.bind(1, barcode);
    if (!q.executeStep())
        return std::nullopt;
    return read(q);
}

std::int64_t CatalogStore::count(bool includeDeleted)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(includeDeleted ? "SELECT count(*) FROM catalog_products"
                                      : "SELECT count(*) FROM catalog_products WHERE deleted = 0");
    q.executeStep();
    return q.getColumn(0).getInt64();
}

#undef CZ_CATALOG_COLS

}  // namespace cz
