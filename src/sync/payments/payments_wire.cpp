#include "sync/payments/payments_wire.h"

#include "sync/json_reader.h"

#include <algorithm>
#include <set>

namespace cz::sync {

using detail::decodeWith;
using detail::Field;
using detail::kMaxFen;
using detail::kMaxMs;
using nlohmann::json;

namespace {

constexpr std::size_t kMaxListed = 2000;             // billers, cities, trains or seats in one answer

std::string referenceId(const Field& f)
{
    auto s = f.str();
    if (!isReferenceId(s))
        f.fail("expected 1 to 32 letters, digits, '-' or '_'");
    return s;
}

bool digitsAt(std::string_view s, std::initializer_list<std::size_t> positions)
{
    return std::all_of(positions.begin(), positions.end(), [&](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; });
}

std::string isoDate(const Field& f)
{
    auto s = f.str();
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digitsAt(s, {0, 1, 2, 3, 5, 6, 8, 9}))
        f.fail("expected a date YYYY-MM-DD");
    return s;
}

std::string isoMonth(const Field& f)
{
    auto s = f.str();
    if (s.size() != 7 || s[4] != '-' || !digitsAt(s, {0, 1, 2, 3, 5, 6}))
        f.fail("expected a month YYYY-MM");
    return s;
}

std::size_t listSize(const Field& f)
{
    const auto n = f.size();
    if (n > kMaxListed)
        f.fail("more than " + std::to_string(kMaxListed) + " entries");
    return n;
}

bool isUtility(const std::string& kind) { return kind == "electricity" || kind == "water" || kind == "gas"; }

}  // namespace

bool isReferenceId(std::string_view s)
{
    if (s.empty() || s.size() > 32)
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

WireResult<std::vector<BillerInfo>> decodeBillers(std::string_view body)
{
    return decodeWith<std::vector<BillerInfo>>([&] {
        const json j = detail::parseObject(body);
        const Field list = Field(j, "").at("billers");
        std::vector<BillerInfo> out;
        std::set<std::string> seen;
        for (std::size_t i = 0, n = listSize(list); i < n; ++i) {
            const Field b = list.at(i);
            BillerInfo info;
            info.billerId = referenceId(b.at("biller_id"));
            if (!seen.insert(info.billerId).second)
                b.at("biller_id").fail("listed twice");
            info.nameZh = b.at("name_zh").capped(128);
            info.nameEn = b.at("name_en").capped(128);
            info.kind = b.at("kind").capped(32);
            if (isUtility(info.kind)) {
                const Field len = b.at("account_no_length");
                info.accountMinLen = static_cast<int>(len.at("min").int64(1, 32));
                info.accountMaxLen = static_cast<int>(len.at("max").int64(1, 32));
                if (info.accountMaxLen < info.accountMinLen)
                    len.fail("max below min");
            } else if (info.kind == "mobile") {
                const Field d = b.at("denominations_fen");
                const auto count = listSize(d);
                if (count == 0)
                    d.fail("a carrier without top-up amounts");
                for (std::size_t k = 0; k < count; ++k) {
                    const Money m = d.at(k).fen(1, kMaxFen);
                    if (std::find(info.denominations.begin(), info.denominations.end(), m) != info.denominations.end())
                        d.at(k).fail("listed twice");
                    info.denominations.push_back(m);
                }
            } else {
                continue;  // a kind of biller this version does not know how to pay
            }
            out.push_back(std::move(info));
        }
        return out;
    });
}

WireResult<BillLookup> decodeBillLookup(std::string_view body)
{
    return decodeWith<BillLookup>([&] {
        const json j = detail::parseObject(body);
        const Field root(j, "");
        BillLookup b;
        b.billerId = referenceId(root.at("biller_id"));
        b.accountNo = root.at("account_no").capped(32);
        if (b.accountNo.empty() || !std::all_of(b.accountNo.begin(), b.accountNo.end(), [](char c) { return c >= '0' && c <= '9'; }))
            root.at("account_no").fail("expected digits");
        b.holderNameMasked = root.at("holder_name_masked").capped(64);
        b.period = isoMonth(root.at("period"));
        b.amountDue = root.at("amount_due_fen").fen(0, kMaxFen);
        b.asOfMs = root.at("as_of").int64(0, kMaxMs);
        return b;
    });
}

WireResult<TrainSearch> decodeTrainSearch(std::string_view body)
{
    return decodeWith<TrainSearch>([&] {
        const json j = detail::parseObject(body);
        const Field root(j, "");
        TrainSearch s;
        s.from = referenceId(root.at("from"));
        s.to = referenceId(root.at("to"));
        s.date = isoDate(root.at("date"));
        const Field trains = root.at("trains");
        for (std::size_t i = 0, n = listSize(trains); i < n; ++i) {
            const Field t = trains.at(i);
            TrainInfo info;
            info.trainNo = referenceId(t.at("train_no"));
            if (info.trainNo.size() < 2 || info.trainNo.size() > 8)
                t.at("train_no").fail("expected 2 to 8 characters");
            info.from = referenceId(t.at("from"));
            info.to = referenceId(t.at("to"));
            info.origin = referenceId(t.at("origin"));
            info.terminus = referenceId(t.at("terminus"));
            info.departAtMs = t.at("depart_at").int64(0, kMaxMs);
            info.arriveAtMs = t.at("arrive_at").int64(0, kMaxMs);
            if (info.arriveAtMs <= info.departAtMs)
                t.at("arrive_at").fail("arrives before it departs");
            info.durationMin = t.at("duration_min").int64(0, 100'000);
            info.distanceKm = t.at("distance_km").int64(0, 100'000);
            const Field seats = t.at("seats");
            for (std::size_t k = 0, m = listSize(seats); k < m; ++k) {
                const Field o = seats.at(k);
                SeatOfferInfo seat;
                seat.seatClass = referenceId(o.at("seat_class"));
                seat.nameZh = o.at("name_zh").capped(64);
                seat.nameEn = o.at("name_en").capped(64);
                seat.price = o.at("price_fen").fen(1, kMaxFen);
                seat.available = o.at("available").int64(0, 100'000);
                info.seats.push_back(std::move(seat));
            }
            s.trains.push_back(std::move(info));
        }
        return s;
    });
}

WireResult<std::vector<CityInfo>> decodeCities(std::string_view body)
{
    return decodeWith<std::vector<CityInfo>>([&] {
        const json j = detail::parseObject(body);
        const Field list = Field(j, "").at("cities");
        std::vector<CityInfo> out;
        std::set<std::string> seen;
        for (std::size_t i = 0, n = listSize(list); i < n; ++i) {
            const Field c = list.at(i);
            CityInfo info{referenceId(c.at("city_id")), c.at("name_zh").capped(64), c.at("name_en").capped(64)};
            if (!seen.insert(info.cityId).second)
                c.at("city_id").fail("listed twice");
            out.push_back(std::move(info));
        }
        return out;
    });
}

WireResult<std::int64_t> decodeHealthNow(std::string_view body)
{
    return decodeWith<std::int64_t>([&] {
        const json j = detail::parseObject(body);
        return Field(j, "").at("now").int64(0, kMaxMs);
    });
}

}  // namespace cz::sync
