#pragma once
// The words printed on bill, top-up, ticket, assisted-service and refund receipts. Receipts are
// built inside the business transaction, but translation belongs to the GUI: the caller passes
// these in its language (the GUI fills them with tr(); tests and the simulator use the English
// defaults). They are stored in the receipt body, so a reprint reads as the first print did.

#include "services/receipt/receipt.h"

#include <string>

namespace cz {

struct PaymentTexts {
    ReceiptCaptions captions;
    std::string billTitle = "Bill payment receipt";
    std::string topUpTitle = "Phone top-up receipt";
    std::string ticketTitle = "Train ticket receipt";
    std::string assistedTitle = "Service receipt";
    std::string confirmTitle = "Payment confirmation";
    std::string refundTitle = "Refund receipt";
    std::string fee = "Service fee";
    std::string total = "Total";
    std::string tendered = "Cash received";
    std::string change = "Change";
    std::string refund = "refund";
    std::string refundPaid = "Refund paid";
    std::string railwayFee = "Railway refund fee";
    std::string pending = "Pending marketplace confirmation";
    std::string account = "Account no.";
    std::string holder = "Account holder";
    std::string period = "Billing period";
    std::string phone = "Phone";
    std::string reference = "Biller reference";
    std::string eticket = "E-ticket no.";
    std::string passenger = "Passenger";
    std::string idNumber = "ID no.";
    std::string departs = "Departs";
    std::string seat = "Seat";
    std::string paymentNo = "Payment no.";
    std::string originalReceipt = "Original receipt";
    std::string reason = "Reason";
    std::string topUp = "top-up";
    std::string thanks = "Thank you";
};

}  // namespace cz
