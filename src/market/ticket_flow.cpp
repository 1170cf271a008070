// Train tickets (代购火车票) on the marketplace side: a booking is pending → issued (wallet
// debited) | failed; an issued ticket can be refunded before departure: refund_pending →
// refunded (price minus the railway's refund fee credited to the wallet).

#include "market/api_error.h"
#include "market/flows.h"
#include "market/json_fields.h"
#include "market/seeded_hash.h"
#include "market/text_codec.h"
#include "market/train_timetable.h"

#include <algorithm>

namespace cz::market {

namespace {

constexpr std::int64_t kSaleWindowDays = 14;

struct TicketRow final {
    std::string trainNo;
    std::string travelDate;
    std::string fromCity;
    std::string toCity;
    std::string seatClass;
    std::int64_t priceFen = 0;
    std::int64_t departAt = 0;
    std::string state;
    std::int64_t refundFeeFen = 0;
};

std::optional<TicketRow> loadTicket(Market& m, const std::string& stationId, const std::string& bookingId)
{
    auto q
        = m.store().query("SELECT train_no, travel_date, from_city, to_city, seat_class, price_fen, depart_at, state, "
                          "coalesce(refund_fee_fen, 0) FROM tickets WHERE station_id = ? AND booking_id = ?");
    q.bind(1, stationId).bind(2, bookingId);
    if (!q.step())
        return std::nullopt;
    return TicketRow {q.text(0),  q.text(1),  q.text(2), q.text(3), q.text(4),
                      q.int64(5), q.int64(6), q.text(7), q.int64(8)};
}

void setState(Market& m, const std::string& stationId, const std::string& bookingId, const std::string& state,
              std::int64_t now)
{
    auto q = m.store().query("UPDATE tickets SET state = ?, updated_at = ? WHERE station_id = ? AND booking_id = ?");
    q.bind(1, state).bind(2, now).bind(3, stationId).bind(4, bookingId);
    q.exec();
}

void fail(Market& m, const std::string& stationId, const std::string& bookingId, const std::string& code,
          const std::string& reason, std::int64_t now)
{
    setState(m, stationId, bookingId, "failed", now);
    m.events().append(stationId, "ticket.failed", now,
                      {{"booking_id", bookingId}, {"reason_code", code}, {"reason", reason}});
}

// Seats of the run-class still free: the share not sold to others minus this marketplace's own
// issued (or being refunded) tickets.
std::int64_t seatsLeft(Market& m, const TrainRun& run, const SeatOffer& seat, std::int64_t day)
{
    auto q = m.store().query("SELECT count(*) FROM tickets WHERE train_no = ? AND travel_date = ? AND seat_class = ? "
                             "AND state IN ('issued', 'refund_pending')");
    q.bind(1, run.trainNo).bind(2, formatIsoDate(day)).bind(3, seat.seatClass);
    q.step();
    return seatsLeftForOthers(m.seed(), run, seat, day) - q.int64(0);
}

void issue(Market& m, const std::string& stationId, const std::string& bookingId, const TicketRow& t, std::int64_t now)
{
    if (unitInterval(seededHash(m.seed(), {"ticket-fail", stationId, bookingId})) < m.rates().ticketFailRate) {
        fail(m, stationId, bookingId, "railway_rejected", "the railway refused the booking", now);
        return;
    }
    if (t.departAt <= now) {
        fail(m, stationId, bookingId, "train_departed", "the train has left", now);
        return;
    }
    const auto day = *parseIsoDate(t.travelDate);
    const auto run = findTrain(t.trainNo, t.fromCity, t.toCity, day);
    const auto* seat = run ? findSeat(*run, t.seatClass) : nullptr;
    if (seat == nullptr || seatsLeft(m, *run, *seat, day) <= 0) {
        fail(m, stationId, bookingId, "sold_out", "no seats of this class are left", now);
        return;
    }
    const std::string eticket = "E" + m.digits("eticket", bookingId, 9);
    const nlohmann::json data = {{"booking_id", bookingId}, {"eticket_no", eticket}, {"amount_fen", t.priceFen}};
    if (!m.wallet().move({stationId, -t.priceFen, "ticket_debit", "booking", bookingId, "ticket.issued", data}, now)) {
        fail(m, stationId, bookingId, "insufficient_funds", "the platform wallet does not cover the ticket", now);
        return;
    }
    auto q = m.store().query("UPDATE tickets SET state = 'issued', eticket_no = ?, updated_at = ? "
                             "WHERE station_id = ? AND booking_id = ?");
    q.bind(1, eticket).bind(2, now).bind(3, stationId).bind(4, bookingId);
    q.exec();
}

void completeRefund(Market& m, const std::string& stationId, const std::string& bookingId, const TicketRow& t,
                    std::int64_t now)
{
    setState(m, stationId, bookingId, "refunded", now);
    const std::int64_t refund = t.priceFen - t.refundFeeFen;
    const nlohmann::json data = {{"booking_id", bookingId}, {"refund_fen", refund}, {"fee_fen", t.refundFeeFen}};
    if (refund > 0)
        m.wallet().move({stationId, refund, "ticket_refund", "booking", bookingId, "ticket.refunded", data}, now);
    else
        m.events().append(stationId, "ticket.refunded", now, data);
}

nlohmann::json seatJson(const SeatOffer& s, std::int64_t available)
{
    return {{"seat_class", s.seatClass},
            {"name_zh", s.nameZh},
            {"name_en", s.nameEn},
            {"price_fen", s.priceFen},
            {"available", std::max<std::int64_t>(0, available)}};
}

} // namespace

nlohmann::json bookTicket(const OpContext& c)
{
    Fields f(c.payload, "payload");
    const std::string bookingId = f.uuid("booking_id");
    const std::string trainNo = f.text("train_no", 2, 8);
    const std::string date = f.text("date", 10, 10);
    const std::string from = f.text("from", 1, 32);
    const std::string to = f.text("to", 1, 32);
    const std::string seatClass = f.oneOf(
        "seat_class", {"business", "first", "second", "soft_sleeper", "hard_sleeper", "hard_seat", "no_seat"});
    const std::string name = f.text("passenger_name", 1, 30);
    const std::string idNo = f.text("passenger_id_no", 18, 18);
    const std::int64_t price = f.integer("price_fen", 1, 10'000'000);
    f.finish();

    const auto day = parseIsoDate(date);
    if (!day)
        f.fail("date", "must be a date YYYY-MM-DD");
    const auto today = chinaDay(c.now);
    if (*day < today || *day > today + kSaleWindowDays)
        throw Rejection("date_out_of_range", "tickets are sold for today and the next 14 days",
                        {{"field", "payload.date"}});
    if (findCity(from) == nullptr || findCity(to) == nullptr)
        throw Rejection("unknown_city", "unknown city id",
                        {{"field", findCity(from) == nullptr ? "payload.from" : "payload.to"}});
    const auto run = findTrain(trainNo, from, to, *day);
    if (!run)
        throw Rejection("unknown_train",
                        "train " + trainNo + " does not run from " + from + " to " + to + " on " + date);
    if (run->departAtMs <= c.now)
        throw Rejection("train_departed", "train " + trainNo + " has already left " + from);
    const auto* seat = findSeat(*run, seatClass);
    if (seat == nullptr)
        throw Rejection("unknown_seat_class", "train " + trainNo + " has no " + seatClass + " seats",
                        {{"field", "payload.seat_class"}});
    if (seat->priceFen != price)
        throw Rejection("fare_mismatch", "the fare is " + std::to_string(seat->priceFen) + " fen",
                        {{"field", "payload.price_fen"}, {"price_fen", seat->priceFen}});
    if (!isResidentIdNumber(idNo))
        throw Rejection("invalid_id_number", "passenger_id_no is not a valid resident ID number",
                        {{"field", "payload.passenger_id_no"}});
    if (loadTicket(c.market, c.stationId, bookingId))
        throw Rejection("duplicate_id", "booking " + bookingId + " was already made by another op");

    auto q = c.market.store().query(
        "INSERT INTO tickets (station_id, booking_id, train_no, travel_date, from_city, to_city, seat_class, "
        "passenger_name, passenger_id_masked, price_fen, depart_at, state, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)");
    q.bind(1, c.stationId).bind(2, bookingId).bind(3, trainNo).bind(4, date).bind(5, from).bind(6, to);
    q.bind(7, seatClass).bind(8, name).bind(9, maskIdNumber(idNo)).bind(10, price).bind(11, run->departAtMs);
    q.bind(12, c.now).bind(13, c.now);
    q.exec();
    c.market.tasks().schedule(c.now + c.market.rates().ticketS * 1000, "ticket_process", c.stationId, bookingId);
    return opResult(bookingId, "pending", c.now);
}

nlohmann::json refundTicket(const OpContext& c)
{
    Fields f(c.payload, "payload");
    const std::string bookingId = f.uuid("booking_id");
    f.finish();
    const auto t = loadTicket(c.market, c.stationId, bookingId);
    if (!t)
        throw Rejection("unknown_booking", "no booking " + bookingId);
    if (t->state != "issued")
        throw Rejection("ticket_not_refundable", "the booking is " + t->state, {{"state", t->state}});
    if (t->departAt <= c.now)
        throw Rejection("ticket_not_refundable", "the train has left", {{"state", "departed"}});
    // The fee is fixed by when the refund was asked for, not when the railway completes it.
    const auto fee = ticketRefundFeeFen(t->priceFen, t->departAt - c.now);
    auto q = c.market.store().query("UPDATE tickets SET state = 'refund_pending', refund_fee_fen = ?, updated_at = ? "
                                    "WHERE station_id = ? AND booking_id = ?");
    q.bind(1, fee).bind(2, c.now).bind(3, c.stationId).bind(4, bookingId);
    q.exec();
    c.market.tasks().schedule(c.now + c.market.rates().ticketRefundS * 1000, "ticket_refund", c.stationId, bookingId);
    return opResult(bookingId, "refund_pending", c.now);
}

bool runTicketTask(Market& m, const Task& t, std::int64_t now)
{
    if (t.kind != "ticket_process" && t.kind != "ticket_refund")
        return false;
    const auto row = loadTicket(m, t.stationId, t.refId);
    if (!row)
        return true;
    if (t.kind == "ticket_process" && row->state == "pending")
        issue(m, t.stationId, t.refId, *row, now);
    else if (t.kind == "ticket_refund" && row->state == "refund_pending")
        completeRefund(m, t.stationId, t.refId, *row, now);
    return true;
}

nlohmann::json forceFailBooking(Market& m, const std::string& stationId, const std::string& bookingId,
                                const std::string& reasonCode, const std::string& reason)
{
    const auto t = loadTicket(m, stationId, bookingId);
    if (!t)
        throw ApiError(404, "unknown_booking", "no booking " + bookingId + " of station " + stationId);
    if (t->state != "pending")
        throw ApiError(409, "invalid_state", "only a pending booking can be failed; it is " + t->state);
    fail(m, stationId, bookingId, reasonCode, reason, m.now());
    return {{"booking_id", bookingId}, {"state", "failed"}};
}

nlohmann::json searchTrains(Market& m, const std::string& from, const std::string& to, const std::string& date)
{
    const auto day = parseIsoDate(date);
    if (!day)
        throw ApiError(400, "invalid_parameter", "date must be YYYY-MM-DD");
    if (findCity(from) == nullptr || findCity(to) == nullptr)
        throw ApiError(422, "unknown_city", "unknown city id; see GET /v1/trains/cities");
    if (from == to)
        throw ApiError(422, "invalid_parameter", "from and to must differ");
    std::lock_guard lock(m.store().mutex());
    const auto now = m.now();
    const auto today = chinaDay(now);
    if (*day < today || *day > today + kSaleWindowDays)
        throw ApiError(422, "date_out_of_range", "tickets are sold for today and the next 14 days");
    nlohmann::json trains = nlohmann::json::array();
    for (const auto& run : trainsBetween(from, to, *day)) {
        if (run.departAtMs <= now)
            continue;
        nlohmann::json seats = nlohmann::json::array();
        for (const auto& s : run.seats)
            seats.push_back(seatJson(s, seatsLeft(m, run, s, *day)));
        trains.push_back({{"train_no", run.trainNo},
                          {"from", run.fromCity},
                          {"to", run.toCity},
                          {"origin", run.originCity},
                          {"terminus", run.terminusCity},
                          {"depart_at", run.departAtMs},
                          {"arrive_at", run.arriveAtMs},
                          {"duration_min", (run.arriveAtMs - run.departAtMs) / 60'000},
                          {"distance_km", run.distanceKm},
                          {"seats", std::move(seats)}});
    }
    return {{"from", from}, {"to", to}, {"date", date}, {"trains", std::move(trains)}};
}

} // namespace cz::market
