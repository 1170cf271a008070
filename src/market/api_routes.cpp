// The station API, /v1. Every money field is integer fen, every time unix ms of the marketplace's
// clock; see docs/openapi.yaml for the exact shapes.

#include "core/clock.h"
#include "market/api_error.h"
#include "market/billers.h"
#include "market/cursor.h"
#include "market/flows.h"
#include "market/routes.h"
#include "market/train_timetable.h"

#include <httplib.h>

namespace cz::market {

namespace {

constexpr int kDefaultEventPage = 100;
constexpr int kMaxEventPage = 500;
constexpr int kDefaultCatalogPage = 500;
constexpr int kMaxCatalogPage = 1000;
constexpr int kDefaultStatementPage = 1000;
constexpr int kMaxStatementPage = 5000;

Reply ok(nlohmann::json body)
{
    Reply r;
    r.body = std::move(body);
    return r;
}

} // namespace

void registerApiRoutes(httplib::Server& s, const RouteDeps& d)
{
    auto& front = d.front;
    Market& m = d.market;

    front.get(s, "/v1/health", Access::Public, [&m](const httplib::Request&, const std::string&) {
        return ok({{"status", "ok"},
                   {"protocol", "v1"},
                   {"now", m.now()},
                   {"server_time", cz::toUnixMs(cz::SystemClock().now())}});
    });

    front.post(s, "/v1/ops", Access::Station, [d](const httplib::Request& req, const std::string& station) {
        return ok(d.ops.push(station, jsonBody(req)));
    });

    front.get(s, "/v1/events", Access::Station, [&m, d](const httplib::Request& req, const std::string& station) {
        const auto after = m.events().parse(optTextParam(req, "after", 200));
        const auto limit = static_cast<int>(intParam(req, "limit", 1, kMaxEventPage).value_or(kDefaultEventPage));
        const auto dup = d.faults.pick(FaultKind::DuplicateEvents, req.path);
        auto page = m.events().page(station, after, limit, dup ? std::optional(dup->repeat) : std::nullopt);
        return ok({{"events", std::move(page.events)},
                   {"next_cursor", m.events().cursor(page.nextPosition)},
                   {"has_more", page.hasMore}});
    });

    front.get(s, "/v1/catalog", Access::Station, [&m](const httplib::Request& req, const std::string&) {
        const auto after = parseCursor("ca", m.epoch(), optTextParam(req, "after", 200));
        const auto limit = static_cast<int>(intParam(req, "limit", 1, kMaxCatalogPage).value_or(kDefaultCatalogPage));
        const auto page = m.catalog().page(after, limit);
        // The items are stored JSON text (see catalog.h), so the page is put together as text too.
        const std::string cursor = nlohmann::json(makeCursor("ca", m.epoch(), page.nextVersion)).dump();
        std::string body;
        body.reserve(page.items.size() + cursor.size() + 48);
        body.append(R"({"items":)").append(page.items);
        body.append(R"(,"next_cursor":)").append(cursor);
        body.append(R"(,"has_more":)").append(page.hasMore ? "true" : "false").append("}");
        return serializedReply(std::move(body));
    });

    front.get(s, "/v1/wallet", Access::Station, [&m](const httplib::Request&, const std::string& station) {
        std::lock_guard lock(m.store().mutex());
        return ok({{"station_id", station}, {"balance_fen", m.wallet().balance(station)}, {"as_of", m.now()}});
    });

    front.get(s, "/v1/wallet/statement", Access::Station,
              [&m](const httplib::Request& req, const std::string& station) {
                  const auto from = intParam(req, "from", 0, INT64_MAX);
                  const auto to = intParam(req, "to", 0, INT64_MAX);
                  if (from && to && *from > *to)
                      throw ApiError(400, "invalid_parameter", "from must not be after to");
                  const auto afterSeq = intParam(req, "after_seq", 0, INT64_MAX).value_or(0);
                  const auto limit
                      = static_cast<int>(intParam(req, "limit", 1, kMaxStatementPage).value_or(kDefaultStatementPage));
                  auto body = m.wallet().statement(station, from, to, afterSeq, limit);
                  body["station_id"] = station;
                  return ok(std::move(body));
              });

    front.get(s, "/v1/billers", Access::Station, [](const httplib::Request&, const std::string&) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& b : billers())
            list.push_back(toWire(b));
        return ok({{"billers", std::move(list)}});
    });

    front.get(s, "/v1/bills/lookup", Access::Station, [&m](const httplib::Request& req, const std::string&) {
        return ok(lookupBill(m, textParam(req, "biller_id", 32), textParam(req, "account_no", 32)));
    });

    front.get(s, "/v1/trains", Access::Station, [&m](const httplib::Request& req, const std::string&) {
        return ok(searchTrains(m, textParam(req, "from", 32), textParam(req, "to", 32), textParam(req, "date", 10)));
    });

    front.get(s, "/v1/trains/cities", Access::Station, [](const httplib::Request&, const std::string&) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& c : cities())
            list.push_back({{"city_id", c.id}, {"name_zh", c.nameZh}, {"name_en", c.nameEn}});
        return ok({{"cities", std::move(list)}});
    });
}

} // namespace cz::market
