#pragma once
// Payments traffic for the simulator (services/simulator.cpp): one counter action per call, through
// the real service. Assisted services always work; when the station has cached mobile carriers
// and wallet money available, a phone top-up is taken and settled the way the marketplace would
// answer it (paid, or now and then failed and refunded in cash). Needs an open business day.

#include "services/errors.h"
#include "services/payments/payment_service.h"
#include "services/session.h"

#include <random>

namespace cz {

/// What one call did.
enum class SimulatedPayment { AssistedService, TopUpPaid, TopUpRefunded };

SResult<SimulatedPayment> simulatePayment(PaymentService& payments, const Session& agent, std::mt19937_64& rng);

}  // namespace cz
