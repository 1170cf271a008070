#include "services/payments/payment_simulation.h"

#include "core/uuid.h"

namespace cz {

namespace {

std::int64_t uniform(std::mt19937_64& rng, std::int64_t lo, std::int64_t hi)
{
    return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
}

/// Applies a synthetic marketplace event the way the sync does: inside one transaction.
SResult<void> answer(StationContext& ctx, PaymentService& payments, sync::EventData data, const char* type)
{
    try {
        WriteTransaction tx(ctx.db());
        sync::Event e{newUuid(), {}, type, toUnixMs(ctx.now()), std::move(data)};
        const auto applied = payments.applyEvent(e);
        if (applied.outcome != sync::EventHandler::Outcome::Applied)
            return fail(Errc::Conflict, "simulated " + std::string(type) + ": " + applied.message);
        tx.commit();
    } catch (const std::exception& ex) {
        return fail(Errc::Storage, ex.what());
    }
    return {};
}

}  // namespace

SResult<SimulatedPayment> simulatePayment(PaymentService& payments, const Session& agent, std::mt19937_64& rng)
{
    const PaymentTexts texts;
    std::vector<BillerRecord> carriers;
    for (auto& b : payments.billers())
        if (b.isCarrier() && !b.denominations.empty())
            carriers.push_back(std::move(b));
    if (!carriers.empty() && uniform(rng, 0, 2) > 0) {
        const auto& c = carriers[static_cast<std::size_t>(uniform(rng, 0, static_cast<std::int64_t>(carriers.size()) - 1))];
        const Money amount = c.denominations[static_cast<std::size_t>(uniform(rng, 0, std::min<std::int64_t>(3, static_cast<std::int64_t>(c.denominations.size()) - 1)))];
        TopUpPayment req;
        req.opId = newUuid();
        req.paymentId = newUuid();
        req.carrier = c.billerId;
        req.phone = "13" + std::to_string(uniform(rng, 100'000'000, 999'999'999));
        req.amount = amount;
        req.fee = payments.topUpFee(c.billerId, amount);
        req.tendered = amount + req.fee;
        auto taken = payments.payTopUp(agent, req, texts);
        if (taken) {
            if (uniform(rng, 0, 9) > 0) {
                if (auto r = answer(payments.context(), payments, sync::BillPaid{req.paymentId, "SIM" + req.paymentId.substr(0, 8), amount},
                                    "bill.paid");
                    !r)
                    return Failure{r.error()};
                return SimulatedPayment::TopUpPaid;
            }
            if (auto r = answer(payments.context(), payments, sync::BillFailed{req.paymentId, "biller_unavailable", "simulated"},
                                "bill.failed");
                !r)
                return Failure{r.error()};
            auto refund = payments.payRefund(agent, newUuid(), req.paymentId, texts);
            if (!refund)
                return Failure{refund.error()};
            return SimulatedPayment::TopUpRefunded;
        }
        if (taken.error().code != Errc::InsufficientWallet)
            return Failure{taken.error()};
        // No wallet money: fall through to a service that needs none.
    }
    const auto services = payments.assistedServices(true);
    if (services.empty())
        return fail(Errc::NotFound, "the station offers no assisted services");
    const auto& s = services[static_cast<std::size_t>(uniform(rng, 0, static_cast<std::int64_t>(services.size()) - 1))];
    const std::int64_t quantity = s.unit == "页" ? uniform(rng, 1, 30) : 1;
    const Money total = s.price * quantity;
    const Money tendered = Money::fromFen((total.fen() + 999) / 1000 * 1000);  // villagers hand over round notes
    auto sold = payments.sellAssisted(agent, {newUuid(), s.code, quantity, s.price, tendered}, texts);
    if (!sold)
        return Failure{sold.error()};
    return SimulatedPayment::AssistedService;
}

}  // namespace cz
