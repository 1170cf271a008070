#pragma once
// The words printed on consignment slips, receipts and statements. Services build receipts inside
// the business transaction, but translation belongs to the GUI: the caller passes these in its
// language (the GUI fills them with tr(); tests and the simulator use the English defaults).

#include "services/receipt/receipt.h"

#include <string>

namespace cz {

struct ConsignmentTexts {
    ReceiptCaptions captions;
    std::string intakeTitle = "Consignment intake slip";
    std::string returnTitle = "Goods returned to the farmer";
    std::string payoutTitle = "Farmer payout receipt";
    std::string statementTitle = "Farmer statement";
    std::string farmer = "Farmer";
    std::string listing = "Listing";
    std::string received = "Received";
    std::string returned = "Returned";
    std::string onHand = "Held for the farmer";
    std::string unitPrice = "Price";
    std::string paidOut = "Paid out in cash";
    std::string owedBefore = "Owed before";
    std::string owedAfter = "Still owed";
    std::string period = "Period";
    std::string opening = "Opening balance";
    std::string closing = "Closing balance";
    std::string sales = "Sales (gross)";
    std::string platformFees = "Platform fees";
    std::string commission = "Station commission";
    std::string absorbed = "Markdowns borne by the station";
    std::string payouts = "Payouts";
    std::string sale = "Sale";
    std::string payout = "Payout";
    std::string adjustment = "Adjustment";
    std::string notSettled = "Not yet settled by the marketplace";
    std::string goodsNotStation = "The goods remain the farmer's until sold.";
    std::string farmerSignature = "Farmer's signature";
    std::string agentSignature = "Received by (signature)";
    std::string thanks = "Thank you";
};

}  // namespace cz
