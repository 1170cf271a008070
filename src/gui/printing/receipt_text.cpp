#include "gui/printing/receipt_text.h"

#include <QCoreApplication>

namespace cz::gui {

namespace {
class ReceiptText final {
    Q_DECLARE_TR_FUNCTIONS(cz::gui::ReceiptText)
};

std::string utf8(const QString& s) { return s.toStdString(); }
}  // namespace

ReceiptCaptions receiptCaptions()
{
    ReceiptCaptions c;
    //: Printed before the receipt number: "No. 000123"
    c.number = utf8(ReceiptText::tr("No."));
    c.businessDay = utf8(ReceiptText::tr("Business day"));
    c.time = utf8(ReceiptText::tr("Time"));
    c.cashier = utf8(ReceiptText::tr("Cashier"));
    c.customer = utf8(ReceiptText::tr("Customer"));
    //: Receipt column: goods name (keep short, 58 mm paper)
    c.item = utf8(ReceiptText::tr("Item"));
    //: Receipt column: quantity with unit (keep short)
    c.quantity = utf8(ReceiptText::tr("Qty"));
    //: Receipt column: unit price (keep short)
    c.unitPrice = utf8(ReceiptText::tr("Price"));
    //: Receipt column: line amount (keep short)
    c.amount = utf8(ReceiptText::tr("Amount"));
    return c;
}

QString receiptPendingText() { return ReceiptText::tr("Pending marketplace confirmation"); }

QString printErrorText(const PrintError& error)
{
    switch (error.code) {
    case PrintErrc::NoPath: return ReceiptText::tr("No receipt printer is set up. Choose one in Settings.");
    case PrintErrc::DeviceMissing:
        return ReceiptText::tr("The receipt printer was not found. Check that it is plugged in and switched on.");
    case PrintErrc::NotReady: return ReceiptText::tr("The receipt printer is not ready. Check that it is switched on.");
    case PrintErrc::PermissionDenied:
        return ReceiptText::tr("This computer account may not use the receipt printer. Ask whoever set up the PC.");
    case PrintErrc::NotAFileOrDevice: return ReceiptText::tr("The receipt printer path in Settings is not a printer.");
    case PrintErrc::Timeout:
        return ReceiptText::tr("The receipt printer did not respond. Check the paper and the cover, then try again.");
    case PrintErrc::ShortWrite:
        return ReceiptText::tr("The receipt printer stopped in the middle of the receipt. Check the paper, then print "
                               "it again.");
    case PrintErrc::IoError: return ReceiptText::tr("The receipt could not be sent to the printer.");
    }
    return ReceiptText::tr("The receipt could not be sent to the printer.");
}

}  // namespace cz::gui
