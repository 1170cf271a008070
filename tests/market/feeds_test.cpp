// The two feeds: per-station events and the global catalog. Both are keyset-paged by opaque
// cursors: no gaps, no duplicates, stable order.

#include "market/catalog_gen.h"
#include "market/text_codec.h"
#include "market_fixture.h"

#include <set>

namespace cz::market::test {
namespace {

using EventsTest = MarketTest;

TEST_F(EventsTest, PagesFollowEachOtherWithoutGapsOrRepeats)
{
    for (int i = 0; i < 7; ++i)
        ASSERT_EQ(adminPost(std::string("/admin/stations/") + kStation + "/wallet/credit",
                            {{"amount_fen", 100 + i}, {"method", "cash"}, {"reference", "dep-" + std::to_string(i)}})
                      .status,
                  200);
    const auto all = allEvents();
    ASSERT_EQ(all.size(), 8U); // opening balance + 7 credits

    std::vector<json> paged;
    std::string cursor;
    int pages = 0;
    for (;;) {
        const auto r = get("/v1/events?limit=3" + (cursor.empty() ? std::string() : "&after=" + cursor));
        ASSERT_EQ(r.status, 200);
        ++pages;
        for (const auto& e : r.body.at("events"))
            paged.push_back(e);
        EXPECT_LE(r.body.at("events").size(), 3U);
        cursor = r.body.at("next_cursor");
        if (!r.body.at("has_more").get<bool>())
            break;
    }
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(paged, all);
    // Each event's own cursor resumes right after it.
    const auto r = get("/v1/events?after=" + all[4].at("cursor").get<std::string>());
    ASSERT_EQ(r.body.at("events").size(), 3U);
    EXPECT_EQ(r.body.at("events")[0], all[5]);
    // Amounts in order, times never decreasing.
    for (std::size_t i = 1; i < all.size(); ++i) {
        EXPECT_EQ(all[i].at("data").at("amount_fen"), 100 + static_cast<int>(i) - 1);
        EXPECT_GE(all[i].at("occurred_at"), all[i - 1].at("occurred_at"));
    }
    std::set<std::string> ids;
    for (const auto& e : all)
        ids.insert(e.at("event_id"));
    EXPECT_EQ(ids.size(), all.size());
}

TEST_F(EventsTest, AnEmptyPageKeepsTheCursor)
{
    const auto first = get("/v1/events");
    const std::string cursor = first.body.at("next_cursor");
    const auto r = get("/v1/events?after=" + cursor);
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(r.body.at("events").empty());
    EXPECT_EQ(r.body.at("next_cursor"), cursor);
    EXPECT_FALSE(r.body.at("has_more").get<bool>());
}

TEST_F(EventsTest, BadCursorsAndLimitsAreRefused)
{
    EXPECT_EQ(get("/v1/events?after=garbage").body.at("error").at("code"), "invalid_cursor");
    EXPECT_EQ(get("/v1/events?after=ev1.abc.-4").status, 400);
    EXPECT_EQ(get("/v1/events?after=ca1.abc.4").status, 400); // a catalog cursor
    const auto expired = get("/v1/events?after=ev1.00000000.1");
    EXPECT_EQ(expired.status, 410);
    EXPECT_EQ(expired.body.at("error").at("code"), "cursor_expired");
    EXPECT_EQ(get("/v1/events?limit=0").status, 400);
    EXPECT_EQ(get("/v1/events?limit=501").status, 400);
    EXPECT_EQ(get("/v1/events?limit=1x").status, 400);
}

class CatalogTest : public MarketTest {
protected:
    void configure(MarketConfig& cfg) override { cfg.catalogSize = 5000; }
};

TEST_F(CatalogTest, PagesThroughEveryProductExactlyOnce)
{
    std::set<std::string> ids;
    std::set<std::string> barcodes;
    std::int64_t lastVersion = 0;
    std::string cursor;
    int images = 0;
    for (;;) {
        const auto r = get("/v1/catalog?limit=317" + (cursor.empty() ? std::string() : "&after=" + cursor));
        ASSERT_EQ(r.status, 200) << r.raw;
        for (const auto& item : r.body.at("items")) {
            EXPECT_TRUE(ids.insert(item.at("product_id")).second) << item.at("product_id");
            barcodes.insert(item.at("barcode").get<std::string>());
            EXPECT_TRUE(isValidEan13(item.at("barcode").get<std::string>())) << item.at("barcode");
            EXPECT_GT(item.at("version").get<std::int64_t>(), lastVersion);
            lastVersion = item.at("version");
            EXPECT_GT(item.at("price_fen").get<std::int64_t>(), 0);
            EXPECT_FALSE(item.at("deleted").get<bool>());
            EXPECT_FALSE(item.at("name_zh").get<std::string>().empty());
            EXPECT_FALSE(item.at("name_en").get<std::string>().empty());
            if (item.contains("image")) {
                ++images;
                const auto png = base64Decode(item.at("image").get<std::string>());
                ASSERT_TRUE(png.has_value());
                EXPECT_EQ(png->substr(1, 3), "PNG");
            }
        }
        cursor = r.body.at("next_cursor");
        if (!r.body.at("has_more").get<bool>())
            break;
    }
    EXPECT_EQ(ids.size(), 5000U);
    EXPECT_EQ(barcodes.size(), 5000U);
    EXPECT_GT(images, 400);
    EXPECT_LT(images, 1500);

    // The served products are exactly what catalog_gen makes for the same seed.
    const auto first = get("/v1/catalog?limit=1").body.at("items").at(0);
    const auto g = generateProduct(m_cfg.seed, 0);
    EXPECT_EQ(first.at("product_id"), g.productId);
    EXPECT_EQ(first.at("name_zh"), g.nameZh);
    EXPECT_EQ(first.at("barcode"), g.barcode);
    EXPECT_EQ(first.at("price_fen"), g.priceFen);

    // A change after the sync shows up after the last cursor, once, with a new version.
    const std::string id = generateProduct(m_cfg.seed, 42).productId;
    ASSERT_EQ(adminPost("/admin/catalog/products/" + id, {{"price_fen", 1234}}).status, 200);
    ASSERT_EQ(
        adminPost("/admin/catalog/products/" + generateProduct(m_cfg.seed, 7).productId, {{"deleted", true}}).status,
        200);
    const auto delta = get("/v1/catalog?after=" + cursor);
    ASSERT_EQ(delta.body.at("items").size(), 2U);
    EXPECT_EQ(delta.body.at("items")[0].at("product_id"), id);
    EXPECT_EQ(delta.body.at("items")[0].at("price_fen"), 1234);
    EXPECT_EQ(delta.body.at("items")[0].at("version"), 5001);
    EXPECT_TRUE(delta.body.at("items")[1].at("deleted").get<bool>());
    EXPECT_FALSE(delta.body.at("has_more").get<bool>());
}

TEST_F(CatalogTest, AdminCanAddProductsAndRejectsBadOnes)
{
    const json p = {{"name_zh", "新品 测试"},     {"name_en", "New product"}, {"category", "daily"},  {"unit", "piece"},
                    {"barcode", "6901234567892"}, {"price_fen", 990},         {"description", "测试"}};
    const auto r = adminPost("/admin/catalog/products/NEW1", p);
    ASSERT_EQ(r.status, 200) << r.raw;
    EXPECT_EQ(r.body.at("version"), 5001);
    auto bad = p;
    bad["barcode"] = "6901234567891";
    EXPECT_EQ(adminPost("/admin/catalog/products/NEW2", bad).status, 422);
    EXPECT_EQ(adminPost("/admin/catalog/products/NEW3", {{"price_fen", 1}}).status, 422); // incomplete new product
}

TEST(CatalogGenerator, IsDeterministicAndRealistic)
{
    std::set<std::string> names;
    std::set<std::string> categories;
    for (int i = 0; i < 2000; ++i) {
        const auto a = generateProduct(99, i);
        const auto b = generateProduct(99, i);
        EXPECT_EQ(a.nameZh, b.nameZh);
        EXPECT_EQ(a.barcode, b.barcode);
        EXPECT_TRUE(isValidEan13(a.barcode));
        EXPECT_EQ(a.barcode.substr(0, 2), "69");
        EXPECT_TRUE(isUnitCode(a.unit)) << a.unit;
        EXPECT_GT(a.priceFen, 0);
        names.insert(a.nameZh);
        categories.insert(a.category);
    }
    EXPECT_GT(names.size(), 1200U);
    EXPECT_EQ(categories.size(), catalogCategories().size());
    EXPECT_NE(generateProduct(1, 5).barcode, generateProduct(2, 5).barcode);
    EXPECT_EQ(productIdForIndex(0), "P00000001");
    EXPECT_TRUE(isValidEan13("6901234567892"));
    EXPECT_FALSE(isValidEan13("6901234567891"));
}

} // namespace
} // namespace cz::market::test
