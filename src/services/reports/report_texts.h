#pragma once
// The words printed on X and Z reports and written to report CSV files. Translation belongs to the
// GUI: it fills these with tr(); the CLI, tests and benchmarks use the English defaults. A Z report
// is stored with the words it was printed with, so a reprint reads the same.

#include "services/receipt/receipt.h"

#include <string>

namespace cz {

struct ReportTexts {
    ReceiptCaptions captions;
    std::string xTitle = "X report (day still open)";
    std::string zTitle = "Z report (day closed)";
    std::string purchase = "Cash orders (代购)";
    std::string consignment = "Consignment (代卖)";
    std::string payments = "Bills and tickets (代缴)";
    std::string assisted = "Assisted services";
    std::string drawer = "Drawer";
    std::string wallet = "Platform wallet";
    std::string other = "Other";
    std::string entries = " entries";  ///< after a count: "12 entries"
    std::string takings = "Cash taken";
    std::string serviceFees = "Service fees";
    std::string orderCommission = "Order commissions";
    std::string consignmentCommission = "Consignment commissions";
    std::string income = "Fees and commissions earned";
    std::string refunds = "Refunds paid";
    std::string voids = "Voided sales (cash returned)";
    std::string farmerPayouts = "Farmer payouts (cash)";
    std::string drawerOpening = "Drawer at the start";
    std::string floatAdjust = "Float and opening difference";
    std::string ownerIn = "Cash in";
    std::string ownerOut = "Cash out";
    std::string deposits = "Bank deposits";
    std::string expected = "Expected cash";
    std::string counted = "Counted";
    std::string variance = "Over / short";
    std::string suggestBank = "Suggested to bank";
    std::string keepFloat = "Keep as tomorrow's float";
    std::string walletStation = "Wallet (station ledger)";
    std::string walletMarket = "Wallet (marketplace statement)";
    std::string walletDifference = "Wallet difference";
    std::string walletNotEntered = "Marketplace wallet statement not entered.";
    std::string walletAgrees = "Wallet reconciled: every line of the marketplace's statement matches the ledger.";
    std::string walletGapsHeader = "Wallet reconciled: %1 difference(s) with the marketplace's statement";
    std::string gapMissingAtStation = "not yet at the station";
    std::string gapMissingAtMarketplace = "not on the marketplace's statement";
    std::string gapAmountDiffers = "amounts differ";
    std::string ordersInTransit = "Orders in transit";
    std::string servicesInTransit = "Payments in transit";
    std::string pendingHeader = "Waiting for the marketplace, carried over: %1";
    std::string noPending = "Nothing is waiting for the marketplace.";
    std::string noteCaption = "Note: %1";
    std::string xFooter = "X report: nothing was changed.";
    std::string zFooter = "The day is closed and locked.";
    // CSV
    std::string csvSection = "Section";
    std::string csvItem = "Item";
    std::string csvAmount = "Amount (yuan)";
    std::string csvCount = "Count";
    std::string csvTotals = "Totals";
    std::string csvJobs = "Cash by job";
    std::string csvClerks = "Income by clerk";
    std::string csvDays = "Income by day";
    std::string csvProducts = "Top products";
    std::string csvStates = "Orders by state";
    std::string csvVillage = "Taobao village";
    std::string activeSellers = "Active consignors (12 months)";
    std::string sellerSales = "Their sales (12 months)";
    std::string marketplace = "Marketplace";  ///< the "clerk" of entries no user posted
};

}  // namespace cz
