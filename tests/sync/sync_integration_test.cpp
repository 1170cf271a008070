// Sync against cunzhan-market on loopback: the happy path, lost responses, the soak with faults,
// bad bodies, 409, 429 + Retry-After, TLS.

#include "sync_fixture.h"

#include "storage/catalog_store.h"
#include "storage/outbox_store.h"
#include "storage/sync_state_store.h"
#include "sync/backoff.h"
#include "sync/sync_engine.h"

#include <SQLiteCpp/Statement.h>

#include <cstdlib>
#include <fstream>

using namespace cz;
using namespace cz::test;

namespace {

class Sync : public SyncFixture {};

TEST_F(Sync, HappyPathOpsUpEventsAndCatalogDownCursorsPersisted)
{
    ASSERT_EQ(syncUntilClean(), 1);
    EXPECT_EQ(CatalogStore(*m_db).count(), 300);
    SyncStateStore state(*m_db);
    ASSERT_TRUE(state.cursor("events").has_value());
    ASSERT_TRUE(state.cursor("catalog").has_value());
    EXPECT_EQ(stationWallet().fen(), kOpeningWalletFen);  // the opening wallet.credited event
    EXPECT_EQ(stationWallet(), serverWallet());

    const auto ids = placeOrders(3);
    ASSERT_EQ(ids.size(), 3u);
    EXPECT_EQ(m_svc->sync().overview().counts.queued, 3);
    syncUntilClean();
    auto counts = m_svc->sync().overview().counts;
    EXPECT_EQ(counts.waiting(), 0);
    EXPECT_EQ(counts.accepted, 3);
    EXPECT_EQ(m_svc->orders().order(ids[0])->state, OrderState::Pending);  // received, not yet accepted

    m_market->advance(120);
    syncUntilClean();
    for (const auto& id : ids)
        EXPECT_EQ(m_svc->orders().order(id)->state, OrderState::Accepted);
    EXPECT_TRUE(m_svc->ledger().balance(acct::OrdersInTransit).isZero());
    EXPECT_EQ(stationWallet(), serverWallet());
    EXPECT_LT(stationWallet().fen(), kOpeningWalletFen);

    m_market->advance(4 * 3600 + 36 * 3600 + 60);
    syncUntilClean();
    for (const auto& id : ids) {
        const auto o = m_svc->orders().order(id);
        EXPECT_EQ(o->state, OrderState::Arrived);
        EXPECT_FALSE(o->parcelId.empty());
    }
    // Cursors survive a restart and nothing is fetched twice.
    const auto cursor = state.cursor("events");
    reopen();
    EXPECT_EQ(SyncStateStore(*m_db).cursor("events"), cursor);
    auto again = m_svc->sync().runOnce();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->eventsApplied, 0);
    EXPECT_EQ(again->productsApplied, 0);
    EXPECT_TRUE(m_svc->ledger().verify().empty());
}

TEST_F(Sync, DroppedResponsesGiveExactlyOneServerSideResult)
{
    syncUntilClean();
    const auto ids = placeOrders(1);
    setFaults(nlohmann::json::array({{{"kind", "drop_response"}, {"paths", {"/v1/ops"}}, {"max_count", 3}}}));
    for (int i = 0; i < 3; ++i) {
        auto r = m_svc->sync().runOnce(false);
        ASSERT_TRUE(r.ok());
        EXPECT_FALSE(r->ok());  // the answer never came
        const auto op = OutboxStore(*m_db).byRef(ids[0]).front();
        EXPECT_EQ(op.state, OutboxState::Sent);
        EXPECT_EQ(op.attempts, i + 1);
    }
    syncUntilClean();
    const auto op = OutboxStore(*m_db).byRef(ids[0]).front();
    EXPECT_EQ(op.state, OutboxState::Accepted);
    EXPECT_EQ(op.attempts, 4);  // delivered four times, applied once
    m_market->advance(120);
    syncUntilClean();
    const auto server = adminGet("/admin/stations/st-1/orders/" + ids[0]);
    EXPECT_EQ(server.value("state", ""), "accepted") << server.dump();
    EXPECT_EQ(stationWallet(), serverWallet());
    auto statement = adminGet("/admin/stations/st-1/orders/" + ids[0]);
    EXPECT_FALSE(statement.is_null());
}

TEST_F(Sync, MalformedTruncatedAndOversizedBodiesChangeNothingAndRecover)
{
    syncUntilClean();
    placeOrders(2);
    syncUntilClean();
    m_market->advance(120);
    SyncStateStore state(*m_db);
    for (const char* kind : {"malformed_json", "truncate_body", "oversize_body"}) {
        const auto cursor = state.cursor("events");
        const auto applied = state.appliedCount();
        const auto entries = m_svc->ledger().entryCount();
        nlohmann::json rule{{"kind", kind}, {"paths", {"/v1/events"}}, {"max_count", 1}};
        if (std::string(kind) == "oversize_body")
            rule["bytes"] = 20 * 1024 * 1024;  // beyond the client's 16 MiB cap
        setFaults(nlohmann::json::array({rule}));
        auto r = m_svc->sync().runOnce(false);
        ASSERT_TRUE(r.ok());
        EXPECT_FALSE(r->ok()) << kind;
        EXPECT_FALSE(r->failure.message.empty()) << kind;
        EXPECT_EQ(r->failure.status, sync::StepStatus::Transient) << kind << ": " << r->failure.message;
        EXPECT_EQ(state.cursor("events"), cursor) << kind;
        EXPECT_EQ(state.appliedCount(), applied) << kind;
        EXPECT_EQ(m_svc->ledger().entryCount(), entries) << kind;
    }
    clearFaults();
    syncUntilClean();
    EXPECT_EQ(stationWallet(), serverWallet());
}

TEST_F(Sync, ConflictingOpIdGoesToNeedsAttention)
{
    syncUntilClean();
    const auto ids = placeOrders(1);
    syncUntilClean();
    // Simulate a client bug: the same op id queued again with another payload.
    const auto op = OutboxStore(*m_db).byRef(ids[0]).front();
    m_db->sql().exec("UPDATE outbox SET state = 'queued', payload = replace(payload, '\"goods_total_fen\"', "
                     "'\"customer\":{\"name\":\"x\"},\"goods_total_fen\"') WHERE seq = " + std::to_string(op.seq));
    syncUntilClean();
    const auto after = OutboxStore(*m_db).byRef(ids[0]).front();
    EXPECT_EQ(after.state, OutboxState::NeedsAttention);
    EXPECT_NE(after.lastError.find("op_id_conflict"), std::string::npos) << after.lastError;
    EXPECT_EQ(m_svc->sync().overview().counts.needsAttention, 1);
    EXPECT_GE(m_svc->sync().overview().openIssues, 1);
}

TEST_F(Sync, RateLimitedWithRetryAfterIsHonoured)
{
    syncUntilClean();
    placeOrders(1);
    setFaults(nlohmann::json::array({{{"kind", "error"}, {"status", 429}, {"retry_after_s", 3}, {"paths", {"/v1/ops"}}, {"max_count", 1}}}));
    sync::HttpClient http(m_svc->sync().httpConfig());
    sync::SyncEngine engine(*m_db, http, m_clock, m_svc->sync().eventHandler(), m_svc->sync().outcomeHandler(),
                            m_svc->sync().catalogHandler());
    const auto s = engine.pushBatch();
    EXPECT_EQ(s.status, sync::StepStatus::Transient);
    ASSERT_TRUE(s.retryAfter.has_value());
    EXPECT_EQ(s.retryAfter->count(), 3);
    sync::Backoff backoff(std::chrono::milliseconds(100), std::chrono::seconds(1), 1);
    EXPECT_GE(backoff.next(s.retryAfter).count(), 3000);
    EXPECT_EQ(engine.pushBatch().status, sync::StepStatus::Done);
}

namespace {

// Stores like the station does, but throws on the n-th product: a disk error in the middle of a load.
class FailingCatalog final : public sync::CatalogHandler {
public:
    FailingCatalog(sync::CatalogHandler& real, int failAt) : m_real(real), m_failAt(failAt) {}
    void apply(const sync::CatalogItem& item) override
    {
        if (++m_seen == m_failAt)
            throw std::runtime_error("disk I/O error");
        m_real.apply(item);
    }
    void beginFullLoad() override { m_real.beginFullLoad(); }
    void endFullLoad() override { m_real.endFullLoad(); }

private:
    sync::CatalogHandler& m_real;
    int m_failAt;
    int m_seen = 0;
};

bool hasBarcodeIndex(Database& db)
{
    SQLite::Statement q(db.sql(), "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'catalog_barcode'");
    q.executeStep();
    return q.getColumn(0).getInt() == 1;
}

}  // namespace

TEST_F(Sync, CatalogLoadStopsAtAFailedPageResumesThereAndKeepsItsIndexes)
{
    sync::HttpClient http(m_svc->sync().httpConfig());
    FailingCatalog failing(m_svc->sync().catalogHandler(), 150);  // in the second page of 100
    sync::SyncEngine engine(*m_db, http, m_clock, m_svc->sync().eventHandler(), m_svc->sync().outcomeHandler(),
                            failing);
    const auto s = engine.pullCatalog(100);
    EXPECT_EQ(s.status, sync::StepStatus::Transient);
    EXPECT_NE(s.message.find("disk I/O error"), std::string::npos) << s.message;
    EXPECT_EQ(s.count, 100);
    // The first page and its cursor are stored, the failed page is rolled back entirely, the page
    // fetched ahead of it is dropped, and the barcode index is back although the load is unfinished.
    EXPECT_EQ(CatalogStore(*m_db).count(), 100);
    EXPECT_TRUE(hasBarcodeIndex(*m_db));
    const auto cursor = SyncStateStore(*m_db).cursor("catalog");
    ASSERT_TRUE(cursor.has_value());

    sync::SyncEngine again(*m_db, http, m_clock, m_svc->sync().eventHandler(), m_svc->sync().outcomeHandler(),
                           m_svc->sync().catalogHandler());
    const auto rest = again.pullCatalog(100);
    EXPECT_EQ(rest.status, sync::StepStatus::Idle) << rest.message;
    EXPECT_EQ(rest.count, 200);  // resumed after the stored page, nothing fetched twice
    EXPECT_EQ(CatalogStore(*m_db).count(), 300);
    EXPECT_TRUE(hasBarcodeIndex(*m_db));
    SQLite::Statement one(m_db->sql(), "SELECT product_id, barcode FROM catalog_products WHERE barcode <> '' LIMIT 1");
    ASSERT_TRUE(one.executeStep());
    const auto found = CatalogStore(*m_db).byBarcode(one.getColumn(1).getString());
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->productId, one.getColumn(0).getString());

    // Unreachable or refusing marketplace: nothing stored, the index stays.
    setFaults(nlohmann::json::array({{{"kind", "error"}, {"status", 503}, {"paths", {"/v1/catalog"}}}}));
    SyncStateStore(*m_db).setCursor("catalog", "", m_clock.now());
    const auto refused = again.pullCatalog(100);
    EXPECT_EQ(refused.status, sync::StepStatus::Transient);
    EXPECT_EQ(refused.count, 0);
    EXPECT_EQ(CatalogStore(*m_db).count(), 300);
    EXPECT_TRUE(hasBarcodeIndex(*m_db));
}

TEST_F(Sync, ServerErrorsAreRetriedAndAWrongTokenIsFatal)
{
    setFaults(nlohmann::json::array({{{"kind", "error"}, {"status", 503}, {"max_count", 2}}}));
    auto r1 = m_svc->sync().runOnce();
    ASSERT_TRUE(r1.ok());
    EXPECT_EQ(r1->failure.status, sync::StepStatus::Transient);
    syncUntilClean();
    ASSERT_TRUE(m_svc->sync().configure(m_supervisor, m_market->baseUrl(), "wrong-token-0123456789", "").ok());
    auto r2 = m_svc->sync().runOnce();
    ASSERT_TRUE(r2.ok());
    EXPECT_EQ(r2->failure.status, sync::StepStatus::Fatal);
    EXPECT_NE(r2->failure.message.find("token"), std::string::npos) << r2->failure.message;
}

TEST_F(Sync, RejectedOrderBecomesRefundDue)
{
    syncUntilClean();
    const auto ids = placeOrders(1);
    syncUntilClean();
    admin("/admin/stations/st-1/orders/" + ids[0] + "/reject", {{"reason_code", "out_of_stock"}, {"reason", "卖完了"}});
    syncUntilClean();
    const auto o = m_svc->orders().order(ids[0]);
    EXPECT_EQ(o->state, OrderState::RefundDue);
    EXPECT_EQ(o->refund, o->goods + o->fee);
    EXPECT_EQ(m_svc->ledger().balance(acct::RefundsDue), -(o->goods + o->fee));
    EXPECT_TRUE(m_svc->ledger().balance(acct::OrdersInTransit).isZero());
    EXPECT_EQ(stationWallet(), serverWallet());
}

TEST_F(Sync, SoakEveryOpOnceEveryEventOnceWalletsAgree)
{
    const char* env = std::getenv("CZ_SOAK_OPS");
    const int n = env ? std::atoi(env) : 2000;
    syncUntilClean();
    const auto ids = placeOrders(n, 99);
    ASSERT_EQ(static_cast<int>(ids.size()), n);
    setFaults(nlohmann::json::array({{{"kind", "drop_response"}, {"fraction", 0.3}, {"paths", {"/v1/ops"}}},
                                     {{"kind", "error"}, {"status", 503}, {"fraction", 0.1}},
                                     {{"kind", "duplicate_events"}, {"fraction", 0.5}, {"repeat", 5}}}));
    int runs = 0;
    while (m_svc->sync().overview().counts.waiting() > 0 && runs < 2000) {
        (void)m_svc->sync().runOnce(false);
        ++runs;
    }
    ASSERT_EQ(m_svc->sync().overview().counts.waiting(), 0) << "after " << runs << " runs";
    m_market->advance(120);
    for (int i = 0; i < 2000; ++i) {
        auto r = m_svc->sync().runOnce(false);
        if (r && r->ok())
            break;
    }
    clearFaults();
    syncUntilClean();
    const auto c = m_svc->sync().overview().counts;
    EXPECT_EQ(c.accepted, n);
    EXPECT_EQ(c.needsAttention, 0);
    // Every order accepted exactly once, on both sides.
    for (const auto& id : ids)
        ASSERT_EQ(m_svc->orders().order(id)->state, OrderState::Accepted) << id;
    EXPECT_TRUE(m_svc->ledger().balance(acct::OrdersInTransit).isZero());
    EXPECT_EQ(stationWallet(), serverWallet());
    // Every event applied exactly once: one ledger entry per accepted order, no more.
    const auto applied = SyncStateStore(*m_db).appliedCount();
    EXPECT_EQ(applied, n + 1);  // n acceptances and the opening credit
    EXPECT_EQ(m_db->sql().execAndGet("SELECT count(*) FROM entries WHERE kind = 'order_accepted'").getInt(), n);
    EXPECT_TRUE(m_svc->ledger().verify().empty());
    RecordProperty("ops", n);
    RecordProperty("push_runs", runs);
}

}  // namespace
