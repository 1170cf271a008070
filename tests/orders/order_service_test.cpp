// 代购 at the service level, against the in-process marketplace: postings exactly as ledger.md,
// the refusals that write nothing, refunds, void, cancel, search.

#include "sync_fixture.h"

#include "core/uuid.h"
#include "storage/misc_stores.h"
#include "storage/outbox_store.h"

using namespace cz;
using namespace cz::test;

namespace {

class Orders : public SyncFixture {
protected:
    void SetUp() override
    {
        SyncFixture::SetUp();
        setOrderFee();
        syncUntilClean();
        openDayWith(500);
        m_product = *m_svc->catalog().byId(productIds(1).front());
    }
    std::vector<PostingLine> lines(std::int64_t seq)
    {
        std::vector<PostingLine> out;
        const auto e = m_svc->ledger().entry(seq);
        for (const auto& p : e->postings)
            out.push_back({p.account, p.amount});
        return out;
    }
    static PostingLine L(std::string_view a, Money m) { return {std::string(a), m}; }
    CashOrderRequest request(std::int64_t qty = 2)
    {
        CashOrderRequest r;
        r.opId = newUuid();
        r.orderId = newUuid();
        r.lines = {{m_product.productId, qty}};
        r.fee = m_svc->orders().quote(r.lines)->fee;
        r.tendered = m_product.price * qty + r.fee + Money::fromYuan(50);
        r.customerName = "王大爷";
        r.phone = "138 0013 5678";
        return r;
    }
    CatalogProduct m_product;
};

TEST_F(Orders, CashOrderPostsExactlyTheLedgerRuleQueuesTheOpAndIssuesAPendingReceipt)
{
    const auto req = request(2);
    const Money goods = m_product.price * 2;
    const Money fee = computeFee({Money::fromYuan(1), BasisPoints{200}, Money::fromYuan(2), std::nullopt, Rounding::HalfUp}, goods);
    ASSERT_EQ(req.fee, fee);
    const Money drawer = m_svc->days().drawerBalance();
    auto r = m_svc->orders().placeCashOrder(m_agent, req);
    ASSERT_TRUE(r.ok()) << r.error().detail;
    EXPECT_EQ(r->change, Money::fromYuan(50));
    EXPECT_EQ(lines(r->entrySeq), (std::vector<PostingLine>{L(acct::CashDrawer, goods + fee),
                                                             L(acct::OrdersInTransit, -goods),
                                                             L(acct::ServiceFeeIncome, -fee)}));
    EXPECT_EQ(m_svc->days().drawerBalance(), drawer + goods + fee);
    const auto op = OutboxStore(*m_db).byOpId(req.opId);
    ASSERT_TRUE(op.has_value());
    EXPECT_EQ(op->type, "order.place");
    EXPECT_NE(op->payload.find("\"phone_last4\":\"5678\""), std::string::npos) << op->payload;
    EXPECT_EQ(op->payload.find("13800135678"), std::string::npos);  // the whole number never leaves
    auto rec = ReceiptStore(*m_db).byNumber(r->receiptNumber);
    ASSERT_TRUE(rec.has_value());
    auto body = parseReceiptBody(rec->body, rec->number);
    ASSERT_TRUE(body.ok());
    EXPECT_TRUE(body->pending);
    EXPECT_EQ(body->qrPayload, req.orderId);
    // The same sale confirmed twice is one sale.
    auto again = m_svc->orders().placeCashOrder(m_agent, req);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->replayed);
    EXPECT_EQ(again->receiptNumber, r->receiptNumber);
    EXPECT_EQ(m_svc->days().drawerBalance(), drawer + goods + fee);
}

TEST_F(Orders, RefusalsWriteNothing)
{
    const auto entries = m_svc->ledger().entryCount();
    auto short_ = request();
    short_.tendered = Money::fromFen(1);
    EXPECT_EQ(m_svc->orders().placeCashOrder(m_agent, short_).error().code, Errc::InvalidInput);
    auto wrongFee = request();
    wrongFee.fee = Money();
    EXPECT_EQ(m_svc->orders().placeCashOrder(m_agent, wrongFee).error().code, Errc::InvalidInput);
    auto unknown = request();
    unknown.lines = {{"P99999999", 1}};
    unknown.fee = Money::fromYuan(2);
    EXPECT_EQ(m_svc->orders().placeCashOrder(m_agent, unknown).error().code, Errc::NotFound);
    auto empty = request();
    empty.lines.clear();
    EXPECT_EQ(m_svc->orders().placeCashOrder(m_agent, empty).error().code, Errc::InvalidInput);
    EXPECT_EQ(m_svc->ledger().entryCount(), entries);
    EXPECT_EQ(m_svc->sync().overview().counts.queued, 0);
}

class OrdersPoorWallet : public Orders {
protected:
    market::MarketConfig defaultMarketConfig() const override
    {
        auto cfg = Orders::defaultMarketConfig();
        cfg.stations[0].walletFen = 1000;  // ¥10 in the platform wallet
        return cfg;
    }
};

TEST_F(OrdersPoorWallet, WalletTooLowIsSaidPlainlyAndNothingIsWritten)
{
    const auto entries = m_svc->ledger().entryCount();
    auto req = request(1);
    while (m_product.price * req.lines[0].quantity <= Money::fromYuan(10))
        ++req.lines[0].quantity;
    req.fee = m_svc->orders().quote(req.lines)->fee;
    req.tendered = Money::fromYuan(10000);
    auto q = m_svc->orders().quote(req.lines);
    ASSERT_TRUE(q.ok());
    EXPECT_FALSE(q->walletCovers);
    EXPECT_EQ(q->walletAvailable, Money::fromYuan(10));
    auto r = m_svc->orders().placeCashOrder(m_agent, req);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::InsufficientWallet);
    EXPECT_NE(r.error().detail.find("¥10.00"), std::string::npos) << r.error().detail;
    EXPECT_EQ(m_svc->ledger().entryCount(), entries);
    EXPECT_EQ(m_svc->sync().overview().counts.queued, 0);
}

TEST_F(Orders, RejectionThenTheRefundPaidInCash)
{
    const auto req = request(1);
    auto placed = m_svc->orders().placeCashOrder(m_agent, req);
    ASSERT_TRUE(placed.ok());
    syncUntilClean();
    admin("/admin/stations/st-1/orders/" + req.orderId + "/reject", {{"reason_code", "out_of_stock"}, {"reason", "缺货"}});
    syncUntilClean();
    const Money due = placed->goods + placed->fee;
    EXPECT_EQ(m_svc->ledger().balance(acct::RefundsDue), -due);
    EXPECT_EQ(m_svc->orders().refundsDue().size(), 1u);
    const Money drawer = m_svc->days().drawerBalance();
    const std::string op = newUuid();
    auto paid = m_svc->orders().payRefund(m_agent, op, req.orderId, {});
    ASSERT_TRUE(paid.ok()) << paid.error().detail;
    EXPECT_EQ(paid->amount, due);
    EXPECT_GT(paid->receiptNumber, placed->receiptNumber);
    EXPECT_EQ(m_svc->days().drawerBalance(), drawer - due);
    EXPECT_TRUE(m_svc->ledger().balance(acct::RefundsDue).isZero());
    EXPECT_EQ(m_svc->orders().order(req.orderId)->state, OrderState::Refunded);
    EXPECT_TRUE(m_svc->orders().payRefund(m_agent, op, req.orderId, {})->replayed);  // once only
    EXPECT_EQ(m_svc->orders().payRefund(m_agent, newUuid(), req.orderId, {}).error().code, Errc::Conflict);
    EXPECT_EQ(m_svc->days().drawerBalance(), drawer - due);
    EXPECT_EQ(stationWallet(), serverWallet());
}

TEST_F(Orders, VoidBeforeAcceptanceNeedsASupervisorAndGivesTheCashBack)
{
    const auto req = request(1);
    auto placed = m_svc->orders().placeCashOrder(m_agent, req);
    ASSERT_TRUE(placed.ok());
    const Money drawer = m_svc->days().drawerBalance();
    EXPECT_EQ(m_svc->orders().voidOrder(m_agent, m_agent, newUuid(), req.orderId, {}).error().code,
              Errc::SupervisorRequired);
    auto v = m_svc->orders().voidOrder(m_agent, m_supervisor, newUuid(), req.orderId, {});
    ASSERT_TRUE(v.ok()) << v.error().detail;
    EXPECT_EQ(v->amount, placed->goods + placed->fee);
    EXPECT_EQ(m_svc->days().drawerBalance(), drawer - v->amount);
    EXPECT_TRUE(m_svc->ledger().balance(acct::OrdersInTransit).isZero());
    // Both ops go up in order; the marketplace cancels what it received; the wallet never moves.
    syncUntilClean();
    m_market->advance(120);
    syncUntilClean();
    EXPECT_EQ(m_svc->orders().order(req.orderId)->state, OrderState::Voided);
    EXPECT_EQ(adminGet("/admin/stations/st-1/orders/" + req.orderId).value("state", ""), "cancelled");
    EXPECT_TRUE(m_svc->ledger().balance(acct::OrdersInTransit).isZero());
    EXPECT_EQ(stationWallet(), serverWallet());
    EXPECT_TRUE(m_svc->ledger().verify().empty());
}

TEST_F(Orders, VoidRacingTheMarketplacesAcceptanceStillSettlesTheWallet)
{
    const auto req = request(1);
    ASSERT_TRUE(m_svc->orders().placeCashOrder(m_agent, req).ok());
    syncUntilClean();
    m_market->advance(120);  // accepted and the wallet debited on the marketplace …
    ASSERT_TRUE(m_svc->orders().voidOrder(m_agent, m_supervisor, newUuid(), req.orderId, {}).ok());  // … before we heard
    syncUntilClean();
    m_market->advance(60);
    syncUntilClean();
    EXPECT_EQ(m_svc->orders().order(req.orderId)->state, OrderState::Voided);
    EXPECT_TRUE(m_svc->ledger().balance(acct::OrdersInTransit).isZero());
    EXPECT_TRUE(m_svc->ledger().balance(acct::RefundsDue).isZero());
    EXPECT_EQ(stationWallet(), serverWallet());
}

TEST_F(Orders, CancelAfterAcceptanceMakesTheGoodsRefundDue)
{
    const auto req = request(1);
    auto placed = m_svc->orders().placeCashOrder(m_agent, req);
    ASSERT_TRUE(placed.ok());
    syncUntilClean();
    EXPECT_EQ(m_svc->orders().requestCancel(m_agent, newUuid(), req.orderId).error().code, Errc::Conflict);  // pending
    m_market->advance(120);
    syncUntilClean();
    ASSERT_TRUE(m_svc->orders().requestCancel(m_agent, newUuid(), req.orderId).ok());
    syncUntilClean();
    syncUntilClean();
    const auto o = m_svc->orders().order(req.orderId);
    EXPECT_EQ(o->state, OrderState::RefundDue);
    EXPECT_EQ(o->refund, placed->goods);  // the station keeps its fee for the service done
    EXPECT_EQ(stationWallet(), serverWallet());
}

TEST_F(Orders, CatalogAndVillagerSearch)
{
    const auto hits = m_svc->catalog().search(m_product.nameZh.substr(0, 3), 10);
    ASSERT_TRUE(hits.ok());
    ASSERT_FALSE(hits->empty());
    bool found = false;
    for (const auto& h : *hits)
        found = found || h.product.productId == m_product.productId;
    EXPECT_TRUE(found) << m_product.nameZh;
    EXPECT_EQ(m_svc->catalog().byBarcode(m_product.barcode)->productId, m_product.productId);
    auto id = m_svc->customers().add(m_agent, "张秀英", "139-0000-4321", "三组");
    ASSERT_TRUE(id.ok());
    for (const char* q : {"张秀英", "zhangxiuying", "zxy", "4321"}) {
        auto c = m_svc->customers().find(q, 5);
        ASSERT_TRUE(c.ok());
        ASSERT_FALSE(c->empty()) << q;
        EXPECT_EQ(c->front().id, *id) << q;
    }
    EXPECT_EQ(m_svc->customers().add(m_agent, "", "", "").error().code, Errc::InvalidInput);
    EXPECT_EQ(m_svc->customers().add(m_agent, "李四", "12ab", "").error().code, Errc::InvalidInput);
}

}  // namespace
