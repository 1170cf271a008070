#pragma once
// Amount and reason for cash in, cash out and bank deposits.

#include "core/money.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class CashMovementDialog;
}

namespace cz::gui {

class CashMovementDialog final : public QDialog {
    Q_OBJECT
public:
    /// Returns an empty string on success (the dialog closes) or the error to show.
    using Submit = std::function<QString(Money amount, const QString& reason)>;

    CashMovementDialog(const QString& title, const QString& intro, const QStringList& commonReasons, Submit submit,
                       QWidget* parent);
    ~CashMovementDialog() override;

    void setAmountText(const QString& text);
    void setReason(const QString& reason);

private:
    void submit();

    std::unique_ptr<Ui::CashMovementDialog> m_ui;
    Submit m_submit;
};

}  // namespace cz::gui
