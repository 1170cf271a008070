// The catalog feed serves each product's wire object from JSON text rendered when the product was
// written. What it serves must be exactly what toWire makes of the product as stored now: for
// products with and without a thumbnail, after admin edits, in a store written before the text was
// kept, and when a store is reopened with another seed (thumbnails follow the serving seed).

#include "core/uuid.h"
#include "market/catalog.h"
#include "market/catalog_gen.h"
#include "market/store.h"
#include "market_fixture.h"

#include <filesystem>

namespace cz::market::test {

namespace {

namespace fs = std::filesystem;

std::string wireText(const ProductRow& p, std::uint64_t seed)
{
    return toWire(p, seed).dump(-1, ' ', false, json::error_handler_t::replace);
}

ProductRow generatedRow(std::uint64_t seed, std::int64_t index)
{
    auto g = generateProduct(seed, index);
    ProductRow p;
    p.productId = g.productId;
    p.version = index + 1;
    p.nameZh = g.nameZh;
    p.nameEn = g.nameEn;
    p.category = g.category;
    p.barcode = g.barcode;
    p.priceFen = g.priceFen;
    p.unit = g.unit;
    p.description = g.description;
    p.hasImage = g.hasImage;
    return p;
}

// The first generated product that has (or has not) a thumbnail.
std::int64_t firstIndex(std::uint64_t seed, bool withImage)
{
    std::int64_t i = 0;
    while (generateProduct(seed, i).hasImage != withImage)
        ++i;
    return i;
}

// Every item of `pageItems` against toWire of the stored product: equal parsed, and the page text
// byte for byte what serialising those toWire objects gives. Returns how many carry an image.
int expectPageIsToWire(Catalog& catalog, const std::string& pageItems, std::uint64_t seed)
{
    const auto items = json::parse(pageItems);
    std::string expected = "[";
    int images = 0;
    for (const auto& item : items) {
        const auto row = catalog.find(item.at("product_id").get<std::string>());
        if (!row) {
            ADD_FAILURE() << "served a product the store does not have: " << item.at("product_id");
            continue;
        }
        EXPECT_EQ(item, toWire(*row, seed)) << row->productId;
        if (expected.size() > 1)
            expected += ',';
        expected += wireText(*row, seed);
        images += item.contains("image") ? 1 : 0;
    }
    EXPECT_EQ(pageItems, expected + "]");
    return images;
}

struct TempStore final {
    TempStore()
        : dir(fs::temp_directory_path() / ("cz-market-wire-" + cz::newUuid()))
    {
        fs::create_directories(dir);
    }
    ~TempStore()
    {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    TempStore(const TempStore&) = delete;
    TempStore& operator=(const TempStore&) = delete;
    [[nodiscard]] std::string path() const { return (dir / "market.db").string(); }

    fs::path dir;
};

} // namespace

TEST(CatalogWire, PagesAreTheStoredProductsThroughToWire)
{
    Store store(":memory:");
    Catalog catalog(store, 7);
    catalog.ensureGenerated(120);
    const auto page = catalog.page(0, 200);
    EXPECT_FALSE(page.hasMore);
    EXPECT_EQ(page.nextVersion, 120);
    EXPECT_EQ(json::parse(page.items).size(), 120U);
    const int images = expectPageIsToWire(catalog, page.items, 7);
    EXPECT_GT(images, 0);
    EXPECT_LT(images, 120);

    const auto tail = catalog.page(118, 5);
    EXPECT_EQ(json::parse(tail.items).size(), 2U);
    EXPECT_EQ(tail.nextVersion, 120);
    const auto empty = catalog.page(120, 5);
    EXPECT_EQ(empty.items, "[]");
    EXPECT_EQ(empty.nextVersion, 120);
    EXPECT_FALSE(empty.hasMore);
}

TEST(CatalogWire, AnEditStoresTheNewText)
{
    Store store(":memory:");
    Catalog catalog(store, 7);
    catalog.ensureGenerated(40);
    const auto id = generateProduct(7, firstIndex(7, true)).productId;
    ASSERT_LT(firstIndex(7, true), 10);
    {
        Tx tx(store);
        catalog.upsert(id, {{"price_fen", 4321}, {"name_en", R"(Say "hi" \ 你好)"}});
        catalog.upsert(generateProduct(7, 10).productId, {{"deleted", true}});
        catalog.upsert("NEW1",
                       {{"name_zh", "新品"},
                        {"name_en", "New"},
                        {"description", "新上架"},
                        {"category", generateProduct(7, 0).category},
                        {"unit", generateProduct(7, 0).unit},
                        {"barcode", "6901234567892"},
                        {"price_fen", 99},
                        {"has_image", true}});
        tx.commit();
    }
    const auto delta = catalog.page(40, 10);
    const auto items = json::parse(delta.items);
    ASSERT_EQ(items.size(), 3U);
    EXPECT_EQ(items[0].at("product_id"), id);
    EXPECT_EQ(items[0].at("price_fen"), 4321);
    EXPECT_EQ(items[0].at("name_en"), R"(Say "hi" \ 你好)");
    EXPECT_TRUE(items[0].contains("image"));
    EXPECT_TRUE(items[1].at("deleted").get<bool>());
    EXPECT_FALSE(items[1].contains("image")); // a deleted product carries no image
    EXPECT_EQ(items[2].at("product_id"), "NEW1");
    EXPECT_TRUE(items[2].contains("image"));
    expectPageIsToWire(catalog, delta.items, 7);
}

TEST(CatalogWire, AStoreFromBeforeTheTextIsUpgradedAtOpen)
{
    TempStore tmp;
    {
        Store store(tmp.path());
        Catalog catalog(store, 7);
        catalog.ensureGenerated(60);
        // What the previous version left: no wire column, schema version 1.
        store.db().exec("ALTER TABLE products DROP COLUMN wire");
        store.db().exec("DELETE FROM meta WHERE key = 'catalog_wire_seed'");
        store.db().exec("PRAGMA user_version = 1");
    }
    {
        Store store(tmp.path());
        EXPECT_EQ(store.db().execAndGet("PRAGMA user_version").getInt(), 2);
        Catalog catalog(store, 7);
        catalog.ensureGenerated(60);
        EXPECT_EQ(store.db().execAndGet("SELECT count(*) FROM products WHERE wire IS NULL").getInt(), 0);
        EXPECT_GT(expectPageIsToWire(catalog, catalog.page(0, 100).items, 7), 0);
    }
    {
        // Reopened with another seed and grown: thumbnails are drawn with the serving seed.
        Store store(tmp.path());
        Catalog catalog(store, 8);
        catalog.ensureGenerated(80);
        const auto page = catalog.page(0, 100);
        EXPECT_EQ(json::parse(page.items).size(), 80U);
        EXPECT_GT(expectPageIsToWire(catalog, page.items, 8), 0);
        const auto row = generatedRow(7, firstIndex(7, true));
        EXPECT_NE(toWire(row, 7).at("image"), toWire(row, 8).at("image"));
    }
}

class CatalogWireServerTest : public MarketTest { };

TEST_F(CatalogWireServerTest, TheFeedServesToWireOfEachProduct)
{
    const auto r = get("/v1/catalog?limit=1000");
    ASSERT_EQ(r.status, 200) << r.raw;
    ASSERT_TRUE(r.body.is_object()) << r.raw;
    EXPECT_EQ(r.body.size(), 3U);
    EXPECT_FALSE(r.body.at("has_more").get<bool>());
    EXPECT_TRUE(r.body.at("next_cursor").is_string());
    const auto& items = r.body.at("items");
    ASSERT_EQ(items.size(), static_cast<std::size_t>(m_cfg.catalogSize));
    int images = 0;
    for (std::int64_t i = 0; i < m_cfg.catalogSize; ++i) {
        const auto expected = generatedRow(m_cfg.seed, i);
        EXPECT_EQ(items.at(static_cast<std::size_t>(i)), toWire(expected, m_cfg.seed)) << expected.productId;
        images += expected.hasImage ? 1 : 0;
    }
    EXPECT_GT(images, 0);
    EXPECT_LT(images, m_cfg.catalogSize);

    // An admin edit: the feed serves the new text, equal to the admin reply and to toWire.
    // One that loses its thumbnail and one that gains one.
    auto edited = generatedRow(m_cfg.seed, firstIndex(m_cfg.seed, true));
    edited.priceFen = 777;
    edited.hasImage = false;
    edited.version = m_cfg.catalogSize + 1;
    auto gained = generatedRow(m_cfg.seed, firstIndex(m_cfg.seed, false));
    gained.hasImage = true;
    gained.version = m_cfg.catalogSize + 2;
    const auto reply
        = adminPost("/admin/catalog/products/" + edited.productId, {{"price_fen", 777}, {"has_image", false}});
    ASSERT_EQ(reply.status, 200) << reply.raw;
    ASSERT_EQ(adminPost("/admin/catalog/products/" + gained.productId, {{"has_image", true}}).status, 200);
    const auto delta = get("/v1/catalog?after=" + r.body.at("next_cursor").get<std::string>());
    ASSERT_EQ(delta.status, 200) << delta.raw;
    ASSERT_EQ(delta.body.at("items").size(), 2U);
    EXPECT_EQ(delta.body.at("items").at(0), toWire(edited, m_cfg.seed));
    EXPECT_FALSE(delta.body.at("items").at(0).contains("image"));
    EXPECT_EQ(delta.body.at("items").at(0), reply.body);
    EXPECT_EQ(delta.body.at("items").at(1), toWire(gained, m_cfg.seed));
    EXPECT_TRUE(delta.body.at("items").at(1).contains("image"));
    EXPECT_EQ(delta.body.at("next_cursor").get<std::string>().substr(0, 4), "ca1.");
}

TEST_F(CatalogWireServerTest, FaultsShapeTheCatalogBodyAsAnyOther)
{
    const auto clean = get("/v1/catalog?limit=20");
    ASSERT_EQ(clean.status, 200);
    setFaults({{{"kind", "slow_body"}, {"chunk_bytes", 4096}, {"interval_ms", 1}, {"paths", {"/v1/catalog"}}}});
    const auto slow = get("/v1/catalog?limit=20");
    EXPECT_EQ(slow.status, 200);
    EXPECT_EQ(slow.raw, clean.raw);
    setFaults({{{"kind", "truncate_body"}, {"paths", {"/v1/catalog"}}}});
    EXPECT_EQ(get("/v1/catalog?limit=20").status, 0);
    setFaults({{{"kind", "drop_response"}, {"paths", {"/v1/catalog"}}}});
    EXPECT_EQ(get("/v1/catalog?limit=20").status, 0);
    setFaults({{{"kind", "error"}, {"status", 503}, {"paths", {"/v1/catalog"}}}});
    const auto failed = get("/v1/catalog?limit=20");
    EXPECT_EQ(failed.status, 503);
    EXPECT_EQ(failed.body.at("error").at("code"), "unavailable");
    setFaults(json::array());
    EXPECT_EQ(get("/v1/catalog?limit=20").raw, clean.raw);
    EXPECT_EQ(get("/v1/catalog?limit=20", "not-a-station-token-at-all").status, 401);
}

} // namespace cz::market::test
