#pragma once
// The generated demo catalog: product `index` of a catalog seeded with `seed` is a pure function of
// the two, so benchmarks and tests elsewhere can produce exactly the products a cunzhan-market with
// the same --seed serves (its product i has version i + 1 until an admin edits it).
// Names are bilingual and realistic (brand + item + specification), barcodes are valid EAN-13 in
// the GS1 China range 690–699 and unique per index, prices are integer fen.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cz::market {

struct GeneratedProduct final {
    std::string productId; ///< "P00000001" for index 0; unique per index
    std::string nameZh; ///< e.g. "金穗 东北大米 5kg"
    std::string nameEn; ///< e.g. "Jinsui Northeast Rice, 5 kg"
    std::string category; ///< a catalogCategories() id, e.g. "grain_oil"
    std::string barcode; ///< valid EAN-13
    std::string unit; ///< a unit code, e.g. "bag"
    std::string description; ///< one Chinese sentence
    std::int64_t priceFen = 0;
    bool hasImage = false; ///< whether the catalog serves a generated thumbnail for it
};

struct CatalogCategory final {
    std::string_view id;
    std::string_view nameZh;
    std::string_view nameEn;
};

/// Product number `index` (0-based) of the catalog generated from `seed`.
GeneratedProduct generateProduct(std::uint64_t seed, std::int64_t index);

/// "P" + 8 digits of index + 1.
std::string productIdForIndex(std::int64_t index);

/// The catalog's categories, in display order.
const std::vector<CatalogCategory>& catalogCategories();

/// Unit codes used by the catalog and by consignment listings, with their Chinese names.
struct UnitInfo final {
    std::string_view code;
    std::string_view nameZh;
};
const std::vector<UnitInfo>& unitCodes();
[[nodiscard]] bool isUnitCode(std::string_view code);

/// The 13th digit for 12 leading digits.
char ean13CheckDigit(std::string_view first12);
[[nodiscard]] bool isValidEan13(std::string_view code);

} // namespace cz::market
