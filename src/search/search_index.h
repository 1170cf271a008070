#pragma once
/// The search index in the station database: products, villagers and farmers searchable by hanzi
/// (any 1+ characters), full pinyin, pinyin initials, mixtures, English words, barcodes and phone
/// digits, ranked (docs/search.md). Storage layer: services call it, the GUI never does.
///
/// How it answers: query_plan.h turns the query into FTS5 MATCH expressions, one per way of
/// matching. FTS5 returns candidates in rowid order, and the rowid is
///     rank_key = domain << 56 | name length << 36 | internal id
/// so each pass yields candidates in (shorter name, lower id) order. The internal id is given to a
/// document when it is first indexed and kept across updates (SearchHit::id). Every candidate is verified
/// and ranked by the reference matcher (matcher.h); a pass stops as soon as its next candidate
/// could not beat the hits already kept, and later passes are skipped the same way. A search
/// therefore reads roughly `limit` verified candidates when there are many matches and every
/// candidate when there are few — and the key conditions keep those few candidates few.
///
/// Thread safety: every call takes the database mutex.

#include "core/result.h"
#include "search/document.h"
#include "storage/database.h"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace cz::search {

enum class SearchErrc {
    InvalidDocument,  ///< empty or over-long key, or unknown domain
    StaleIndex,  ///< built with other keys: ensureCurrent() must run first
    NeedsTransaction,  ///< upsert/remove/clear outside a WriteTransaction
    InTransaction,  ///< bulkLoad/ensureCurrent inside one (they commit in batches themselves)
    Storage,  ///< SQLite failed; detail says how
};

struct SearchError {
    SearchErrc code = SearchErrc::Storage;
    std::string detail;
};

class SearchIndex final {
public:
    /// The tables must exist (searchSchemaSql(), applied by the station's migrations).
    explicit SearchIndex(Database& db)
        : m_db(db)
    {
    }

    /// Once at startup, outside any transaction: if the index was built by a build with another
    /// pinyin table or key scheme, re-keys every document (seconds for a full catalog) and records
    /// the new version. Returns whether it re-keyed.
    Result<bool, SearchError> ensureCurrent();

    /// Adds or replaces one document (a no-op if nothing searchable changed). Inside the caller's
    /// WriteTransaction, so that the index changes with the rows it describes.
    Result<void, SearchError> upsert(const Document& doc);
    /// Removes one document; false if it was not indexed. Inside the caller's WriteTransaction.
    Result<bool, SearchError> remove(Domain domain, std::string_view docKey);
    /// Removes every document of a domain; returns how many. Inside the caller's WriteTransaction.
    Result<std::size_t, SearchError> clear(Domain domain);

    /// Upserts documents pulled one at a time from `next` (which fills its argument and returns
    /// true, or returns false at the end), committing every `batchSize` documents so that neither
    /// the catalog nor one huge transaction sits in memory; then merges the index. Outside any
    /// transaction. Idempotent: after an interruption, run it again.
    Result<std::size_t, SearchError> bulkLoad(const std::function<bool(Document&)>& next, std::size_t batchSize = 5000);

    /// The best `limit` documents of `domain` matching `query`, best first (rankedBefore). An
    /// empty query finds nothing.
    Result<std::vector<SearchHit>, SearchError> search(Domain domain, std::string_view query, std::size_t limit);

    /// Number of documents of a domain in the index.
    Result<std::size_t, SearchError> count(Domain domain);

    /// The key version this build writes; what ensureCurrent() compares with.
    static std::string keyVersion();

private:
    Result<void, SearchError> checkCurrent(bool mayRecord);
    void insertKeys(std::int64_t key, const std::string& keyText);
    void deleteKeys(std::int64_t key, const std::string& keyText);
    Result<void, SearchError> upsertLocked(const Document& doc);

    Database& m_db;
    bool m_current = false;
};

}  // namespace cz::search
