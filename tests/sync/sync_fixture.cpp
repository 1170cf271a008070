#include "sync_fixture.h"

#include "core/uuid.h"
#include "sync/wire.h"

#include <random>

namespace cz::test {

market::MarketConfig SyncFixture::defaultMarketConfig() const
{
    market::MarketConfig cfg;
    cfg.adminToken = kAdminToken;
    cfg.catalogSize = 300;
    cfg.seed = 7;
    cfg.startAtMs = toUnixMs(defaultTestStart());
    cfg.stations.push_back({"st-1", kStationToken, "测试服务站", kOpeningWalletFen});
    cfg.threads = 4;
    return cfg;
}

void SyncFixture::SetUp()
{
    StationFixture::SetUp();
    startMarket(defaultMarketConfig());
}

void SyncFixture::TearDown()
{
    if (m_svc)
        m_svc->sync().stopWorker();
    m_market.reset();
    StationFixture::TearDown();
}

void SyncFixture::startMarket(market::MarketConfig cfg)
{
    m_market.reset();
    m_market = std::make_unique<market::MarketServer>(std::move(cfg));
    m_market->start();
    auto r = m_svc->sync().configure(m_supervisor, m_market->baseUrl(), kStationToken, "");
    ASSERT_TRUE(r.ok()) << r.error().detail;
}

nlohmann::json SyncFixture::admin(const std::string& path, const nlohmann::json& body)
{
    sync::HttpClient c({m_market->baseUrl(), kAdminToken, m_svc->sync().httpConfig().caFile});
    auto r = c.post(path, body.dump());
    EXPECT_TRUE(r.ok() && r->status == 200) << path << ": " << (r ? r->body : r.error().detail);
    return r && r->status == 200 ? nlohmann::json::parse(r->body) : nlohmann::json();
}

nlohmann::json SyncFixture::adminGet(const std::string& path)
{
    sync::HttpClient c({m_market->baseUrl(), kAdminToken, m_svc->sync().httpConfig().caFile});
    auto r = c.get(path);
    EXPECT_TRUE(r.ok() && r->status == 200) << path << ": " << (r ? r->body : r.error().detail);
    return r && r->status == 200 ? nlohmann::json::parse(r->body) : nlohmann::json();
}

void SyncFixture::setFaults(const nlohmann::json& rules) { admin("/admin/faults", {{"faults", rules}}); }

Money SyncFixture::serverWallet()
{
    sync::HttpClient c({m_market->baseUrl(), kStationToken, m_svc->sync().httpConfig().caFile});
    auto r = c.get("/v1/wallet");
    EXPECT_TRUE(r.ok() && r->status == 200);
    auto w = sync::decodeWallet(r ? r->body : std::string());
    EXPECT_TRUE(w.ok());
    return w ? w->balance : Money::fromFen(-1);
}

Money SyncFixture::stationWallet() { return m_svc->ledger().balance(acct::PlatformWallet); }

int SyncFixture::syncUntilClean(int tries)
{
    for (int i = 1; i <= tries; ++i) {
        auto r = m_svc->sync().runOnce();
        EXPECT_TRUE(r.ok()) << r.error().detail;
        if (r && r->ok())
            return i;
    }
    ADD_FAILURE() << "sync did not finish cleanly in " << tries << " runs";
    return tries;
}

std::vector<std::string> SyncFixture::productIds(int n)
{
    std::vector<std::string> out;
    SQLite::Statement q(m_db->sql(), "SELECT product_id FROM catalog_products WHERE deleted = 0 ORDER BY product_id LIMIT ?");
    q.bind(1, n);
    while (q.executeStep())
        out.push_back(q.getColumn(0).getString());
    return out;
}

void SyncFixture::setOrderFee()
{
    auto r = m_svc->fees().setRule(m_supervisor, fee_scope::Order, "代购服务费",
                                   FeeRule{Money::fromYuan(1), BasisPoints{200}, Money::fromYuan(2), std::nullopt, Rounding::HalfUp});
    ASSERT_TRUE(r.ok()) << r.error().detail;
}

std::vector<std::string> SyncFixture::placeOrders(int n, std::uint64_t seed)
{
    if (!m_svc->days().status().open)
        openDayWith(100);
    const auto products = productIds(50);
    EXPECT_FALSE(products.empty()) << "sync the catalog first";
    std::mt19937_64 rng(seed);
    std::vector<std::string> ids;
    for (int i = 0; i < n && !products.empty(); ++i) {
        CashOrderRequest req;
        req.opId = newUuid();
        req.orderId = newUuid();
        req.lines = {{products[rng() % products.size()], static_cast<std::int64_t>(1 + rng() % 3)}};
        auto quote = m_svc->orders().quote(req.lines);
        EXPECT_TRUE(quote.ok());
        req.fee = quote ? quote->fee : Money();
        req.tendered = Money::fromYuan(100000);
        req.customerName = "王大爷";
        req.phone = "13800001234";
        auto r = m_svc->orders().placeCashOrder(m_agent, req);
        EXPECT_TRUE(r.ok()) << r.error().detail;
        if (r)
            ids.push_back(r->orderId);
    }
    return ids;
}

}  // namespace cz::test
