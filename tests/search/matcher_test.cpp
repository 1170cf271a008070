#include "search/matcher.h"

#include <gtest/gtest.h>
#include <optional>
#include <string>
#include <vector>

using namespace cz::search;

namespace {

struct Case {
    const char* query;
    const char* name;
    const char* english;
    const char* code;
    std::optional<MatchRank> expected;
};

constexpr MatchRank R(MatchTier t, MatchKind k) { return MatchRank{t, k}; }
constexpr auto E = MatchTier::Exact;
constexpr auto P = MatchTier::Prefix;
constexpr auto S = MatchTier::Substring;
constexpr auto Name = MatchKind::Name;
constexpr auto Other = MatchKind::OtherField;
constexpr auto Py = MatchKind::Pinyin;

std::string show(const std::optional<MatchRank>& r)
{
    if (!r)
        return "no match";
    return "tier " + std::to_string(static_cast<int>(r->tier)) + " kind " + std::to_string(static_cast<int>(r->kind));
}

const std::vector<Case>& cases()
{
    static const std::vector<Case> c = {
        // hanzi, 1 and 2 characters, anywhere
        {"苹果", "苹果", "", "", R(E, Name)},
        {"苹果", "苹果汁", "", "", R(P, Name)},
        {"苹果", "红富士苹果", "", "", R(S, Name)},
        {"果", "苹果", "", "", R(S, Name)},
        {"苹", "苹果", "", "", R(P, Name)},
        {"果苹", "苹果", "", "", std::nullopt},
        {"山泉矿泉", "农夫山泉 矿泉水", "", "", R(S, Name)},  // spaces in names do not count
        // full pinyin, prefixes of the last syllable, initials, mixtures
        {"pingguo", "苹果", "", "", R(E, Py)},
        {"pingg", "苹果", "", "", R(E, Py)},
        {"pinggu", "苹果", "", "", R(E, Py)},
        {"pg", "苹果", "", "", R(E, Py)},
        {"pguo", "苹果", "", "", R(E, Py)},
        {"pgguo", "苹果", "", "", std::nullopt},  // one piece per character: that would be three
        {"pin", "苹果", "", "", R(P, Py)},
        {"p", "苹果", "", "", R(P, Py)},
        {"苹g", "苹果", "", "", R(E, Py)},
        {"p果", "苹果", "", "", R(E, Py)},
        {"hfs苹果", "红富士苹果", "", "", R(E, Py)},
        {"pingguo", "红富士苹果5斤", "", "", R(S, Py)},
        {"hfs", "红富士苹果", "", "", R(P, Py)},
        {"pinguo", "苹果", "", "", std::nullopt},  // "pin" is neither 苹's syllable nor its initial
        {"gp", "苹果", "", "", std::nullopt},
        {"pingguoo", "苹果", "", "", std::nullopt},
        {"zhongguo", "中国", "", "", R(E, Py)},
        {"zhg", "中国", "", "", R(E, Py)},
        {"zg", "中国", "", "", R(E, Py)},
        // every reading of a polyphonic character; ü as v or u
        {"kele", "可乐", "", "", R(E, Py)},
        {"keyue", "可乐", "", "", R(E, Py)},
        {"yinhang", "银行", "", "", R(E, Py)},
        {"yinxing", "银行", "", "", R(E, Py)},
        {"chongqing", "重庆火锅底料", "", "", R(P, Py)},
        {"cq", "重庆火锅底料", "", "", R(P, Py)},
        {"zhq", "重庆火锅底料", "", "", R(P, Py)},
        {"lvcha", "绿茶", "", "", R(E, Py)},
        {"lucha", "绿茶", "", "", R(E, Py)},
        {"lüc", "绿茶", "", "", R(E, Py)},
        // Latin letters and digits in names match as typed, and mix with pinyin
        {"tcl", "TCL电视", "", "", R(P, Name)},
        {"TCL电视", "ＴＣＬ 电视", "", "", R(E, Name)},
        {"tclds", "TCL电视", "", "", R(E, Py)},
        {"550", "农夫山泉550ml", "", "", R(S, Name)},
        {"550ml", "农夫山泉 550ML", "", "", R(S, Name)},
        {"pg", "PG苹果", "", "", R(P, Name)},  // the literal match beats the pinyin one
        // English word prefixes
        {"apple", "红富士苹果", "Red Fuji Apple", "", R(S, Other)},
        {"red", "红富士苹果", "Red Fuji Apple", "", R(P, Other)},
        {"fu", "红富士苹果", "Red Fuji Apple", "", R(S, Other)},
        {"apple", "苹果", "Apple", "", R(E, Other)},
        {"appl", "苹果", "Apple", "", R(P, Other)},
        {"ple", "苹果", "Apple", "", std::nullopt},
        {"cola", "可口可乐", "Coca-Cola", "", R(S, Other)},
        // barcodes and phone digits (3+ digits)
        {"6901234567892", "苹果", "", "6901234567892", R(E, Other)},
        {"690123", "苹果", "", "6901234567892", R(P, Other)},
        {"4567", "苹果", "", "6901234567892", R(S, Other)},
        {"45", "苹果", "", "6901234567892", std::nullopt},
        {"8000", "张三", "", "138-0013-8000", R(S, Other)},
        {"zs", "张三", "", "13800138000", R(E, Py)},
        {"zhangs", "张三", "", "13800138000", R(E, Py)},
        {"张", "张三", "", "13800138000", R(P, Name)},
        // several terms: all must match, the first one ranks
        {"苹果 5斤", "红富士苹果 5斤", "", "", R(S, Name)},
        {"苹果 10斤", "红富士苹果 5斤", "", "", std::nullopt},
        {"hfs apple", "红富士苹果", "Red Fuji Apple", "", R(P, Py)},
        {"apple hfs", "红富士苹果", "Red Fuji Apple", "", R(S, Other)},
        {"", "苹果", "", "", std::nullopt},
        {"，。", "苹果", "", "", std::nullopt},
    };
    return c;
}

}  // namespace

TEST(Matcher, FollowsTheDefinition)
{
    for (const auto& c : cases()) {
        std::vector<std::string> codes;
        if (*c.code)
            codes.emplace_back(c.code);
        const auto doc = prepareDocument(c.name, c.english, codes);
        const auto got = matchQuery(parseQuery(c.query), doc);
        EXPECT_EQ(show(got), show(c.expected)) << "query '" << c.query << "' name '" << c.name << "'";
    }
}

TEST(Matcher, RanksByTierKindLengthThenId)
{
    const std::vector<std::pair<std::int64_t, const char*>> names
        = {{7, "红富士苹果"}, {3, "苹果"}, {5, "苹果汁"}, {4, "苹果醋"}, {9, "青苹果"}, {1, "香蕉"}};
    ReferenceSearch ref("苹果", 10);
    for (const auto& [id, name] : names)
        ref.consider(id, std::to_string(id), name, prepareDocument(name, "", {}));
    const auto hits = ref.take();
    std::vector<std::int64_t> ids;
    for (const auto& h : hits)
        ids.push_back(h.id);
    // exact, then prefixes by length then id (4 < 5), then substrings shortest first
    EXPECT_EQ(ids, (std::vector<std::int64_t>{3, 4, 5, 9, 7}));
    EXPECT_EQ(hits[0].name, "苹果");
    EXPECT_EQ(hits[0].key, "3");
}

TEST(Matcher, TopHitsKeepsTheBestLimit)
{
    TopHits top(3);
    for (std::int64_t id = 10; id > 0; --id)
        top.offer(SearchHit{id, {}, MatchRank{MatchTier::Substring, MatchKind::Name}, 5, {}});
    EXPECT_TRUE(top.full());
    EXPECT_FALSE(top.wouldKeep(SearchHit{4, {}, MatchRank{MatchTier::Substring, MatchKind::Name}, 5, {}}));
    EXPECT_TRUE(top.wouldKeep(SearchHit{99, {}, MatchRank{MatchTier::Prefix, MatchKind::Pinyin}, 50, {}}));
    const auto hits = top.take();
    ASSERT_EQ(hits.size(), 3U);
    EXPECT_EQ(hits[0].id, 1);
    EXPECT_EQ(hits[2].id, 3);
    TopHits none(0);
    none.offer(SearchHit{1, {}, {}, 1, {}});
    EXPECT_TRUE(none.take().empty());
}
