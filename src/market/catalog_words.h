#pragma once
// Word tables behind the generated catalog (internal to cz_market): what a county-town marketplace
// sells to villages, by category, with brand families, specifications and believable price ranges.

#include <cstdint>
#include <string_view>
#include <vector>

namespace cz::market::words {

struct Spec final {
    std::string_view zh;
    std::string_view en;
    int pricePct; ///< price relative to the item's base, in percent
};

struct Item final {
    std::string_view zh;
    std::string_view en;
    std::string_view unit;
    std::int64_t minYuan;
    std::int64_t maxYuan;
    std::vector<Spec> specs;
};

struct Brand final {
    std::string_view zh;
    std::string_view en;
};

struct Category final {
    std::string_view id;
    std::string_view zh;
    std::string_view en;
    int weight; ///< relative share of the catalog
    const std::vector<Brand>* brands;
    std::vector<Item> items;
};

const std::vector<Category>& categories();
const std::vector<std::string_view>& sellingPoints();
/// Pack variants ("家庭装" / "family pack"); the first entry is the plain product.
const std::vector<Brand>& variants();

} // namespace cz::market::words
