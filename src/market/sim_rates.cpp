#include "market/sim_rates.h"

#include "market/json_fields.h"

namespace cz::market {

nlohmann::json toJson(const SimRates& r)
{
    return {
        {"order_review_s", r.orderReviewS},
        {"order_ship_s", r.orderShipS},
        {"order_transit_s", r.orderTransitS},
        {"commission_delay_s", r.commissionDelayS},
        {"return_s", r.returnS},
        {"listing_review_s", r.listingReviewS},
        {"settle_s", r.settleS},
        {"bill_s", r.billS},
        {"ticket_s", r.ticketS},
        {"ticket_refund_s", r.ticketRefundS},
        {"order_reject_rate", r.orderRejectRate},
        {"listing_reject_rate", r.listingRejectRate},
        {"bill_fail_rate", r.billFailRate},
        {"ticket_fail_rate", r.ticketFailRate},
        {"buyer_rate_per_hour", r.buyerRatePerHour},
        {"max_units_per_purchase", r.maxUnitsPerPurchase},
        {"commission_bp", r.commissionBp},
        {"platform_fee_bp", r.platformFeeBp},
    };
}

void applyJson(SimRates& r, const nlohmann::json& j)
{
    Fields f(j, "rates", "invalid_request");
    SimRates n = r;
    constexpr std::int64_t kYear = 366LL * 24 * 3600;
    auto delay = [&f](const char* key, std::int64_t& target) {
        if (auto v = f.optInteger(key, 0, kYear))
            target = *v;
    };
    auto rate = [&f](const char* key, double& target, double max) {
        if (auto v = f.optNumber(key, 0.0, max))
            target = *v;
    };
    delay("order_review_s", n.orderReviewS);
    delay("order_ship_s", n.orderShipS);
    delay("order_transit_s", n.orderTransitS);
    delay("commission_delay_s", n.commissionDelayS);
    delay("return_s", n.returnS);
    delay("listing_review_s", n.listingReviewS);
    delay("settle_s", n.settleS);
    delay("bill_s", n.billS);
    delay("ticket_s", n.ticketS);
    delay("ticket_refund_s", n.ticketRefundS);
    rate("order_reject_rate", n.orderRejectRate, 1.0);
    rate("listing_reject_rate", n.listingRejectRate, 1.0);
    rate("bill_fail_rate", n.billFailRate, 1.0);
    rate("ticket_fail_rate", n.ticketFailRate, 1.0);
    rate("buyer_rate_per_hour", n.buyerRatePerHour, 60.0);
    if (auto v = f.optInteger("max_units_per_purchase", 1, 1000))
        n.maxUnitsPerPurchase = *v;
    if (auto v = f.optInteger("commission_bp", 0, 10000))
        n.commissionBp = *v;
    if (auto v = f.optInteger("platform_fee_bp", 0, 10000))
        n.platformFeeBp = *v;
    f.finish();
    r = n;
}

SimRates demoRates()
{
    SimRates r;
    r.orderRejectRate = 0.05;
    r.listingRejectRate = 0.05;
    r.billFailRate = 0.03;
    r.ticketFailRate = 0.02;
    r.buyerRatePerHour = 0.3;
    return r;
}

} // namespace cz::market
