#include "gui/payments/payments_context.h"

#include "gui/gui_text.h"
#include "gui/printing/receipt_preview_dialog.h"

#include <QCoreApplication>

namespace cz::gui {

namespace {
class PaymentsText final {
    Q_DECLARE_TR_FUNCTIONS(cz::gui::PaymentsText)
};
}  // namespace

void showPaymentReceipt(QWidget* parent, PaymentService& payments, std::int64_t number)
{
    auto receipt = payments.receipt(number);
    if (!receipt)
        return;
    auto* dlg = new ReceiptPreviewDialog(*receipt, ThermalPrinterTarget{}, parent);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

QString walletChangeText(const PaymentTaken& taken)
{
    if (!taken.walletBefore || !taken.walletAfter)
        return {};
    return PaymentsText::tr("Platform wallet available: %1 → %2.").arg(money(*taken.walletBefore), money(*taken.walletAfter));
}

QString paymentErrorText(PaymentsContext& ctx, const Error& e)
{
    if (e.code == Errc::InsufficientWallet)
        return PaymentsText::tr("The platform wallet has only %1 available. Top up the wallet before taking this payment; "
                                "no cash was taken.")
            .arg(money(ctx.wallet.status().available));
    if (e.code == Errc::Conflict && e.detail.find("changed") != std::string::npos)
        return PaymentsText::tr("The fee or price list has just changed. Check the amounts and confirm again.");
    return errorText(e, *ctx.gui.svc.context().zone());
}

}  // namespace cz::gui
