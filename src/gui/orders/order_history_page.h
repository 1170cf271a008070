#pragma once
// Orders of a day, of one villager, or with a refund due: their state as the marketplace reports
// it, and what the agent can do — reprint the receipt, pay a refund, void (supervisor), cancel.

#include "gui/gui_context.h"
#include "gui/job_page.h"
#include "storage/customer_store.h"
#include "storage/order_store.h"

#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class OrderHistoryPage;
}

namespace cz::gui {

class OrderHistoryPage final : public JobPage {
    Q_OBJECT
public:
    enum class View { Day, Villager, RefundsDue };
    explicit OrderHistoryPage(GuiContext& ctx, QWidget* parent = nullptr);
    ~OrderHistoryPage() override;

    void refresh() override;
    void showRefundsDue();
    void reprintSelected();
    void payRefundSelected();
    void voidSelected();
    void cancelSelected();

protected:
    void changeEvent(QEvent* e) override;

private:
    std::optional<OrderRecord> selected() const;
    void updateButtons();

    std::unique_ptr<Ui::OrderHistoryPage> m_ui;
    GuiContext& m_ctx;
    std::vector<OrderRecord> m_orders;
    std::optional<CustomerRecord> m_customer;
};

/// Translated order state ("已付款待平台确认" …).
QString orderStateName(OrderState s);

}  // namespace cz::gui
