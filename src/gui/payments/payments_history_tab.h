#pragma once
// The payments list: today's, those still waiting (for the marketplace or for a refund), or the
// latest. From a selected payment the agent gives a refund due back in cash, asks the marketplace
// to refund a ticket, prints the confirmation receipt, or reprints the original. Above the list,
// the day's totals by kind (what the day's report shows).

#include "gui/payments/payments_context.h"
#include "gui/payments/payments_tab.h"

#include <memory>

namespace Ui {
class PaymentsHistoryTab;
}

namespace cz::gui {

class PaymentsModel;

class PaymentsHistoryTab final : public PaymentsTab {
    Q_OBJECT
public:
    enum class Filter { Today, Waiting, Recent };

    explicit PaymentsHistoryTab(PaymentsContext& ctx, QWidget* parent = nullptr);
    ~PaymentsHistoryTab() override;

    void refresh() override;
    void setFilter(Filter f);
    /// Selects a payment by id; false when it is not in the list.
    bool select(const std::string& paymentId);

    void payRefund();
    void refundTicket();
    void printConfirmation();
    void reprint();

protected:
    void changeEvent(QEvent* e) override;

private:
    void fillFilters();
    void selectionChanged();
    [[nodiscard]] std::optional<PaymentRecord> selected() const;
    void status(const QString& text, bool error);

    std::unique_ptr<Ui::PaymentsHistoryTab> m_ui;
    PaymentsContext& m_ctx;
    PaymentsModel* m_model;
};

}  // namespace cz::gui
