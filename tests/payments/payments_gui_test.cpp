// The payments desk driven offscreen against the in-process marketplace: bill look-up → pay →
// confirm; a failing bill refunded in cash; ticket search → book → refund with the railway's fee;
// an assisted service; each with exactly the postings of ledger.md. Offline look-up and search say
// so and write nothing; a payment the wallet cannot cover is refused before any cash.

#include "payments_gui_fixture.h"

#include "gui/payments/payments_assisted_tab.h"
#include "gui/payments/payments_bill_tab.h"
#include "gui/payments/payments_history_tab.h"
#include "gui/payments/payments_text.h"
#include "gui/payments/payments_ticket_tab.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

using namespace cz;
using namespace cz::test;

namespace {

constexpr const char* kIdNumber = "410102199003071230";

class PaymentsGui : public PaymentsGuiFixture {
protected:
    std::int64_t m_openingWalletFen = 0;  ///< > 0: the marketplace opens the station's wallet with this

    void SetUp() override
    {
        PaymentsGuiFixture::SetUp();
        if (m_openingWalletFen > 0) {
            // Before the station's first sync, so the wallet it learns of is this one.
            waitFor([&] { return !m_page->billTab()->busy() && !m_page->ticketTab()->busy(); });
            restartMarketWithWallet(m_openingWalletFen);
        }
        syncUntilClean();
        setFee(billFeeScope("sgcc-henan"), 200);
        setFee(kTicketFeeScope, 500);
        openDayWith(1000);
    }

    template <class T>
    static T* in(QWidget* tab, const char* name)
    {
        auto* w = tab->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    void showTab(int index)
    {
        m_page->findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(index);
        settle();
    }

    /// The bills tab with its billers loaded (fetched from the marketplace on first show).
    gui::PaymentsBillTab* bills()
    {
        auto* tab = m_page->billTab();
        showTab(0);
        m_page->refresh();
        waitFor([&] { return !tab->busy(); });
        return tab;
    }

    void chooseBiller(gui::PaymentsBillTab* tab, const char* id)
    {
        auto* combo = in<QComboBox>(tab, "billerCombo");
        const int i = combo->findData(QString::fromLatin1(id));
        ASSERT_GE(i, 0) << id;
        combo->setCurrentIndex(i);
    }

    /// Looks up the account and takes the cash for its bill through the dialog; the payment id.
    std::string payBillThroughTheScreen(const char* account)
    {
        auto* tab = bills();
        chooseBiller(tab, "sgcc-henan");
        in<QLineEdit>(tab, "accountEdit")->setText(QString::fromLatin1(account));
        QTest::mouseClick(in<QPushButton>(tab, "lookupButton"), Qt::LeftButton);
        waitFor([&] { return !tab->busy(); });
        EXPECT_TRUE(in<QLabel>(tab, "holderLabel")->text().contains(QLatin1Char('*')));
        EXPECT_TRUE(in<QPushButton>(tab, "payButton")->isEnabled());
        QTest::mouseClick(in<QPushButton>(tab, "payButton"), Qt::LeftButton);
        settle();
        QDialog* d = dialog(QStringLiteral("billPayDialog"));
        EXPECT_NE(d, nullptr);
        if (!d)
            return {};
        // The wallet's balance before and after is on screen before any cash is taken.
        EXPECT_TRUE(d->findChild<QLabel*>(QStringLiteral("walletLabel"))->text().contains(QStringLiteral("→")));
        d->findChild<QLineEdit*>(QStringLiteral("tenderedEdit"))->setText(QStringLiteral("500"));
        clickOk(d);
        EXPECT_EQ(dialog(QStringLiteral("billPayDialog")), nullptr);
        EXPECT_NE(dialog(QStringLiteral("receiptPreviewDialog")), nullptr);
        closeReceipts();
        const auto latest = m_payments->recent(1);
        return latest.empty() ? std::string() : latest.front().paymentId;
    }

    gui::PaymentsHistoryTab* history(const std::string& select)
    {
        auto* tab = m_page->historyTab();
        showTab(3);
        tab->setFilter(gui::PaymentsHistoryTab::Filter::Recent);
        tab->refresh();
        EXPECT_TRUE(tab->select(select));
        settle();
        return tab;
    }
};

TEST_F(PaymentsGui, BillLookupPayAndConfirm)
{
    const auto entriesBefore = entries();
    const std::string id = payBillThroughTheScreen("4101020304");
    ASSERT_FALSE(id.empty());
    const auto p = m_payments->payment(id);
    const std::int64_t a = p->amount.fen();
    EXPECT_EQ(p->fee.fen(), 200);
    EXPECT_EQ(entries(), entriesBefore + 1);
    EXPECT_EQ(postings(p->entrySeq), (std::vector<Post>{{"1000", a + 200}, {"2100", -a}, {"4000", -200}}));
    EXPECT_TRUE(m_payments->receipt(p->receiptNumber)->pending);
    EXPECT_TRUE(m_page->findChild<QLabel*>(QStringLiteral("walletStatusLabel"))->text().contains(
        QString::fromStdString(formatMoney(m_wallet->status().available))));

    syncUntilClean();
    m_market->advance(60);
    syncUntilClean();
    auto* tab = history(id);
    EXPECT_EQ(m_payments->payment(id)->state, PaymentState::Confirmed);
    EXPECT_EQ(postings(*m_payments->history(id).back().entrySeq), (std::vector<Post>{{"2100", a}, {"1100", -a}}));
    QTest::mouseClick(in<QPushButton>(tab, "confirmationButton"), Qt::LeftButton);
    settle();
    EXPECT_NE(dialog(QStringLiteral("receiptPreviewDialog")), nullptr);
    closeReceipts();
    const auto confirmed = m_payments->payment(id);
    ASSERT_TRUE(confirmed->confirmReceipt.has_value());
    EXPECT_FALSE(m_payments->receipt(*confirmed->confirmReceipt)->pending);
    EXPECT_EQ(stationWallet(), serverWallet());
}

TEST_F(PaymentsGui, AFailingBillIsRefundedInCash)
{
    const std::string id = payBillThroughTheScreen("4101020305");
    ASSERT_FALSE(id.empty());
    const auto p = m_payments->payment(id);
    const std::int64_t a = p->amount.fen();
    syncUntilClean();
    admin("/admin/stations/st-1/payments/" + id + "/fail", {{"reason_code", "biller_unavailable"}, {"reason", "down"}});
    syncUntilClean();
    auto* tab = history(id);
    EXPECT_EQ(postings(*m_payments->history(id).back().entrySeq),
              (std::vector<Post>{{"2100", a}, {"4000", 200}, {"2300", -(a + 200)}}));
    ASSERT_TRUE(in<QPushButton>(tab, "payRefundButton")->isEnabled());
    EXPECT_FALSE(in<QPushButton>(tab, "confirmationButton")->isEnabled());
    QTest::mouseClick(in<QPushButton>(tab, "payRefundButton"), Qt::LeftButton);
    settle();
    QDialog* d = dialog(QStringLiteral("refundPayoutDialog"));
    ASSERT_NE(d, nullptr);
    const Money drawer = balance(acct::CashDrawer);
    clickOk(d);
    EXPECT_EQ(dialog(QStringLiteral("refundPayoutDialog")), nullptr);
    closeReceipts();
    const auto refunded = m_payments->payment(id);
    EXPECT_EQ(refunded->state, PaymentState::Refunded);
    ASSERT_TRUE(refunded->refundReceipt.has_value());
    EXPECT_EQ(postings(*m_payments->history(id).back().entrySeq), (std::vector<Post>{{"2300", a + 200}, {"1000", -(a + 200)}}));
    EXPECT_EQ(balance(acct::CashDrawer), drawer - Money::fromFen(a + 200));
    EXPECT_FALSE(in<QPushButton>(tab, "payRefundButton")->isEnabled());
}

TEST_F(PaymentsGui, TicketSearchBookAndRefundWithTheRailwaysFee)
{
    auto* tab = m_page->ticketTab();
    showTab(1);
    m_page->refresh();
    waitFor([&] { return !tab->busy(); });
    tab->setRoute(QStringLiteral("zhengzhou"), QStringLiteral("kaifeng"));
    tab->setDate(QDate(2026, 12, 2));
    QTest::mouseClick(in<QPushButton>(tab, "searchButton"), Qt::LeftButton);
    waitFor([&] { return !tab->busy(); });
    auto* trains = in<QTableWidget>(tab, "trainsTable");
    ASSERT_GT(trains->rowCount(), 0);
    trains->selectRow(0);
    auto* seat = in<QComboBox>(tab, "seatCombo");
    seat->setCurrentIndex(seat->findData(QStringLiteral("second")));
    in<QLineEdit>(tab, "passengerNameEdit")->setText(QStringLiteral("张桂兰"));
    in<QLineEdit>(tab, "idNumberEdit")->setText(QStringLiteral("410102199003071231"));  // one digit wrong
    QTest::mouseClick(in<QPushButton>(tab, "bookButton"), Qt::LeftButton);
    settle();
    EXPECT_EQ(dialog(QStringLiteral("ticketBookDialog")), nullptr);  // refused before any cash
    in<QLineEdit>(tab, "idNumberEdit")->setText(QString::fromLatin1(kIdNumber));
    QTest::mouseClick(in<QPushButton>(tab, "bookButton"), Qt::LeftButton);
    settle();
    QDialog* d = dialog(QStringLiteral("ticketBookDialog"));
    ASSERT_NE(d, nullptr);
    d->findChild<QLineEdit*>(QStringLiteral("tenderedEdit"))->setText(QStringLiteral("100"));
    clickOk(d);
    closeReceipts();
    EXPECT_TRUE(in<QLineEdit>(tab, "idNumberEdit")->text().isEmpty());  // not left on screen
    const auto booked = m_payments->recent(1).front();
    ASSERT_EQ(booked.kind, PaymentKind::Ticket);
    const std::int64_t a = booked.amount.fen();
    EXPECT_EQ(postings(booked.entrySeq), (std::vector<Post>{{"1000", a + 500}, {"2100", -a}, {"4000", -500}}));

    syncUntilClean();
    m_market->advance(60);
    syncUntilClean();
    auto* list = history(booked.paymentId);
    ASSERT_EQ(m_payments->payment(booked.paymentId)->state, PaymentState::Confirmed);
    QTest::mouseClick(in<QPushButton>(list, "ticketRefundButton"), Qt::LeftButton);
    settle();
    auto* box = m_page->findChild<QMessageBox*>(QStringLiteral("ticketRefundConfirm"));
    ASSERT_NE(box, nullptr);
    QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
    settle();
    EXPECT_EQ(m_payments->payment(booked.paymentId)->state, PaymentState::RefundRequested);
    syncUntilClean();
    m_market->advance(120);
    syncUntilClean();
    list = history(booked.paymentId);
    const auto due = m_payments->payment(booked.paymentId);
    ASSERT_EQ(due->state, PaymentState::RefundDue);
    const std::int64_t k = due->refundFee.fen();
    EXPECT_GT(k, 0);
    EXPECT_EQ(postings(*m_payments->history(booked.paymentId).back().entrySeq),
              (std::vector<Post>{{"1100", a - k}, {"2300", -(a - k)}}));
    QTest::mouseClick(in<QPushButton>(list, "payRefundButton"), Qt::LeftButton);
    settle();
    d = dialog(QStringLiteral("refundPayoutDialog"));
    ASSERT_NE(d, nullptr);
    clickOk(d);
    closeReceipts();
    EXPECT_EQ(postings(*m_payments->history(booked.paymentId).back().entrySeq),
              (std::vector<Post>{{"2300", a - k}, {"1000", -(a - k)}}));
    EXPECT_EQ(stationWallet(), serverWallet());
}

TEST_F(PaymentsGui, AnAssistedServiceIsFeeIncome)
{
    auto* tab = m_page->assistedTab();
    showTab(2);
    auto* services = in<QListWidget>(tab, "serviceList");
    ASSERT_GE(services->count(), 4);
    services->setCurrentRow(2);  // printing / copying, ¥0.50 a page
    in<QSpinBox>(tab, "quantitySpin")->setValue(3);
    QTest::mouseClick(in<QPushButton>(tab, "sellButton"), Qt::LeftButton);
    settle();
    QDialog* d = dialog(QStringLiteral("assistedSaleDialog"));
    ASSERT_NE(d, nullptr);
    EXPECT_FALSE(d->findChild<QLabel*>(QStringLiteral("walletLabel"))->isVisible());  // not wallet-paid
    d->findChild<QLineEdit*>(QStringLiteral("tenderedEdit"))->setText(QStringLiteral("2"));
    EXPECT_EQ(d->findChild<QLabel*>(QStringLiteral("changeLabel"))->text(), QStringLiteral("¥0.50"));
    clickOk(d);
    closeReceipts();
    const auto sold = m_payments->recent(1).front();
    EXPECT_EQ(sold.kind, PaymentKind::Assisted);
    EXPECT_EQ(postings(sold.entrySeq), (std::vector<Post>{{"1000", 150}, {"4000", -150}}));
    history(sold.paymentId);
    EXPECT_TRUE(in<QLabel>(m_page->historyTab(), "summaryLabel")->text().contains(QStringLiteral("¥1.50")));
}

TEST_F(PaymentsGui, OfflineLookupAndSearchSaySoAndWriteNothing)
{
    auto* tab = bills();  // billers cached while online
    setFaults(nlohmann::json::array({{{"kind", "error"}, {"status", 503}}}));
    const auto before = entries();
    const auto outboxBefore = outboxTotal();
    chooseBiller(tab, "sgcc-henan");
    in<QLineEdit>(tab, "accountEdit")->setText(QStringLiteral("4101020304"));
    QTest::mouseClick(in<QPushButton>(tab, "lookupButton"), Qt::LeftButton);
    waitFor([&] { return !tab->busy(); });
    const QString offline = gui::onlineErrorText(OnlineError{OnlineErrc::Offline, {}, {}});
    EXPECT_EQ(in<QLabel>(tab, "statusLabel")->text(), offline);
    EXPECT_FALSE(in<QPushButton>(tab, "payButton")->isEnabled());

    auto* tickets = m_page->ticketTab();
    showTab(1);
    ASSERT_TRUE(m_payments->storeCities({{"zhengzhou", "郑州", "Zhengzhou"}, {"kaifeng", "开封", "Kaifeng"}}).ok());
    tickets->refresh();
    tickets->setRoute(QStringLiteral("zhengzhou"), QStringLiteral("kaifeng"));
    QTest::mouseClick(in<QPushButton>(tickets, "searchButton"), Qt::LeftButton);
    waitFor([&] { return !tickets->busy(); });
    EXPECT_EQ(in<QLabel>(tickets, "statusLabel")->text(), offline);
    EXPECT_EQ(in<QTableWidget>(tickets, "trainsTable")->rowCount(), 0);
    EXPECT_EQ(entries(), before);
    EXPECT_EQ(outboxTotal(), outboxBefore);
    EXPECT_EQ(paymentRows(), 0);

    // A fixed top-up still goes: from the cached carrier list, queued for later.
    showTab(0);
    chooseBiller(tab, "cmcc");
    in<QLineEdit>(tab, "topUpPhoneEdit")->setText(QStringLiteral("13800001234"));
    ASSERT_TRUE(in<QPushButton>(tab, "payButton")->isEnabled());
    QTest::mouseClick(in<QPushButton>(tab, "payButton"), Qt::LeftButton);
    settle();
    QDialog* d = dialog(QStringLiteral("topUpDialog"));
    ASSERT_NE(d, nullptr);
    clickOk(d);
    closeReceipts();
    EXPECT_EQ(paymentRows(), 1);
    EXPECT_EQ(m_svc->sync().overview().counts.queued, 1);
}

class PaymentsGuiLowWallet : public PaymentsGui {
protected:
    void SetUp() override
    {
        m_openingWalletFen = 3'000;  // ¥30: less than any electricity bill of the day
        PaymentsGui::SetUp();
    }
};

TEST_F(PaymentsGuiLowWallet, APaymentTheWalletCannotCoverCannotBeStarted)
{
    ASSERT_EQ(m_wallet->status().available.fen(), 3'000);
    auto* tab = bills();
    chooseBiller(tab, "sgcc-henan");
    in<QLineEdit>(tab, "accountEdit")->setText(QStringLiteral("4101020304"));
    QTest::mouseClick(in<QPushButton>(tab, "lookupButton"), Qt::LeftButton);
    waitFor([&] { return !tab->busy(); });
    in<QLineEdit>(tab, "amountEdit")->setText(QStringLiteral("30.01"));
    EXPECT_FALSE(in<QPushButton>(tab, "payButton")->isEnabled());
    EXPECT_TRUE(in<QLabel>(tab, "statusLabel")->text().contains(QStringLiteral("¥30.00")));
    in<QLineEdit>(tab, "amountEdit")->setText(QStringLiteral("30"));
    EXPECT_TRUE(in<QPushButton>(tab, "payButton")->isEnabled());
    EXPECT_EQ(paymentRows(), 0);
}

TEST_F(PaymentsGui, TheWalletPageShowsTheStatementAndFindsAPlantedDifference)
{
    m_walletPage->show();
    m_walletPage->refresh();
    EXPECT_EQ(find<QTableView>(QStringLiteral("statementView"))->model()->rowCount(), 1);  // the opening credit
    admin("/admin/stations/st-1/wallet/credit", {{"amount_fen", 25'000}, {"method", "bank"}, {"reference", "BANK-9"}});
    m_walletPage->reconcile();
    waitFor([&] { return !m_walletPage->busy(); });
    const auto& rec = m_walletPage->lastReconciliation();
    ASSERT_TRUE(rec.has_value());
    ASSERT_EQ(rec->differences.size(), 1u);
    EXPECT_EQ(rec->differences[0].kind, WalletDifference::MissingAtStation);
    EXPECT_EQ(rec->differences[0].refId, "BANK-9");
    auto* table = find<QTableWidget>(QStringLiteral("differencesTable"));
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_TRUE(table->item(0, 1)->text().contains(QStringLiteral("BANK-9")));
    EXPECT_EQ(table->item(0, 5)->text(), QString::fromStdString(rec->differences[0].eventId));

    syncUntilClean();
    m_walletPage->reconcile();
    waitFor([&] { return !m_walletPage->busy(); });
    EXPECT_TRUE(m_walletPage->lastReconciliation()->agrees());
    EXPECT_EQ(find<QTableView>(QStringLiteral("statementView"))->model()->rowCount(), 2);
}

TEST_F(PaymentsGui, AnAgentNeedsTheSupervisorsPinToChangeAFee)
{
    m_page->openSettings();
    settle();
    QDialog* sup = dialog(QStringLiteral("supervisorDialog"));
    ASSERT_NE(sup, nullptr);
    EXPECT_EQ(dialog(QStringLiteral("paymentsSettingsDialog")), nullptr);
    sup->findChild<QLineEdit*>(QStringLiteral("pinEdit"))->setText(QString::fromLatin1(kSupervisorPin));
    clickOk(sup);
    QDialog* settings = dialog(QStringLiteral("paymentsSettingsDialog"));
    ASSERT_NE(settings, nullptr);
    auto* fees = settings->findChild<QTableWidget*>(QStringLiteral("feesTable"));
    fees->selectRow(fees->rowCount() - 1);  // train tickets
    settings->findChild<QLineEdit*>(QStringLiteral("fixedEdit"))->setText(QStringLiteral("8"));
    settings->findChild<QLineEdit*>(QStringLiteral("rateEdit"))->setText(QStringLiteral("1.5"));
    QTest::mouseClick(settings->findChild<QPushButton*>(QStringLiteral("saveFeeButton")), Qt::LeftButton);
    settle();
    const FeeRule rule = m_svc->fees().rule(kTicketFeeScope);
    EXPECT_EQ(rule.fixed.fen(), 800);
    EXPECT_EQ(rule.rate.value, 150);
    EXPECT_EQ(m_payments->ticketFee(Money::fromYuan(100)).fen(), 950);
    settings->findChild<QLineEdit*>(QStringLiteral("thresholdEdit"))->setText(QStringLiteral("1000"));
    QTest::mouseClick(settings->findChild<QPushButton*>(QStringLiteral("saveThresholdButton")), Qt::LeftButton);
    EXPECT_EQ(m_wallet->lowThreshold(), Money::fromYuan(1000));
}

}  // namespace
