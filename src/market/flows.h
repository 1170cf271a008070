#pragma once
// The marketplace's workflows (internal to cz_market). Each business area has one file holding
// all of its transitions, whoever triggers them: the station's ops, the simulation's scheduled
// steps, and the admin API's forced outcomes. So an order's life is read in one place, and a
// forced rejection and a simulated one are the same code.
//
// Everything here runs inside the caller's Tx. Op handlers validate strictly and throw Rejection
// (the op's 422); forced outcomes throw ApiError (404 unknown object, 409 wrong state).

#include "market/market.h"
#include "market/task_queue.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace cz::market {

struct OpContext final {
    Market& market;
    const std::string& stationId;
    const std::string& opId;
    const nlohmann::json& payload;
    std::int64_t now;
};

using OpHandler = nlohmann::json (*)(const OpContext&);

/// The result of an accepted op: {"ref_id":…, "state":…, "accepted_at":…}.
nlohmann::json opResult(std::string_view refId, std::string_view state, std::int64_t now);

/// Courier codes accepted for dispatch and used by the simulated sellers.
[[nodiscard]] bool isCourierCode(std::string_view code);

// --- orders and parcels (order_flow.cpp)
nlohmann::json placeOrder(const OpContext& c);
nlohmann::json cancelOrder(const OpContext& c);
nlohmann::json parcelPickedUp(const OpContext& c);
nlohmann::json parcelReturn(const OpContext& c);
bool runOrderTask(Market& m, const Task& t, std::int64_t now);
nlohmann::json forceRejectOrder(Market& m, const std::string& stationId, const std::string& orderId,
                                const std::string& reasonCode, const std::string& reason);
nlohmann::json forceReturnOrder(Market& m, const std::string& stationId, const std::string& orderId);

// --- consignment listings and sales (listing_flow.cpp)
nlohmann::json publishListing(const OpContext& c);
nlohmann::json updateListing(const OpContext& c);
nlohmann::json withdrawListing(const OpContext& c);
nlohmann::json dispatchSale(const OpContext& c);
bool runListingTask(Market& m, const Task& t, std::int64_t now);
/// One round of simulated buyers at `now`, covering `periodS` seconds of demand.
std::int64_t runBuyers(Market& m, std::int64_t now, std::int64_t periodS);
nlohmann::json forceRejectListing(Market& m, const std::string& stationId, const std::string& listingId,
                                  const std::string& reasonCode, const std::string& reason);
nlohmann::json forceBuyListing(Market& m, const std::string& stationId, const std::string& listingId,
                               std::int64_t quantity);

// --- bills and top-ups (payment_flow.cpp)
nlohmann::json payBill(const OpContext& c);
nlohmann::json payTopUp(const OpContext& c);
bool runPaymentTask(Market& m, const Task& t, std::int64_t now);
nlohmann::json forceFailPayment(Market& m, const std::string& stationId, const std::string& paymentId,
                                const std::string& reasonCode, const std::string& reason);
/// What the account owes this month after payments already made through the marketplace.
nlohmann::json lookupBill(Market& m, const std::string& billerId, const std::string& accountNo);
nlohmann::json creditWallet(Market& m, const std::string& stationId, std::int64_t amountFen, const std::string& method,
                            const std::string& reference);

// --- train tickets (ticket_flow.cpp)
nlohmann::json bookTicket(const OpContext& c);
nlohmann::json refundTicket(const OpContext& c);
bool runTicketTask(Market& m, const Task& t, std::int64_t now);
nlohmann::json forceFailBooking(Market& m, const std::string& stationId, const std::string& bookingId,
                                const std::string& reasonCode, const std::string& reason);
nlohmann::json searchTrains(Market& m, const std::string& from, const std::string& to, const std::string& date);

} // namespace cz::market
