#pragma once
// Receipt wording for cash orders, refunds and parcels in the UI's language, and where receipts
// print (the settings' receipt printer).

#include "gui/printing/receipt_preview_dialog.h"
#include "services/order_texts.h"
#include "services/settings_service.h"

namespace cz::gui {

OrderTexts orderTexts();
ThermalPrinterTarget thermalTarget(SettingsService& settings);
/// Opens the print preview of a receipt (window-modal, deletes itself).
void showReceipt(QWidget* parent, const Receipt& receipt, SettingsService& settings);

}  // namespace cz::gui
