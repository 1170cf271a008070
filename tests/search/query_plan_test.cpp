#include "search/keys.h"
#include "search/query_plan.h"

#include <chrono>
#include <gtest/gtest.h>

using namespace cz::search;

namespace {

std::vector<PlanPass> plan(const char* q) { return planQuery(parseQuery(q)); }

}  // namespace

TEST(QueryPlan, EmptyQueryHasNoPasses)
{
    EXPECT_TRUE(plan("").empty());
    EXPECT_TRUE(plan(" ，").empty());
}

TEST(QueryPlan, HanziTermUsesTheBigramAndItsStartTwin)
{
    const auto passes = plan("苹果");
    ASSERT_EQ(passes.size(), 2U);  // no English, no codes, no pinyin for a hanzi term
    const std::string bigram = keys::hanziPair(U'苹', U'果');
    EXPECT_EQ(passes[0].rank, (MatchRank{MatchTier::Exact, MatchKind::Name}));
    EXPECT_EQ(passes[0].match, "\"" + keys::start(bigram) + "\"");
    EXPECT_EQ(passes[0].minLength, 2);
    // Exact only while the name is two units long; longer names start with it at best.
    EXPECT_EQ(passes[0].boundFor(2), (MatchRank{MatchTier::Exact, MatchKind::Name}));
    EXPECT_EQ(passes[0].boundFor(3), (MatchRank{MatchTier::Prefix, MatchKind::Name}));
    EXPECT_EQ(passes[1].rank, (MatchRank{MatchTier::Substring, MatchKind::Name}));
    EXPECT_EQ(passes[1].minLength, 3);
    EXPECT_EQ(passes[1].match, "\"" + bigram + "\"");
}

TEST(QueryPlan, PassesComeInRankOrder)
{
    for (const char* q : {"pg", "pingguo", "6901234567892", "apple", "苹g 5", "zhongguorenmin"}) {
        const auto passes = plan(q);
        ASSERT_FALSE(passes.empty()) << q;
        for (std::size_t i = 1; i < passes.size(); ++i)
            EXPECT_LT(passes[i - 1].rank, passes[i].rank) << q;
    }
}

TEST(QueryPlan, InitialsNeedTheLeadPairAnchoredAtTheNameStartOrBothEnds)
{
    const std::string pair = keys::leadPair('p', 'g');
    bool sawExact = false;
    bool sawPrefix = false;
    for (const auto& p : plan("pg")) {
        if (p.rank == MatchRank{MatchTier::Exact, MatchKind::Pinyin}) {
            sawExact = true;
            EXPECT_EQ(p.match, "(\"" + keys::start(pair) + "\" AND \"" + keys::end(pair) + "\")");
            EXPECT_EQ(p.maxLength, 2);  // at most one unit per letter
        }
        if (p.rank == MatchRank{MatchTier::Prefix, MatchKind::Pinyin}) {
            sawPrefix = true;
            EXPECT_EQ(p.match, "\"" + keys::start(pair) + "\"");
        }
    }
    EXPECT_TRUE(sawExact);
    EXPECT_TRUE(sawPrefix);
}

TEST(QueryPlan, FullPinyinUsesSyllablePairs)
{
    // "pingguo": the intended cut ping|guo needs the pair key q ping0guo; every other cut (pin|g|guo,
    // p|i|n|g|…) has its own clause.
    for (const auto& p : plan("pingguo")) {
        if (p.rank.kind == MatchKind::Pinyin) {
            EXPECT_NE(p.match.find(keys::readingPair("ping", "guo")), std::string::npos) << p.match;
        }
    }
}

TEST(QueryPlan, CodesOnlyForThreeDigitsOrMore)
{
    auto mentions = [](const std::vector<PlanPass>& ps, const std::string& key) {
        for (const auto& p : ps)
            if (p.match.find(key) != std::string::npos)
                return true;
        return false;
    };
    EXPECT_FALSE(mentions(plan("69"), "\"d"));
    EXPECT_TRUE(mentions(plan("690"), "\"" + keys::codeTrigram("690") + "\""));
    EXPECT_TRUE(mentions(plan("6901234567892"), "\"" + keys::codeWhole("6901234567892") + "\""));
}

TEST(QueryPlan, LongAmbiguousRunsStayBounded)
{
    // Every letter is a possible piece, so a long run has thousands of segmentations; the planner
    // cuts them to their first pieces instead of enumerating them.
    const auto t0 = std::chrono::steady_clock::now();
    const auto passes = plan("zhangzhongshanshangchangchuanzhuangshuang");
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    ASSERT_FALSE(passes.empty());
    std::size_t total = 0;
    for (const auto& p : passes)
        total += p.match.size();
    EXPECT_LT(total, 60000U);
    EXPECT_LT(ms, 200.0);
}

TEST(QueryPlan, SeveralTermsAreAllRequired)
{
    const auto passes = plan("苹果 5斤");
    ASSERT_FALSE(passes.empty());
    for (const auto& p : passes) {
        EXPECT_NE(p.match.find(keys::hanziPair(U'苹', U'果')), std::string::npos) << p.match;
        EXPECT_NE(p.match.find(keys::hanzi(U'斤')), std::string::npos) << p.match;
        EXPECT_NE(p.match.find(" AND "), std::string::npos) << p.match;
    }
}
