#pragma once
// Paying a farmer: everything unpaid since the account was last square, the amount (the whole
// balance by default), the statement to print before posting, then the cash payout.

#include "core/money.h"
#include "gui/consignment/shelf_label.h"
#include "services/consignment/consignment_service.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class ConsignmentPayoutDialog;
class ConsignmentLabelDialog;
}  // namespace Ui

namespace cz::gui {

class ConsignmentPayoutDialog final : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<QString(Money amount)>;
    ConsignmentPayoutDialog(const FarmerStatement& unpaid, Submit submit, std::function<void()> printStatement,
                            QWidget* parent);
    ~ConsignmentPayoutDialog() override;
    void setAmountText(const QString& text);

private:
    void submit();
    std::unique_ptr<Ui::ConsignmentPayoutDialog> m_ui;
    Submit m_submit;
};

/// The shelf label's preview, saved as PDF (path field, for tests and the tour) or printed.
class ConsignmentLabelDialog final : public QDialog {
    Q_OBJECT
public:
    ConsignmentLabelDialog(ShelfLabel label, QWidget* parent);
    ~ConsignmentLabelDialog() override;
    void setPdfPath(const QString& path);
    /// Writes the PDF to the path field; returns an error text, empty on success.
    QString savePdf();

private:
    void print();
    std::unique_ptr<Ui::ConsignmentLabelDialog> m_ui;
    ShelfLabel m_label;
};

}  // namespace cz::gui
