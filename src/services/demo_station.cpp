#include "services/demo_station.h"

#include "services/simulator.h"
#include "services/station_services.h"

namespace cz {

DemoStation demoCredentials() { return DemoStation{"李家村服务站", "王芳", "2580", "李强", "1234", 0}; }

SResult<DemoStation> createDemoStation(Database& db, const Clock& clock, PinCost cost, int historyDays)
{
    DemoStation demo = demoCredentials();
    demo.historyDays = historyDays;
    BusinessDay today;
    {
        StationServices svc(db, clock, cost);
        if (svc.setup().isInitialised())
            return fail(Errc::Conflict, "the database already holds station \"" + svc.settings().stationName() + "\"");
        auto sup = svc.setup().init(demo.stationName, demo.supervisorName, demo.supervisorPin);
        if (!sup)
            return Failure{sup.error()};
        const Session supervisor{*sup, demo.supervisorName, Role::Supervisor};
        if (auto a = svc.auth().addUser(supervisor, demo.agentName, Role::Agent, demo.agentPin); !a)
            return Failure{a.error()};
        // The station's fee for buying on a villager's behalf: ¥1 plus 2 % of the goods, at least ¥2.
        if (auto f = svc.fees().setRule(supervisor, fee_scope::Order, "代购服务费",
                                        FeeRule{Money::fromYuan(1), BasisPoints{200}, Money::fromYuan(2), std::nullopt,
                                                Rounding::HalfUp});
            !f)
            return Failure{f.error()};
        svc.settings().setValue("station.address", "河南省兰考县李家村 电话 0371-2345678");
        today = svc.context().today();
    }
    if (historyDays > 0) {
        SimulationOptions opt;
        opt.days = historyDays;
        opt.entriesPerDay = 12;
        opt.seed = 7;
        opt.pinCost = cost;
        opt.startDay = today.plusDays(-historyDays);
        if (auto rep = simulate(db, opt); !rep)
            return Failure{rep.error()};
    }
    return demo;
}

}  // namespace cz
