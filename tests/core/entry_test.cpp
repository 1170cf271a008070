#include "core/accounts.h"
#include "core/entry.h"
#include "core/uuid.h"

#include <gtest/gtest.h>

using namespace cz;

namespace {
EntryRequest req(std::vector<PostingLine> lines)
{
    return EntryRequest{newUuid(), "test", "", std::move(lines), std::nullopt};
}
}  // namespace

TEST(Entry, Validation)
{
    EXPECT_TRUE(validateEntry(req({{"1000", Money::fromFen(5)}, {"3000", Money::fromFen(-5)}})).ok());
    EXPECT_EQ(validateEntry(req({{"1000", Money::fromFen(5)}, {"3000", Money::fromFen(-4)}})).error(), EntryError::Unbalanced);
    EXPECT_EQ(validateEntry(req({{"1000", Money::fromFen(5)}})).error(), EntryError::TooFewLines);
    EXPECT_EQ(validateEntry(req({{"1000", Money()}, {"3000", Money()}})).error(), EntryError::ZeroAmount);
    EXPECT_EQ(validateEntry(req({{"1000", Money::max()}, {"3000", Money::fromFen(1)}, {"3000", -Money::max()}})).error(),
              EntryError::Overflow);
    auto bad = req({{"1000", Money::fromFen(5)}, {"3000", Money::fromFen(-5)}});
    bad.opId = "x";
    EXPECT_EQ(validateEntry(bad).error(), EntryError::BadOpId);
    bad = req({{"1000", Money::fromFen(5)}, {"3000", Money::fromFen(-5)}});
    bad.kind.clear();
    EXPECT_EQ(validateEntry(bad).error(), EntryError::BadKind);
}

TEST(Entry, ReversalMirrorsAndCashDetection)
{
    const std::vector<PostingLine> lines{{"1000", Money::fromFen(7)}, {"4000", Money::fromFen(-7)}};
    const auto rev = reversalLines(lines);
    EXPECT_EQ(rev[0].amount.fen(), -7);
    EXPECT_EQ(rev[1].amount.fen(), 7);
    EXPECT_TRUE(touchesCashDrawer(req(lines)));
    EXPECT_FALSE(touchesCashDrawer(req({{"2000", Money::fromFen(7)}, {"1100", Money::fromFen(-7)}})));
    EXPECT_EQ(topLevelCode("2200:F1"), "2200");
    EXPECT_EQ(farmerPayableAccount("F1"), "2200:F1");
    EXPECT_EQ(standardChart().size(), 13u);
}
