#include "services/consignment/consignment_rules.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <utility>

namespace cz::consignment {

namespace {

constexpr std::array<std::pair<ListingState, std::string_view>, 5> kListingStates{{
    {ListingState::Draft, "draft"},
    {ListingState::Pending, "pending"},
    {ListingState::Active, "active"},
    {ListingState::Rejected, "rejected"},
    {ListingState::Withdrawn, "withdrawn"},
}};

constexpr std::array<std::pair<SaleState, std::string_view>, 4> kSaleStates{{
    {SaleState::AwaitingDispatch, "awaiting_dispatch"},
    {SaleState::Packed, "packed"},
    {SaleState::Dispatched, "dispatched"},
    {SaleState::Settled, "settled"},
}};

template <class E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N>& table, E v)
{
    for (const auto& [e, name] : table)
        if (e == v)
            return name;
    return "unknown";
}

template <class E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view s)
{
    for (const auto& [e, name] : table)
        if (name == s)
            return e;
    return std::nullopt;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string_view toString(ListingState s) { return nameOf(kListingStates, s); }
std::optional<ListingState> listingStateFromString(std::string_view s) { return valueOf(kListingStates, s); }
std::string_view toString(SaleState s) { return nameOf(kSaleStates, s); }
std::optional<SaleState> saleStateFromString(std::string_view s) { return valueOf(kSaleStates, s); }

bool isLive(ListingState s) { return s == ListingState::Pending || s == ListingState::Active; }

std::optional<ListingState> nextListingState(ListingState from, ListingEvent e)
{
    using S = ListingState;
    switch (e) {
    case ListingEvent::Publish:
        return from == S::Draft ? std::optional(S::Pending) : std::nullopt;
    case ListingEvent::Published:
        // Withdrawn before moderation finished: the withdraw op follows the publication, so the
        // listing stays withdrawn.
        if (from == S::Pending)
            return S::Active;
        return from == S::Withdrawn ? std::optional(S::Withdrawn) : std::nullopt;
    case ListingEvent::Rejected:
        if (isLive(from))
            return S::Rejected;
        return from == S::Withdrawn ? std::optional(S::Withdrawn) : std::nullopt;
    case ListingEvent::Withdraw:
        return from == S::Draft || isLive(from) ? std::optional(S::Withdrawn) : std::nullopt;
    case ListingEvent::Update:
        return isLive(from) ? std::optional(from) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<SaleState> nextSaleState(SaleState from, SaleEvent e)
{
    using S = SaleState;
    switch (e) {
    case SaleEvent::Pack: return from == S::AwaitingDispatch ? std::optional(S::Packed) : std::nullopt;
    case SaleEvent::Dispatch:
        return from == S::AwaitingDispatch || from == S::Packed ? std::optional(S::Dispatched) : std::nullopt;
    case SaleEvent::DispatchRefused: return from == S::Dispatched ? std::optional(S::Packed) : std::nullopt;
    // A settlement is the marketplace's word that the buyer got the goods: it is applied in any
    // state before settled (the dispatch op may still be waiting for its answer).
    case SaleEvent::Settle: return from != S::Settled ? std::optional(S::Settled) : std::nullopt;
    }
    return std::nullopt;
}

const std::vector<std::string_view>& categories()
{
    static const std::vector<std::string_view> v{"fruit", "vegetable", "grain", "eggs",  "meat",       "honey",
                                                 "nuts",  "tea",       "mushroom", "herbs", "handicraft", "other"};
    return v;
}

namespace {
constexpr std::array<std::pair<std::string_view, std::string_view>, 15> kUnits{{
    {"jin", "斤"}, {"kg", "公斤"}, {"piece", "个"}, {"box", "盒"}, {"case", "箱"}, {"bag", "袋"}, {"bottle", "瓶"},
    {"jar", "罐"}, {"pack", "包"}, {"bundle", "捆"}, {"dozen", "打"}, {"barrel", "桶"}, {"set", "套"}, {"pair", "双"},
    {"roll", "卷"},
}};
}  // namespace

const std::vector<std::string_view>& unitCodes()
{
    static const std::vector<std::string_view> v = [] {
        std::vector<std::string_view> out;
        for (const auto& [code, symbol] : kUnits)
            out.push_back(code);
        return out;
    }();
    return v;
}

std::string_view unitSymbol(std::string_view code)
{
    for (const auto& [c, symbol] : kUnits)
        if (c == code)
            return symbol;
    return code;
}

const std::vector<std::string_view>& courierCodes()
{
    static const std::vector<std::string_view> v{"sf", "ems", "zto", "yto", "sto", "yunda", "jd", "jt"};
    return v;
}

bool isValidTrackingNo(std::string_view s)
{
    if (s.size() < 8 || s.size() > 30)
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
}

std::int64_t onHand(const StockTotals& t) { return t.received - t.sold - t.spoiled - t.returned; }

StockTake takeForSale(std::int64_t onHandNow, std::int64_t quantity)
{
    const std::int64_t from = std::clamp<std::int64_t>(onHandNow, 0, std::max<std::int64_t>(quantity, 0));
    return StockTake{from, std::max<std::int64_t>(quantity, 0) - from};
}

std::string_view toString(MarkdownRule r) { return r == MarkdownRule::StationAbsorbs ? "station" : "farmer"; }

std::optional<MarkdownRule> markdownRuleFromString(std::string_view s)
{
    if (s == "farmer")
        return MarkdownRule::FarmerAbsorbs;
    if (s == "station")
        return MarkdownRule::StationAbsorbs;
    return std::nullopt;
}

SaleSplit splitSale(Money gross, Money platformFee, BasisPoints rate, std::int64_t quantity, Money soldUnitPrice,
                    Money agreedUnitPrice)
{
    SaleSplit s;
    s.net = gross - platformFee;
    if (s.net.isNegative())
        s.net = Money();
    s.commission = std::min(applyRate(gross, rate, Rounding::HalfUp), s.net);
    if (agreedUnitPrice > soldUnitPrice && quantity > 0)
        s.absorbed = (agreedUnitPrice - soldUnitPrice) * quantity;
    s.farmer = s.net - s.commission + s.absorbed;
    s.commission = s.commission - s.absorbed;
    return s;
}

BasisPoints pickCommission(std::optional<std::int32_t> farmerBp, std::optional<std::int32_t> categoryBp,
                           std::optional<std::int32_t> defaultBp)
{
    if (farmerBp)
        return BasisPoints{*farmerBp};
    if (categoryBp)
        return BasisPoints{*categoryBp};
    return BasisPoints{defaultBp.value_or(kBuiltInCommissionBp)};
}

Aging agingOf(std::optional<BusinessDay> harvest, std::optional<BusinessDay> receivedOn,
              std::optional<int> shelfLifeDays, BusinessDay today)
{
    Aging a;
    const auto start = harvest ? harvest : receivedOn;
    if (!start || !shelfLifeDays || *shelfLifeDays < 1)
        return a;
    // Day 1 of the shelf life is the start day itself.
    a.sellBy = start->plusDays(*shelfLifeDays - 1);
    a.daysLeft = static_cast<int>((std::chrono::sys_days(a.sellBy->ymd()) - std::chrono::sys_days(today.ymd())).count());
    const int nearWindow = std::max(1, *shelfLifeDays / 5);
    if (a.daysLeft < 0)
        a.freshness = Freshness::Expired;
    else if (a.daysLeft < nearWindow)
        a.freshness = Freshness::NearEnd;
    else
        a.freshness = Freshness::Fresh;
    return a;
}

std::optional<char> ean13CheckDigit(std::string_view d)
{
    if (d.size() != 12 || !std::all_of(d.begin(), d.end(), isDigit))
        return std::nullopt;
    int sum = 0;
    for (std::size_t i = 0; i < 12; ++i)
        sum += (d[i] - '0') * (i % 2 == 0 ? 1 : 3);
    return static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string shelfBarcode(std::int64_t serial)
{
    std::string digits = std::to_string(serial % 10'000'000'000LL);
    digits = "29" + std::string(10 - digits.size(), '0') + digits;
    return digits + *ean13CheckDigit(digits);
}

std::optional<std::int64_t> serialFromBarcode(std::string_view code)
{
    if (code.size() != 13 || code.substr(0, 2) != "29" || ean13CheckDigit(code.substr(0, 12)) != code[12])
        return std::nullopt;
    return std::stoll(std::string(code.substr(2, 10)));
}

std::optional<std::string> maskIdNumber(std::string_view id)
{
    if (id.size() != 15 && id.size() != 18)
        return std::nullopt;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const bool last = i + 1 == id.size();
        if (!isDigit(id[i]) && !(last && (id[i] == 'X' || id[i] == 'x')))
            return std::nullopt;
    }
    std::string out(id.size() - 4, '*');
    out += id.substr(id.size() - 4);
    if (out.back() == 'x')
        out.back() = 'X';
    return out;
}

}  // namespace cz::consignment
