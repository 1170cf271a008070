#include "search/text.h"

#include <gtest/gtest.h>

using namespace cz::search;

TEST(Text, FoldsFullWidthCaseAndUmlaut)
{
    EXPECT_EQ(foldChar(U'Ａ'), U'a');
    EXPECT_EQ(foldChar(U'ｚ'), U'z');
    EXPECT_EQ(foldChar(U'５'), U'5');
    EXPECT_EQ(foldChar(U'Q'), U'q');
    EXPECT_EQ(foldChar(U'ü'), U'v');
    EXPECT_EQ(foldChar(0x3000), U' ');
    EXPECT_EQ(foldChar(U'果'), U'果');
}

TEST(Text, NameUnitsDropEverythingButHanziLettersDigits)
{
    EXPECT_EQ(nameUnits("红富士 苹果 5斤装"), U"红富士苹果5斤装");
    EXPECT_EQ(nameUnits("农夫山泉（５５０ＭＬ＊２４瓶）"), U"农夫山泉550ml24瓶");
    EXPECT_EQ(nameUnits("TCL·电视"), U"tcl电视");
    EXPECT_EQ(nameUnits(""), U"");
}

TEST(Text, QueryTermsSplitAtAnythingElse)
{
    EXPECT_EQ(queryTerms("  苹果　5斤 "), (std::vector<std::u32string>{U"苹果", U"5斤"}));
    EXPECT_EQ(queryTerms("xi'an"), (std::vector<std::u32string>{U"xi", U"an"}));
    EXPECT_EQ(queryTerms("PingGuo"), (std::vector<std::u32string>{U"pingguo"}));
    EXPECT_EQ(queryTerms("Ｐｇ"), (std::vector<std::u32string>{U"pg"}));
    EXPECT_EQ(queryTerms("lü"), (std::vector<std::u32string>{U"lv"}));
    EXPECT_TRUE(queryTerms(" ,.;").empty());
}

TEST(Text, LongQueriesAreCut)
{
    const std::string longQuery(500, 'a');
    const auto terms = queryTerms(longQuery);
    ASSERT_EQ(terms.size(), 1U);
    EXPECT_EQ(terms[0].size(), kMaxQueryChars);
}

TEST(Text, EnglishWordsAndCodes)
{
    EXPECT_EQ(englishWords("Coca-Cola 500ML x24"), (std::vector<std::string>{"coca", "cola", "500ml", "x24"}));
    EXPECT_TRUE(englishWords("  ").empty());
    EXPECT_EQ(codeDigits("138-0013 8000"), "13800138000");
    EXPECT_EQ(codeDigits("６９０１２３"), "690123");
}

TEST(Text, Utf8RoundTripAndMalformedInput)
{
    const std::u32string s = U"a果𠀀";
    EXPECT_EQ(decodeUtf8(encodeUtf8(s)), s);
    EXPECT_EQ(decodeUtf8("\xff"
                         "a"),
              U"\uFFFDa");
    EXPECT_EQ(decodeUtf8("\xe6\x9e"), U"\uFFFD\uFFFD");  // truncated
    EXPECT_EQ(decodeUtf8("\xc0\xaf"), U"\uFFFD\uFFFD");  // overlong '/'
    EXPECT_EQ(nameUnits("\xff苹果"), U"苹果");
}
