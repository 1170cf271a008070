#pragma once
// Taking the villager's cash for a bill, top-up, ticket or service — or handing a refund back.
// Shows what is paid, the station's fee, the total in large digits, the platform wallet's
// available balance before and after, the cash received and the change. The submit function
// returns an error text that keeps the dialog open, or an empty string.

#include "core/money.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class PaymentsCashDialog;
}

namespace cz::gui {

class PaymentsCashDialog final : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<QString(Money tendered)>;

    /// Taking cash: the villager pays amount + fee. `walletBefore` set = a wallet-paid action.
    PaymentsCashDialog(const QString& title, const QString& what, Money amount, Money fee,
                       std::optional<Money> walletBefore, Submit submit, QWidget* parent);
    /// Giving cash back: a refund of `amount`, no cash received.
    static PaymentsCashDialog* payout(const QString& title, const QString& what, Money amount, Submit submit,
                                      QWidget* parent);
    ~PaymentsCashDialog() override;

    void setTenderedText(const QString& text);

private:
    void updateChange();
    void submit();

    std::unique_ptr<Ui::PaymentsCashDialog> m_ui;
    Money m_total;
    bool m_payout = false;
    Submit m_submit;
};

}  // namespace cz::gui
