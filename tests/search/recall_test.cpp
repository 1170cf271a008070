// Recall: on a generated catalog, every query kind returns exactly what the brute-force reference
// returns — the same set (limit = everything) and the same ranked top 20 (which exercises the
// early termination). CZ_SEARCH_RECALL_PRODUCTS is 20,000 in CI and 200,000 with CZ_LONG_TESTS.

#include "catalog_generator.h"
#include "query_generator.h"
#include "search/matcher.h"
#include "search_test_db.h"

#include <gtest/gtest.h>
#include <limits>

#ifndef CZ_SEARCH_RECALL_PRODUCTS
#define CZ_SEARCH_RECALL_PRODUCTS 20000
#endif

using namespace cz;
using namespace cz::search;
using namespace cz::search::test;

namespace {

constexpr std::int64_t kProducts = CZ_SEARCH_RECALL_PRODUCTS;
constexpr std::int64_t kPeople = kProducts / 10;
constexpr std::size_t kAll = std::numeric_limits<std::size_t>::max();

struct Prepared {
    std::int64_t id;  // loaded in order into a fresh index, document i gets internal id i
    std::string key;
    std::string name;
    PreparedDocument doc;
};

// A loaded index plus the prepared documents for the brute force. Building it is the slow part, so
// each test process builds one (CTest runs every TEST in a process of its own).
class RecallCatalog final {
public:
    explicit RecallCatalog(const std::vector<Domain>& domains)
    {
        for (Domain domain : domains) {
            const std::int64_t n = domain == Domain::Product ? kProducts : kPeople;
            auto& docs = m_docs[domain];
            std::int64_t next = 1;
            auto r = m_db.index().bulkLoad([&](Document& d) {
                if (next > n)
                    return false;
                docs.push_back({next, {}, {}, {}});
                d = make(domain, next++);
                docs.back().key = d.key;
                docs.back().name = d.name;
                docs.back().doc = prepareDocument(d);
                return true;
            });
            if (!r.ok())
                throw std::runtime_error(r.error().detail);
        }
    }

    Document make(Domain domain, std::int64_t id) const
    {
        switch (domain) {
        case Domain::Villager:
            return m_gen.villager(id);
        case Domain::Farmer:
            return m_gen.farmer(id);
        case Domain::Product:
            break;
        }
        return m_gen.product(id);
    }

    std::vector<SearchHit> reference(Domain domain, const std::string& q, std::size_t limit)
    {
        ReferenceSearch ref(q, limit);
        for (const auto& p : m_docs.at(domain))
            ref.consider(p.id, p.key, p.name, p.doc);
        return ref.take();
    }

    SearchTestDb& db() { return m_db; }
    std::int64_t size(Domain d) const { return static_cast<std::int64_t>(m_docs.at(d).size()); }

private:
    CatalogGenerator m_gen;
    SearchTestDb m_db;
    std::map<Domain, std::vector<Prepared>> m_docs;
};

RecallCatalog& products()
{
    static RecallCatalog c({Domain::Product});
    return c;
}

RecallCatalog& people()
{
    static RecallCatalog c({Domain::Villager, Domain::Farmer});
    return c;
}

std::vector<std::string> keysOf(const std::vector<SearchHit>& hits)
{
    std::vector<std::string> out;
    out.reserve(hits.size());
    for (const auto& h : hits)
        out.push_back(h.key);
    return out;
}

void checkKind(RecallCatalog& c, Domain domain, QueryKind kind, int queries)
{
    Rng rng(static_cast<std::uint64_t>(kind) * 1000 + static_cast<std::uint64_t>(domain));
    int asked = 0;
    std::size_t matched = 0;
    for (int attempt = 0; asked < queries && attempt < queries * 20; ++attempt) {
        const auto id = static_cast<std::int64_t>(1 + rng.below(static_cast<std::size_t>(c.size(domain))));
        const std::string q = queryFor(kind, c.make(domain, id), rng);
        if (q.empty())
            continue;
        ++asked;
        const auto expected = c.reference(domain, q, kAll);
        auto all = c.db().index().search(domain, q, kAll);
        ASSERT_TRUE(all.ok()) << all.error().detail;
        ASSERT_EQ(keysOf(*all), keysOf(expected)) << kindName(kind) << " query '" << q << "'";
        auto top = c.db().index().search(domain, q, 20);
        ASSERT_TRUE(top.ok());
        const std::vector<SearchHit> expectedTop(expected.begin(),
                                                 expected.begin() + std::min<std::ptrdiff_t>(20, std::ssize(expected)));
        ASSERT_EQ(keysOf(*top), keysOf(expectedTop)) << kindName(kind) << " top-20 for '" << q << "'";
        if (kind != QueryKind::Random) {
            EXPECT_FALSE(expected.empty()) << "a query made from a document finds it: '" << q << "'";
        }
        matched += expected.size();
    }
    EXPECT_EQ(asked, queries) << "the catalog should offer enough documents for " << kindName(kind);
    ::testing::Test::RecordProperty(std::string(kindName(kind)) + "_results", static_cast<int>(matched));
}

}  // namespace

TEST(Recall, Products)
{
    auto& c = products();
    checkKind(c, Domain::Product, QueryKind::Hanzi1, 40);
    checkKind(c, Domain::Product, QueryKind::Hanzi2, 40);
    checkKind(c, Domain::Product, QueryKind::Pinyin, 60);
    checkKind(c, Domain::Product, QueryKind::Initials, 60);
    checkKind(c, Domain::Product, QueryKind::Mixed, 60);
    checkKind(c, Domain::Product, QueryKind::Barcode, 40);
    checkKind(c, Domain::Product, QueryKind::English, 60);
    checkKind(c, Domain::Product, QueryKind::MultiTerm, 40);
    checkKind(c, Domain::Product, QueryKind::Random, 60);
}

TEST(Recall, VillagersAndFarmers)
{
    auto& c = people();
    checkKind(c, Domain::Villager, QueryKind::Hanzi1, 30);
    checkKind(c, Domain::Villager, QueryKind::Pinyin, 40);
    checkKind(c, Domain::Villager, QueryKind::Initials, 40);
    checkKind(c, Domain::Villager, QueryKind::Phone, 40);
    checkKind(c, Domain::Farmer, QueryKind::Pinyin, 30);
    checkKind(c, Domain::Farmer, QueryKind::Phone, 30);
}
