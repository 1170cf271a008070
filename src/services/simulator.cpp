#include "services/simulator.h"

#include "core/uuid.h"
#include "services/consignment/consignment_sim.h"
#include "services/station_services.h"

#include <random>

namespace cz {

namespace {

class Sim final {
public:
    Sim(Database& db, const SimulationOptions& opt)
        : m_opt(opt), m_clock(TimePoint{}), m_svc(db, m_clock, opt.pinCost), m_rng(opt.seed)
    {
    }

    SResult<SimulationReport> run(const std::function<void(int)>& progress)
    {
        if (auto r = ensureStation(); !r)
            return Failure{r.error()};
        const auto zone = m_svc.context().zone();
        // Start on the first day that may still take entries.
        m_clock.set(BusinessDay::at(fromUnixMs(0), *zone).startIn(*zone));
        auto st = m_svc.days().status();
        BusinessDay day = st.open ? st.open->day : st.nextToOpen;
        const BusinessDay earliest = m_opt.startDay.value_or(BusinessDay::parse("2026-01-01").value());
        if (!st.open && day < earliest)
            day = earliest;
        SimulationReport rep;
        rep.firstDay = day.toString();
        const std::int64_t before = m_svc.ledger().entryCount();
        for (int d = 0; d < m_opt.days; ++d, day = day.next()) {
            m_clock.set(day.startIn(*zone) + std::chrono::hours(8));
            if (auto r = simulateDay(st.open.has_value() && d == 0); !r)
                return Failure{r.error()};
            rep.lastDay = day.toString();
            ++rep.days;
            if (progress)
                progress(rep.days);
        }
        rep.entries = m_svc.ledger().entryCount() - before;
        return rep;
    }

private:
    SResult<void> ensureStation()
    {
        if (!m_svc.setup().isInitialised()) {
            auto id = m_svc.setup().init("模拟服务站", "模拟站长", "2580");
            if (!id)
                return Failure{id.error()};
            Session sup{*id, "模拟站长", Role::Supervisor};
            auto agent = m_svc.auth().addUser(sup, "模拟店员", Role::Agent, "1234");
            if (!agent)
                return Failure{agent.error()};
        }
        for (const auto& u : m_svc.auth().users()) {
            if (u.role == Role::Supervisor && m_supervisor.userId == 0)
                m_supervisor = Session{u.id, u.name, u.role};
            if (u.role == Role::Agent && m_agent.userId == 0)
                m_agent = Session{u.id, u.name, u.role};
        }
        if (m_supervisor.userId == 0)
            return fail(Errc::NotFound, "the station has no supervisor");
        if (m_agent.userId == 0)
            m_agent = m_supervisor;
        return {};
    }

    std::int64_t uniform(std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(m_rng); }
    void tick() { m_clock.advance(std::chrono::milliseconds(uniform(1000, 40'000))); }

    // A count of what the drawer should hold, now and then a little off.
    DenominationCount countOf(Money expected, Money& total, bool allowVariance)
    {
        Money rest;
        Money target = expected;
        if (allowVariance && uniform(0, 19) == 0)
            target = expected + Money::fromFen(uniform(-3, 3) * 100);
        if (target.isNegative())
            target = Money();
        auto c = greedyCount(target, rest);
        total = target - rest;
        return c;
    }

    SResult<void> simulateDay(bool alreadyOpen)
    {
        auto& days = m_svc.days();
        const std::int64_t startCount = m_svc.ledger().entryCount();
        if (!alreadyOpen) {
            Money total;
            DenominationCount count;
            if (!days.status().lastClosed) {
                count = {{10000, 5}, {2000, 5}, {1000, 10}, {100, 20}, {50, 10}};
            } else {
                count = countOf(days.drawerBalance(), total, true);
            }
            auto r = days.openDay(m_agent, newUuid(), count, "simulated count");
            if (!r)
                return Failure{r.error()};
        }
        // Leave room for the close's possible variance entry.
        const std::int64_t target = startCount + std::max(1, m_opt.entriesPerDay - 1);
        while (m_svc.ledger().entryCount() < target) {
            tick();
            const Money drawer = days.drawerBalance();
            const int kind = static_cast<int>(uniform(0, 9));
            SResult<CashMoved> r = fail(Errc::InvalidInput);
            // Mostly takings in, some cash out; when the drawer gets heavy, bank all but a float.
            if (drawer > Money::fromYuan(2000) && kind == 9) {
                r = days.bankDeposit(m_agent, newUuid(), drawer - Money::fromYuan(500), "bank run");
            } else if (kind < 6 || drawer < Money::fromYuan(300)) {
                r = days.cashIn(m_agent, newUuid(), Money::fromFen(uniform(1, 500) * 10), "change and small takings");
            } else {
                r = days.cashOut(m_agent, newUuid(), Money::fromFen(uniform(1, drawer.fen() / 20)), "owner takes cash");
            }
            if (!r)
                return Failure{r.error()};
        }
        if (auto c = simulateConsignment(m_svc, m_agent, m_rng); !c)
            return Failure{c.error()};
        tick();
        Money counted;
        const Money expected = days.drawerBalance();
        const auto count = countOf(expected, counted, true);
        auto r = days.closeDay(m_agent, newUuid(), count, counted == expected ? "" : "simulated difference", m_supervisor);
        if (!r)
            return Failure{r.error()};
        return {};
    }

    SimulationOptions m_opt;
    FakeClock m_clock;
    StationServices m_svc;
    std::mt19937_64 m_rng;
    Session m_supervisor;
    Session m_agent;
};

}  // namespace

SResult<SimulationReport> simulate(Database& db, const SimulationOptions& opt, const std::function<void(int)>& progress)
{
    if (opt.days < 1 || opt.entriesPerDay < 1)
        return fail(Errc::InvalidInput, "days and entries per day must be at least 1");
    Sim sim(db, opt);
    return sim.run(progress);
}

}  // namespace cz
