// Pure helpers behind the protocol's validation: resident IDs, dates in Beijing time, base64,
// railway refund fees, masking, cursors.

#include "market/api_error.h"
#include "market/cursor.h"
#include "market/text_codec.h"
#include "market/train_timetable.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace cz::market::test {
namespace {

TEST(Codec, ResidentIdNumbers)
{
    EXPECT_TRUE(isResidentIdNumber("11010519491231002X"));
    EXPECT_TRUE(isResidentIdNumber("11010519491231002x"));
    EXPECT_FALSE(isResidentIdNumber("110105194912310021")); // wrong check character
    EXPECT_FALSE(isResidentIdNumber("11010519491331002X")); // month 13
    EXPECT_FALSE(isResidentIdNumber("1101051949123100"));
    EXPECT_FALSE(isResidentIdNumber("01010519491231002X"));
    EXPECT_EQ(maskIdNumber("11010519491231002X"), "110105********002X");
}

TEST(Codec, DatesAreBeijingDates)
{
    // 2024-06-01 00:30 UTC is 08:30 in Beijing; 2024-05-31 16:00 UTC is already June 1st there.
    EXPECT_EQ(formatIsoDate(chinaDay(1717201800000)), "2024-06-01");
    EXPECT_EQ(formatIsoDate(chinaDay(1717171200000)), "2024-06-01");
    EXPECT_EQ(formatIsoDate(chinaDay(1717171199999)), "2024-05-31");
    EXPECT_EQ(chinaMidnightMs(*parseIsoDate("2024-06-01")), 1717171200000);
    EXPECT_FALSE(parseIsoDate("2023-02-29"));
    EXPECT_TRUE(parseIsoDate("2024-02-29"));
    EXPECT_FALSE(parseIsoDate("2024-6-01"));
    EXPECT_FALSE(parseIsoDate("2024-06-01T"));
}

TEST(Codec, Base64RoundTripsAndIsStrict)
{
    for (const std::string& s : std::vector<std::string> {"a", "ab", "abc", "abcd", std::string("\x00\xff\x10", 3)})
        EXPECT_EQ(base64Decode(base64Encode(s)), s);
    EXPECT_EQ(base64Encode("foob"), "Zm9vYg==");
    EXPECT_FALSE(base64Decode("Zm9vYg="));
    EXPECT_FALSE(base64Decode("Zm9v Yg=="));
    EXPECT_FALSE(base64Decode("Zm=vYg=="));
    EXPECT_FALSE(base64Decode(""));
}

TEST(Codec, MobileNumbersAndNames)
{
    EXPECT_TRUE(isMobileNumber("13812345678"));
    EXPECT_FALSE(isMobileNumber("12812345678"));
    EXPECT_FALSE(isMobileNumber("1381234567"));
    EXPECT_EQ(maskName("王建国"), "王*国");
    EXPECT_EQ(maskName("李明"), "李*");
    EXPECT_EQ(maskName("欧阳建国"), "欧**国");
}

TEST(Codec, RailwayRefundFees)
{
    constexpr std::int64_t h = 3'600'000;
    EXPECT_EQ(ticketRefundFeeFen(10000, 9 * 24 * h), 0); // ≥ 8 days: free
    EXPECT_EQ(ticketRefundFeeFen(10000, 3 * 24 * h), 500); // 5 %
    EXPECT_EQ(ticketRefundFeeFen(10000, 30 * h), 1000); // 10 %
    EXPECT_EQ(ticketRefundFeeFen(10000, 2 * h), 2000); // 20 %
    EXPECT_EQ(ticketRefundFeeFen(3350, 30 * h), 350); // 3.35 → 3.5 (0.25 ≤ .35 < 0.75)
    EXPECT_EQ(ticketRefundFeeFen(12200, 30 * h), 1200); // 12.20 → 12 (< 0.25 dropped)
    EXPECT_EQ(ticketRefundFeeFen(7800, 2 * h), 1550); // 15.60 → 15.5
    EXPECT_EQ(ticketRefundFeeFen(8000, 2 * h), 1600); // 16.00 stays
    EXPECT_EQ(ticketRefundFeeFen(8400, 2 * h), 1700); // 16.80 → 17 (≥ 0.75 up)
    EXPECT_EQ(ticketRefundFeeFen(1500, 30 * h), 200); // at least ¥2
    EXPECT_EQ(ticketRefundFeeFen(150, 2 * h), 150); // never more than the ticket
}

TEST(Codec, Cursors)
{
    EXPECT_EQ(parseCursor("ev", "abcd1234", makeCursor("ev", "abcd1234", 42)), 42);
    EXPECT_EQ(parseCursor("ev", "abcd1234", ""), 0);
    EXPECT_THROW(parseCursor("ev", "abcd1234", "ca1.abcd1234.1"), ApiError);
    EXPECT_THROW(parseCursor("ev", "abcd1234", "ev1.abcd1234."), ApiError);
    EXPECT_THROW(parseCursor("ev", "abcd1234", "ev1.abcd1234.1x"), ApiError);
    try {
        parseCursor("ev", "abcd1234", "ev1.ffff0000.3");
        FAIL();
    } catch (const ApiError& e) {
        EXPECT_EQ(e.status(), 410);
    }
}

TEST(Trains, TimetableIsConsistent)
{
    const auto day = *parseIsoDate("2024-06-02");
    const auto there = trainsBetween("zhengzhou", "luoyang", day);
    const auto back = trainsBetween("luoyang", "zhengzhou", day);
    ASSERT_FALSE(there.empty());
    ASSERT_EQ(there.size(), back.size());
    for (const auto& t : there) {
        EXPECT_LT(t.departAtMs, t.arriveAtMs);
        EXPECT_EQ(t.distanceKm, 125);
        EXPECT_TRUE(findTrain(t.trainNo, "zhengzhou", "luoyang", day).has_value());
        EXPECT_FALSE(findTrain(t.trainNo, "luoyang", "zhengzhou", day).has_value());
        for (const auto& s : t.seats)
            EXPECT_EQ(s.priceFen % 50, 0);
    }
    EXPECT_TRUE(trainsBetween("anyang", "kaifeng", day).empty()); // different lines: no direct train
    EXPECT_TRUE(trainsBetween("zhengzhou", "beijing", day).empty());
}

} // namespace
} // namespace cz::market::test
