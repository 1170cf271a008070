#include "services/catalog_service.h"

#include <SQLiteCpp/Exception.h>

namespace cz {

namespace {
constexpr const char* kIndexedVersion = "search.catalog_version";

Error searchError(const search::SearchError& e) { return Error{Errc::Storage, "search index: " + e.detail, 0, std::nullopt}; }
}  // namespace

std::int64_t CatalogService::indexedVersion()
{
    try {
        return std::stoll(m_settings.value(kIndexedVersion, "0"));
    } catch (const std::exception&) {
        return 0;
    }
}

std::int64_t CatalogService::unindexedCount()
{
    std::lock_guard lock(m_ctx.db().mutex());
    auto q = m_ctx.db().stmt("SELECT count(*) FROM catalog_products WHERE version > ?");
    q.bind(1, indexedVersion());
    q.executeStep();
    return q.getColumn(0).getInt64();
}

SResult<std::vector<ProductHit>> CatalogService::search(const std::string& query, std::size_t limit)
{
    // Ask for a few more than wanted: deleted products still in the index are skipped below.
    auto hits = m_index.search(search::Domain::Product, query, limit + 8);
    if (!hits)
        return Failure{searchError(hits.error())};
    std::vector<ProductHit> out;
    for (const auto& h : *hits) {
        auto p = m_store.byId(h.key);
        if (!p || p->deleted)
            continue;
        out.push_back({std::move(*p), h.rank});
        if (out.size() == limit)
            break;
    }
    return out;
}

SResult<bool> CatalogService::ensureIndexCurrent()
{
    auto r = m_index.ensureCurrent();
    if (!r)
        return Failure{searchError(r.error())};
    return *r;
}

SResult<std::int64_t> CatalogService::indexPending(std::size_t batch)
{
    const std::int64_t from = indexedVersion();
    try {
        if (from == 0) {
            // First time: stream every product into the index in batches (a 200,000-product
            // catalog is never held in memory at once).
            std::int64_t maxVersion = 0, n = 0;
            SQLite::Statement q(m_ctx.db().sql(),
                                "SELECT product_id, version, name_zh, name_en, barcode FROM catalog_products "
                                "WHERE deleted = 0 ORDER BY version");
            std::unique_lock lock(m_ctx.db().mutex(), std::defer_lock);
            auto next = [&](search::Document& d) {
                lock.lock();
                const bool more = q.executeStep();
                if (more) {
                    d = {search::Domain::Product, q.getColumn(0).getString(), q.getColumn(2).getString(),
                         q.getColumn(3).getString(), {q.getColumn(4).getString()}};
                    maxVersion = std::max(maxVersion, q.getColumn(1).getInt64());
                    ++n;
                }
                lock.unlock();
                return more;
            };
            {
                std::lock_guard l(m_ctx.db().mutex());
                auto c = m_ctx.db().stmt("SELECT coalesce(max(version), 0) FROM catalog_products");
                c.executeStep();
                if (c.getColumn(0).getInt64() == 0)
                    return std::int64_t{0};
            }
            auto r = m_index.bulkLoad(next);
            q.reset();
            if (!r)
                return Failure{searchError(r.error())};
            WriteTransaction tx(m_ctx.db());
            m_settings.setValue(kIndexedVersion, std::to_string(maxVersion));
            tx.commit();
            return n;
        }
        std::int64_t total = 0;
        for (;;) {
            WriteTransaction tx(m_ctx.db());
            std::vector<CatalogProduct> changed;
            {
                auto q = m_ctx.db().stmt(
                    "SELECT product_id FROM catalog_products WHERE version > ? ORDER BY version LIMIT ?");
                q.bind(1, indexedVersion());
                q.bind(2, static_cast<std::int64_t>(batch));
                std::vector<std::string> ids;
                while (q.executeStep())
                    ids.push_back(q.getColumn(0).getString());
                for (const auto& id : ids)
                    if (auto p = m_store.byId(id))
                        changed.push_back(std::move(*p));
            }
            if (changed.empty())
                return total;
            for (const auto& p : changed) {
                if (p.deleted) {
                    if (auto r = m_index.remove(search::Domain::Product, p.productId); !r)
                        return Failure{searchError(r.error())};
                } else if (auto r = m_index.upsert({search::Domain::Product, p.productId, p.nameZh, p.nameEn, {p.barcode}});
                           !r) {
                    return Failure{searchError(r.error())};
                }
            }
            m_settings.setValue(kIndexedVersion, std::to_string(changed.back().version));
            tx.commit();
            total += static_cast<std::int64_t>(changed.size());
        }
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

}  // namespace cz
