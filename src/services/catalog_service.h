#pragma once
// The local catalog: search (hanzi, pinyin, initials, English, barcode — see docs/search.md),
// barcode lookup, and keeping the search index in step with what the catalog feed stored.

#include "search/search_index.h"
#include "services/errors.h"
#include "services/settings_service.h"
#include "services/station_context.h"
#include "storage/catalog_store.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

struct ProductHit {
    CatalogProduct product;
    search::MatchRank rank;
};

class CatalogService final {
public:
    CatalogService(StationContext& ctx, SettingsService& settings)
        : m_ctx(ctx), m_settings(settings), m_store(ctx.db()), m_index(ctx.db())
    {
    }

    /// Products for what the agent typed, best first; products no longer sold are left out.
    SResult<std::vector<ProductHit>> search(const std::string& query, std::size_t limit);
    std::optional<CatalogProduct> byBarcode(const std::string& barcode) { return m_store.byBarcode(barcode); }
    std::optional<CatalogProduct> byId(const std::string& id) { return m_store.byId(id); }
    std::int64_t productCount() { return m_store.count(); }

    /// Brings the search index up to what the catalog holds: the first time by a streamed bulk
    /// load, then in small transactions per batch of changed products. Outside any transaction;
    /// runs on the sync thread after each catalog pull. Returns how many products it indexed.
    SResult<std::int64_t> indexPending(std::size_t batch = 2000);
    /// Once at start-up: re-keys the index if this build's pinyin table or keys changed.
    SResult<bool> ensureIndexCurrent();
    /// How far the index lags behind the catalog (products changed since the last indexing).
    std::int64_t unindexedCount();

private:
    std::int64_t indexedVersion();
    StationContext& m_ctx;
    SettingsService& m_settings;
    CatalogStore m_store;
    search::SearchIndex m_index;
};

}  // namespace cz
