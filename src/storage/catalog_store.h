#pragma once
// The local copy of the marketplace catalog (works offline). Pages from the catalog feed are
// applied in one transaction each, together with the cursor.

#include "core/money.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

struct CatalogProduct {
    std::string productId;
    std::int64_t version = 0;
    bool deleted = false;
    std::string nameZh;
    std::string nameEn;
    std::string category;
    std::string barcode;
    Money price;
    std::string unit;
    std::string description;
    std::string image;  ///< PNG bytes, may be empty
};

class CatalogStore final {
public:
    explicit CatalogStore(Database& db) : m_db(db) {}

    /// Stores the product if it is new or its version is higher than the stored one; returns
    /// whether it changed anything.
    bool upsertIfNewer(const CatalogProduct& p);
    std::optional<CatalogProduct> byId(const std::string& productId);
    std::optional<CatalogProduct> byBarcode(const std::string& barcode);
    std::int64_t count(bool includeDeleted = false);

    /// For loading the whole catalog: drops the barcode index (random-order inserts into it
    /// rewrite most of its pages in every page's transaction). Lookups by barcode still work,
    /// by scanning, until ensureIndexes. Call inside a transaction.
    void deferIndexes();
    /// Creates any index deferIndexes dropped (a sort of the table; no-op when present).
    void ensureIndexes();

private:
    Database& m_db;
};

}  // namespace cz
