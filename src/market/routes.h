#pragma once
// Route tables: the station API under /v1 and the test/reference admin API under /admin.

#include "market/faults.h"
#include "market/http_front.h"
#include "market/market.h"
#include "market/ops_processor.h"
#include "market/simulation.h"

namespace httplib {
class Server;
}

namespace cz::market {

struct RouteDeps final {
    Market& market;
    OpsProcessor& ops;
    Simulation& sim;
    FaultInjector& faults;
    HttpFront& front;
};

void registerApiRoutes(httplib::Server& s, const RouteDeps& d);
void registerAdminRoutes(httplib::Server& s, const RouteDeps& d);

} // namespace cz::market
