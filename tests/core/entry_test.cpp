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

#include "core/fee_rule.h"

TEST(FeeRule, FixedPlusRateClampedAndRoundedAsNamed)
{
    FeeRule r{Money::fromFen(100), BasisPoints{150}, Money::fromFen(200), Money::fromFen(1000), Rounding::HalfUp};
    EXPECT_FALSE(validateFeeRule(r).has_value());
    EXPECT_EQ(computeFee(r, Money::fromFen(1000)).fen(), 200);       // 100 + 15 → minimum 200
    EXPECT_EQ(computeFee(r, Money::fromFen(10033)).fen(), 250);      // 100 + 150.495 → 150 (half up)
    EXPECT_EQ(computeFee(r, Money::fromFen(10034)).fen(), 251);      // 100 + 150.51 → 151
    EXPECT_EQ(computeFee(r, Money::fromYuan(10000)).fen(), 1000);    // capped
    r.rounding = Rounding::Up;
    EXPECT_EQ(computeFee(r, Money::fromFen(10001)).fen(), 251);      // 150.015 → 151
    EXPECT_EQ(validateFeeRule({Money::fromFen(-1), {}, {}, {}, Rounding::HalfUp}), FeeRuleError::Negative);
    EXPECT_EQ(validateFeeRule({{}, BasisPoints{10001}, {}, {}, Rounding::HalfUp}), FeeRuleError::RateOutOfRange);
    EXPECT_EQ(validateFeeRule({{}, {}, Money::fromFen(5), Money::fromFen(4), Rounding::HalfUp}), FeeRuleError::MinAboveMax);
    EXPECT_EQ(computeFee({}, Money::fromYuan(99)).fen(), 0);
}
