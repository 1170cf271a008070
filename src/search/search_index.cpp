#include "search/search_index.h"

#include "search/keys.h"
#include "search/matcher.h"
#include "search/pinyin.h"
#include "search/query_plan.h"

#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>
#include <unordered_set>

namespace cz::search {

namespace {

constexpr int kDomainShift = 56;
constexpr int kLengthShift = 36;

std::int64_t rankKey(Domain domain, std::int32_t length, std::int64_t id)
{
    return (static_cast<std::int64_t>(domain) << kDomainShift) | (static_cast<std::int64_t>(length) << kLengthShift)
        | id;
}

std::int32_t lengthOf(std::int64_t key)
{
    return static_cast<std::int32_t>((key >> kLengthShift) & kMaxRankedNameLength);
}
std::int64_t idOf(std::int64_t key) { return key & kMaxDocumentId; }

bool validDomain(Domain d) { return d == Domain::Product || d == Domain::Villager || d == Domain::Farmer; }

std::string joinCodes(const std::vector<std::string>& codes)
{
    std::string out;
    for (const auto& c : codes) {
        if (!out.empty())
            out.push_back(' ');
        out += c;
    }
    return out;
}

std::vector<std::string> splitCodes(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto sp = text.find(' ', i);
        const auto end = sp == std::string::npos ? text.size() : sp;
        if (end > i)
            out.push_back(text.substr(i, end - i));
        i = end + 1;
    }
    return out;
}

bool inTransaction(Database& db) { return sqlite3_get_autocommit(db.sql().getHandle()) == 0; }

SearchError storageError(const SQLite::Exception& e) { return SearchError{SearchErrc::Storage, e.what()}; }

}  // namespace

std::string SearchIndex::keyVersion()
{
    return "keys" + std::to_string(keys::kSchemeVersion) + "-" + std::string(pinyin::fingerprint());
}

void SearchIndex::insertKeys(std::int64_t key, const std::string& keyText)
{
    auto q = m_db.stmt("INSERT INTO search_fts(rowid, keys) VALUES(?1, ?2)");
    q.bind(1, key);
    q.bind(2, keyText);
    q.exec();
}

void SearchIndex::deleteKeys(std::int64_t key, const std::string& keyText)
{
    // A contentless FTS5 table forgets a row only when told the exact keys it was given.
    auto q = m_db.stmt("INSERT INTO search_fts(search_fts, rowid, keys) VALUES('delete', ?1, ?2)");
    q.bind(1, key);
    q.bind(2, keyText);
    q.exec();
}

Result<void, SearchError> SearchIndex::checkCurrent(bool mayRecord)
{
    if (m_current)
        return {};
    std::optional<std::string> stored;
    {
        auto q = m_db.stmt("SELECT value FROM search_meta WHERE key = 'key_version'");
        if (q.executeStep())
            stored = q.getColumn(0).getString();
    }
    if (stored == keyVersion()) {
        m_current = true;
        return {};
    }
    bool empty = false;
    {
        auto q = m_db.stmt("SELECT NOT EXISTS(SELECT 1 FROM search_docs)");
        empty = q.executeStep() && q.getColumn(0).getInt() != 0;
    }
    if (!stored && empty) {
        // A fresh index: nothing to re-key. Recorded by the first write.
        if (mayRecord) {
            auto q = m_db.stmt("INSERT OR REPLACE INTO search_meta(key, value) VALUES('key_version', ?1)");
            q.bind(1, keyVersion());
            q.exec();
            m_current = true;
        }
        return {};
    }
    return Failure{
        SearchError{SearchErrc::StaleIndex,
                    "search index keys are " + stored.value_or("unversioned") + ", this build uses " + keyVersion()}};
}

Result<bool, SearchError> SearchIndex::ensureCurrent()
{
    std::lock_guard lock(m_db.mutex());
    if (inTransaction(m_db))
        return Failure{SearchError{SearchErrc::InTransaction, "ensureCurrent() commits by itself"}};
    try {
        if (checkCurrent(false))
            return false;
        WriteTransaction tx(m_db);
        m_db.sql().exec("INSERT INTO search_fts(search_fts) VALUES('delete-all')");
        // Walk the documents by (domain, doc_id) — an order re-keying does not disturb — in pages,
        // so the catalog is never all in memory.
        struct Row {
            std::int64_t key;
            Domain domain;
            std::int64_t id;
            std::string name, english, codes;
        };
        int lastDomain = 0;
        std::int64_t lastId = -1;
        for (;;) {
            std::vector<Row> page;
            {
                auto q = m_db.stmt("SELECT rank_key, domain, doc_id, name, english, codes FROM search_docs "
                                   "WHERE (domain, doc_id) > (?1, ?2) ORDER BY domain, doc_id LIMIT 1000");
                q.bind(1, lastDomain);
                q.bind(2, lastId);
                while (q.executeStep())
                    page.push_back({q.getColumn(0).getInt64(), static_cast<Domain>(q.getColumn(1).getInt()),
                                    q.getColumn(2).getInt64(), q.getColumn(3).getString(), q.getColumn(4).getString(),
                                    q.getColumn(5).getString()});
            }
            if (page.empty())
                break;
            for (const auto& r : page) {
                const auto codes = splitCodes(r.codes);
                const PreparedDocument d = prepareDocument(r.name, r.english, codes);
                const std::int64_t key = rankKey(r.domain, d.rankedLength(), r.id);
                if (key != r.key) {
                    auto q = m_db.stmt("UPDATE search_docs SET rank_key = ?1 WHERE rank_key = ?2");
                    q.bind(1, key);
                    q.bind(2, r.key);
                    q.exec();
                }
                insertKeys(key, keys::documentKeys(d));
            }
            lastDomain = static_cast<int>(page.back().domain);
            lastId = page.back().id;
        }
        {
            auto q = m_db.stmt("INSERT OR REPLACE INTO search_meta(key, value) VALUES('key_version', ?1)");
            q.bind(1, keyVersion());
            q.exec();
        }
        tx.commit();
        m_db.sql().exec("INSERT INTO search_fts(search_fts) VALUES('optimize')");
        m_current = true;
        return true;
    } catch (const SQLite::Exception& e) {
        return Failure{storageError(e)};
    }
}

Result<void, SearchError> SearchIndex::upsertLocked(const Document& doc)
{
    if (!validDomain(doc.domain) || doc.key.empty() || doc.key.size() > kMaxDocumentKeyBytes)
        return Failure{
            SearchError{SearchErrc::InvalidDocument,
                        "document key '" + doc.key.substr(0, 40) + "' is empty or too long, or its domain unknown"}};
    const PreparedDocument d = prepareDocument(doc);
    const std::string codes = joinCodes(d.codes);
    std::int64_t id = 0;
    {
        auto q = m_db.stmt(
            "SELECT rank_key, doc_id, name, english, codes FROM search_docs WHERE domain = ?1 AND doc_key = ?2");
        q.bind(1, static_cast<int>(doc.domain));
        q.bind(2, doc.key);
        if (q.executeStep()) {
            const std::int64_t oldKey = q.getColumn(0).getInt64();
            id = q.getColumn(1).getInt64();
            const std::string oldName = q.getColumn(2).getString();
            const std::string oldEnglish = q.getColumn(3).getString();
            const std::string oldCodes = q.getColumn(4).getString();
            if (oldName == doc.name && oldEnglish == doc.english && oldCodes == codes)
                return {};  // catalog pages often resend unchanged products
            const auto old = prepareDocument(oldName, oldEnglish, splitCodes(oldCodes));
            deleteKeys(oldKey, keys::documentKeys(old));
            auto del = m_db.stmt("DELETE FROM search_docs WHERE rank_key = ?1");
            del.bind(1, oldKey);
            del.exec();
        }
    }
    if (id == 0) {
        // A new document: the next internal id of its domain (UNIQUE(domain, doc_id) makes MAX cheap).
        auto q = m_db.stmt("SELECT COALESCE(MAX(doc_id), 0) + 1 FROM search_docs WHERE domain = ?1");
        q.bind(1, static_cast<int>(doc.domain));
        q.executeStep();
        id = q.getColumn(0).getInt64();
        if (id > kMaxDocumentId)
            return Failure{SearchError{SearchErrc::InvalidDocument, "the search index is full"}};
    }
    const std::int64_t key = rankKey(doc.domain, d.rankedLength(), id);
    auto ins = m_db.stmt("INSERT INTO search_docs(rank_key, domain, doc_id, doc_key, name, english, codes) "
                         "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    ins.bind(1, key);
    ins.bind(2, static_cast<int>(doc.domain));
    ins.bind(3, id);
    ins.bind(4, doc.key);
    ins.bind(5, doc.name);
    ins.bind(6, doc.english);
    ins.bind(7, codes);
    ins.exec();
    insertKeys(key, keys::documentKeys(d));
    return {};
}

Result<void, SearchError> SearchIndex::upsert(const Document& doc)
{
    std::lock_guard lock(m_db.mutex());
    if (!inTransaction(m_db))
        return Failure{SearchError{SearchErrc::NeedsTransaction, "upsert() belongs in the caller's WriteTransaction"}};
    try {
        if (auto c = checkCurrent(true); !c)
            return c;
        return upsertLocked(doc);
    } catch (const SQLite::Exception& e) {
        return Failure{storageError(e)};
    }
}

Result<bool, SearchError> SearchIndex::remove(Domain domain, std::string_view docKey)
{
    std::lock_guard lock(m_db.mutex());
    if (!inTransaction(m_db))
        return Failure{SearchError{SearchErrc::NeedsTransaction, "remove() belongs in the caller's WriteTransaction"}};
    try {
        if (auto c = checkCurrent(true); !c)
            return Failure{c.error()};
        auto q = m_db.stmt("SELECT rank_key, name, english, codes FROM search_docs WHERE domain = ?1 AND doc_key = ?2");
        q.bind(1, static_cast<int>(domain));
        q.bind(2, std::string(docKey));
        if (!q.executeStep())
            return false;
        const std::int64_t key = q.getColumn(0).getInt64();
        const auto d = prepareDocument(q.getColumn(1).getString(), q.getColumn(2).getString(),
                                       splitCodes(q.getColumn(3).getString()));
        deleteKeys(key, keys::documentKeys(d));
        auto del = m_db.stmt("DELETE FROM search_docs WHERE rank_key = ?1");
        del.bind(1, key);
        del.exec();
        return true;
    } catch (const SQLite::Exception& e) {
        return Failure{storageError(e)};
    }
}

Result<std::size_t, SearchError> SearchIndex::clear(Domain domain)
{
    std::lock_guard lock(m_db.mutex());
    if (!inTransaction(m_db))
        return Failure{SearchError{SearchErrc::NeedsTransaction, "clear() belongs in the caller's WriteTransaction"}};
    try {
        if (auto c = checkCurrent(true); !c)
            return Failure{c.error()};
        std::size_t n = 0;
        {
            auto q
                = m_db.stmt("SELECT rank_key, name, english, codes FROM search_docs WHERE rank_key BETWEEN ?1 AND ?2");
            q.bind(1, rankKey(domain, 0, 0));
            q.bind(2, rankKey(domain, kMaxRankedNameLength, kMaxDocumentId));
            while (q.executeStep()) {
                const auto d = prepareDocument(q.getColumn(1).getString(), q.getColumn(2).getString(),
                                               splitCodes(q.getColumn(3).getString()));
                deleteKeys(q.getColumn(0).getInt64(), keys::documentKeys(d));
                ++n;
            }
        }
        auto del = m_db.stmt("DELETE FROM search_docs WHERE domain = ?1");
        del.bind(1, static_cast<int>(domain));
        del.exec();
        return n;
    } catch (const SQLite::Exception& e) {
        return Failure{storageError(e)};
    }
}

Result<std::size_t, SearchError> SearchIndex::bulkLoad(const std::function<bool(Document&)>& next,
                                                       std::size_t batchSize)
{
    std::lock_guard lock(m_db.mutex());
    if (inTransaction(m_db))
        return Failure{SearchError{SearchErrc::InTransaction, "bulkLoad() commits in batches by itself"}};
    try {
        std::size_t n = 0;
        Document doc;
        bool more = true;
        while (more) {
            WriteTransaction tx(m_db);
            if (auto c = checkCurrent(true); !c)
                return Failure{c.error()};
            for (std::size_t k = 0; k < std::max<std::size_t>(batchSize, 1); ++k) {
                if (!(more = next(doc)))
                    break;
                if (auto r = upsertLocked(doc); !r)
                    return Failure{r.error()};
                ++n;
            }
            tx.commit();
        }
        // One segment instead of dozens: fewer b-tree descents per key at query time.
        m_db.sql().exec("INSERT INTO search_fts(search_fts) VALUES('optimize')");
        return n;
    } catch (const SQLite::Exception& e) {
        return Failure{storageError(e)};
    }
}

Result<std::size_t, SearchError> SearchIndex::count(Domain domain)
{
    std::lock_guard lock(m_db.mutex());
    try {
        auto q = m_db.stmt("SELECT count(*) FROM search_docs WHERE domain = ?1");
        q.bind(1, static_cast<int>(domain));
        q.executeStep();
        return static_cast<std::size_t>(q.getColumn(0).getInt64());
    } catch (const SQLite::Exception& e) {
        return Failure{storageError(e)};
    }
}

Result<std::vector<SearchHit>, SearchError> SearchIndex::search(Domain domain, std::string_view queryText,
                                                                std::size_t limit)
{
    const Query query = parseQuery(queryText);
    if (query.empty() || limit == 0 || !validDomain(domain))
        return std::vector<SearchHit>{};
    const auto passes = planQuery(query);
    std::lock_guard lock(m_db.mutex());
    try {
        if (auto c = checkCurrent(false); !c)
            return Failure{c.error()};
        ReadTransaction snapshot(m_db);
        TopHits top(limit);
        std::unordered_set<std::int64_t> seen;
        PreparedDocument d;
        // A query of hanzi terms only never looks at English names or codes: skip reading them.
        const bool otherFields = query.usesOtherFields();
        for (const PlanPass& pass : passes) {
            // The best any candidate of this pass can do. Each pass is cut on its own bounds, so
            // their order only matters for speed.
            SearchHit bound{0, {}, pass.rank, pass.minLength, {}};
            if (!top.wouldKeep(bound))
                continue;
            // CROSS JOIN keeps the FTS5 table outside, so candidates arrive in rowid order.
            auto q = m_db.stmt(
                "SELECT search_fts.rowid, search_docs.name, search_docs.english, search_docs.codes, "
                "search_docs.doc_key "
                "FROM search_fts CROSS JOIN search_docs ON search_docs.rank_key = search_fts.rowid "
                "WHERE search_fts MATCH ?1 AND search_fts.rowid BETWEEN ?2 AND ?3 ORDER BY search_fts.rowid");
            q.bind(1, pass.match);
            q.bind(2, rankKey(domain, pass.minLength, 0));
            q.bind(3, rankKey(domain, pass.maxLength, kMaxDocumentId));
            while (q.executeStep()) {
                const std::int64_t key = q.getColumn(0).getInt64();
                bound.nameLength = lengthOf(key);
                bound.id = idOf(key);
                bound.rank = pass.boundFor(bound.nameLength);
                if (!top.wouldKeep(bound))
                    break;  // every later candidate of this pass ranks lower still
                if (!seen.insert(key).second)
                    continue;  // verified in an earlier pass, with its true rank
                prepareDocumentInto(d, q.getColumn(1).getText(), otherFields ? q.getColumn(2).getText() : "",
                                    otherFields ? q.getColumn(3).getText() : "");
                const auto rank = matchQuery(query, d);
                if (!rank)
                    continue;
                SearchHit hit{bound.id, {}, *rank, bound.nameLength, {}};
                if (!top.wouldKeep(hit))
                    continue;  // a candidate can rank lower than its pass's bound, never higher
                hit.key = q.getColumn(4).getString();
                hit.name = q.getColumn(1).getString();
                top.offer(std::move(hit));
            }
        }
        return top.take();
    } catch (const SQLite::Exception& e) {
        return Failure{storageError(e)};
    }
}

}  // namespace cz::search
