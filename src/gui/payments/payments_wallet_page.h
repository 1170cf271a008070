#pragma once
// The platform wallet: the confirmed balance, what pending orders and payments reserve and what is
// still available, the low-balance warning; the statement of a date range with the running balance
// from the station's own ledger; and the check against the marketplace's statement (F5, online),
// which lists every difference with the event or the entry behind it.

#include "gui/job_page.h"
#include "gui/payments/payments_context.h"

#include <memory>

namespace Ui {
class PaymentsWalletPage;
}

namespace cz::gui {

class WalletStatementModel;

class PaymentsWalletPage final : public JobPage {
    Q_OBJECT
public:
    PaymentsWalletPage(GuiContext& ctx, WalletService& wallet, QWidget* parent = nullptr);
    ~PaymentsWalletPage() override;

    void refresh() override;
    void reconcile();
    [[nodiscard]] bool busy() const { return m_busy; }
    /// The last reconciliation shown (tests, the tour).
    [[nodiscard]] const std::optional<WalletReconciliation>& lastReconciliation() const { return m_last; }

protected:
    void changeEvent(QEvent* e) override;

private:
    void showStatement();
    void showReconciliation();

    std::unique_ptr<Ui::PaymentsWalletPage> m_ui;
    GuiContext& m_ctx;
    WalletService& m_wallet;
    WalletStatementModel* m_model;
    std::optional<WalletReconciliation> m_last;
    bool m_busy = false;
};

}  // namespace cz::gui
