#pragma once
// 代卖 consignment: the pure rules — listing and sale life cycles, stock arithmetic, how a sale's
// money is split between the farmer and the station, shelf-life aging, the shelf-label barcode and
// ID-number masking. No SQLite, no Qt: the service applies these inside its transactions and the
// unit tests check them table by table.
//
// Listing:   draft ──publish──▶ pending ──published──▶ active
//              │                   │  ╲                  │
//              │                   │   rejected ◀────────┤ (moderation, or the op refused)
//              └──withdraw──▶ withdrawn ◀──withdraw──────┘
// Sale:      awaiting_dispatch ──pack──▶ packed ──dispatch──▶ dispatched ──settled──▶ settled
//                    ▲                                  │
//                    └───────── dispatch op refused ────┘

#include "core/business_day.h"
#include "core/money.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cz::consignment {

enum class ListingState { Draft, Pending, Active, Rejected, Withdrawn };
enum class ListingEvent { Publish, Published, Rejected, Withdraw, Update };

std::string_view toString(ListingState s);
std::optional<ListingState> listingStateFromString(std::string_view s);
/// The state after `e`, or nullopt when `e` is not allowed in `from` (Update keeps the state).
std::optional<ListingState> nextListingState(ListingState from, ListingEvent e);
/// Pending or active: the marketplace offers (or is about to offer) it, so stock changes go up.
bool isLive(ListingState s);

enum class SaleState { AwaitingDispatch, Packed, Dispatched, Settled };
enum class SaleEvent { Pack, Dispatch, DispatchRefused, Settle };

std::string_view toString(SaleState s);
std::optional<SaleState> saleStateFromString(std::string_view s);
std::optional<SaleState> nextSaleState(SaleState from, SaleEvent e);

// ---- what the marketplace accepts -------------------------------------------------------------

/// Listing categories of the protocol (docs/openapi.yaml ListingCategory).
const std::vector<std::string_view>& categories();
/// Unit codes of the protocol ("jin", "kg", "piece", "box" …).
const std::vector<std::string_view>& unitCodes();
/// The unit as printed and shown: 斤, 公斤, 个, 箱 … (the code itself when unknown).
std::string_view unitSymbol(std::string_view code);
/// Courier codes sale.dispatch accepts.
const std::vector<std::string_view>& courierCodes();
/// 8–30 letters or digits.
bool isValidTrackingNo(std::string_view s);

// ---- stock ------------------------------------------------------------------------------------

/// Units moved for one listing, each total ≥ 0. The goods are the farmer's: this is what the
/// station holds for them, never the station's own stock.
struct StockTotals {
    std::int64_t received = 0;
    std::int64_t sold = 0;
    std::int64_t spoiled = 0;
    std::int64_t returned = 0;
};

/// received − sold − spoiled − returned.
std::int64_t onHand(const StockTotals& t);

/// How a sale of `quantity` units meets the stock: what leaves the shelf, and what the marketplace
/// sold beyond it (never taken from stock, so stock never goes negative).
struct StockTake {
    std::int64_t fromStock = 0;
    std::int64_t shortfall = 0;
};
StockTake takeForSale(std::int64_t onHandNow, std::int64_t quantity);

// ---- money --------------------------------------------------------------------------------------

/// The most a commission rate may be: the farmer must keep most of the sale.
inline constexpr std::int32_t kMaxCommissionBp = 5000;
/// Used while the station has set no default rule: 8 %.
inline constexpr std::int32_t kBuiltInCommissionBp = 800;

/// Who bears a markdown's discount. Farmer: the lower price is simply the new price (the goods are
/// the farmer's). Station: the farmer is still credited at the price agreed before the markdown,
/// and the difference comes out of the station's commission (it may turn into a debit to 4200).
enum class MarkdownRule { FarmerAbsorbs, StationAbsorbs };
std::string_view toString(MarkdownRule r);
std::optional<MarkdownRule> markdownRuleFromString(std::string_view s);

/// One sale's money: net = gross − platform fee goes to 1300; farmer + commission = net.
struct SaleSplit {
    Money net;         ///< gross − platform fee: what the marketplace will settle
    Money commission;  ///< the station's share (4200); negative when a markdown it absorbs exceeds it
    Money absorbed;    ///< markdown discount the station took over from the farmer (≥ 0)
    Money farmer;      ///< credited to 2200:<farmer> (≥ 0)
};

/// The commission is `rate` of the GROSS (ledger.md: c = rG), rounded HALF UP (Rounding::HalfUp,
/// the same mode the marketplace names for its platform fee), and never more than the net, so a
/// farmer's share is never negative. `agreedUnitPrice` is the price the farmer is owed per unit
/// under a station-absorbed markdown (0 = no guarantee): the station adds
/// max(0, agreed − sold) × quantity to the farmer's share and takes it from its commission.
/// Throws MoneyOverflow on absurd amounts.
SaleSplit splitSale(Money gross, Money platformFee, BasisPoints rate, std::int64_t quantity, Money soldUnitPrice,
                    Money agreedUnitPrice);

/// Which commission rate applies: the farmer's own rate, else the category's, else the station
/// default, else kBuiltInCommissionBp.
BasisPoints pickCommission(std::optional<std::int32_t> farmerBp, std::optional<std::int32_t> categoryBp,
                           std::optional<std::int32_t> defaultBp);

// ---- aging --------------------------------------------------------------------------------------

enum class Freshness { Fresh, NearEnd, Expired, Unknown };

struct Aging {
    Freshness freshness = Freshness::Unknown;
    std::optional<BusinessDay> sellBy;  ///< the last day of the shelf life
    int daysLeft = 0;                   ///< sellBy − today (negative once expired)
};

/// Shelf life counted from the harvest date (or, without one, from the day the goods came in).
/// Near the end: the last fifth of the shelf life, and at least the last day.
Aging agingOf(std::optional<BusinessDay> harvest, std::optional<BusinessDay> receivedOn,
              std::optional<int> shelfLifeDays, BusinessDay today);

// ---- labels and identity ------------------------------------------------------------------------

/// The shelf label's EAN-13: prefix 29 (restricted circulation — in-store numbers that never
/// collide with a product's GTIN), the listing's serial in 10 digits, the check digit.
std::string shelfBarcode(std::int64_t serial);
/// The EAN-13 check digit of 12 digits (nullopt unless exactly 12 digits).
std::optional<char> ean13CheckDigit(std::string_view twelveDigits);
/// The listing serial a scanned shelf label carries, or nullopt when it is not one of ours.
std::optional<std::int64_t> serialFromBarcode(std::string_view code);

/// A resident ID number kept as the station stores it: every character but the last four
/// replaced by '*' ("**************123X"). nullopt when it is not 15 or 18 characters of digits
/// (and a final X).
std::optional<std::string> maskIdNumber(std::string_view idNumber);

}  // namespace cz::consignment
