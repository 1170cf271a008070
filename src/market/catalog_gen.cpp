#include "market/catalog_gen.h"

#include "market/catalog_words.h"
#include "market/seeded_hash.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace cz::market {

namespace {

std::int64_t totalWeight()
{
    const auto& cats = words::categories();
    return std::accumulate(cats.begin(), cats.end(), std::int64_t {0},
                           [](std::int64_t s, const words::Category& c) { return s + c.weight; });
}

// Retail prices end the way shop prices do: ¥12.80, ¥29.90, ¥168.00.
std::int64_t retailPrice(std::int64_t rawFen, std::uint64_t h)
{
    std::int64_t p = std::max<std::int64_t>(rawFen, 50);
    if (p < 1000)
        return (p + 5) / 10 * 10;
    if (p < 10000)
        return (h % 2 == 0) ? (p + 50) / 100 * 100 - 10 : (p + 10) / 20 * 20;
    return (p + 500) / 1000 * 1000 - ((h % 3 == 0) ? 100 : 0);
}

} // namespace

std::string productIdForIndex(std::int64_t index)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "P%08lld", static_cast<long long>(index) + 1);
    return buf;
}

char ean13CheckDigit(std::string_view first12)
{
    int sum = 0;
    for (std::size_t i = 0; i < 12 && i < first12.size(); ++i)
        sum += (first12[i] - '0') * (i % 2 == 0 ? 1 : 3);
    return static_cast<char>('0' + (10 - sum % 10) % 10);
}

bool isValidEan13(std::string_view code)
{
    if (code.size() != 13)
        return false;
    if (!std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    return ean13CheckDigit(code.substr(0, 12)) == code[12];
}

const std::vector<CatalogCategory>& catalogCategories()
{
    static const std::vector<CatalogCategory> cats = [] {
        std::vector<CatalogCategory> v;
        for (const auto& c : words::categories())
            v.push_back({c.id, c.zh, c.en});
        return v;
    }();
    return cats;
}

const std::vector<UnitInfo>& unitCodes()
{
    static const std::vector<UnitInfo> units {{"piece", "个"}, {"box", "盒"},    {"case", "箱"}, {"bottle", "瓶"},
                                              {"bag", "袋"},   {"pack", "包"},   {"set", "套"},  {"pair", "双"},
                                              {"roll", "卷"},  {"barrel", "桶"}, {"jar", "罐"},  {"bundle", "捆"},
                                              {"kg", "公斤"},  {"jin", "斤"},    {"dozen", "打"}};
    return units;
}

bool isUnitCode(std::string_view code)
{
    const auto& u = unitCodes();
    return std::any_of(u.begin(), u.end(), [code](const UnitInfo& i) { return i.code == code; });
}

GeneratedProduct generateProduct(std::uint64_t seed, std::int64_t index)
{
    const auto idx = std::to_string(index);
    const std::uint64_t h = seededHash(seed, {"product", idx});
    const auto& cats = words::categories();

    // Category by weight, then item, brand and spec from independent slices of the hash.
    static const std::int64_t total = totalWeight();
    auto pick = static_cast<std::int64_t>(h % static_cast<std::uint64_t>(total));
    const words::Category* cat = &cats.front();
    for (const auto& c : cats) {
        if (pick < c.weight) {
            cat = &c;
            break;
        }
        pick -= c.weight;
    }
    const std::uint64_t h2 = mix64(h);
    const std::uint64_t h3 = mix64(h2);
    const auto& item = cat->items[h2 % cat->items.size()];
    const auto& brand = (*cat->brands)[(h2 >> 20) % cat->brands->size()];
    const auto& spec = item.specs[(h3 >> 8) % item.specs.size()];

    const std::int64_t spanFen = (item.maxYuan - item.minYuan) * 100;
    const std::int64_t baseFen
        = item.minYuan * 100 + static_cast<std::int64_t>((h3 >> 24) % static_cast<std::uint64_t>(spanFen + 1));

    GeneratedProduct p;
    p.productId = productIdForIndex(index);
    p.category = std::string(cat->id);
    p.unit = std::string(item.unit);
    const auto& variant = words::variants()[mix64(h3) % words::variants().size()];
    p.nameZh = std::string(brand.zh) + std::string(item.zh) + " " + std::string(spec.zh);
    p.nameEn = std::string(brand.en) + " " + std::string(item.en) + ", " + std::string(spec.en);
    if (!variant.zh.empty()) {
        p.nameZh += " " + std::string(variant.zh);
        p.nameEn += ", " + std::string(variant.en);
    }
    p.priceFen = retailPrice(baseFen * spec.pricePct / 100, h3);
    const auto& points = words::sellingPoints();
    p.description = p.nameZh + "。" + std::string(cat->zh) + "，" + std::string(points[(h >> 40) % points.size()])
        + "，村站代购，送货到站。";
    p.hasImage = (h3 >> 50) % 6 == 0;

    // GS1 China prefixes 690–699: "69" + a 10-digit body that is a bijection of the index (an odd
    // multiplier coprime to 10 modulo 10^10), so barcodes never collide within 10^10 products.
    constexpr std::uint64_t kMod = 10'000'000'000ULL;
    constexpr std::uint64_t kMul = 4'294'967'291ULL; // prime, coprime to 10
    __extension__ using U128 = unsigned __int128;
    const auto body = static_cast<std::uint64_t>(
        (static_cast<U128>(static_cast<std::uint64_t>(index)) * kMul + (mix64(seed) % kMod)) % kMod);
    char digits[16];
    std::snprintf(digits, sizeof digits, "69%010llu", static_cast<unsigned long long>(body));
    p.barcode = std::string(digits, 12);
    p.barcode += ean13CheckDigit(p.barcode);
    return p;
}

} // namespace cz::market
