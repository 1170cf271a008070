#pragma once
// Utility bills and phone top-ups. A bill is looked up online (amount due, holder name masked by
// the marketplace) and then paid; a top-up needs no look-up — the carrier's fixed amounts come
// from the cached billers list, so it can be taken offline and goes out when the link is back.

#include "gui/payments/payments_context.h"
#include "gui/payments/payments_tab.h"
#include "sync/payments/payments_wire.h"

#include <memory>
#include <optional>

namespace Ui {
class PaymentsBillTab;
}

namespace cz::gui {

class PaymentsBillTab final : public PaymentsTab {
    Q_OBJECT
public:
    explicit PaymentsBillTab(PaymentsContext& ctx, QWidget* parent = nullptr);
    ~PaymentsBillTab() override;

    void refresh() override;
    [[nodiscard]] bool busy() const override { return m_busy > 0; }

    void refreshBillers();
    void lookup();
    void pay();

protected:
    void changeEvent(QEvent* e) override;

private:
    void fillBillers();
    void billerChanged();
    void clearBill();
    void updateQuote();
    [[nodiscard]] std::optional<BillerRecord> currentBiller() const;
    [[nodiscard]] std::optional<Money> currentAmount() const;
    void status(const QString& text, bool error);

    std::unique_ptr<Ui::PaymentsBillTab> m_ui;
    PaymentsContext& m_ctx;
    std::vector<BillerRecord> m_billers;
    std::optional<sync::BillLookup> m_bill;
    int m_busy = 0;
    bool m_fetchedOnce = false;
    bool m_walletWarned = false;
};

}  // namespace cz::gui
