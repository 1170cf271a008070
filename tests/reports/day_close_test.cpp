// 日结 at the service level, against the in-process marketplace: the expected cash of the X and Z
// reports equals the drawer balance equals a sum computed by hand, through every kind of drawer
// movement; closes with pending ops, across midnight and on the day boundary; the stored Z report
// reprints byte for byte; a refused close writes nothing; a closed day accepts nothing.
//
// 代缴 (bills, tickets, their refunds) is not on this branch: its entry kinds (bill_taken,
// ticket_refunded, payment_refund_paid …) are classified by report_figures_test.cpp only.

#include "sync_fixture.h"

#include "core/accounts.h"
#include "core/uuid.h"
#include "services/payments/payments_online.h"
#include "services/payments/wallet_service.h"
#include "services/receipt/escpos.h"
#include "storage/ledger_store.h"
#include "storage/misc_stores.h"
#include "storage/outbox_store.h"
#include "storage/reports/report_store.h"

using namespace cz;
using namespace cz::test;
using namespace std::chrono;

namespace {

class DayClose : public SyncFixture {
protected:
    void SetUp() override
    {
        SyncFixture::SetUp();
        setOrderFee();
        syncUntilClean();
        openDayWith(500);
        m_product = *m_svc->catalog().byId(productIds(1).front());
    }
    CashOrderRequest request(std::int64_t qty, Money extraTendered)
    {
        CashOrderRequest r;
        r.opId = newUuid();
        r.orderId = newUuid();
        r.lines = {{m_product.productId, qty}};
        r.fee = m_svc->orders().quote(r.lines)->fee;
        r.tendered = m_product.price * qty + r.fee + extraTendered;
        r.customerName = "王大爷";
        return r;
    }
    Money drawer() { return m_svc->days().drawerBalance(); }
    Money xExpected() { return m_svc->reports().xReport().expected; }
    /// A farmer with `owedFen` owed from a consignment sale (the marketplace's listing.sold event).
    FarmerRecord farmerOwed(std::int64_t unitFen)
    {
        auto& cs = m_svc->consignment();
        FarmerInput fi;
        fi.opId = newUuid();
        fi.name = "张三";
        fi.phone = "13800001234";
        auto f = cs.registerFarmer(m_agent, fi);
        EXPECT_TRUE(f.ok());
        ListingInput in;
        in.opId = newUuid();
        in.listingId = newUuid();
        in.farmerId = f->id;
        in.titleZh = "红富士苹果";
        in.category = "fruit";
        in.unit = "jin";
        in.unitPrice = Money::fromFen(unitFen);
        in.quantity = 10;
        in.harvestDate = m_svc->context().today().plusDays(-2);
        in.shelfLifeDays = 20;
        EXPECT_TRUE(cs.createListing(m_agent, in).ok());
        EXPECT_TRUE(cs.receiveGoods(m_agent, newUuid(), in.listingId, 10, "", ConsignmentTexts{}).ok());
        sync::Event e;
        e.eventId = newUuid();
        e.type = "listing.sold";
        e.occurredAtMs = toUnixMs(m_clock.now());
        e.data = sync::ListingSold{in.listingId, newUuid(), 2, Money::fromFen(unitFen), Money::fromFen(unitFen * 2), Money()};
        WriteTransaction tx(*m_db);
        (void)cs.applyEvent(e);
        tx.commit();
        return *f;
    }
    /// `fen` in notes and coins, largest first (whatever is below 1 角 is left out).
    static DenominationCount countFor(std::int64_t fen)
    {
        DenominationCount c;
        for (std::int64_t d : kDenominations)
            if (fen / d > 0) {
                c[d] = fen / d;
                fen %= d;
            }
        return c;
    }
    QByteArray escpos(const Receipt& r) { return renderEscPos(r, EscPosOptions{}).value(); }
    std::int64_t receipts() { return static_cast<std::int64_t>(ReceiptStore(*m_db).recent(100000).size()); }
    CatalogProduct m_product;
};

TEST_F(DayClose, ExpectedCashIsTheDrawerBalanceThroughEveryKindOfMovement)
{
    std::int64_t hand = 50000;  // the float
    auto check = [&](const char* step) {
        EXPECT_EQ(drawer().fen(), hand) << step;
        EXPECT_EQ(xExpected().fen(), hand) << step;
    };
    check("float");

    // A sale with change: the villager hands over ¥50 more; the drawer keeps the total only.
    const auto sale = request(2, Money::fromYuan(50));
    auto placed = m_svc->orders().placeCashOrder(m_agent, sale);
    ASSERT_TRUE(placed.ok()) << placed.error().detail;
    EXPECT_EQ(placed->change.fen(), 5000);
    hand += placed->total.fen();
    check("sale with change");

    // A rejected order, refunded in cash.
    const auto rej = request(1, Money());
    auto placedRej = m_svc->orders().placeCashOrder(m_agent, rej);
    ASSERT_TRUE(placedRej.ok());
    hand += placedRej->total.fen();
    syncUntilClean();
    admin("/admin/stations/st-1/orders/" + rej.orderId + "/reject", {{"reason_code", "out_of_stock"}, {"reason", "缺货"}});
    syncUntilClean();
    check("rejection (no cash moves)");
    auto refund = m_svc->orders().payRefund(m_agent, newUuid(), rej.orderId, {});
    ASSERT_TRUE(refund.ok()) << refund.error().detail;
    hand -= refund->amount.fen();
    check("refund");

    // A void before the marketplace accepted the order.
    const auto v = request(1, Money::fromYuan(10));
    auto placedV = m_svc->orders().placeCashOrder(m_agent, v);
    ASSERT_TRUE(placedV.ok());
    hand += placedV->total.fen();
    auto voided = m_svc->orders().voidOrder(m_agent, m_supervisor, newUuid(), v.orderId, {});
    ASSERT_TRUE(voided.ok()) << voided.error().detail;
    hand -= voided->amount.fen();
    check("void");

    // A farmer payout in cash.
    const auto f = farmerOwed(1000);
    const Money owed = m_svc->consignment().owed(f.id);
    ASSERT_TRUE(owed.isPositive());
    auto paid = m_svc->consignment().payOut(m_agent, newUuid(), f.id, owed, ConsignmentTexts{});
    ASSERT_TRUE(paid.ok()) << paid.error().detail;
    hand -= owed.fen();
    check("payout");

    // Owner cash in / out, bank deposit.
    ASSERT_TRUE(m_svc->days().cashIn(m_agent, newUuid(), Money::fromYuan(200), "零钱").ok());
    hand += 20000;
    check("cash in");
    ASSERT_TRUE(m_svc->days().cashOut(m_agent, newUuid(), Money::fromFen(3050), "店主取现").ok());
    hand -= 3050;
    check("cash out");
    ASSERT_TRUE(m_svc->days().bankDeposit(m_agent, newUuid(), Money::fromYuan(100), "").ok());
    hand -= 10000;
    check("deposit");
    // A refused cash out changes nothing.
    EXPECT_FALSE(m_svc->days().cashOut(m_agent, newUuid(), Money::fromFen(hand + 1), "too much").ok());
    check("refused cash out");

    // The X report's parts add up to the same figure, and it wrote nothing.
    const auto entries = m_svc->ledger().entryCount();
    const auto x = m_svc->reports().xReport();
    const Figures& fig = x.figures;
    EXPECT_EQ(m_svc->ledger().entryCount(), entries);
    EXPECT_EQ(fig.refunds, refund->amount);
    EXPECT_EQ(fig.voids, voided->amount);
    EXPECT_EQ(fig.farmerPayoutsCash, owed);
    EXPECT_EQ(fig.ownerIn.fen(), 20000);
    EXPECT_EQ(fig.ownerOut.fen(), 3050);
    EXPECT_EQ(fig.bankDeposits.fen(), 10000);
    EXPECT_EQ(fig.jobs.at(Job::Purchase).cashIn, placed->total + placedRej->total + placedV->total);
    EXPECT_EQ(fig.serviceFees, placed->fee);  // the rejected order's fee was reversed; the void's too
    EXPECT_EQ(x.drawerOpening.fen(), 0);      // first day: the float came in today
    EXPECT_EQ(x.drawerOpening + fig.floatAdjust + fig.takings() - fig.refunds - fig.voids - fig.farmerPayoutsCash +
                  fig.ownerIn - fig.ownerOut - fig.bankDeposits,
              x.expected);

    // The Z report closes on the same figure (the drawer has no fen coins: those few fen are short).
    const DenominationCount count = countFor(hand);
    auto closed = m_svc->days().closeDay(m_agent, newUuid(), count, "没有分币", std::nullopt);
    ASSERT_TRUE(closed.ok()) << closed.error().detail;
    EXPECT_EQ(closed->expected.fen(), hand);
    EXPECT_EQ(closed->variance.fen(), -(hand % 10));
    EXPECT_EQ(drawer().fen(), hand - hand % 10);
    auto z = m_svc->reports().zReport(closed->day);
    ASSERT_TRUE(z.ok());
    auto hasTotal = [&](const std::string& label, std::int64_t fen) {
        for (const auto& t : z->totals)
            if (t.label == label)
                return t.amount.fen() == fen;
        return false;
    };
    const ReportTexts t;
    EXPECT_TRUE(hasTotal(t.expected, hand));
    EXPECT_TRUE(hasTotal(t.counted, hand - hand % 10));
    EXPECT_TRUE(hasTotal(t.variance, -(hand % 10)));
    EXPECT_TRUE(hasTotal(t.refunds, refund->amount.fen()));
    EXPECT_TRUE(hasTotal(t.farmerPayouts, owed.fen()));
    EXPECT_TRUE(m_svc->ledger().verify().empty());
}

TEST_F(DayClose, CloseWithPendingOpsCarriesThemOverAndTheZReprintsByteForByte)
{
    // Two orders the marketplace has not seen yet (no sync): they wait, and do not block the close.
    const auto a = request(1, Money());
    const auto b = request(3, Money());
    ASSERT_TRUE(m_svc->orders().placeCashOrder(m_agent, a).ok());
    ASSERT_TRUE(m_svc->orders().placeCashOrder(m_agent, b).ok());
    const Money expected = drawer();
    ASSERT_EQ(OutboxStore(*m_db).counts().waiting(), 2);
    const auto x = m_svc->reports().xReport();
    EXPECT_EQ(x.pendingCount, 2);
    EXPECT_GT(x.ordersInTransit.fen(), 0);

    CloseExtras extras;
    extras.walletMarket = m_svc->ledger().balance(acct::PlatformWallet) + Money::fromFen(150);
    const auto op = newUuid();
    auto closed = m_svc->days().closeDay(m_agent, op, countFor(expected.fen()), expected.fen() % 10 ? "分币" : "",
                                         std::nullopt, extras);
    ASSERT_TRUE(closed.ok()) << closed.error().detail;
    EXPECT_EQ(closed->pendingCarried, 2);
    ASSERT_GT(closed->zReceipt, 0);

    auto z1 = m_svc->reports().zReport(closed->day);
    ASSERT_TRUE(z1.ok());
    EXPECT_EQ(z1->number, closed->zReceipt);
    const std::string pendingLine = "Waiting for the marketplace, carried over: 2";
    EXPECT_NE(std::find(z1->notes.begin(), z1->notes.end(), pendingLine), z1->notes.end());
    bool walletDiff = false;
    for (const auto& t : z1->totals)
        walletDiff |= t.label == ReportTexts{}.walletDifference && t.amount.fen() == 150;
    EXPECT_TRUE(walletDiff);

    // Later, after a restart, the clock and the language moved on: the reprint is the same bytes.
    const QByteArray first = escpos(*z1);
    m_clock.advance(hours(30));
    reopen();
    auto z2 = m_svc->reports().zReport(closed->day);
    ASSERT_TRUE(z2.ok());
    EXPECT_EQ(*z2, *z1);
    EXPECT_EQ(escpos(*z2), first);
    // The same close op again is a replay that points at the same Z.
    auto again = m_svc->days().closeDay(m_agent, op, countFor(expected.fen()), "", std::nullopt);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->replayed);
    EXPECT_EQ(again->zReceipt, closed->zReceipt);

    // The pending orders settle on a later day when their events arrive.
    syncUntilClean();
    EXPECT_EQ(OutboxStore(*m_db).counts().waiting(), 0);
    EXPECT_TRUE(m_svc->ledger().verify().empty());
}

TEST_F(DayClose, TheCloseReconcilesTheWalletStatementLineByLine)
{
    // The marketplace's statement against the ledger, as the cash page does at close: they agree.
    syncUntilClean();
    auto statement = PaymentsOnline(m_svc->sync().httpConfig()).statement();
    ASSERT_TRUE(statement.ok());
    const auto rec = m_svc->wallet().reconcile(*statement);
    ASSERT_TRUE(rec.agrees()) << rec.differences.size() << " differences";
    CloseExtras extras;
    extras.walletMarket = rec.marketBalance;
    extras.walletGaps = walletGaps(rec);
    const Money expected = drawer();
    auto closed = m_svc->days().closeDay(m_agent, newUuid(), countFor(expected.fen()), expected.fen() % 10 ? "分币" : "",
                                         std::nullopt, extras);
    ASSERT_TRUE(closed.ok()) << closed.error().detail;
    auto z = m_svc->reports().zReport(closed->day);
    ASSERT_TRUE(z.ok());
    const ReportTexts t;
    EXPECT_NE(std::find(z->notes.begin(), z->notes.end(), t.walletAgrees), z->notes.end());
}

TEST_F(DayClose, WalletDifferencesFoundAtCloseAreListedOnTheZ)
{
    // A reconciliation with one difference of each kind (a planted one in each direction and an
    // amount that differs): the Z names each with its reference and both amounts.
    WalletReconciliation rec;
    rec.marketBalance = Money::fromYuan(480);
    rec.stationBalance = Money::fromYuan(500);
    WalletDifferenceLine a;
    a.kind = WalletDifference::MissingAtStation;
    a.marketKind = "wallet_credit";
    a.refId = "CR-2026-0001";
    a.marketAmount = Money::fromYuan(30);
    WalletDifferenceLine b;
    b.kind = WalletDifference::MissingAtMarketplace;
    b.entryKind = "bill_taken";
    b.opId = "0193c0de-1111-7000-8000-000000000001";
    b.stationAmount = Money::fromYuan(-50);
    WalletDifferenceLine c;
    c.kind = WalletDifference::AmountDiffers;
    c.marketKind = "order_debit";
    c.refId = "ORD-42";
    c.marketAmount = Money::fromFen(-1001);
    c.stationAmount = Money::fromFen(-1000);
    rec.differences = {a, b, c};
    const auto gaps = walletGaps(rec);
    ASSERT_EQ(gaps.size(), 3u);
    EXPECT_EQ(gaps[1].ref, b.opId);  // what the station has, when the marketplace has nothing
    CloseExtras extras;
    extras.walletMarket = rec.marketBalance;
    extras.walletGaps = gaps;
    const Money expected = drawer();
    auto closed = m_svc->days().closeDay(m_agent, newUuid(), countFor(expected.fen()), expected.fen() % 10 ? "分币" : "",
                                         std::nullopt, extras);
    ASSERT_TRUE(closed.ok()) << closed.error().detail;
    auto z = m_svc->reports().zReport(closed->day);
    ASSERT_TRUE(z.ok());
    const ReportTexts t;
    std::string all;
    for (const auto& n : z->notes)
        all += n + "\n";
    EXPECT_NE(all.find("Wallet reconciled: 3 difference(s)"), std::string::npos) << all;
    EXPECT_NE(all.find("wallet_credit CR-2026-0001 ¥30.00 / ¥0.00 — " + t.gapMissingAtStation), std::string::npos) << all;
    EXPECT_NE(all.find("bill_taken 0193c0de-1111 ¥0.00 / -¥50.00 — " + t.gapMissingAtMarketplace), std::string::npos) << all;
    EXPECT_NE(all.find("order_debit ORD-42 -¥10.01 / -¥10.00 — " + t.gapAmountDiffers), std::string::npos) << all;
    EXPECT_EQ(all.find(t.walletAgrees), std::string::npos);
}

TEST_F(DayClose, AClosedDayAcceptsNothing)
{
    const Money expected = drawer();
    auto closed = m_svc->days().closeDay(m_agent, newUuid(), countFor(expected.fen()), "", std::nullopt);
    ASSERT_TRUE(closed.ok()) << closed.error().detail;
    EXPECT_EQ(m_svc->days().cashIn(m_agent, newUuid(), Money::fromYuan(1), "x").error().code, Errc::DayNotOpen);
    EXPECT_FALSE(m_svc->orders().placeCashOrder(m_agent, request(1, Money())).ok());
    EXPECT_EQ(m_svc->days().closeDay(m_agent, newUuid(), countFor(expected.fen()), "", std::nullopt).error().code,
              Errc::DayNotOpen);
    // Not even a non-cash entry dated into it, written behind the services' back.
    LedgerStore ledger(*m_db);
    EntryRequest req{newUuid(), "wallet_topup", "late", {{std::string(acct::PlatformWallet), Money::fromYuan(1)},
                                                         {std::string(acct::Bank), Money::fromYuan(-1)}},
                     std::nullopt};
    {
        WriteTransaction tx(*m_db);
        auto posted = ledger.post(req, closed->day, m_clock.now(), std::nullopt);
        ASSERT_FALSE(posted.ok());
        EXPECT_EQ(posted.error().code, EntryError::DayClosed);
    }
    // And its Z report and totals cannot be rewritten.
    EXPECT_ANY_THROW(m_db->sql().exec("DELETE FROM z_reports"));
    EXPECT_ANY_THROW(m_db->sql().exec("UPDATE day_totals SET debit_fen = 0"));
}

TEST_F(DayClose, AVarianceAboveTheThresholdWithoutASupervisorIsRefusedAndWritesNothing)
{
    const Money expected = drawer();
    const Money threshold = m_svc->settings().varianceThreshold();
    const auto count = countFor(expected.fen() + threshold.fen() + 10000);  // ¥100 over the limit
    const auto entries = m_svc->ledger().entryCount();
    const auto nReceipts = receipts();
    auto countRows = [&](const char* table) {
        auto q = m_db->sql().execAndGet(std::string("SELECT count(*) FROM ") + table);
        return q.getInt64();
    };
    const auto audit = countRows("audit_log");
    const auto op = newUuid();
    auto refused = m_svc->days().closeDay(m_agent, op, count, "多了钱", std::nullopt);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Errc::SupervisorRequired);
    // An agent is not a supervisor either.
    EXPECT_EQ(m_svc->days().closeDay(m_agent, op, count, "多了钱", m_agent).error().code, Errc::SupervisorRequired);
    EXPECT_EQ(m_svc->ledger().entryCount(), entries);
    EXPECT_EQ(receipts(), nReceipts);
    EXPECT_EQ(countRows("audit_log"), audit);
    EXPECT_EQ(countRows("z_reports"), 0);
    EXPECT_EQ(countRows("day_totals"), 0);
    EXPECT_TRUE(m_svc->days().status().open.has_value());
    // No note: refused as well, before anything else.
    EXPECT_EQ(m_svc->days().closeDay(m_agent, newUuid(), count, " ", m_supervisor).error().code, Errc::NoteRequired);
    // With the supervisor the same op closes, and the variance is posted to over/short.
    auto ok = m_svc->days().closeDay(m_agent, op, count, "多了钱", m_supervisor);
    ASSERT_TRUE(ok.ok()) << ok.error().detail;
    EXPECT_EQ(ok->variance, countTotal(count).value() - expected);
    EXPECT_EQ(m_svc->ledger().balance(acct::CashOverShort), -ok->variance);
    EXPECT_EQ(countRows("z_reports"), 1);
}

TEST_F(DayClose, ADayStaysOpenAcrossMidnightAndTheBoundaryBelongsToTheOpenDay)
{
    // Opened 2026-11-29 09:00 (Shanghai). A sale at 23:59:59, another at 00:00:00 and one at 01:30
    // the next morning all belong to the open day; the close at 02:00 writes the Z for 11-29.
    const auto start = m_clock.now();
    m_clock.set(start + hours(14) + minutes(59) + seconds(59));
    auto s1 = m_svc->orders().placeCashOrder(m_agent, request(1, Money()));
    m_clock.set(start + hours(15));
    auto s2 = m_svc->orders().placeCashOrder(m_agent, request(1, Money()));
    m_clock.set(start + hours(16) + minutes(30));
    auto s3 = m_svc->orders().placeCashOrder(m_agent, request(1, Money()));
    ASSERT_TRUE(s1.ok() && s2.ok() && s3.ok());
    const auto x = m_svc->reports().xReport();
    EXPECT_EQ(x.day.toString(), "2026-11-29");
    EXPECT_EQ(x.figures.jobs.at(Job::Purchase).entries, 3);
    m_clock.set(start + hours(17));
    const Money expected = drawer();
    auto closed = m_svc->days().closeDay(m_agent, newUuid(), countFor(expected.fen()), expected.fen() % 10 ? "分币" : "",
                                         std::nullopt);
    ASSERT_TRUE(closed.ok()) << closed.error().detail;
    EXPECT_EQ(closed->day.toString(), "2026-11-29");
    auto range = m_svc->reports().range(closed->day, closed->day);
    EXPECT_EQ(range.figures.jobs.at(Job::Purchase).cashIn, s1->total + s2->total + s3->total);

    // Exactly at the next midnight the next day opens with yesterday's count as its float, and
    // entries land in it.
    m_clock.set(start + hours(39));  // 2026-12-01 00:00:00 local: 11-30 is skipped, nothing happened
    auto open = m_svc->days().openDay(m_agent, newUuid(), countFor(drawer().fen()), "");
    ASSERT_TRUE(open.ok()) << open.error().detail;
    EXPECT_EQ(open->day.toString(), "2026-12-01");
    EXPECT_TRUE(open->difference.isZero());
    auto s4 = m_svc->orders().placeCashOrder(m_agent, request(1, Money()));
    ASSERT_TRUE(s4.ok());
    EXPECT_EQ(m_svc->reports().xReport().figures.jobs.at(Job::Purchase).entries, 1);
    // A range over both days: the closed day from its snapshot, the open day live.
    auto both = m_svc->reports().range(closed->day, open->day);
    EXPECT_EQ(both.figures.jobs.at(Job::Purchase).cashIn, s1->total + s2->total + s3->total + s4->total);
    ASSERT_EQ(both.days.size(), 2U);
    EXPECT_EQ(both.days.back().drawerEnd, drawer());
}

TEST_F(DayClose, TheSnapshotOfAClosedDayEqualsTheJournal)
{
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(m_svc->orders().placeCashOrder(m_agent, request(1 + i % 2, Money::fromYuan(i))).ok());
    ASSERT_TRUE(m_svc->days().cashIn(m_agent, newUuid(), Money::fromYuan(30), "零钱").ok());
    const auto day = m_svc->days().status().open->day;
    const Money expected = drawer();
    ASSERT_TRUE(m_svc->days().closeDay(m_agent, newUuid(), countFor(expected.fen()), "分币", std::nullopt).ok());
    auto live = m_svc->reports().liveTotals(day, day);
    auto stored = ReportStore(*m_db).storedTotals(day, day);
    auto key = [](const TotalsRow& a, const TotalsRow& b) {
        return std::tie(a.day, a.kind, a.account, a.userId) < std::tie(b.day, b.kind, b.account, b.userId);
    };
    std::sort(live.begin(), live.end(), key);
    std::sort(stored.begin(), stored.end(), key);
    EXPECT_EQ(live, stored);
    EXPECT_FALSE(stored.empty());
}

}  // namespace
