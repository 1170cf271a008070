// The key scheme's corner cases: one-letter syllables (啊 a, 哦 o, 嗯 n/ng), Latin letters and
// digits inside Chinese names, polyphonic characters, ü, zh/ch/sh, one-unit names, long runs of
// one character. For every name, every query an agent could derive from a piece of it — the
// hanzi, each reading combination in full, cut at every letter, as initials, mixed — must give
// exactly the brute-force result, complete and ranked.

#include "search/matcher.h"
#include "search/pinyin.h"
#include "search/text.h"
#include "search_test_db.h"

#include <gtest/gtest.h>
#include <limits>
#include <set>

using namespace cz;
using namespace cz::search;

namespace {

const std::vector<std::string> kNames = {
    "好啊",
    "哦哦哦",
    "嗯",
    "嗯嗯啊啊",
    "N95口罩",
    "TCL电视机",
    "iPhone充电线",
    "3M胶带",
    "5斤装",
    "a",
    "ABC",
    "绿色食品",
    "女装",
    "重庆小面",
    "长城宽带",
    "银行卡",
    "中国",
    "中华",
    "吃饭",
    "上海",
    "可乐",
    "乐乐",
    "朝阳",
    "阿胶",
    "饿了",
    "二手车",
    "儿童",
    "安安",
    "xiaomi小米",
    "z",
    "长长长长长长长长长长长长",
    "西安",
    "先",
    "鞋",
    "hao好",
    "好hao",
    "一二三四五六七八九十",
    "率",
    "单",
    "和",
    "呣",
    "哼",
    "欸",
};

std::vector<std::string> readingsOf(char32_t c)
{
    std::vector<std::string> out;
    for (auto id : pinyin::readings(c))
        out.emplace_back(pinyin::syllable(id));
    if (out.empty())
        out.push_back(encodeUtf8(std::u32string(1, c)));  // a digit: typed as itself
    return out;
}

// Every query derived from units [i, i + len) of a name: literal, each reading combination
// (capped) in full and cut at every letter, initials, and hanzi + pinyin mixtures.
void queriesFor(const std::u32string& units, std::set<std::string>& out)
{
    for (std::size_t i = 0; i < units.size(); ++i) {
        for (std::size_t len = 1; len <= 4 && i + len <= units.size(); ++len) {
            out.insert(encodeUtf8(units.substr(i, len)));
            std::vector<std::string> combos = {""};
            std::vector<std::string> initials = {""};
            for (std::size_t k = 0; k < len; ++k) {
                std::vector<std::string> next;
                std::vector<std::string> nextInitials;
                for (const auto& c : combos)
                    for (const auto& r : readingsOf(units[i + k]))
                        if (next.size() < 24)
                            next.push_back(c + r);
                for (const auto& c : initials)
                    for (const auto& r : readingsOf(units[i + k]))
                        if (nextInitials.size() < 24)
                            nextInitials.push_back(c + r.substr(0, r.size() >= 2 && r[1] == 'h' ? 2 : 1));
                combos = std::move(next);
                initials = std::move(nextInitials);
            }
            for (const auto& c : combos)
                for (std::size_t cut = 1; cut <= c.size(); ++cut)
                    out.insert(c.substr(0, cut));
            for (const auto& c : initials)
                out.insert(c);
            if (len >= 2)
                for (const auto& r : readingsOf(units[i + 1]))
                    out.insert(encodeUtf8(units.substr(i, 1)) + r.substr(0, 1 + (len > 2 ? r.size() : 0)));
        }
    }
}

}  // namespace

TEST(TrickyNames, EveryDerivedQueryMatchesTheReference)
{
    test::SearchTestDb t;
    std::vector<std::pair<std::int64_t, PreparedDocument>> docs;
    {
        WriteTransaction tx(t.db());
        std::int64_t id = 1;
        for (const auto& name : kNames) {
            ASSERT_TRUE(t.index().upsert(Document{Domain::Product, std::to_string(id), name, "", {}}).ok());
            docs.emplace_back(id++, prepareDocument(name, "", {}));
        }
        tx.commit();
    }
    std::set<std::string> queries;
    for (const auto& [id, d] : docs)
        queriesFor(d.units, queries);
    ASSERT_GT(queries.size(), 1000U);
    std::size_t nonEmpty = 0;
    for (const auto& q : queries) {
        for (std::size_t limit : {std::numeric_limits<std::size_t>::max(), std::size_t{3}}) {
            ReferenceSearch ref(q, limit);
            for (std::size_t k = 0; k < docs.size(); ++k)
                ref.consider(docs[k].first, std::to_string(docs[k].first), kNames[k], docs[k].second);
            std::vector<std::string> expected;
            for (const auto& h : ref.take())
                expected.push_back(h.key);
            auto got = t.index().search(Domain::Product, q, limit);
            ASSERT_TRUE(got.ok());
            std::vector<std::string> ids;
            for (const auto& h : *got)
                ids.push_back(h.key);
            ASSERT_EQ(ids, expected) << "query '" << q << "' limit " << limit;
            nonEmpty += expected.empty() ? 0 : 1;
        }
    }
    EXPECT_GT(nonEmpty, queries.size());  // derived queries find their names
}
