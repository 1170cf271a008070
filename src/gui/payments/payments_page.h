#pragma once
// 代缴: the payments desk. Tabs for utility bills and phone top-ups (F3), train tickets (F4),
// assisted services (F6) and the payments list with refunds and reprints (F7); the platform
// wallet's confirmed and available balance always on top, with the low-balance warning. Fees and
// the services' price list are edited by a supervisor ("Fees and services…").

#include "gui/job_page.h"
#include "gui/payments/payments_context.h"

#include <memory>

namespace Ui {
class PaymentsPage;
}

namespace cz::gui {

class PaymentsBillTab;
class PaymentsTicketTab;
class PaymentsAssistedTab;
class PaymentsHistoryTab;

class PaymentsPage final : public JobPage {
    Q_OBJECT
public:
    PaymentsPage(GuiContext& ctx, PaymentService& payments, WalletService& wallet, QWidget* parent = nullptr);
    ~PaymentsPage() override;

    void refresh() override;
    void openSettings();
    /// Shows a tab: 0 bills and top-ups, 1 tickets, 2 services, 3 payments list.
    void showTab(int index);

    PaymentsContext& context() { return m_ctx; }
    PaymentsBillTab* billTab() const { return m_bills; }
    PaymentsTicketTab* ticketTab() const { return m_tickets; }
    PaymentsAssistedTab* assistedTab() const { return m_assisted; }
    PaymentsHistoryTab* historyTab() const { return m_history; }

Q_SIGNALS:
    /// "Platform wallet…": the window shows the wallet page.
    void walletRequested();

protected:
    void changeEvent(QEvent* e) override;

private:
    void refreshWallet();
    void afterChange();
    void retitleTabs();

    std::unique_ptr<Ui::PaymentsPage> m_ui;
    PaymentsContext m_ctx;
    PaymentsBillTab* m_bills;
    PaymentsTicketTab* m_tickets;
    PaymentsAssistedTab* m_assisted;
    PaymentsHistoryTab* m_history;
};

}  // namespace cz::gui
