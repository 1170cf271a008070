#pragma once
// The translated words a receipt needs, for workflows building one from the GUI, and the agent's
// sentences for printing failures. Context cz::gui::ReceiptText in the translation catalogue.

#include "services/receipt/printer_device.h"
#include "services/receipt/receipt.h"

#include <QString>

namespace cz::gui {

/// The captions (No., business day, time, cashier, customer, item columns) in the UI language.
ReceiptCaptions receiptCaptions();
/// "Pending marketplace confirmation" in the UI language, for Receipt::pendingText.
QString receiptPendingText();
/// What went wrong with the thermal printer, and what the agent can do about it.
QString printErrorText(const PrintError& error);

}  // namespace cz::gui
