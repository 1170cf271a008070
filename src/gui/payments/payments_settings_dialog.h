#pragma once
// A supervisor's settings for the payments desk: the fee per biller, carrier and for train tickets
// (shown on screen and printed on receipts), the assisted services' price list, and the wallet's
// low-balance warning. Opened with a supervisor's session; every change is audited by the services.

#include "gui/payments/payments_context.h"

#include <QDialog>

#include <memory>
#include <string>
#include <vector>

namespace Ui {
class PaymentsSettingsDialog;
}

namespace cz::gui {

class PaymentsSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    PaymentsSettingsDialog(PaymentsContext& ctx, Session supervisor, QWidget* parent);
    ~PaymentsSettingsDialog() override;

    void saveFee();
    void saveService();
    void saveThreshold();

private:
    struct FeeScope {
        std::string scope;
        QString label;
    };
    void loadFees();
    void feeSelected();
    void loadServices();
    void serviceSelected();
    void message(const QString& text, bool error);

    std::unique_ptr<Ui::PaymentsSettingsDialog> m_ui;
    PaymentsContext& m_ctx;
    Session m_supervisor;
    std::vector<FeeScope> m_scopes;
    std::vector<AssistedServiceRecord> m_services;
};

}  // namespace cz::gui
