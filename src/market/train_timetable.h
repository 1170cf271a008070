#pragma once
// Trains between nearby cities in Henan: a fixed daily timetable on a few lines (high-speed G and
// intercity C trains, conventional K trains), fares by distance per seat class (rounded up to half
// a yuan, as railway fares are), and a deterministic "already sold to others" share per run.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cz::market {

struct City final {
    std::string_view id;
    std::string_view nameZh;
    std::string_view nameEn;
};

const std::vector<City>& cities();
const City* findCity(std::string_view id);

struct SeatOffer final {
    std::string seatClass; ///< business | first | second | soft_sleeper | hard_sleeper | hard_seat | no_seat
    std::string_view nameZh;
    std::string_view nameEn;
    std::int64_t priceFen = 0;
    std::int64_t capacity = 0;
};

struct TrainRun final {
    std::string trainNo;
    std::string fromCity; ///< the searched segment
    std::string toCity;
    std::string originCity; ///< where the whole train starts / ends
    std::string terminusCity;
    std::int64_t departAtMs = 0;
    std::int64_t arriveAtMs = 0;
    std::int64_t distanceKm = 0;
    std::vector<SeatOffer> seats;
};

/// Every train that calls at `from` and later at `to` on Beijing calendar day `day`, by departure.
std::vector<TrainRun> trainsBetween(std::string_view from, std::string_view to, std::int64_t day);
std::optional<TrainRun> findTrain(std::string_view trainNo, std::string_view from, std::string_view to,
                                  std::int64_t day);
const SeatOffer* findSeat(const TrainRun& run, std::string_view seatClass);
/// Seats of the class not sold to other passengers (before this marketplace's own bookings).
std::int64_t seatsLeftForOthers(std::uint64_t seed, const TrainRun& run, const SeatOffer& seat, std::int64_t day);

/// Railway refund fee for a ticket of `priceFen` refunded `msBeforeDeparture` before departure:
/// free ≥ 8 days, 5 % ≥ 48 h, 10 % ≥ 24 h, 20 % later; rounded to half a yuan (< ¥0.25 down,
/// < ¥0.75 to ¥0.5, else up), at least ¥2 when not free, never more than the price.
std::int64_t ticketRefundFeeFen(std::int64_t priceFen, std::int64_t msBeforeDeparture);

} // namespace cz::market
