#pragma once
// Assisted services (government registration help, a video call with family, printing, a training
// session …): choose from the station's price list, the quantity, take the cash. Recorded as fee
// income and on the day's totals; no marketplace involved.

#include "gui/payments/payments_context.h"
#include "gui/payments/payments_tab.h"

#include <memory>

namespace Ui {
class PaymentsAssistedTab;
}

namespace cz::gui {

class PaymentsAssistedTab final : public PaymentsTab {
    Q_OBJECT
public:
    explicit PaymentsAssistedTab(PaymentsContext& ctx, QWidget* parent = nullptr);
    ~PaymentsAssistedTab() override;

    void refresh() override;
    void sell();

protected:
    void changeEvent(QEvent* e) override;

private:
    void updateTotal();
    [[nodiscard]] const AssistedServiceRecord* current() const;

    std::unique_ptr<Ui::PaymentsAssistedTab> m_ui;
    PaymentsContext& m_ctx;
    std::vector<AssistedServiceRecord> m_services;
};

}  // namespace cz::gui
