#pragma once
// The marketplace catalog: products keyed by product_id, each carrying the store-wide change
// sequence (`version`) of its last change. The feed pages by keyset on version (an index range
// scan, never OFFSET), so page N of 200,000 products costs what page 1 costs, and a product changed
// during a sync simply reappears later in the feed with its new version.
// Each product's wire object (toWire, thumbnail included) is rendered once, whenever the product is
// written, and stored as JSON text beside it: a feed page is those texts joined, with no per-request
// JSON building or image drawing.

#include "market/store.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace cz::market {

struct ProductRow final {
    std::string productId;
    std::int64_t version = 0;
    bool deleted = false;
    std::string nameZh;
    std::string nameEn;
    std::string category;
    std::string barcode;
    std::int64_t priceFen = 0;
    std::string unit;
    std::string description;
    bool hasImage = false;
};

struct CatalogPage final {
    std::string items = "[]"; ///< the products' wire objects, as one JSON array text
    std::int64_t nextVersion = 0;
    bool hasMore = false;
};

class Catalog final {
public:
    Catalog(Store& store, std::uint64_t seed);

    /// Generates products [current count, size) from catalog_gen, and renders the stored wire text of
    /// products that have none (a store from before it was kept) or whose thumbnail was drawn with
    /// another seed (in one transaction).
    void ensureGenerated(std::int64_t size);
    [[nodiscard]] std::optional<ProductRow> find(const std::string& productId);
    CatalogPage page(std::int64_t afterVersion, int limit);
    /// Admin edit: changes the given fields (creating the product when all are given), bumps the
    /// version. Call inside a Tx. Throws ApiError on bad input.
    ProductRow upsert(const std::string& productId, const nlohmann::json& changes);
    [[nodiscard]] std::int64_t count();

private:
    std::int64_t nextVersion();
    void write(const ProductRow& p);
    void renderMissingWire();

    Store& m_store;
    std::uint64_t m_seed;
};

nlohmann::json toWire(const ProductRow& p, std::uint64_t seed);

} // namespace cz::market
