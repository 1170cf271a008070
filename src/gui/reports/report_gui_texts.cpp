#include "gui/reports/report_gui_texts.h"

#include "gui/printing/receipt_text.h"

#include <QCoreApplication>

namespace cz::gui {

namespace {
class ReportText final {
    Q_DECLARE_TR_FUNCTIONS(cz::gui::ReportText)
};
std::string t(const char* s) { return ReportText::tr(s).toStdString(); }
}  // namespace

ReportTexts reportTexts()
{
    ReportTexts x;
    x.captions = receiptCaptions();
    x.xTitle = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "X report (day still open)"));
    x.zTitle = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Z report (day closed)"));
    x.purchase = jobText(Job::Purchase).toStdString();
    x.consignment = jobText(Job::Consignment).toStdString();
    x.payments = jobText(Job::Payments).toStdString();
    x.assisted = jobText(Job::Assisted).toStdString();
    x.drawer = jobText(Job::Drawer).toStdString();
    x.wallet = jobText(Job::Wallet).toStdString();
    x.other = jobText(Job::Other).toStdString();
    x.entries = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", " entries"));
    x.takings = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Cash taken"));
    x.serviceFees = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Service fees"));
    x.orderCommission = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Order commissions"));
    x.consignmentCommission = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Consignment commissions"));
    x.income = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Fees and commissions earned"));
    x.refunds = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Refunds paid"));
    x.voids = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Voided sales (cash returned)"));
    x.farmerPayouts = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Farmer payouts (cash)"));
    x.drawerOpening = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Drawer at the start"));
    x.floatAdjust = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Float and opening difference"));
    x.ownerIn = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Cash in"));
    x.ownerOut = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Cash out"));
    x.deposits = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Bank deposits"));
    x.expected = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Expected cash"));
    x.counted = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Counted"));
    x.variance = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Over / short"));
    x.suggestBank = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Suggested to bank"));
    x.keepFloat = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Keep as tomorrow's float"));
    x.walletStation = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Wallet (station ledger)"));
    x.walletMarket = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Wallet (marketplace statement)"));
    x.walletDifference = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Wallet difference"));
    x.walletNotEntered = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Marketplace wallet statement not entered."));
    x.walletAgrees = t(QT_TRANSLATE_NOOP(
        "cz::gui::ReportText", "Wallet reconciled: every line of the marketplace's statement matches the ledger."));
    x.walletGapsHeader =
        t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Wallet reconciled: %1 difference(s) with the marketplace's statement"));
    x.gapMissingAtStation = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "not yet at the station"));
    x.gapMissingAtMarketplace = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "not on the marketplace's statement"));
    x.gapAmountDiffers = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "amounts differ"));
    x.ordersInTransit = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Orders in transit"));
    x.servicesInTransit = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Payments in transit"));
    x.pendingHeader = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Waiting for the marketplace, carried over: %1"));
    x.noPending = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Nothing is waiting for the marketplace."));
    x.noteCaption = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Note: %1"));
    x.xFooter = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "X report: nothing was changed."));
    x.zFooter = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "The day is closed and locked."));
    x.csvSection = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Section"));
    x.csvItem = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Item"));
    x.csvAmount = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Amount (yuan)"));
    x.csvCount = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Count"));
    x.csvTotals = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Totals"));
    x.csvJobs = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Cash by job"));
    x.csvClerks = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Income by clerk"));
    x.csvDays = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Income by day"));
    x.csvProducts = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Top products"));
    x.csvStates = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Orders by state"));
    x.csvVillage = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Taobao village"));
    x.activeSellers = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Active consignors (12 months)"));
    x.sellerSales = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Their sales (12 months)"));
    x.marketplace = t(QT_TRANSLATE_NOOP("cz::gui::ReportText", "Marketplace"));
    return x;
}

QString jobText(Job job)
{
    switch (job) {
    case Job::Purchase: return ReportText::tr("Cash orders (代购)");
    case Job::Consignment: return ReportText::tr("Consignment (代卖)");
    case Job::Payments: return ReportText::tr("Bills and tickets (代缴)");
    case Job::Assisted: return ReportText::tr("Assisted services");
    case Job::Drawer: return ReportText::tr("Drawer");
    case Job::Wallet: return ReportText::tr("Platform wallet");
    case Job::Other: return ReportText::tr("Other");
    }
    return ReportText::tr("Other");
}

QString orderStateText(const std::string& state)
{
    if (state == "pending")
        return ReportText::tr("Waiting for the marketplace");
    if (state == "accepted")
        return ReportText::tr("Accepted");
    if (state == "shipped")
        return ReportText::tr("Shipped");
    if (state == "arrived")
        return ReportText::tr("At the station");
    if (state == "picked_up")
        return ReportText::tr("Picked up");
    if (state == "refund_due")
        return ReportText::tr("Refund due");
    if (state == "refunded")
        return ReportText::tr("Refunded");
    if (state == "voided")
        return ReportText::tr("Voided");
    return QString::fromStdString(state);
}

}  // namespace cz::gui
