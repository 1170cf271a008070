#pragma once
// Consignment traffic for the station simulator (services/simulator.cpp): inside an open business
// day, farmers are registered now and then, bring goods, their listings are published and sold by
// a simulated marketplace (the same events the sync applies), sales settle, and farmers are paid
// out in cash when the drawer allows. Everything goes through ConsignmentService.

#include "services/errors.h"
#include "services/session.h"

#include <random>

namespace cz {

class StationServices;

struct ConsignmentSimReport {
    int farmers = 0;
    int listings = 0;
    int sales = 0;
    int settlements = 0;
    int payouts = 0;
};

/// One day's consignment traffic (call while the day is open). Deterministic for a given rng state.
SResult<ConsignmentSimReport> simulateConsignment(StationServices& svc, const Session& agent, std::mt19937_64& rng);

}  // namespace cz
