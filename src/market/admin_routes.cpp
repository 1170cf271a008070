// The admin API, /admin: a test and demo harness, not part of the station protocol. It creates
// stations, drives the simulated clock, forces specific outcomes, tunes the simulation and switches
// faults. Guarded by the admin token; never subject to faults itself.

#include "market/api_error.h"
#include "market/flows.h"
#include "market/json_fields.h"
#include "market/routes.h"

#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <array>
#include <httplib.h>

namespace cz::market {

namespace {

Reply ok(nlohmann::json body)
{
    Reply r;
    r.body = std::move(body);
    return r;
}

nlohmann::json optionalBody(const httplib::Request& req)
{
    if (req.body.empty())
        return nlohmann::json::object();
    return jsonBody(req);
}

struct Reason final {
    std::string code;
    std::string text;
};

Reason reasonFrom(const httplib::Request& req, const char* defaultCode, const char* defaultText)
{
    const auto body = optionalBody(req);
    Fields f(body, "body", "invalid_request");
    Reason r {f.optText("reason_code", 1, 40).value_or(defaultCode), f.optText("reason", 1, 200).value_or(defaultText)};
    f.finish();
    return r;
}

struct Collection final {
    std::string_view name;
    const char* sql;
};

// Read-only views of one business object, for tests that want to look behind the events.
constexpr std::array<Collection, 6> kCollections {{
    {"orders", "SELECT * FROM orders WHERE station_id = ? AND order_id = ?"},
    {"listings", "SELECT * FROM listings WHERE station_id = ? AND listing_id = ?"},
    {"sales", "SELECT * FROM sales WHERE station_id = ? AND sale_id = ?"},
    {"payments", "SELECT * FROM payments WHERE station_id = ? AND payment_id = ?"},
    {"bookings", "SELECT * FROM tickets WHERE station_id = ? AND booking_id = ?"},
    {"parcels", "SELECT * FROM parcels WHERE station_id = ? AND parcel_id = ?"},
}};

nlohmann::json describeObject(Market& m, const std::string& station, const std::string& collection,
                              const std::string& id)
{
    const auto* const it = std::find_if(kCollections.begin(), kCollections.end(),
                                        [&collection](const Collection& c) { return c.name == collection; });
    if (it == kCollections.end())
        throw ApiError(404, "not_found", "no collection " + collection);
    std::lock_guard lock(m.store().mutex());
    SQLite::Statement q(m.store().db(), it->sql);
    q.bind(1, station);
    q.bind(2, id);
    if (!q.executeStep())
        throw ApiError(404, "not_found", "no " + collection + " object " + id + " for station " + station);
    nlohmann::json out;
    for (int i = 0; i < q.getColumnCount(); ++i) {
        const auto col = q.getColumn(i);
        const std::string name = q.getColumnName(i);
        if (col.isNull())
            out[name] = nullptr;
        else if (col.isInteger())
            out[name] = col.getInt64();
        else if (col.isText())
            out[name] = col.getString();
        else
            out[name] = {{"bytes", col.getBytes()}};
    }
    for (const char* jsonColumn : {"lines", "customer"}) {
        if (out.contains(jsonColumn) && out[jsonColumn].is_string())
            out[jsonColumn] = nlohmann::json::parse(out[jsonColumn].get<std::string>());
    }
    return out;
}

// Runs `fn` in a write transaction and returns its JSON as a 200 reply.
template<class Fn> Reply inTx(Market& m, Fn&& fn)
{
    Tx tx(m.store());
    auto body = fn();
    tx.commit();
    return ok(std::move(body));
}

} // namespace

void registerAdminRoutes(httplib::Server& s, const RouteDeps& d)
{
    auto& front = d.front;
    Market& m = d.market;
    using Req = const httplib::Request&;
    using Sid = const std::string&;

    front.get(s, "/admin/stations", Access::Admin, [&m](Req, Sid) { return ok({{"stations", m.listStations()}}); });

    front.post(s, "/admin/stations", Access::Admin, [&m](Req req, Sid) {
        const auto body = jsonBody(req);
        Fields f(body, "body", "invalid_request");
        StationSeed seed {f.text("station_id", 1, 64), f.text("token", 1, 256), f.optText("name", 1, 80).value_or(""),
                          f.optInteger("wallet_fen", 0, 100'000'000'000).value_or(0)};
        f.finish();
        auto r = inTx(m, [&] { return m.createStation(seed); });
        r.status = 201;
        return r;
    });

    front.post(s, R"(/admin/stations/([^/]+))", Access::Admin, [&m](Req req, Sid) {
        const auto body = jsonBody(req);
        Fields f(body, "body", "invalid_request");
        const auto token = f.text("token", 1, 256);
        const auto name = f.optText("name", 1, 80).value_or("");
        f.finish();
        const std::string id = req.matches[1];
        return inTx(m, [&] {
            m.updateStation(id, token, name);
            return nlohmann::json {{"station_id", id}, {"updated", true}};
        });
    });

    front.post(s, R"(/admin/stations/([^/]+)/wallet/credit)", Access::Admin, [&m](Req req, Sid) {
        const auto body = jsonBody(req);
        Fields f(body, "body", "invalid_request");
        const auto amount = f.integer("amount_fen", 1, 100'000'000'000);
        const auto method = f.oneOf("method", {"bank", "cash"});
        const auto reference = f.text("reference", 1, 64);
        f.finish();
        return inTx(m, [&] { return creditWallet(m, req.matches[1], amount, method, reference); });
    });

    front.get(s, R"(/admin/stations/([^/]+)/(orders|listings|sales|payments|bookings|parcels)/([^/]+))", Access::Admin,
              [&m](Req req, Sid) { return ok(describeObject(m, req.matches[1], req.matches[2], req.matches[3])); });

    front.post(s, R"(/admin/stations/([^/]+)/orders/([^/]+)/reject)", Access::Admin, [&m](Req req, Sid) {
        const auto r = reasonFrom(req, "seller_rejected", "the seller rejected the order");
        return inTx(m, [&] { return forceRejectOrder(m, req.matches[1], req.matches[2], r.code, r.text); });
    });

    front.post(s, R"(/admin/stations/([^/]+)/orders/([^/]+)/return)", Access::Admin, [&m](Req req, Sid) {
        Fields(optionalBody(req), "body", "invalid_request").finish();
        return inTx(m, [&] { return forceReturnOrder(m, req.matches[1], req.matches[2]); });
    });

    front.post(s, R"(/admin/stations/([^/]+)/listings/([^/]+)/reject)", Access::Admin, [&m](Req req, Sid) {
        const auto r = reasonFrom(req, "content_rejected", "the listing did not pass moderation");
        return inTx(m, [&] { return forceRejectListing(m, req.matches[1], req.matches[2], r.code, r.text); });
    });

    front.post(s, R"(/admin/stations/([^/]+)/listings/([^/]+)/buy)", Access::Admin, [&m](Req req, Sid) {
        const auto body = jsonBody(req);
        Fields f(body, "body", "invalid_request");
        const auto qty = f.integer("quantity", 1, 100'000);
        f.finish();
        return inTx(m, [&] { return forceBuyListing(m, req.matches[1], req.matches[2], qty); });
    });

    front.post(s, R"(/admin/stations/([^/]+)/payments/([^/]+)/fail)", Access::Admin, [&m](Req req, Sid) {
        const auto r = reasonFrom(req, "biller_rejected", "the biller rejected the payment");
        return inTx(m, [&] { return forceFailPayment(m, req.matches[1], req.matches[2], r.code, r.text); });
    });

    front.post(s, R"(/admin/stations/([^/]+)/bookings/([^/]+)/fail)", Access::Admin, [&m](Req req, Sid) {
        const auto r = reasonFrom(req, "railway_rejected", "the railway refused the booking");
        return inTx(m, [&] { return forceFailBooking(m, req.matches[1], req.matches[2], r.code, r.text); });
    });

    front.get(s, "/admin/clock", Access::Admin, [&m](Req, Sid) { return ok({{"now", m.now()}}); });

    front.post(s, "/admin/advance", Access::Admin, [d](Req req, Sid) {
        const auto body = jsonBody(req);
        Fields f(body, "body", "invalid_request");
        const auto seconds = f.integer("seconds", 0, Simulation::kMaxAdvanceS);
        f.finish();
        const auto out = d.sim.advance(seconds);
        return ok({{"now", out.now}, {"steps", out.steps}});
    });

    front.get(s, "/admin/rates", Access::Admin, [&m](Req, Sid) { return ok(toJson(m.rates())); });

    front.post(s, "/admin/rates", Access::Admin, [&m](Req req, Sid) {
        auto r = m.rates();
        applyJson(r, jsonBody(req));
        m.setRates(r);
        return ok(toJson(r));
    });

    front.get(s, "/admin/faults", Access::Admin, [d](Req, Sid) { return ok({{"faults", d.faults.describe()}}); });

    front.post(s, "/admin/faults", Access::Admin, [d](Req req, Sid) {
        const auto body = jsonBody(req);
        Fields f(body, "body", "invalid_request");
        const auto& list = f.array("faults", 0, 32);
        f.finish();
        std::vector<FaultRule> rules;
        for (const auto& r : list)
            rules.push_back(faultRuleFromJson(r));
        d.faults.setRules(std::move(rules));
        return ok({{"faults", d.faults.describe()}});
    });

    front.del(s, "/admin/faults", Access::Admin, [d](Req, Sid) {
        d.faults.setRules({});
        return ok({{"faults", nlohmann::json::array()}});
    });

    front.post(s, R"(/admin/catalog/products/([^/]+))", Access::Admin, [&m](Req req, Sid) {
        const auto body = jsonBody(req);
        return inTx(m, [&] { return toWire(m.catalog().upsert(req.matches[1], body), m.seed()); });
    });
}

} // namespace cz::market
