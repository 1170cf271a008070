#include "market_fixture.h"

#include "core/uuid.h"

namespace cz::market::test {

Http request(int port, const std::string& method, const std::string& path, const std::string& token,
             const std::string& body, const std::string& contentType)
{
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(10, 0);
    httplib::Headers headers;
    if (!token.empty())
        headers.emplace("Authorization", "Bearer " + token);
    httplib::Result r = method == "GET" ? c.Get(path.c_str(), headers)
        : method == "DELETE"            ? c.Delete(path.c_str(), headers)
                                        : c.Post(path.c_str(), headers, body, contentType.c_str());
    Http out;
    if (!r)
        return out;
    out.status = r->status;
    out.raw = r->body;
    out.headers = r->headers;
    out.body = json::parse(r->body, nullptr, false);
    if (out.body.is_discarded())
        out.body = nullptr;
    return out;
}

std::string adminPath(const std::string& tail)
{
    return std::string("/admin/stations/") + kStation + tail;
}

std::int64_t replayWallet(const std::vector<json>& events)
{
    std::int64_t b = 0;
    for (const auto& e : events) {
        const auto& t = e.at("type").get_ref<const std::string&>();
        const auto& d = e.at("data");
        if (t == "wallet.credited" || t == "commission.credited" || t == "sale.settled")
            b += d.at("amount_fen").get<std::int64_t>();
        else if (t == "order.accepted" || t == "bill.paid" || t == "ticket.issued")
            b -= d.at("amount_fen").get<std::int64_t>();
        else if (t == "order.cancelled" || t == "order.returned" || t == "ticket.refunded")
            b += d.at("refund_fen").get<std::int64_t>();
    }
    return b;
}

json listingPayload(const std::string& id, std::int64_t price, std::int64_t qty)
{
    return {{"listing_id", id}, {"farmer_ref", "farmer-li"}, {"title_zh", "土鸡蛋"}, {"category", "eggs"},
            {"unit", "dozen"},  {"unit_price_fen", price},   {"quantity", qty}};
}

void MarketTest::SetUp()
{
    m_cfg.adminToken = kAdminToken;
    m_cfg.catalogSize = 300;
    m_cfg.startAtMs = kStartMs;
    m_cfg.seed = 7;
    m_cfg.keepAliveTimeoutS = 1;
    m_cfg.stations.push_back({kStation, kToken, "测试服务站", 100'000});
    configure(m_cfg);
    m_server = std::make_unique<MarketServer>(m_cfg);
    m_server->start();
}

void MarketTest::TearDown()
{
    m_server.reset();
}

Http MarketTest::get(const std::string& path, const std::string& token)
{
    return request(m_server->port(), "GET", path, token);
}

Http MarketTest::post(const std::string& path, const json& body, const std::string& token)
{
    return request(m_server->port(), "POST", path, token, body.dump());
}

Http MarketTest::adminGet(const std::string& path)
{
    return request(m_server->port(), "GET", path, kAdminToken);
}

Http MarketTest::adminPost(const std::string& path, const json& body)
{
    return request(m_server->port(), "POST", path, kAdminToken, body.dump());
}

Http MarketTest::adminDelete(const std::string& path)
{
    return request(m_server->port(), "DELETE", path, kAdminToken);
}

std::string MarketTest::uuid()
{
    return cz::newUuid();
}

json MarketTest::op(const std::string& type, const json& payload)
{
    return {{"op_id", uuid()}, {"type", type}, {"created_at", kStartMs}, {"payload", payload}};
}

json MarketTest::push(const std::vector<json>& ops, const std::string& token)
{
    const auto r = post("/v1/ops", json {{"ops", ops}}, token);
    EXPECT_EQ(r.status, 200) << r.raw;
    if (r.status != 200)
        return json::array();
    return r.body.at("results");
}

std::vector<json> MarketTest::allEvents(const std::string& token)
{
    std::vector<json> out;
    std::string cursor;
    for (;;) {
        const auto r = get("/v1/events?limit=500" + (cursor.empty() ? std::string() : "&after=" + cursor), token);
        EXPECT_EQ(r.status, 200) << r.raw;
        if (r.status != 200)
            return out;
        for (const auto& e : r.body.at("events"))
            out.push_back(e);
        cursor = r.body.at("next_cursor").get<std::string>();
        if (!r.body.at("has_more").get<bool>())
            return out;
    }
}

std::vector<json> MarketTest::eventsOfType(const std::string& type, const std::string& token)
{
    std::vector<json> out;
    for (auto& e : allEvents(token)) {
        if (e.at("type") == type)
            out.push_back(e);
    }
    return out;
}

void MarketTest::advance(std::int64_t seconds)
{
    const auto r = adminPost("/admin/advance", {{"seconds", seconds}});
    ASSERT_EQ(r.status, 200) << r.raw;
}

std::int64_t MarketTest::balance(const std::string& token)
{
    const auto r = get("/v1/wallet", token);
    EXPECT_EQ(r.status, 200) << r.raw;
    return r.status == 200 ? r.body.at("balance_fen").get<std::int64_t>() : -1;
}

void MarketTest::setRates(const json& rates)
{
    const auto r = adminPost("/admin/rates", rates);
    ASSERT_EQ(r.status, 200) << r.raw;
}

void MarketTest::setFaults(const json& faults)
{
    const auto r = adminPost("/admin/faults", {{"faults", faults}});
    ASSERT_EQ(r.status, 200) << r.raw;
}

json MarketTest::product(int index)
{
    // Until an admin edits it, product `index` is the (index+1)-th item of the feed.
    std::string cursor;
    int seen = 0;
    for (;;) {
        const auto page = get("/v1/catalog?limit=1000" + (cursor.empty() ? std::string() : "&after=" + cursor));
        EXPECT_EQ(page.status, 200) << page.raw;
        for (const auto& item : page.body.at("items")) {
            if (seen++ == index)
                return item;
        }
        if (!page.body.at("has_more").get<bool>())
            return nullptr;
        cursor = page.body.at("next_cursor").get<std::string>();
    }
}

json MarketTest::orderPayload(const std::string& orderId, int index, int qty)
{
    const auto p = product(index);
    const auto price = p.at("price_fen").get<std::int64_t>();
    return {
        {"order_id", orderId},
        {"lines", json::array({{{"product_id", p.at("product_id")}, {"quantity", qty}, {"unit_price_fen", price}}})},
        {"goods_total_fen", price * qty}};
}

} // namespace cz::market::test
