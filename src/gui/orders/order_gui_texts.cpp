#include "gui/orders/order_gui_texts.h"

#include "gui/orders/cart_models.h"
#include "gui/printing/receipt_text.h"

#include <QCoreApplication>

namespace cz::gui {

namespace {
class OrderText final {
    Q_DECLARE_TR_FUNCTIONS(cz::gui::OrderText)
};
std::string t(const char* s) { return OrderText::tr(s).toStdString(); }
}  // namespace

OrderTexts orderTexts()
{
    OrderTexts x;
    x.captions = receiptCaptions();
    x.orderTitle = t(QT_TRANSLATE_NOOP("cz::gui::OrderText", "Cash order receipt"));
    x.refundTitle = t(QT_TRANSLATE_NOOP("cz::gui::OrderText", "Refund receipt"));
    x.voidTitle = t(QT_TRANSLATE_NOOP("cz::gui::OrderText", "Cancelled order — cash returned"));
    x.pickupTitle = t(QT_TRANSLATE_NOOP("cz::gui::OrderText", "Parcel pickup slip"));
    x.goods = t(QT_TRANSLATE_NOOP("cz::gui::OrderText", "Goods"));
    x.fee = t(QT_TRANSLATE_NOOP("cz::gui::OrderText", "Service fee"));
    x.total = t(QT_TRANSLATE_NOOP("cz::gui::OrderText", "Total"));
    x.tendered = t(QT_TRANSLATE_NOOP("cz::gui::OrderText", "Cash received"));
    x.change = t(QT_TRANSLATE_NOOP("cz::gui::OrderText", "Change"));
    x.refund = t(QT_TRANSLATE_NOOP("cz::gui::OrderText", "Refund paid"));
    x.pending = receiptPendingText().toStdString();
    x.orderNo = t(QT_TRANSLATE_NOOP("cz::gui::OrderText", "Order"));
    x.pickupCode = t(QT_TRANSLATE_NOOP("cz::gui::OrderText", "Pickup code"));
    x.shelf = t(QT_TRANSLATE_NOOP("cz::gui::OrderText", "Shelf"));
    x.tracking = t(QT_TRANSLATE_NOOP("cz::gui::OrderText", "Tracking no."));
    x.signature = t(QT_TRANSLATE_NOOP("cz::gui::OrderText", "Received by (signature)"));
    x.thanks = t(QT_TRANSLATE_NOOP("cz::gui::OrderText", "Thank you"));
    x.unitName = [](const std::string& u) { return unitName(u).toStdString(); };
    return x;
}

ThermalPrinterTarget thermalTarget(SettingsService& settings)
{
    ThermalPrinterTarget target;
    target.path = QString::fromStdString(settings.value("printer.device"));
    target.options.paper = settings.value("printer.paper", "58") == "80" ? Paper::Mm80 : Paper::Mm58;
    return target;
}

void showReceipt(QWidget* parent, const Receipt& receipt, SettingsService& settings)
{
    auto* dlg = new ReceiptPreviewDialog(receipt, thermalTarget(settings), parent);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

}  // namespace cz::gui
