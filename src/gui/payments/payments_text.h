#pragma once
// The payments desk's words: receipt texts in the UI language, names of kinds, states and wallet
// movements, and what to tell the agent when an online call fails.

#include "services/payments/payment_texts.h"
#include "services/payments/payments_online.h"
#include "services/payments/wallet_service.h"
#include "storage/payments/payment_store.h"

#include <QString>

namespace cz::gui {

/// PaymentTexts filled in the UI language (receipt captions included).
PaymentTexts paymentTexts();
QString paymentKindText(PaymentKind k);
QString paymentStateText(PaymentState s);
/// A wallet entry's kind as the agent reads it (order paid, bill paid, top-up …).
QString walletEntryText(const std::string& kind);
QString walletDifferenceText(WalletDifference d);
/// "Offline — try again when online." and the other reasons an online call did not work.
QString onlineErrorText(const OnlineError& e);
/// A biller / city name in the UI language.
QString localName(const std::string& zh, const std::string& en);

}  // namespace cz::gui
