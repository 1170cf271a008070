#include "catalog_generator.h"
#include "search/matcher.h"
#include "search_test_db.h"

#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace cz;
using namespace cz::search;
using cz::search::test::SearchTestDb;

namespace {

Document product(std::int64_t id, std::string name, std::string english = {}, std::string barcode = {})
{
    Document d{Domain::Product, std::to_string(id), std::move(name), std::move(english), {}};
    if (!barcode.empty())
        d.codes.push_back(std::move(barcode));
    return d;
}

void upsertAll(SearchTestDb& t, const std::vector<Document>& docs)
{
    WriteTransaction tx(t.db());
    for (const auto& d : docs)
        ASSERT_TRUE(t.index().upsert(d).ok());
    tx.commit();
}

std::vector<std::int64_t> ids(SearchTestDb& t, const std::string& q, Domain domain = Domain::Product,
                              std::size_t limit = 50)
{
    auto r = t.index().search(domain, q, limit);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().detail);
    std::vector<std::int64_t> out;
    if (r.ok())
        for (const auto& h : *r)
            out.push_back(std::stoll(h.key));
    return out;
}

using Ids = std::vector<std::int64_t>;

bool ftsIntact(SearchTestDb& t)
{
    try {
        t.db().sql().exec("INSERT INTO search_fts(search_fts) VALUES('integrity-check')");
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace

TEST(SearchIndex, FindsEveryKindOfQueryAndRanks)
{
    SearchTestDb t;
    upsertAll(t,
              {product(1, "红富士苹果 5斤", "Red Fuji Apple", "6901234567892"), product(2, "苹果", "Apple"),
               product(3, "苹果醋", "Apple Vinegar"), product(4, "可口可乐 500ml", "Coca-Cola", "6954767423456"),
               product(5, "银行卡套"), product(6, "TCL电视", "TCL TV")});
    EXPECT_EQ(ids(t, "苹果"), (Ids{2, 3, 1}));
    EXPECT_EQ(ids(t, "果"), (Ids{2, 3, 1}));
    EXPECT_EQ(ids(t, "pingguo"), (Ids{2, 3, 1}));
    EXPECT_EQ(ids(t, "pg"), (Ids{2, 3, 1}));
    EXPECT_EQ(ids(t, "苹g"), (Ids{2, 3, 1}));
    EXPECT_EQ(ids(t, "hfs"), (Ids{1}));
    EXPECT_EQ(ids(t, "apple"), (Ids{2, 3, 1}));  // exact, prefix, substring of the English name
    EXPECT_EQ(ids(t, "6901234567892"), (Ids{1}));
    EXPECT_EQ(ids(t, "4567"), (Ids{1}));
    EXPECT_EQ(ids(t, "kele"), (Ids{4}));
    EXPECT_EQ(ids(t, "keyue"), (Ids{4}));
    EXPECT_EQ(ids(t, "yinhang"), (Ids{5}));
    EXPECT_EQ(ids(t, "500"), (Ids{4}));
    EXPECT_EQ(ids(t, "tcl"), (Ids{6}));
    EXPECT_EQ(ids(t, "tclds"), (Ids{6}));
    EXPECT_EQ(ids(t, "苹果 5斤"), (Ids{1}));
    EXPECT_TRUE(ids(t, "pinguo").empty());
    EXPECT_TRUE(ids(t, "").empty());
    EXPECT_TRUE(ids(t, "苹果", Domain::Product, 0).empty());
    EXPECT_EQ(ids(t, "苹果", Domain::Product, 2), (Ids{2, 3}));

    auto hits = t.index().search(Domain::Product, "苹果", 1);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1U);
    EXPECT_EQ((*hits)[0].name, "苹果");
    EXPECT_EQ((*hits)[0].rank, (MatchRank{MatchTier::Exact, MatchKind::Name}));
    EXPECT_EQ((*hits)[0].nameLength, 2);
}

TEST(SearchIndex, DomainsAreSeparate)
{
    SearchTestDb t;
    upsertAll(t,
              {product(1, "张三牌化肥"), Document{Domain::Villager, "1", "张三", "", {"13800138000"}},
               Document{Domain::Farmer, "2", "张三丰", "", {"13900139000"}}});
    EXPECT_EQ(ids(t, "zs", Domain::Product), (Ids{1}));
    EXPECT_EQ(ids(t, "zs", Domain::Villager), (Ids{1}));
    EXPECT_EQ(ids(t, "zs", Domain::Farmer), (Ids{2}));
    EXPECT_EQ(ids(t, "8000", Domain::Villager), (Ids{1}));
    EXPECT_TRUE(ids(t, "8000", Domain::Farmer).empty());
    EXPECT_EQ(t.index().count(Domain::Villager).value(), 1U);
}

TEST(SearchIndex, UpsertReplacesAndRemoveForgets)
{
    SearchTestDb t;
    upsertAll(t, {product(1, "苹果"), product(2, "香蕉")});
    upsertAll(t, {product(1, "特级苹果汁 1L")});  // renamed, and longer: a new rank key
    EXPECT_EQ(ids(t, "苹果"), (Ids{1}));
    EXPECT_EQ(ids(t, "tjpg"), (Ids{1}));
    upsertAll(t, {product(1, "梨")});
    EXPECT_TRUE(ids(t, "苹果").empty());
    EXPECT_EQ(ids(t, "li"), (Ids{1}));
    upsertAll(t, {product(1, "梨")});  // unchanged: nothing to do
    {
        WriteTransaction tx(t.db());
        EXPECT_TRUE(t.index().remove(Domain::Product, "2").value());
        EXPECT_FALSE(t.index().remove(Domain::Product, "2").value());
        tx.commit();
    }
    EXPECT_TRUE(ids(t, "xiangjiao").empty());
    EXPECT_EQ(t.index().count(Domain::Product).value(), 1U);
    EXPECT_TRUE(ftsIntact(t));
}

TEST(SearchIndex, RollbackTakesTheIndexChangeWithIt)
{
    SearchTestDb t;
    {
        WriteTransaction tx(t.db());
        ASSERT_TRUE(t.index().upsert(product(1, "苹果")).ok());
    }  // not committed
    EXPECT_TRUE(ids(t, "苹果").empty());
    EXPECT_EQ(t.index().count(Domain::Product).value(), 0U);
}

TEST(SearchIndex, ClearEmptiesOneDomain)
{
    SearchTestDb t;
    upsertAll(t, {product(1, "苹果"), product(2, "苹果汁"), Document{Domain::Villager, "1", "平国", "", {}}});
    {
        WriteTransaction tx(t.db());
        EXPECT_EQ(t.index().clear(Domain::Product).value(), 2U);
        tx.commit();
    }
    EXPECT_TRUE(ids(t, "pg").empty());
    EXPECT_EQ(ids(t, "pg", Domain::Villager), (Ids{1}));
    EXPECT_TRUE(ftsIntact(t));
}

TEST(SearchIndex, RefusesMisuse)
{
    SearchTestDb t;
    auto outside = t.index().upsert(product(1, "苹果"));
    ASSERT_FALSE(outside.ok());
    EXPECT_EQ(outside.error().code, SearchErrc::NeedsTransaction);
    auto removeOutside = t.index().remove(Domain::Product, "1");
    ASSERT_FALSE(removeOutside.ok());
    EXPECT_EQ(removeOutside.error().code, SearchErrc::NeedsTransaction);
    {
        WriteTransaction tx(t.db());
        auto empty = t.index().upsert(Document{Domain::Product, "", "苹果", "", {}});
        ASSERT_FALSE(empty.ok());
        EXPECT_EQ(empty.error().code, SearchErrc::InvalidDocument);
        auto tooLong
            = t.index().upsert(Document{Domain::Product, std::string(kMaxDocumentKeyBytes + 1, 'P'), "苹果", "", {}});
        EXPECT_FALSE(tooLong.ok());
        auto badDomain = t.index().upsert(Document{static_cast<Domain>(9), "1", "苹果", "", {}});
        EXPECT_FALSE(badDomain.ok());
        auto inside = t.index().bulkLoad([](Document&) { return false; });
        ASSERT_FALSE(inside.ok());
        EXPECT_EQ(inside.error().code, SearchErrc::InTransaction);
    }
    EXPECT_EQ(ids(t, "苹果", static_cast<Domain>(9)).size(), 0U);
}

TEST(SearchIndex, BulkLoadStreamsAndIsIdempotent)
{
    SearchTestDb t;
    const test::CatalogGenerator gen;
    auto load = [&](std::int64_t n) {
        std::int64_t next = 1;
        return t.index().bulkLoad(
            [&](Document& d) {
                if (next > n)
                    return false;
                d = gen.product(next++);
                return true;
            },
            300);
    };
    ASSERT_EQ(load(1000).value(), 1000U);
    ASSERT_EQ(load(1000).value(), 1000U);  // again: every document unchanged
    EXPECT_EQ(t.index().count(Domain::Product).value(), 1000U);
    EXPECT_TRUE(ftsIntact(t));
    const Document d = gen.product(500);
    auto found = t.index().search(Domain::Product, d.codes.empty() ? d.name : d.codes.front(), 50);
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(std::any_of(found->begin(), found->end(), [&](const SearchHit& h) { return h.key == d.key; }));
}

TEST(SearchIndex, StaleKeysAreDetectedAndRebuilt)
{
    SearchTestDb t;
    upsertAll(t, {product(1, "红富士苹果"), product(2, "苹果")});
    t.db().sql().exec("UPDATE search_meta SET value = 'keys0-old' WHERE key = 'key_version'");
    // Simulate keys from an older scheme: one document's row length disagrees with the new one.
    t.db().sql().exec("UPDATE search_docs SET rank_key = rank_key + (1 << 36) WHERE doc_key = '2'");
    SearchIndex fresh(t.db());
    auto stale = fresh.search(Domain::Product, "苹果", 10);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, SearchErrc::StaleIndex);
    {
        WriteTransaction tx(t.db());
        auto write = fresh.upsert(product(3, "梨"));
        ASSERT_FALSE(write.ok());
        EXPECT_EQ(write.error().code, SearchErrc::StaleIndex);
    }
    EXPECT_TRUE(fresh.ensureCurrent().value());
    EXPECT_FALSE(fresh.ensureCurrent().value());
    auto hits = fresh.search(Domain::Product, "苹果", 10);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 2U);
    EXPECT_EQ((*hits)[0].id, 2);
    EXPECT_EQ((*hits)[0].nameLength, 2);
    EXPECT_TRUE(ftsIntact(t));
}

TEST(SearchIndex, ChurnKeepsTheIndexEqualToTheReference)
{
    // Random upserts, renames and removals; afterwards the index must answer exactly like a brute
    // force over what is left, and FTS5 must find no inconsistency (a delete with the wrong keys
    // would leave one).
    SearchTestDb t;
    const test::CatalogGenerator gen(7);
    test::Rng rng(99);
    std::map<std::int64_t, Document> live;
    for (int round = 0; round < 20; ++round) {
        WriteTransaction tx(t.db());
        for (int k = 0; k < 50; ++k) {
            const auto id = static_cast<std::int64_t>(1 + rng.below(300));
            if (rng.chance(25)) {
                ASSERT_EQ(t.index().remove(Domain::Product, std::to_string(id)).value(), live.erase(id) == 1);
            } else {
                Document d = gen.product(static_cast<std::int64_t>(1 + rng.below(5000)));
                d.key = std::to_string(id);
                ASSERT_TRUE(t.index().upsert(d).ok());
                live[id] = d;
            }
        }
        tx.commit();
    }
    EXPECT_TRUE(ftsIntact(t));
    EXPECT_EQ(t.index().count(Domain::Product).value(), live.size());
    // The reference ranks ties by the ids the index gave (in first-indexing order, reused only
    // after the highest is removed), so it takes them from the index.
    std::map<std::string, std::int64_t> internal;
    {
        SQLite::Statement q(t.db().sql(), "SELECT doc_key, doc_id FROM search_docs WHERE domain = 1");
        while (q.executeStep())
            internal[q.getColumn(0).getString()] = q.getColumn(1).getInt64();
    }
    ASSERT_EQ(internal.size(), live.size());
    for (const char* q : {"苹果", "果", "pg", "nfsq", "kele", "apple", "69", "5kg", "水", "zhong", "x"}) {
        ReferenceSearch ref(q, 1000);
        for (const auto& [id, d] : live)
            ref.consider(internal.at(d.key), d.key, d.name, prepareDocument(d));
        Ids expected;
        for (const auto& h : ref.take())
            expected.push_back(std::stoll(h.key));
        EXPECT_EQ(ids(t, q, Domain::Product, 1000), expected) << q;
    }
}
