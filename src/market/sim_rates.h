#pragma once
// How the simulated other side of the marketplace behaves: delays between the steps of each
// workflow (simulated seconds), the probabilities of the unhappy outcomes, and the platform's fee
// and commission rates (integer basis points, like every rate near money). All random outcomes are
// drawn from seeded hashes of the business object's id, so the same seed gives the same story.

#include <cstdint>
#include <nlohmann/json.hpp>

namespace cz::market {

struct SimRates final {
    std::int64_t orderReviewS = 60; ///< order received → accepted / rejected
    std::int64_t orderShipS = 4LL * 3600; ///< accepted → shipped
    std::int64_t orderTransitS = 36LL * 3600; ///< shipped → arrived at the station
    std::int64_t commissionDelayS = 3600; ///< picked up → commission credited (the return window)
    std::int64_t returnS = 24LL * 3600; ///< parcel.return → order.returned (refund)
    std::int64_t listingReviewS = 600; ///< listing.publish → published / rejected
    std::int64_t settleS = 24LL * 3600; ///< sale dispatched → sale settled into the wallet
    std::int64_t billS = 30; ///< bill/top-up received → paid / failed
    std::int64_t ticketS = 30; ///< booking received → issued / failed
    std::int64_t ticketRefundS = 60; ///< ticket.refund → ticket.refunded
    double orderRejectRate = 0.0; ///< share of orders the seller rejects (out of stock)
    double listingRejectRate = 0.0; ///< share of listings moderation rejects
    double billFailRate = 0.0; ///< share of bill payments / top-ups the biller refuses
    double ticketFailRate = 0.0; ///< share of bookings the railway refuses
    double buyerRatePerHour = 0.0; ///< expected purchases per hour per active listing
    std::int64_t maxUnitsPerPurchase = 5; ///< a buyer takes 1..this many units
    std::int64_t commissionBp = 300; ///< order commission, of the goods total (half-up)
    std::int64_t platformFeeBp = 500; ///< consignment platform fee, of the gross (half-up)
};

nlohmann::json toJson(const SimRates& r);
/// Applies the fields present in `j` (a partial update); strict: unknown fields, wrong types and
/// out-of-range values throw Rejection("invalid_request", ...) and leave `r` unchanged.
void applyJson(SimRates& r, const nlohmann::json& j);
/// Lively rates for --demo: some orders rejected, bills failing, buyers buying.
SimRates demoRates();

} // namespace cz::market
