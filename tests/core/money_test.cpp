#include "core/money.h"

#include <gtest/gtest.h>

#include <climits>

using namespace cz;

namespace {

struct Accepted {
    const char* text;
    std::int64_t fen;
};

class MoneyAccepts : public ::testing::TestWithParam<Accepted> {};

TEST_P(MoneyAccepts, ParsesToFen)
{
    auto r = parseMoney(GetParam().text);
    ASSERT_TRUE(r.ok()) << GetParam().text << ": " << describe(r.error());
    EXPECT_EQ(r->fen(), GetParam().fen) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, MoneyAccepts,
    ::testing::Values(Accepted{"12", 1200}, Accepted{"12.5", 1250}, Accepted{"12.50", 1250}, Accepted{"12.05", 1205},
                      Accepted{"0", 0}, Accepted{"0.01", 1}, Accepted{".5", 50}, Accepted{"12.", 1200},
                      Accepted{"¥1,234.50", 123450}, Accepted{"￥1,234.50", 123450}, Accepted{"¥ 8", 800},
                      Accepted{"1,234,567", 123456700}, Accepted{"  42  ", 4200},
                      Accepted{"\xEF\xBC\x91\xEF\xBC\x92", 1200},                           // １２
                      Accepted{"\xEF\xBF\xA5\xEF\xBC\x93\xEF\xBC\x8E\xEF\xBC\x95", 350},    // ￥３．５
                      Accepted{"3\xE3\x80\x82" "5", 350},                                    // 3。5
                      Accepted{"92233720368547758.07", INT64_MAX}, Accepted{"001.10", 110}));

struct Rejected {
    const char* text;
    MoneyParseError why;
};

class MoneyRejects : public ::testing::TestWithParam<Rejected> {};

TEST_P(MoneyRejects, WithReason)
{
    auto r = parseMoney(GetParam().text);
    ASSERT_FALSE(r.ok()) << GetParam().text << " parsed as " << r->fen();
    EXPECT_EQ(r.error(), GetParam().why) << GetParam().text;
    EXPECT_STRNE(describe(r.error()), "");
}

INSTANTIATE_TEST_SUITE_P(
    Table, MoneyRejects,
    ::testing::Values(Rejected{"1.234", MoneyParseError::TooManyDecimals}, Rejected{"1e5", MoneyParseError::InvalidCharacter},
                      Rejected{"abc", MoneyParseError::InvalidCharacter}, Rejected{"", MoneyParseError::Empty},
                      Rejected{"   ", MoneyParseError::Empty}, Rejected{"¥", MoneyParseError::Empty},
                      Rejected{"92233720368547758.08", MoneyParseError::Overflow},
                      Rejected{"99999999999999999999", MoneyParseError::Overflow},
                      Rejected{"-5", MoneyParseError::Negative}, Rejected{"¥-5", MoneyParseError::Negative},
                      Rejected{"1,23", MoneyParseError::BadGrouping}, Rejected{"1234,567", MoneyParseError::BadGrouping},
                      Rejected{",123", MoneyParseError::BadGrouping}, Rejected{"1,234,56", MoneyParseError::BadGrouping},
                      Rejected{"12.3.4", MoneyParseError::InvalidCharacter}, Rejected{".", MoneyParseError::InvalidCharacter},
                      Rejected{"1 2", MoneyParseError::InvalidCharacter}, Rejected{"12元", MoneyParseError::InvalidCharacter},
                      Rejected{"0x10", MoneyParseError::InvalidCharacter}, Rejected{"\xFF\xFE", MoneyParseError::InvalidCharacter}));

TEST(Money, CheckedArithmeticAtTheLimits)
{
    const Money max = Money::max();
    const Money one = Money::fromFen(1);
    EXPECT_FALSE(max.checkedAdd(one).has_value());
    EXPECT_FALSE(Money::min().checkedSub(one).has_value());
    EXPECT_FALSE(Money::min().checkedNeg().has_value());
    EXPECT_FALSE(max.checkedMul(2).has_value());
    EXPECT_EQ(max.checkedSub(one)->fen(), INT64_MAX - 1);
    EXPECT_THROW((void)(max + one), MoneyOverflow);
    EXPECT_THROW((void)(Money::min() - one), MoneyOverflow);
    EXPECT_THROW((void)(-Money::min()), MoneyOverflow);
    EXPECT_THROW((void)(max * 3), MoneyOverflow);
    EXPECT_THROW((void)Money::fromYuan(INT64_MAX / 10), MoneyOverflow);
    EXPECT_EQ((Money::fromFen(-5) + Money::fromFen(5)).fen(), 0);
    EXPECT_EQ(Money::fromYuan(12).fen(), 1200);
}

TEST(Money, Formatting)
{
    EXPECT_EQ(formatMoney(Money::fromFen(123450)), "¥1,234.50");
    EXPECT_EQ(formatMoney(Money::fromFen(0)), "¥0.00");
    EXPECT_EQ(formatMoney(Money::fromFen(5)), "¥0.05");
    EXPECT_EQ(formatMoney(Money::fromFen(-100001)), "-¥1,000.01");
    EXPECT_EQ(formatMoney(Money::fromFen(99999)), "¥999.99");
    EXPECT_EQ(formatMoney(Money::max()), "¥92,233,720,368,547,758.07");
    EXPECT_EQ(formatMoney(Money::min()), "-¥92,233,720,368,547,758.08");
    EXPECT_EQ(formatPlain(Money::fromFen(-7)), "-0.07");
    // What formatMoney prints parses back to the same amount.
    for (std::int64_t v : std::initializer_list<std::int64_t>{0, 1, 99, 100, 123456789, INT64_MAX})
        EXPECT_EQ(parseMoney(formatMoney(Money::fromFen(v)))->fen(), v);
}

struct RateCase {
    std::int64_t fen;
    std::int32_t bp;
    Rounding mode;
    std::int64_t expect;
};

class Rates : public ::testing::TestWithParam<RateCase> {};

TEST_P(Rates, RoundAsNamed)
{
    const auto& c = GetParam();
    EXPECT_EQ(applyRate(Money::fromFen(c.fen), BasisPoints{c.bp}, c.mode).fen(), c.expect)
        << c.fen << " fen @ " << c.bp << " bp";
}

// 5% of 1.01 = 5.05 fen; 5% of 1.10 = 5.5 fen; 5% of 0.30 = 1.5 fen; 5% of 0.50 = 2.5 fen.
INSTANTIATE_TEST_SUITE_P(
    Table, Rates,
    ::testing::Values(RateCase{101, 500, Rounding::HalfUp, 5}, RateCase{110, 500, Rounding::HalfUp, 6},
                      RateCase{110, 500, Rounding::HalfEven, 6}, RateCase{50, 500, Rounding::HalfEven, 2},
                      RateCase{30, 500, Rounding::HalfEven, 2}, RateCase{50, 500, Rounding::HalfUp, 3},
                      RateCase{110, 500, Rounding::Down, 5}, RateCase{101, 500, Rounding::Up, 6},
                      RateCase{-110, 500, Rounding::HalfUp, -6}, RateCase{-110, 500, Rounding::Down, -5},
                      RateCase{-110, 500, Rounding::Floor, -6}, RateCase{-110, 500, Rounding::Ceiling, -5},
                      RateCase{110, 500, Rounding::Floor, 5}, RateCase{110, 500, Rounding::Ceiling, 6},
                      RateCase{0, 500, Rounding::Up, 0}, RateCase{12345, 10000, Rounding::Down, 12345},
                      RateCase{12345, 0, Rounding::Up, 0}, RateCase{1, 1, Rounding::Up, 1}, RateCase{1, 1, Rounding::HalfUp, 0},
                      RateCase{INT64_MAX, 10000, Rounding::HalfEven, INT64_MAX}));

TEST(Rates, OverflowIsAnError)
{
    EXPECT_THROW((void)applyRate(Money::max(), BasisPoints{20000}, Rounding::Down), MoneyOverflow);
    EXPECT_THROW((void)divideRounded(1, 0, Rounding::Down), std::invalid_argument);
}

}  // namespace
