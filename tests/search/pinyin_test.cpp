#include "search/pinyin.h"
#include "search/text.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace cz::search;

namespace {

std::vector<std::string> readingsOf(char32_t c)
{
    std::vector<std::string> out;
    for (auto id : pinyin::readings(c))
        out.emplace_back(pinyin::syllable(id));
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& s)
{
    return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST(Pinyin, EverydayReadingComesFirst)
{
    EXPECT_EQ(readingsOf(U'苹').front(), "ping");
    EXPECT_EQ(readingsOf(U'果').front(), "guo");
    EXPECT_EQ(readingsOf(U'行').front(), "xing");
    EXPECT_EQ(readingsOf(U'重').front(), "zhong");
}

TEST(Pinyin, EveryReadingOfPolyphonicCharacters)
{
    const auto xing = readingsOf(U'行');
    EXPECT_TRUE(has(xing, "hang"));
    EXPECT_TRUE(has(xing, "xing"));
    const auto zhong = readingsOf(U'重');
    EXPECT_TRUE(has(zhong, "chong"));
    const auto le = readingsOf(U'乐');  // yuè only in kXHC1983 / kTGHZ2013
    EXPECT_TRUE(has(le, "le"));
    EXPECT_TRUE(has(le, "yue"));
    EXPECT_TRUE(has(readingsOf(U'长'), "chang"));
    EXPECT_TRUE(has(readingsOf(U'长'), "zhang"));
    // No duplicates even though several fields repeat a reading.
    auto sorted = xing;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(std::adjacent_find(sorted.begin(), sorted.end()), sorted.end());
}

TEST(Pinyin, UmlautIsBothVAndU)
{
    const auto lv = readingsOf(U'绿');
    EXPECT_TRUE(has(lv, "lv"));
    EXPECT_TRUE(has(lv, "lu"));
    const auto nv = readingsOf(U'女');
    EXPECT_TRUE(has(nv, "nv"));
    EXPECT_TRUE(has(nv, "nu"));
}

TEST(Pinyin, ToneMarksAreGoneAndEveryReadingIsPlainLetters)
{
    for (std::size_t i = 0; i < pinyin::syllableCount(); ++i) {
        const auto s = pinyin::syllable(static_cast<pinyin::SyllableId>(i));
        ASSERT_FALSE(s.empty());
        for (char c : s)
            ASSERT_TRUE(c >= 'a' && c <= 'z') << s;
    }
    EXPECT_GT(pinyin::syllableCount(), 400U);
    EXPECT_TRUE(pinyin::find("m").has_value());  // 呣 m̀ as well as the Latin letter
    EXPECT_TRUE(pinyin::find("ng").has_value());  // 嗯 ńg
    EXPECT_FALSE(pinyin::find("pingg").has_value());
}

TEST(Pinyin, LatinLettersReadAsThemselves)
{
    ASSERT_EQ(readingsOf(U'x').size(), 1U);
    EXPECT_EQ(readingsOf(U'x').front(), "x");
    EXPECT_TRUE(readingsOf(U'X').empty());  // callers fold first
    EXPECT_TRUE(readingsOf(U'5').empty());
}

TEST(Pinyin, CompletionsAreTheSyllablesWithThePrefix)
{
    const auto r = pinyin::completions("zh");
    ASSERT_FALSE(r.empty());
    std::size_t expected = 0;
    for (std::size_t i = 0; i < pinyin::syllableCount(); ++i)
        expected += pinyin::syllable(static_cast<pinyin::SyllableId>(i)).rfind("zh", 0) == 0 ? 1 : 0;
    EXPECT_EQ(r.size(), expected);
    for (auto id = r.first; id < r.last; ++id)
        EXPECT_EQ(pinyin::syllable(id).substr(0, 2), "zh");
    EXPECT_TRUE(pinyin::completions("zhx").empty());
    EXPECT_EQ(pinyin::completions("guo").size(), 1U);
}

TEST(Pinyin, HanziClassification)
{
    EXPECT_TRUE(pinyin::isHanzi(U'果'));
    EXPECT_TRUE(pinyin::isHanzi(0x20000));  // extension B
    EXPECT_FALSE(pinyin::isHanzi(U'a'));
    EXPECT_FALSE(pinyin::isHanzi(U'，'));
    EXPECT_FALSE(pinyin::isHanzi(U'ア'));
    EXPECT_FALSE(pinyin::fingerprint().empty());
}
