#include "market/train_timetable.h"

#include "core/money.h"
#include "market/seeded_hash.h"
#include "market/text_codec.h"

#include <algorithm>
#include <array>

namespace cz::market {

namespace {

struct Stop final {
    std::string_view city;
    std::int64_t km;
};

struct SeatRate final {
    std::string_view seatClass;
    std::string_view zh;
    std::string_view en;
    std::int64_t fenPerKm; ///< fare per km, in fen
    std::int64_t capacity;
};

struct Service final {
    char prefix; ///< G, C or K
    int numberBase; ///< train numbers: base + 2*k (down) or base + 2*k + 1 (up)
    int firstDepartureMin; ///< minutes after midnight at the origin
    int everyMin;
    int runsPerDay;
    int kmPerHour;
};

struct Line final {
    std::vector<Stop> stops;
    std::vector<Service> services;
};

const std::vector<SeatRate> kHighSpeed {{"business", "商务座", "Business class", 146, 10},
                                        {"first", "一等座", "First class", 74, 56},
                                        {"second", "二等座", "Second class", 46, 500}};
const std::vector<SeatRate> kIntercity {{"first", "一等座", "First class", 64, 40},
                                        {"second", "二等座", "Second class", 40, 400}};
const std::vector<SeatRate> kConventional {{"soft_sleeper", "软卧", "Soft sleeper", 36, 32},
                                           {"hard_sleeper", "硬卧", "Hard sleeper", 23, 240},
                                           {"hard_seat", "硬座", "Hard seat", 13, 500},
                                           {"no_seat", "无座", "Standing", 13, 100}};

const std::vector<Line>& lines()
{
    static const std::vector<Line> all {
        // 京广: north–south through Zhengzhou
        {{{"anyang", 0}, {"xinxiang", 110}, {"zhengzhou", 190}, {"xuchang", 275}, {"luohe", 330}, {"zhumadian", 400}},
         {{'G', 6701, 6 * 60 + 30, 105, 9, 200}, {'K', 271, 5 * 60 + 40, 450, 3, 70}}},
        // 陇海: west–east through Zhengzhou
        {{{"luoyang", 0}, {"zhengzhou", 125}, {"kaifeng", 197}, {"shangqiu", 330}},
         {{'G', 2801, 7 * 60 + 5, 95, 9, 200}, {'K', 1101, 6 * 60 + 20, 420, 3, 70}}},
        // 郑焦城际
        {{{"zhengzhou", 0}, {"jiaozuo", 75}}, {{'C', 2901, 6 * 60 + 50, 80, 11, 150}}},
        // 郑万 / 郑阜 high-speed branches
        {{{"zhengzhou", 0}, {"pingdingshan", 150}}, {{'G', 5601, 8 * 60 + 15, 150, 6, 200}}},
        {{{"zhengzhou", 0}, {"zhoukou", 200}}, {{'G', 5801, 7 * 60 + 40, 160, 6, 200}}},
    };
    return all;
}

const std::vector<SeatRate>& ratesFor(char prefix)
{
    if (prefix == 'G')
        return kHighSpeed;
    if (prefix == 'C')
        return kIntercity;
    return kConventional;
}

std::int64_t fareFen(std::int64_t km, std::int64_t fenPerKm)
{
    const std::int64_t raw = km * fenPerKm;
    const std::int64_t halfYuan = (raw + 49) / 50 * 50; // fares are in steps of ¥0.5, rounded up
    return std::max<std::int64_t>(halfYuan, 200);
}

// Minutes from the train's departure at its origin to its call at stop `i` of the direction's
// stop list: running time at the service's average speed plus 3 minutes per earlier call.
std::int64_t minutesToStop(const std::vector<Stop>& stops, std::size_t i, const Service& s)
{
    return (stops[i].km - stops[0].km) * 60 / s.kmPerHour + 3 * static_cast<std::int64_t>(i);
}

void collect(const Line& line, bool up, std::string_view from, std::string_view to, std::int64_t day,
             std::vector<TrainRun>& out)
{
    std::vector<Stop> stops = line.stops;
    if (up) {
        std::reverse(stops.begin(), stops.end());
        const auto total = stops.front().km;
        for (auto& s : stops)
            s.km = total - s.km;
    }
    const auto fi = std::find_if(stops.begin(), stops.end(), [from](const Stop& s) { return s.city == from; });
    const auto ti = std::find_if(stops.begin(), stops.end(), [to](const Stop& s) { return s.city == to; });
    if (fi == stops.end() || ti == stops.end() || ti <= fi)
        return;
    const auto a = static_cast<std::size_t>(fi - stops.begin());
    const auto b = static_cast<std::size_t>(ti - stops.begin());
    const std::int64_t km = stops[b].km - stops[a].km;
    for (const auto& svc : line.services) {
        for (int k = 0; k < svc.runsPerDay; ++k) {
            TrainRun run;
            run.trainNo = std::string(1, svc.prefix) + std::to_string(svc.numberBase + 2 * k + (up ? 1 : 0));
            run.fromCity = std::string(from);
            run.toCity = std::string(to);
            run.originCity = std::string(stops.front().city);
            run.terminusCity = std::string(stops.back().city);
            const std::int64_t startMin
                = svc.firstDepartureMin + static_cast<std::int64_t>(k) * svc.everyMin + (up ? 20 : 0);
            run.departAtMs = chinaMidnightMs(day) + (startMin + minutesToStop(stops, a, svc)) * 60'000;
            run.arriveAtMs = chinaMidnightMs(day) + (startMin + minutesToStop(stops, b, svc)) * 60'000;
            run.distanceKm = km;
            for (const auto& r : ratesFor(svc.prefix))
                run.seats.push_back({std::string(r.seatClass), r.zh, r.en, fareFen(km, r.fenPerKm), r.capacity});
            out.push_back(std::move(run));
        }
    }
}

} // namespace

const std::vector<City>& cities()
{
    static const std::vector<City> all {
        {"zhengzhou", "郑州", "Zhengzhou"},
        {"kaifeng", "开封", "Kaifeng"},
        {"luoyang", "洛阳", "Luoyang"},
        {"xuchang", "许昌", "Xuchang"},
        {"xinxiang", "新乡", "Xinxiang"},
        {"jiaozuo", "焦作", "Jiaozuo"},
        {"anyang", "安阳", "Anyang"},
        {"luohe", "漯河", "Luohe"},
        {"zhumadian", "驻马店", "Zhumadian"},
        {"shangqiu", "商丘", "Shangqiu"},
        {"pingdingshan", "平顶山", "Pingdingshan"},
        {"zhoukou", "周口", "Zhoukou"},
    };
    return all;
}

const City* findCity(std::string_view id)
{
    const auto& all = cities();
    const auto it = std::find_if(all.begin(), all.end(), [id](const City& c) { return c.id == id; });
    return it == all.end() ? nullptr : &*it;
}

std::vector<TrainRun> trainsBetween(std::string_view from, std::string_view to, std::int64_t day)
{
    std::vector<TrainRun> out;
    for (const auto& line : lines()) {
        collect(line, false, from, to, day, out);
        collect(line, true, from, to, day, out);
    }
    std::sort(out.begin(), out.end(), [](const TrainRun& x, const TrainRun& y) {
        return x.departAtMs != y.departAtMs ? x.departAtMs < y.departAtMs : x.trainNo < y.trainNo;
    });
    return out;
}

std::optional<TrainRun> findTrain(std::string_view trainNo, std::string_view from, std::string_view to,
                                  std::int64_t day)
{
    for (auto& run : trainsBetween(from, to, day)) {
        if (run.trainNo == trainNo)
            return std::move(run);
    }
    return std::nullopt;
}

const SeatOffer* findSeat(const TrainRun& run, std::string_view seatClass)
{
    const auto it = std::find_if(run.seats.begin(), run.seats.end(),
                                 [seatClass](const SeatOffer& s) { return s.seatClass == seatClass; });
    return it == run.seats.end() ? nullptr : &*it;
}

std::int64_t seatsLeftForOthers(std::uint64_t seed, const TrainRun& run, const SeatOffer& seat, std::int64_t day)
{
    const double u = unitInterval(seededHash(seed, {"seats", run.trainNo, formatIsoDate(day), seat.seatClass}));
    if (u > 0.9)
        return 0; // one run-class in ten is sold out
    const auto sold = static_cast<std::int64_t>(static_cast<double>(seat.capacity) * u);
    return seat.capacity - sold;
}

std::int64_t ticketRefundFeeFen(std::int64_t priceFen, std::int64_t msBeforeDeparture)
{
    constexpr std::int64_t kHour = 3'600'000;
    int pct = 20;
    if (msBeforeDeparture >= 8 * 24LL * kHour)
        return 0;
    if (msBeforeDeparture >= 48 * kHour)
        pct = 5;
    else if (msBeforeDeparture >= 24 * kHour)
        pct = 10;
    // Sub-fen parts of the percentage are dropped (Down) before the railway's half-yuan rounding.
    const std::int64_t raw
        = cz::applyRate(cz::Money::fromFen(priceFen), cz::BasisPoints {pct * 100}, cz::Rounding::Down).fen();
    const std::int64_t yuan = raw / 100;
    const std::int64_t rest = raw % 100;
    std::int64_t fee = yuan * 100;
    if (rest >= 75)
        fee += 100;
    else if (rest >= 25)
        fee += 50;
    return std::min(std::max<std::int64_t>(fee, 200), priceFen);
}

} // namespace cz::market
