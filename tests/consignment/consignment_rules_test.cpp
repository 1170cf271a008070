// The pure consignment rules: state machines, stock arithmetic, the sale split and its rounding,
// aging, the shelf barcode and ID masking.

#include "services/consignment/consignment_rules.h"

#include <gtest/gtest.h>

namespace cz::consignment {
namespace {

TEST(ListingStateTest, Transitions)
{
    using S = ListingState;
    using E = ListingEvent;
    EXPECT_EQ(nextListingState(S::Draft, E::Publish), S::Pending);
    EXPECT_EQ(nextListingState(S::Pending, E::Published), S::Active);
    EXPECT_EQ(nextListingState(S::Active, E::Rejected), S::Rejected);
    EXPECT_EQ(nextListingState(S::Pending, E::Rejected), S::Rejected);
    EXPECT_EQ(nextListingState(S::Withdrawn, E::Published), S::Withdrawn);
    EXPECT_EQ(nextListingState(S::Active, E::Withdraw), S::Withdrawn);
    EXPECT_EQ(nextListingState(S::Draft, E::Withdraw), S::Withdrawn);
    EXPECT_EQ(nextListingState(S::Active, E::Update), S::Active);
    EXPECT_FALSE(nextListingState(S::Active, E::Publish));
    EXPECT_FALSE(nextListingState(S::Rejected, E::Publish));
    EXPECT_FALSE(nextListingState(S::Rejected, E::Withdraw));
    EXPECT_FALSE(nextListingState(S::Draft, E::Update));
    EXPECT_FALSE(nextListingState(S::Draft, E::Published));
    for (auto s : {S::Draft, S::Pending, S::Active, S::Rejected, S::Withdrawn})
        EXPECT_EQ(listingStateFromString(toString(s)), s);
}

TEST(SaleStateTest, Transitions)
{
    using S = SaleState;
    EXPECT_EQ(nextSaleState(S::AwaitingDispatch, SaleEvent::Pack), S::Packed);
    EXPECT_EQ(nextSaleState(S::Packed, SaleEvent::Dispatch), S::Dispatched);
    EXPECT_EQ(nextSaleState(S::AwaitingDispatch, SaleEvent::Dispatch), S::Dispatched);
    EXPECT_EQ(nextSaleState(S::Dispatched, SaleEvent::DispatchRefused), S::Packed);
    EXPECT_EQ(nextSaleState(S::Dispatched, SaleEvent::Settle), S::Settled);
    EXPECT_FALSE(nextSaleState(S::Settled, SaleEvent::Settle));
    EXPECT_FALSE(nextSaleState(S::Dispatched, SaleEvent::Dispatch));
    EXPECT_FALSE(nextSaleState(S::Packed, SaleEvent::Pack));
    for (auto s : {S::AwaitingDispatch, S::Packed, S::Dispatched, S::Settled})
        EXPECT_EQ(saleStateFromString(toString(s)), s);
}

TEST(StockTest, OnHandAndSalesNeverGoNegative)
{
    EXPECT_EQ(onHand({100, 30, 5, 10}), 55);
    EXPECT_EQ(takeForSale(10, 4).fromStock, 4);
    EXPECT_EQ(takeForSale(10, 4).shortfall, 0);
    EXPECT_EQ(takeForSale(3, 5).fromStock, 3);
    EXPECT_EQ(takeForSale(3, 5).shortfall, 2);
    EXPECT_EQ(takeForSale(0, 2).fromStock, 0);
    EXPECT_EQ(takeForSale(0, 2).shortfall, 2);
    EXPECT_EQ(takeForSale(-1, 2).fromStock, 0);
}

struct SplitCase {
    std::int64_t gross, fee;
    std::int32_t bp;
    std::int64_t commission, farmer;
};

TEST(SplitSaleTest, CommissionOnGrossRoundedHalfUp)
{
    const SplitCase cases[] = {
        {10000, 500, 800, 800, 8700},   // the textbook case
        {333, 17, 800, 27, 289},        // 26.64 → 27
        {1, 0, 800, 0, 1},              // 0.08 → 0
        {7, 0, 5000, 4, 3},             // 3.5 → 4 (half up)
        {6, 0, 2500, 2, 4},             // 1.5 → 2
        {19, 1, 1250, 2, 16},           // 2.375 → 2
        {100, 99, 5000, 1, 0},          // capped at the net: the farmer never goes negative
        {100, 100, 800, 0, 0},
        {0, 0, 800, 0, 0},
    };
    for (const auto& c : cases) {
        const auto s = splitSale(Money::fromFen(c.gross), Money::fromFen(c.fee), BasisPoints{c.bp}, 1,
                                 Money::fromFen(c.gross), Money::fromFen(c.gross));
        EXPECT_EQ(s.commission.fen(), c.commission) << c.gross << " @ " << c.bp;
        EXPECT_EQ(s.farmer.fen(), c.farmer) << c.gross << " @ " << c.bp;
        EXPECT_EQ((s.commission + s.farmer).fen(), std::max<std::int64_t>(c.gross - c.fee, 0));
        EXPECT_TRUE(s.absorbed.isZero());
    }
}

TEST(SplitSaleTest, StationAbsorbedMarkdownMovesCommissionToTheFarmer)
{
    // 10 units sold at ¥8 instead of the agreed ¥10: the station tops the farmer up by ¥20.
    const auto s = splitSale(Money::fromFen(8000), Money::fromFen(400), BasisPoints{800}, 10, Money::fromFen(800),
                             Money::fromFen(1000));
    EXPECT_EQ(s.net.fen(), 7600);
    EXPECT_EQ(s.absorbed.fen(), 2000);
    EXPECT_EQ(s.farmer.fen(), 7600 - 640 + 2000);
    EXPECT_EQ(s.commission.fen(), 640 - 2000);  // a debit to 4200: the station pays the difference
    EXPECT_EQ((s.farmer + s.commission).fen(), s.net.fen());
    // Sold above the agreed price: nothing to absorb.
    const auto up = splitSale(Money::fromFen(1200), Money(), BasisPoints{1000}, 1, Money::fromFen(1200),
                              Money::fromFen(1000));
    EXPECT_TRUE(up.absorbed.isZero());
    EXPECT_EQ(up.commission.fen(), 120);
}

TEST(SplitSaleTest, OverflowThrows)
{
    EXPECT_THROW((void)splitSale(Money::max(), Money(), BasisPoints{800}, 2, Money::fromFen(1), Money::max()),
                 MoneyOverflow);
}

TEST(CommissionTest, FarmerThenCategoryThenDefault)
{
    EXPECT_EQ(pickCommission(300, 500, 700).value, 300);
    EXPECT_EQ(pickCommission(std::nullopt, 500, 700).value, 500);
    EXPECT_EQ(pickCommission(std::nullopt, std::nullopt, 700).value, 700);
    EXPECT_EQ(pickCommission(std::nullopt, std::nullopt, std::nullopt).value, kBuiltInCommissionBp);
    EXPECT_EQ(pickCommission(0, 500, 700).value, 0);
}

TEST(AgingTest, LastFifthOfTheShelfLifeIsFlagged)
{
    const auto day = [](const char* s) { return *BusinessDay::parse(s); };
    // 10 days from 11-20: sell by 11-29; near the end from 11-28.
    EXPECT_EQ(agingOf(day("2026-11-20"), std::nullopt, 10, day("2026-11-27")).freshness, Freshness::Fresh);
    EXPECT_EQ(agingOf(day("2026-11-20"), std::nullopt, 10, day("2026-11-28")).freshness, Freshness::NearEnd);
    const auto last = agingOf(day("2026-11-20"), std::nullopt, 10, day("2026-11-29"));
    EXPECT_EQ(last.freshness, Freshness::NearEnd);
    EXPECT_EQ(last.daysLeft, 0);
    EXPECT_EQ(last.sellBy, day("2026-11-29"));
    EXPECT_EQ(agingOf(day("2026-11-20"), std::nullopt, 10, day("2026-11-30")).freshness, Freshness::Expired);
    // No harvest date: counted from the intake.
    EXPECT_EQ(agingOf(std::nullopt, day("2026-11-29"), 3, day("2026-11-30")).daysLeft, 1);
    EXPECT_EQ(agingOf(std::nullopt, std::nullopt, 3, day("2026-11-30")).freshness, Freshness::Unknown);
    EXPECT_EQ(agingOf(day("2026-11-20"), std::nullopt, std::nullopt, day("2026-11-30")).freshness, Freshness::Unknown);
}

TEST(BarcodeTest, Ean13WithInStorePrefix)
{
    EXPECT_EQ(ean13CheckDigit("400638133393"), '1');  // a published GTIN: 4006381333931
    EXPECT_EQ(ean13CheckDigit("690123456789"), '2');
    EXPECT_FALSE(ean13CheckDigit("12345"));
    const std::string code = shelfBarcode(42);
    EXPECT_EQ(code.size(), 13U);
    EXPECT_EQ(code.substr(0, 12), "290000000042");
    EXPECT_EQ(serialFromBarcode(code), 42);
    std::string broken = code;
    broken[12] = broken[12] == '0' ? '1' : '0';
    EXPECT_FALSE(serialFromBarcode(broken));
    EXPECT_FALSE(serialFromBarcode("4006381333931"));
}

TEST(IdNumberTest, OnlyTheLastFourAreKept)
{
    EXPECT_EQ(maskIdNumber("11010519491231002X"), "**************002X");
    EXPECT_EQ(maskIdNumber("11010519491231002x"), "**************002X");
    EXPECT_EQ(maskIdNumber("110105491231002"), "***********1002");
    EXPECT_FALSE(maskIdNumber("1101051949123100"));
    EXPECT_FALSE(maskIdNumber("1101051949123100XX"));
    EXPECT_FALSE(maskIdNumber("X10105194912310021"));
}

TEST(ProtocolListsTest, UnitsCouriersTracking)
{
    EXPECT_EQ(unitSymbol("jin"), "斤");
    EXPECT_EQ(unitSymbol("case"), "箱");
    EXPECT_EQ(unitSymbol("zzz"), "zzz");
    EXPECT_TRUE(isValidTrackingNo("SF1234567890"));
    EXPECT_FALSE(isValidTrackingNo("SF12"));
    EXPECT_FALSE(isValidTrackingNo("SF-1234567890"));
    EXPECT_EQ(categories().size(), 12U);
}

}  // namespace
}  // namespace cz::consignment
