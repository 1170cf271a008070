#pragma once
// The words printed on cash-order, refund and parcel receipts. Services build receipts inside the
// business transaction, but translation belongs to the GUI: the caller passes these in its
// language (the GUI fills them with tr(); the CLI and simulator use the English defaults).

#include "services/receipt/receipt.h"

#include <functional>
#include <string>

namespace cz {

struct OrderTexts {
    ReceiptCaptions captions;
    std::string orderTitle = "Cash order receipt";
    std::string refundTitle = "Refund receipt";
    std::string voidTitle = "Cancelled order — cash returned";
    std::string pickupTitle = "Parcel pickup slip";
    std::string goods = "Goods";
    std::string fee = "Service fee";
    std::string total = "Total";
    std::string tendered = "Cash received";
    std::string change = "Change";
    std::string refund = "Refund paid";
    std::string pending = "Pending marketplace confirmation";
    std::string orderNo = "Order";  ///< "Order 3f2b…" note
    std::string pickupCode = "Pickup code";
    std::string shelf = "Shelf";
    std::string tracking = "Tracking no.";
    std::string signature = "Received by (signature)";
    std::string thanks = "Thank you";
    /// The unit as printed after a quantity ("bottle" → "瓶").
    std::function<std::string(const std::string& unitCode)> unitName = [](const std::string& u) { return " " + u; };
};

}  // namespace cz
