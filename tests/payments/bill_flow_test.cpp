// Bills and top-ups against the in-process marketplace: look up → pay → confirm, a failing bill
// refunded in cash, a refused op, an offline top-up that goes through exactly once, the offline
// look-up that writes nothing, and the refusals that write nothing.

#include "payments_fixture.h"

#include "core/uuid.h"
#include "storage/outbox_store.h"

using namespace cz;
using namespace cz::test;

namespace {

constexpr const char* kElectricity = "sgcc-henan";
constexpr const char* kAccount = "4101020304";

class BillFlow : public PaymentsFixture {
protected:
    void SetUp() override
    {
        PaymentsFixture::SetUp();
        syncUntilClean();
        loadReferenceData();
        setFee(billFeeScope(kElectricity), 200);
        setFee(topUpFeeScope("cmcc"), 100, 100);  // ¥1 + 1 %
        openDayWith(1000);
    }

    sync::BillLookup lookup(const std::string& account = kAccount)
    {
        auto bill = online().lookupBill(kElectricity, account);
        EXPECT_TRUE(bill.ok()) << (bill ? "" : bill.error().detail);
        return bill ? *bill : sync::BillLookup{};
    }

    BillPayment billRequest(const sync::BillLookup& bill)
    {
        BillPayment req;
        req.opId = newUuid();
        req.paymentId = newUuid();
        req.billerId = kElectricity;
        req.accountNo = bill.accountNo;
        req.holderMasked = bill.holderNameMasked;
        req.period = bill.period;
        req.amount = bill.amountDue;
        req.fee = m_payments->billFee(kElectricity, bill.amountDue);
        req.tendered = Money::fromYuan(500);
        return req;
    }

    TopUpPayment topUp(std::int64_t fen)
    {
        TopUpPayment req;
        req.opId = newUuid();
        req.paymentId = newUuid();
        req.carrier = "cmcc";
        req.phone = "13800001234";
        req.amount = Money::fromFen(fen);
        req.fee = m_payments->topUpFee("cmcc", req.amount);
        req.tendered = req.amount + req.fee;
        return req;
    }
};

TEST_F(BillFlow, LookupPayConfirmPostsExactlyTheLedgerRules)
{
    const auto bill = lookup();
    ASSERT_TRUE(bill.amountDue.isPositive());
    EXPECT_NE(bill.holderNameMasked.find('*'), std::string::npos);  // masked by the marketplace
    const auto req = billRequest(bill);
    const std::int64_t a = bill.amountDue.fen();
    const Money walletBefore = m_wallet->status().available;

    auto taken = m_payments->payBill(m_agent, req, m_texts);
    ASSERT_TRUE(taken.ok()) << taken.error().detail;
    EXPECT_EQ(postings(taken->entrySeq), (std::vector<Post>{{"1000", a + 200}, {"2100", -a}, {"4000", -200}}));
    EXPECT_EQ(taken->change, Money::fromYuan(500) - Money::fromFen(a + 200));
    EXPECT_EQ(taken->walletBefore, walletBefore);
    EXPECT_EQ(*taken->walletAfter, walletBefore - bill.amountDue);
    EXPECT_EQ(m_wallet->status().available, walletBefore - bill.amountDue);
    EXPECT_EQ(m_wallet->status().confirmed, walletBefore);  // nothing debited yet
    const auto pending = m_payments->receipt(taken->receiptNumber);
    ASSERT_TRUE(pending.has_value());
    EXPECT_TRUE(pending->pending);

    syncUntilClean();
    EXPECT_EQ(m_payments->payment(req.paymentId)->state, PaymentState::Pending);  // received, not paid
    m_market->advance(60);
    syncUntilClean();
    const auto paid = m_payments->payment(req.paymentId);
    ASSERT_EQ(paid->state, PaymentState::Confirmed);
    EXPECT_FALSE(paid->reference.empty());
    const auto history = m_payments->history(req.paymentId);
    ASSERT_EQ(history.size(), 2u);
    ASSERT_TRUE(history[1].entrySeq.has_value());
    EXPECT_EQ(postings(*history[1].entrySeq), (std::vector<Post>{{"2100", a}, {"1100", -a}}));
    EXPECT_TRUE(balance(acct::ServicesInTransit).isZero());
    EXPECT_EQ(stationWallet(), serverWallet());

    // The pending slip stays as printed; the confirmation is a new receipt with the reference.
    auto confirm = m_payments->confirmationReceipt(m_agent, req.paymentId, m_texts);
    ASSERT_TRUE(confirm.ok());
    EXPECT_EQ(*confirm, taken->receiptNumber + 1);
    const auto c = m_payments->receipt(*confirm);
    ASSERT_TRUE(c.has_value());
    EXPECT_FALSE(c->pending);
    bool hasRef = false;
    for (const auto& n : c->notes)
        hasRef = hasRef || n.find(paid->reference) != std::string::npos;
    EXPECT_TRUE(hasRef);
    EXPECT_EQ(*m_payments->confirmationReceipt(m_agent, req.paymentId, m_texts), *confirm);  // once
    EXPECT_TRUE(m_payments->receipt(taken->receiptNumber)->pending);
    EXPECT_TRUE(m_svc->ledger().verify().empty());
}

TEST_F(BillFlow, AFailingBillBecomesARefundPaidInCashWithItsReceipt)
{
    const auto req = billRequest(lookup());
    const std::int64_t a = req.amount.fen();
    auto taken = m_payments->payBill(m_agent, req, m_texts);
    ASSERT_TRUE(taken.ok());
    syncUntilClean();
    admin("/admin/stations/st-1/payments/" + req.paymentId + "/fail",
          {{"reason_code", "biller_rejected"}, {"reason", "account frozen"}});
    syncUntilClean();
    const auto p = m_payments->payment(req.paymentId);
    ASSERT_EQ(p->state, PaymentState::RefundDue);
    EXPECT_EQ(p->refundDue.fen(), a + 200);
    EXPECT_NE(p->reason.find("biller_rejected"), std::string::npos);
    EXPECT_EQ(postings(*m_payments->history(req.paymentId).back().entrySeq),
              (std::vector<Post>{{"2100", a}, {"4000", 200}, {"2300", -(a + 200)}}));
    EXPECT_EQ(serverWallet(), stationWallet());  // nothing was debited on either side

    const Money drawer = balance(acct::CashDrawer);
    const std::string op = newUuid();
    auto refund = m_payments->payRefund(m_agent, op, req.paymentId, m_texts);
    ASSERT_TRUE(refund.ok()) << refund.error().detail;
    EXPECT_EQ(postings(refund->entrySeq), (std::vector<Post>{{"2300", a + 200}, {"1000", -(a + 200)}}));
    EXPECT_EQ(balance(acct::CashDrawer), drawer - Money::fromFen(a + 200));
    EXPECT_TRUE(balance(acct::RefundsDue).isZero());
    EXPECT_TRUE(balance(acct::ServicesInTransit).isZero());
    const auto slip = m_payments->receipt(refund->receiptNumber);
    ASSERT_TRUE(slip.has_value());
    EXPECT_EQ(slip->title, m_texts.refundTitle);
    EXPECT_EQ(slip->totals.back().amount.fen(), a + 200);
    EXPECT_EQ(m_payments->payment(req.paymentId)->state, PaymentState::Refunded);

    // Pressing OK again pays nothing more; a second refund is refused and writes nothing.
    const auto before = entries();
    auto again = m_payments->payRefund(m_agent, op, req.paymentId, m_texts);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->replayed);
    EXPECT_EQ(again->receiptNumber, refund->receiptNumber);
    auto other = m_payments->payRefund(m_agent, newUuid(), req.paymentId, m_texts);
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().code, Errc::Conflict);
    EXPECT_EQ(entries(), before);
}

TEST_F(BillFlow, AnOpTheMarketplaceRefusesIsARefundDue)
{
    // Accounts ending in 0000 do not exist: the marketplace refuses the op with 422.
    auto req = billRequest(lookup());
    req.accountNo = "4101020000";
    auto taken = m_payments->payBill(m_agent, req, m_texts);
    ASSERT_TRUE(taken.ok());
    syncUntilClean();
    const auto p = m_payments->payment(req.paymentId);
    ASSERT_EQ(p->state, PaymentState::RefundDue);
    EXPECT_NE(p->reason.find("unknown_account"), std::string::npos);
    const std::int64_t a = req.amount.fen();
    EXPECT_EQ(postings(*m_payments->history(req.paymentId).back().entrySeq),
              (std::vector<Post>{{"2100", a}, {"4000", 200}, {"2300", -(a + 200)}}));
    // Syncing again (the op verdict is final) posts nothing more.
    const auto before = entries();
    syncUntilClean();
    EXPECT_EQ(entries(), before);
}

TEST_F(BillFlow, RepeatedSubmitRecordsOnceAndConflictsAreRefused)
{
    const auto req = billRequest(lookup());
    auto first = m_payments->payBill(m_agent, req, m_texts);
    ASSERT_TRUE(first.ok());
    const auto before = entries();
    auto again = m_payments->payBill(m_agent, req, m_texts);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->replayed);
    EXPECT_EQ(again->receiptNumber, first->receiptNumber);
    auto changed = req;
    changed.tendered = Money::fromYuan(600);
    auto conflict = m_payments->payBill(m_agent, changed, m_texts);
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().code, Errc::OpIdConflict);
    EXPECT_EQ(entries(), before);
    EXPECT_EQ(OutboxStore(*m_db).byRef(req.paymentId).size(), 1u);
}

TEST_F(BillFlow, RefusalsBeforeTheCashWriteNothing)
{
    const auto bill = lookup();
    const auto entriesBefore = entries();
    const auto outboxBefore = outboxTotal();
    const Money drawer = balance(acct::CashDrawer);
    auto expectRefused = [&](BillPayment req, Errc code) {
        auto r = m_payments->payBill(m_agent, req, m_texts);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, code) << r.error().detail;
    };
    auto req = billRequest(bill);
    req.fee = Money::fromFen(150);  // not what the fee table says
    expectRefused(req, Errc::Conflict);
    req = billRequest(bill);
    req.tendered = req.amount;  // the fee is missing
    expectRefused(req, Errc::InvalidInput);
    req = billRequest(bill);
    req.accountNo = "123";  // too short for this biller
    expectRefused(req, Errc::InvalidInput);
    req = billRequest(bill);
    req.amount = Money::fromFen(kMaxBillFen + 1);
    req.fee = m_payments->billFee(kElectricity, req.amount);
    req.tendered = Money::fromYuan(10000);
    expectRefused(req, Errc::InvalidInput);
    req = billRequest(bill);
    req.billerId = "cmcc";  // a carrier is not a utility
    expectRefused(req, Errc::NotFound);
    EXPECT_EQ(entries(), entriesBefore);
    EXPECT_EQ(outboxTotal(), outboxBefore);
    EXPECT_EQ(paymentRows(), 0);
    EXPECT_EQ(balance(acct::CashDrawer), drawer);
}

TEST_F(BillFlow, NoOpenDayNoCash)
{
    const auto bill = lookup();
    DenominationCount count{{10000, 10}};
    ASSERT_TRUE(m_svc->days().closeDay(m_agent, newUuid(), count, "", std::nullopt).ok());
    const auto before = entries();
    auto r = m_payments->payBill(m_agent, billRequest(bill), m_texts);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Errc::DayNotOpen);
    EXPECT_EQ(entries(), before);
    EXPECT_EQ(paymentRows(), 0);
}

TEST_F(BillFlow, OfflineLookupSaysSoAndWritesNothing)
{
    const auto before = entries();
    const auto outboxBefore = outboxTotal();
    setFaults(nlohmann::json::array({{{"kind", "error"}, {"status", 503}, {"paths", {"/v1/bills", "/v1/trains"}}}}));
    auto bill = online().lookupBill(kElectricity, kAccount);
    ASSERT_FALSE(bill.ok());
    EXPECT_EQ(bill.error().code, OnlineErrc::Offline);
    auto trains = online().trains("zhengzhou", "kaifeng", "2026-12-01");
    ASSERT_FALSE(trains.ok());
    EXPECT_EQ(trains.error().code, OnlineErrc::Offline);
    clearFaults();
    const auto url = m_market->baseUrl();
    m_market.reset();  // the link is down altogether
    auto down = PaymentsOnline(m_svc->sync().httpConfig(), std::chrono::milliseconds(1500)).lookupBill(kElectricity, kAccount);
    ASSERT_FALSE(down.ok());
    EXPECT_EQ(down.error().code, OnlineErrc::Offline);
    EXPECT_EQ(entries(), before);
    EXPECT_EQ(outboxTotal(), outboxBefore);
    EXPECT_EQ(paymentRows(), 0);
    startMarket(defaultMarketConfig());
    auto missing = online().lookupBill(kElectricity, "4101020000");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, OnlineErrc::NotFound);
}

TEST_F(BillFlow, AFixedTopUpQueuedOfflineGoesThroughExactlyOnce)
{
    // Offline: every marketplace call fails, yet the top-up is taken from the cached carrier list.
    setFaults(nlohmann::json::array({{{"kind", "error"}, {"status", 503}}}));
    const auto req = topUp(5000);
    EXPECT_EQ(req.fee.fen(), 150);  // ¥1 + 1 % of ¥50
    auto taken = m_payments->payTopUp(m_agent, req, m_texts);
    ASSERT_TRUE(taken.ok()) << taken.error().detail;
    EXPECT_EQ(postings(taken->entrySeq), (std::vector<Post>{{"1000", 5150}, {"2100", -5000}, {"4000", -150}}));
    auto r = m_svc->sync().runOnce(false);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->ok());
    EXPECT_EQ(OutboxStore(*m_db).byOpId(req.opId)->state, OutboxState::Sent);

    // Back online, but the first answers are lost after the marketplace committed them.
    setFaults(nlohmann::json::array({{{"kind", "drop_response"}, {"paths", {"/v1/ops"}}, {"max_count", 2}}}));
    for (int i = 0; i < 2; ++i)
        (void)m_svc->sync().runOnce(false);
    clearFaults();
    syncUntilClean();
    EXPECT_EQ(OutboxStore(*m_db).byOpId(req.opId)->state, OutboxState::Accepted);
    m_market->advance(60);
    syncUntilClean();
    syncUntilClean();
    EXPECT_EQ(m_payments->payment(req.paymentId)->state, PaymentState::Confirmed);
    const auto server = adminGet("/admin/stations/st-1/payments/" + req.paymentId);
    EXPECT_EQ(server.value("state", ""), "paid");
    EXPECT_EQ(serverWallet().fen(), kOpeningWalletFen - 5000);  // debited once
    EXPECT_EQ(stationWallet(), serverWallet());
    SQLite::Statement q(m_db->sql(), "SELECT count(*) FROM entries WHERE kind = 'bill_paid'");
    q.executeStep();
    EXPECT_EQ(q.getColumn(0).getInt64(), 1);
}

TEST_F(BillFlow, TopUpsComeInTheCarriersAmountsOnly)
{
    const auto before = entries();
    auto odd = m_payments->payTopUp(m_agent, topUp(4200), m_texts);
    ASSERT_FALSE(odd.ok());
    EXPECT_EQ(odd.error().code, Errc::InvalidInput);
    auto req = topUp(1000);
    req.phone = "12345678901";
    auto badPhone = m_payments->payTopUp(m_agent, req, m_texts);
    ASSERT_FALSE(badPhone.ok());
    EXPECT_EQ(entries(), before);
}

}  // namespace
