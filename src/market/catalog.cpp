#include "market/catalog.h"

#include "market/api_error.h"
#include "market/catalog_gen.h"
#include "market/json_fields.h"
#include "market/text_codec.h"
#include "market/thumbnail.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace cz::market {

namespace {

ProductRow readRow(Stmt& q)
{
    ProductRow p;
    p.productId = q.text(0);
    p.version = q.int64(1);
    p.deleted = q.int64(2) != 0;
    p.nameZh = q.text(3);
    p.nameEn = q.text(4);
    p.category = q.text(5);
    p.barcode = q.text(6);
    p.priceFen = q.int64(7);
    p.unit = q.text(8);
    p.description = q.text(9);
    p.hasImage = q.int64(10) != 0;
    return p;
}

ProductRow fromGenerated(GeneratedProduct g, std::int64_t version)
{
    ProductRow p;
    p.productId = std::move(g.productId);
    p.version = version;
    p.nameZh = std::move(g.nameZh);
    p.nameEn = std::move(g.nameEn);
    p.category = std::move(g.category);
    p.barcode = std::move(g.barcode);
    p.priceFen = g.priceFen;
    p.unit = std::move(g.unit);
    p.description = std::move(g.description);
    p.hasImage = g.hasImage;
    return p;
}

// The text stored for a product and served in feed pages: serialised exactly as the HTTP front
// serialises a reply, so the bytes are the ones a per-request toWire would have sent.
std::string wireText(const ProductRow& p, std::uint64_t seed)
{
    return toWire(p, seed).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace

Catalog::Catalog(Store& store, std::uint64_t seed)
    : m_store(store)
    , m_seed(seed)
{
}

nlohmann::json toWire(const ProductRow& p, std::uint64_t seed)
{
    nlohmann::json j = {{"product_id", p.productId},   {"version", p.version},    {"deleted", p.deleted},
                        {"name_zh", p.nameZh},         {"name_en", p.nameEn},     {"category", p.category},
                        {"barcode", p.barcode},        {"price_fen", p.priceFen}, {"unit", p.unit},
                        {"description", p.description}};
    if (p.hasImage && !p.deleted)
        j["image"] = base64Encode(thumbnailPng(seed, p.productId, p.category));
    return j;
}

std::int64_t Catalog::count()
{
    std::lock_guard lock(m_store.mutex());
    return m_store.db().execAndGet("SELECT count(*) FROM products").getInt64();
}

std::int64_t Catalog::nextVersion()
{
    const auto v = std::stoll(m_store.meta("catalog_version").value_or("0")) + 1;
    m_store.setMeta("catalog_version", std::to_string(v));
    return v;
}

void Catalog::ensureGenerated(std::int64_t size)
{
    Tx tx(m_store);
    // Thumbnails are drawn with the serving seed (--seed). A file store reopened with another seed
    // serves other thumbnails, as it did when they were drawn per request: render those again.
    const std::string wireSeed = std::to_string(m_seed);
    if (const auto renderedWith = m_store.meta("catalog_wire_seed"); renderedWith && *renderedWith != wireSeed)
        m_store.db().exec("UPDATE products SET wire = NULL WHERE has_image = 1 AND deleted = 0");
    m_store.setMeta("catalog_wire_seed", wireSeed);
    renderMissingWire();
    // Generated products are numbered by index; the generator seed is fixed at first generation so
    // that growing the catalog later (a larger --catalog-size) continues the same sequence.
    const auto seedText = m_store.meta("catalog_seed");
    const std::uint64_t genSeed = seedText ? std::stoull(*seedText) : m_seed;
    const std::int64_t have = std::stoll(m_store.meta("catalog_generated").value_or("0"));
    if (have < size) {
        if (!seedText)
            m_store.setMeta("catalog_seed", std::to_string(genSeed));
        std::int64_t version = std::stoll(m_store.meta("catalog_version").value_or("0"));
        auto q = m_store.query("INSERT INTO products (product_id, version, deleted, name_zh, name_en, category, "
                               "barcode, price_fen, unit, description, has_image, wire) "
                               "VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (std::int64_t i = have; i < size; ++i) {
            const auto p = fromGenerated(generateProduct(genSeed, i), ++version);
            q.bind(1, p.productId).bind(2, p.version).bind(3, p.nameZh).bind(4, p.nameEn).bind(5, p.category);
            q.bind(6, p.barcode).bind(7, p.priceFen).bind(8, p.unit).bind(9, p.description);
            q.bind(10, p.hasImage ? 1 : 0).bind(11, wireText(p, m_seed));
            q.exec();
            q.reset();
        }
        m_store.setMeta("catalog_version", std::to_string(version));
        m_store.setMeta("catalog_generated", std::to_string(size));
    }
    tx.commit();
}

void Catalog::renderMissingWire()
{
    // In batches along the primary key, so that no query is still reading rows while they change.
    constexpr int kBatch = 512;
    std::string after;
    for (;;) {
        std::vector<ProductRow> rows;
        {
            auto q = m_store.query("SELECT product_id, version, deleted, name_zh, name_en, category, barcode, "
                                   "price_fen, unit, description, has_image FROM products "
                                   "WHERE product_id > ? AND wire IS NULL ORDER BY product_id LIMIT ?");
            q.bind(1, after).bind(2, kBatch);
            while (q.step())
                rows.push_back(readRow(q));
        }
        if (rows.empty())
            return;
        auto u = m_store.query("UPDATE products SET wire = ? WHERE product_id = ?");
        for (const auto& p : rows) {
            u.bind(1, wireText(p, m_seed)).bind(2, p.productId);
            u.exec();
            u.reset();
        }
        after = rows.back().productId;
    }
}

std::optional<ProductRow> Catalog::find(const std::string& productId)
{
    std::lock_guard lock(m_store.mutex());
    auto q = m_store.query("SELECT product_id, version, deleted, name_zh, name_en, category, barcode, price_fen, unit, "
                           "description, has_image FROM products WHERE product_id = ?");
    q.bind(1, productId);
    if (!q.step())
        return std::nullopt;
    return readRow(q);
}

CatalogPage Catalog::page(std::int64_t afterVersion, int limit)
{
    std::lock_guard lock(m_store.mutex());
    CatalogPage page;
    page.nextVersion = afterVersion;
    page.items = "[";
    auto q = m_store.query("SELECT version, wire FROM products WHERE version > ? ORDER BY version LIMIT ?");
    q.bind(1, afterVersion).bind(2, limit + 1);
    int n = 0;
    while (q.step()) {
        if (n == limit) {
            page.hasMore = true;
            break;
        }
        const auto version = q.int64(0);
        const auto wire = q.col(1);
        if (wire.isNull())
            throw std::logic_error("catalog product at version " + std::to_string(version) + " has no wire text");
        if (n > 0)
            page.items += ',';
        // Straight from SQLite's buffer: getText() before getBytes(), as SQLite asks.
        const char* text = wire.getText();
        page.items.append(text, static_cast<std::size_t>(wire.getBytes()));
        page.nextVersion = version;
        ++n;
    }
    page.items += ']';
    return page;
}

void Catalog::write(const ProductRow& p)
{
    auto q = m_store.query(
        "INSERT INTO products (product_id, version, deleted, name_zh, name_en, category, barcode, "
        "price_fen, unit, description, has_image, wire) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (product_id) DO UPDATE SET version = excluded.version, deleted = excluded.deleted, "
        "name_zh = excluded.name_zh, name_en = excluded.name_en, category = excluded.category, "
        "barcode = excluded.barcode, price_fen = excluded.price_fen, unit = excluded.unit, "
        "description = excluded.description, has_image = excluded.has_image, wire = excluded.wire");
    q.bind(1, p.productId).bind(2, p.version).bind(3, p.deleted ? 1 : 0).bind(4, p.nameZh).bind(5, p.nameEn);
    q.bind(6, p.category).bind(7, p.barcode).bind(8, p.priceFen).bind(9, p.unit).bind(10, p.description);
    q.bind(11, p.hasImage ? 1 : 0).bind(12, wireText(p, m_seed));
    q.exec();
}

ProductRow Catalog::upsert(const std::string& productId, const nlohmann::json& changes)
{
    if (productId.empty() || productId.size() > 64 || !isAlnum(productId))
        throw ApiError(400, "invalid_parameter", "product_id must be 1..64 letters or digits");
    auto existing = find(productId);
    Fields f(changes, "product", "invalid_request");
    ProductRow p = existing.value_or(ProductRow {});
    p.productId = productId;
    const bool creating = !existing;
    auto text = [&f, creating](const char* key, std::string& target, std::size_t maxLen) {
        if (auto v = creating ? std::optional(f.text(key, 1, maxLen)) : f.optText(key, 1, maxLen))
            target = *v;
    };
    text("name_zh", p.nameZh, 120);
    text("name_en", p.nameEn, 200);
    text("description", p.description, 1000);
    if (f.has("category") || creating) {
        const std::string c = f.text("category", 1, 40);
        const auto& cats = catalogCategories();
        if (std::none_of(cats.begin(), cats.end(), [&c](const CatalogCategory& k) { return k.id == c; }))
            f.fail("category", "unknown category");
        p.category = c;
    }
    if (f.has("unit") || creating) {
        const std::string u = f.text("unit", 1, 20);
        if (!isUnitCode(u))
            f.fail("unit", "unknown unit code");
        p.unit = u;
    }
    if (f.has("barcode") || creating) {
        const std::string b = f.text("barcode", 13, 13);
        if (!isValidEan13(b))
            f.fail("barcode", "must be a valid EAN-13");
        p.barcode = b;
    }
    if (auto v
        = creating ? std::optional(f.integer("price_fen", 1, 100'000'000)) : f.optInteger("price_fen", 1, 100'000'000))
        p.priceFen = *v;
    if (auto v = f.optBoolean("deleted"))
        p.deleted = *v;
    if (auto v = f.optBoolean("has_image"))
        p.hasImage = *v;
    f.finish();
    p.version = nextVersion();
    write(p);
    return p;
}

} // namespace cz::market
