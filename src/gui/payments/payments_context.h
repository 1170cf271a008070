#pragma once
// What the payments desk's tabs, dialogs and the wallet page share: the GUI context and the two
// services they work through, plus small helpers every tab uses.

#include "gui/gui_context.h"
#include "services/payments/payment_service.h"
#include "services/payments/wallet_service.h"

#include <QString>

class QWidget;

namespace cz::gui {

struct PaymentsContext {
    GuiContext& gui;
    PaymentService& payments;
    WalletService& wallet;
};

/// Opens the receipt preview (print / PDF) for a stored receipt.
void showPaymentReceipt(QWidget* parent, PaymentService& payments, std::int64_t number);
/// "Wallet available: ¥X → ¥Y" for a wallet-paid action, else empty.
QString walletChangeText(const PaymentTaken& taken);
/// The service error in the agent's words; a too-low wallet names what is available.
QString paymentErrorText(PaymentsContext& ctx, const Error& e);

}  // namespace cz::gui
