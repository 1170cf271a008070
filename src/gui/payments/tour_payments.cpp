// Tour section: 代缴 — an electricity bill looked up, paid and confirmed; a train ticket searched,
// booked, issued and refunded with the railway's fee; an assisted service; the platform wallet's
// statement and its check against the marketplace. Runs after the marketplace section (the day is
// open, the station synced, the agent logged in); the marketplace runs a day per real second.

#include "gui/main_window.h"
#include "gui/payments/payments_assisted_tab.h"
#include "gui/payments/payments_bill_tab.h"
#include "gui/payments/payments_history_tab.h"
#include "gui/payments/payments_page.h"
#include "gui/payments/payments_ticket_tab.h"
#include "gui/payments/payments_wallet_page.h"
#include "services/payments/payments_online.h"
#include "gui/sync_monitor.h"
#include "gui/tour.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeZone>
#include <QToolButton>

namespace cz::gui {

namespace {

/// Asks the background sync to run until `done` (the marketplace answers within simulated
/// seconds, i.e. a blink of real time, but the answer still has to be pulled).
bool syncUntil(Tour& t, const std::function<bool()>& done, int timeoutMs = 30000)
{
    for (int waited = 0; waited < timeoutMs; waited += 1500) {
        if (t.ctx().sync)
            t.ctx().sync->syncNow();
        if (t.waitFor(done, 1500))
            return true;
    }
    return done();
}

void closeReceipt(Tour& t)
{
    if (auto* d = t.find<QDialog>(QStringLiteral("receiptPreviewDialog")); d && d->isVisible())
        d->close();
    t.settle();
}

/// Clicks OK in a dialog and leaves the receipt it prints open for the next screenshot.
QString confirm(Tour& t, const QString& dialogName)
{
    if (!t.clickOk(dialogName))
        return QStringLiteral("no %1").arg(dialogName);
    auto* d = t.find<QDialog>(dialogName);
    if (d && d->isVisible())
        return QStringLiteral("%1 stayed open: %2").arg(dialogName, d->findChild<QLabel*>(QStringLiteral("messageLabel"))->text());
    return {};
}

}  // namespace

void tourPayments(Tour& t)
{
    auto* page = t.find<PaymentsPage>(QStringLiteral("paymentsPage"));
    if (!page) {
        t.step(QStringLiteral("payments"), QStringLiteral("the payments desk"), [] { return QStringLiteral("no payments page"); });
        return;
    }
    PaymentsContext& pc = page->context();
    auto* bills = page->billTab();
    if (auto sup = t.supervisor()) {
        // The owner's fee table: ¥2 per utility bill, ¥5 per ticket.
        FeeRule two;
        two.fixed = Money::fromYuan(2);
        FeeRule five;
        five.fixed = Money::fromYuan(5);
        (void)t.ctx().svc.fees().setRule(*sup, billFeeScope("sgcc-henan"), "国网河南省电力公司", two);
        (void)t.ctx().svc.fees().setRule(*sup, kTicketFeeScope, "火车票", five);
    }

    t.step(QStringLiteral("payments-bill-lookup"), QStringLiteral("an electricity bill looked up online: holder masked, amount due, fee"),
           [&]() -> QString {
               t.window().showJob(page);
               page->showTab(0);
               page->refresh();
               t.waitFor([&] { return !bills->busy(); }, 15000);
               auto* combo = bills->findChild<QComboBox*>(QStringLiteral("billerCombo"));
               combo->setCurrentIndex(combo->findData(QStringLiteral("sgcc-henan")));
               bills->findChild<QLineEdit*>(QStringLiteral("accountEdit"))->setText(QStringLiteral("4101020304"));
               bills->lookup();
               t.waitFor([&] { return !bills->busy(); }, 15000);
               return bills->findChild<QPushButton*>(QStringLiteral("payButton"))->isEnabled()
                          ? QString()
                          : bills->findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
           });
    t.step(QStringLiteral("payments-bill-pay"), QStringLiteral("taking the cash, with the wallet before and after"), [&]() -> QString {
        bills->pay();
        t.settle();
        auto* d = t.find<QDialog>(QStringLiteral("billPayDialog"));
        if (!d)
            return QStringLiteral("no pay dialog");
        d->findChild<QLineEdit*>(QStringLiteral("tenderedEdit"))->setText(QStringLiteral("300"));
        return {};
    }, QStringLiteral("billPayDialog"));
    std::string billId;
    t.step(QStringLiteral("payments-bill-receipt"), QStringLiteral("the receipt says pending until the marketplace confirms"),
           [&]() -> QString {
               if (auto problem = confirm(t, QStringLiteral("billPayDialog")); !problem.isEmpty())
                   return problem;
               const auto latest = pc.payments.recent(1);
               if (latest.empty())
                   return QStringLiteral("nothing recorded");
               billId = latest.front().paymentId;
               return pc.payments.receipt(latest.front().receiptNumber)->pending ? QString() : QStringLiteral("not pending");
           }, QStringLiteral("receiptPreviewDialog"));
    closeReceipt(t);
    t.step(QStringLiteral("payments-bill-confirmed"), QStringLiteral("confirmed: the confirmation receipt has the biller's reference"),
           [&]() -> QString {
               if (!syncUntil(t, [&] { return pc.payments.payment(billId)->state == PaymentState::Confirmed; }))
                   return QStringLiteral("the bill was not confirmed");
               page->showTab(3);
               page->historyTab()->setFilter(PaymentsHistoryTab::Filter::Today);
               page->historyTab()->refresh();
               page->historyTab()->select(billId);
               page->historyTab()->printConfirmation();
               t.settle();
               return t.find<QDialog>(QStringLiteral("receiptPreviewDialog")) ? QString() : QStringLiteral("no confirmation receipt");
           }, QStringLiteral("receiptPreviewDialog"));
    closeReceipt(t);

    auto* tickets = page->ticketTab();
    t.step(QStringLiteral("payments-ticket-search"), QStringLiteral("trains from Zhengzhou to Kaifeng, searched online"), [&]() -> QString {
        page->showTab(1);
        page->refresh();
        t.waitFor([&] { return !tickets->busy(); }, 15000);
        // Sale windows are the marketplace's days (its clock runs fast in the tour).
        auto now = PaymentsOnline(t.ctx().svc.sync().httpConfig()).marketNowMs();
        if (!now)
            return QStringLiteral("marketplace clock unavailable");
        tickets->setRoute(QStringLiteral("zhengzhou"), QStringLiteral("kaifeng"));
        tickets->setDate(QDateTime::fromMSecsSinceEpoch(*now, QTimeZone(8 * 3600)).date().addDays(12));
        tickets->search();
        t.waitFor([&] { return !tickets->busy(); }, 15000);
        auto* table = tickets->findChild<QTableWidget*>(QStringLiteral("trainsTable"));
        if (table->rowCount() == 0)
            return tickets->findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
        table->selectRow(0);
        auto* seat = tickets->findChild<QComboBox*>(QStringLiteral("seatCombo"));
        seat->setCurrentIndex(std::max(0, seat->findData(QStringLiteral("second"))));
        tickets->findChild<QLineEdit*>(QStringLiteral("passengerNameEdit"))->setText(QStringLiteral("张桂兰"));
        tickets->findChild<QLineEdit*>(QStringLiteral("idNumberEdit"))->setText(QStringLiteral("410102199003071230"));
        return {};
    });
    t.step(QStringLiteral("payments-ticket-book"), QStringLiteral("fare plus the station's fee, in cash"), [&]() -> QString {
        tickets->book();
        t.settle();
        return t.find<QDialog>(QStringLiteral("ticketBookDialog")) ? QString() : QStringLiteral("no booking dialog");
    }, QStringLiteral("ticketBookDialog"));
    std::string ticketId;
    t.step(QStringLiteral("payments-ticket-issued"), QStringLiteral("issued: the e-ticket number on the confirmation"), [&]() -> QString {
        if (auto problem = confirm(t, QStringLiteral("ticketBookDialog")); !problem.isEmpty())
            return problem;
        closeReceipt(t);
        ticketId = pc.payments.recent(1).front().paymentId;
        if (!syncUntil(t, [&] { return pc.payments.payment(ticketId)->state != PaymentState::Pending; }))
            return QStringLiteral("the ticket was not answered");
        const auto p = pc.payments.payment(ticketId);
        if (p->state != PaymentState::Confirmed)
            return QStringLiteral("not issued: %1").arg(QString::fromStdString(p->reason));
        page->showTab(3);
        page->historyTab()->refresh();
        page->historyTab()->select(ticketId);
        page->historyTab()->printConfirmation();
        t.settle();
        return {};
    }, QStringLiteral("receiptPreviewDialog"));
    closeReceipt(t);
    t.step(QStringLiteral("payments-ticket-refund"), QStringLiteral("the ticket refunded: the railway's fee is kept, the rest is due in cash"),
           [&]() -> QString {
               page->historyTab()->select(ticketId);
               page->historyTab()->refundTicket();
               t.settle();
               auto* box = t.find<QMessageBox>(QStringLiteral("ticketRefundConfirm"));
               if (!box)
                   return QStringLiteral("no confirmation");
               box->button(QMessageBox::Ok)->click();
               t.settle();
               if (!syncUntil(t, [&] { return pc.payments.payment(ticketId)->state == PaymentState::RefundDue; }))
                   return QStringLiteral("the refund did not arrive");
               page->historyTab()->refresh();
               page->historyTab()->select(ticketId);
               page->historyTab()->payRefund();
               t.settle();
               return t.find<QDialog>(QStringLiteral("refundPayoutDialog")) ? QString() : QStringLiteral("no refund dialog");
           }, QStringLiteral("refundPayoutDialog"));
    t.step(QStringLiteral("payments-ticket-refund-receipt"), QStringLiteral("the refund receipt"), [&]() -> QString {
        if (auto problem = confirm(t, QStringLiteral("refundPayoutDialog")); !problem.isEmpty())
            return problem;
        return pc.payments.payment(ticketId)->state == PaymentState::Refunded ? QString() : QStringLiteral("not refunded");
    }, QStringLiteral("receiptPreviewDialog"));
    closeReceipt(t);

    auto* services = page->assistedTab();
    t.step(QStringLiteral("payments-service"), QStringLiteral("an assisted service: five printed pages"), [&]() -> QString {
        page->showTab(2);
        page->refresh();
        auto* list = services->findChild<QListWidget*>(QStringLiteral("serviceList"));
        list->setCurrentRow(std::min(2, list->count() - 1));
        services->findChild<QSpinBox*>(QStringLiteral("quantitySpin"))->setValue(5);
        services->sell();
        t.settle();
        return t.find<QDialog>(QStringLiteral("assistedSaleDialog")) ? QString() : QStringLiteral("no sale dialog");
    }, QStringLiteral("assistedSaleDialog"));
    t.step(QStringLiteral("payments-list"), QStringLiteral("today's payments and the day's totals"), [&]() -> QString {
        if (auto problem = confirm(t, QStringLiteral("assistedSaleDialog")); !problem.isEmpty())
            return problem;
        closeReceipt(t);
        page->showTab(3);
        page->historyTab()->refresh();
        return {};
    });

    auto* wallet = t.find<PaymentsWalletPage>(QStringLiteral("walletPage"));
    t.step(QStringLiteral("payments-wallet"), QStringLiteral("the platform wallet: balances and the statement with its running balance"),
           [&]() -> QString {
               if (!wallet)
                   return QStringLiteral("no wallet page");
               t.window().showJob(wallet);
               return {};
           });
    t.step(QStringLiteral("payments-wallet-reconciled"), QStringLiteral("checked against the marketplace's statement, difference by difference"),
           [&]() -> QString {
               if (!wallet)
                   return QStringLiteral("no wallet page");
               // Pull everything first, so only real differences remain.
               syncUntil(t, [] { return false; }, 3000);
               wallet->reconcile();
               t.waitFor([&] { return !wallet->busy(); }, 30000);
               return wallet->lastReconciliation() ? QString() : QStringLiteral("the statement could not be fetched");
           });
    t.window().showHome();
}

}  // namespace cz::gui
