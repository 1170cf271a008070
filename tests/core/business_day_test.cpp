#include "core/business_day.h"
#include "core/denominations.h"
#include "core/uuid.h"

#include <gtest/gtest.h>

using namespace cz;
using namespace std::chrono;

TEST(BusinessDay, LocalDateFollowsTheZone)
{
    const FixedOffsetZone shanghai("Asia/Shanghai", hours(8));
    // 2026-11-29 16:30 UTC is already 2026-11-30 00:30 in Shanghai.
    const TimePoint t = time_point_cast<milliseconds>(sys_days(year(2026) / 11 / 29) + hours(16) + minutes(30));
    EXPECT_EQ(BusinessDay::at(t, shanghai).toString(), "2026-11-30");
    EXPECT_EQ(BusinessDay::at(t - hours(1), shanghai).toString(), "2026-11-29");
    const FixedOffsetZone utc("UTC", seconds(0));
    EXPECT_EQ(BusinessDay::at(t, utc).toString(), "2026-11-29");
    EXPECT_EQ(formatLocalDateTime(t, shanghai), "2026-11-30 00:30:00");
    EXPECT_EQ(formatLocalTime(t, utc), "16:30");
    const auto d = BusinessDay::parse("2026-11-30").value();
    EXPECT_EQ(d.startIn(shanghai), time_point_cast<milliseconds>(sys_days(year(2026) / 11 / 29) + hours(16)));
}

TEST(BusinessDay, ParseAndArithmetic)
{
    EXPECT_FALSE(BusinessDay::parse("2026-02-30"));
    EXPECT_FALSE(BusinessDay::parse("2026-1-01"));
    EXPECT_FALSE(BusinessDay::parse("2026/01/01"));
    EXPECT_FALSE(BusinessDay::parse("abcd-ef-gh"));
    const auto d = BusinessDay::parse("2028-02-28").value();
    EXPECT_EQ(d.next().toString(), "2028-02-29");
    EXPECT_EQ(d.next().next().toString(), "2028-03-01");
    EXPECT_EQ(BusinessDay::parse("2027-01-01")->previous().toString(), "2026-12-31");
    EXPECT_LT(d, d.next());
}

TEST(Denominations, CountTotalsAndRejections)
{
    EXPECT_EQ(countTotal({{10000, 3}, {50, 1}, {10, 2}})->fen(), 30070);
    EXPECT_EQ(countTotal({})->fen(), 0);
    EXPECT_EQ(countTotal({{300, 1}}).error(), CountError::UnknownDenomination);
    EXPECT_EQ(countTotal({{100, -1}}).error(), CountError::NegativeCount);
    EXPECT_EQ(countTotal({{100, 2'000'000}}).error(), CountError::TooMany);
    const DenominationCount c{{10000, 2}, {10, 7}};
    EXPECT_EQ(decodeCount(encodeCount(c)), c);
    Money rest;
    const auto g = greedyCount(Money::fromFen(18867), rest);
    EXPECT_EQ(rest.fen(), 7);
    EXPECT_EQ(countTotal(g)->fen(), 18860);
}

TEST(Uuid, FormatAndUniqueness)
{
    const auto a = newUuid();
    const auto b = newUuid();
    EXPECT_TRUE(isUuid(a));
    EXPECT_NE(a, b);
    EXPECT_EQ(a[14], '7');
    EXPECT_LE(a.substr(0, 13), b.substr(0, 13));  // time-ordered prefix
    EXPECT_FALSE(isUuid("not-a-uuid"));
    EXPECT_FALSE(isUuid("3f2b8c1e-9a0d-4c5e-8f7a-1b2c3d4e5f6g"));
}
