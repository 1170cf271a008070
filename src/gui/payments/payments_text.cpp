#include "gui/payments/payments_text.h"

#include "gui/printing/receipt_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace cz::gui {

namespace {
class PaymentsText final {
    Q_DECLARE_TR_FUNCTIONS(cz::gui::PaymentsText)
};

std::string utf8(const QString& s) { return s.toStdString(); }
}  // namespace

PaymentTexts paymentTexts()
{
    PaymentTexts t;
    t.captions = receiptCaptions();
    t.billTitle = utf8(PaymentsText::tr("Bill payment receipt"));
    t.topUpTitle = utf8(PaymentsText::tr("Phone top-up receipt"));
    t.ticketTitle = utf8(PaymentsText::tr("Train ticket receipt"));
    t.assistedTitle = utf8(PaymentsText::tr("Service receipt"));
    t.confirmTitle = utf8(PaymentsText::tr("Payment confirmation"));
    t.refundTitle = utf8(PaymentsText::tr("Refund receipt"));
    t.fee = utf8(PaymentsText::tr("Service fee"));
    t.total = utf8(PaymentsText::tr("Total"));
    t.tendered = utf8(PaymentsText::tr("Cash received"));
    t.change = utf8(PaymentsText::tr("Change"));
    //: After what was refunded: "国网河南省电力公司 退款"
    t.refund = utf8(PaymentsText::tr("refund"));
    t.refundPaid = utf8(PaymentsText::tr("Refund paid"));
    t.railwayFee = utf8(PaymentsText::tr("Railway refund fee"));
    t.pending = utf8(receiptPendingText());
    t.account = utf8(PaymentsText::tr("Account no."));
    t.holder = utf8(PaymentsText::tr("Account holder"));
    t.period = utf8(PaymentsText::tr("Billing period"));
    t.phone = utf8(PaymentsText::tr("Phone"));
    t.reference = utf8(PaymentsText::tr("Biller reference"));
    t.eticket = utf8(PaymentsText::tr("E-ticket no."));
    t.passenger = utf8(PaymentsText::tr("Passenger"));
    t.idNumber = utf8(PaymentsText::tr("ID no."));
    t.departs = utf8(PaymentsText::tr("Departs"));
    t.seat = utf8(PaymentsText::tr("Seat"));
    t.paymentNo = utf8(PaymentsText::tr("Payment no."));
    t.originalReceipt = utf8(PaymentsText::tr("Original receipt"));
    t.reason = utf8(PaymentsText::tr("Reason"));
    //: After the carrier's name: "中国移动 话费充值"
    t.topUp = utf8(PaymentsText::tr("top-up"));
    t.thanks = utf8(PaymentsText::tr("Thank you"));
    return t;
}

QString paymentKindText(PaymentKind k)
{
    switch (k) {
    case PaymentKind::Bill: return PaymentsText::tr("Bill");
    case PaymentKind::TopUp: return PaymentsText::tr("Phone top-up");
    case PaymentKind::Ticket: return PaymentsText::tr("Train ticket");
    case PaymentKind::Assisted: return PaymentsText::tr("Assisted service");
    }
    return {};
}

QString paymentStateText(PaymentState s)
{
    switch (s) {
    case PaymentState::Pending: return PaymentsText::tr("Pending");
    case PaymentState::Confirmed: return PaymentsText::tr("Confirmed");
    case PaymentState::RefundRequested: return PaymentsText::tr("Refund requested");
    case PaymentState::RefundDue: return PaymentsText::tr("Refund due");
    case PaymentState::Refunded: return PaymentsText::tr("Refunded");
    case PaymentState::Done: return PaymentsText::tr("Done");
    }
    return {};
}

QString walletEntryText(const std::string& kind)
{
    static const std::pair<std::string_view, const char*> kinds[] = {
        {"wallet_topup", QT_TRANSLATE_NOOP("cz::gui::PaymentsText", "Wallet top-up")},
        {"order_accepted", QT_TRANSLATE_NOOP("cz::gui::PaymentsText", "Order paid")},
        {"order_returned", QT_TRANSLATE_NOOP("cz::gui::PaymentsText", "Order returned")},
        {"order_cancelled", QT_TRANSLATE_NOOP("cz::gui::PaymentsText", "Order cancelled")},
        {"order_commission", QT_TRANSLATE_NOOP("cz::gui::PaymentsText", "Order commission")},
        {"bill_paid", QT_TRANSLATE_NOOP("cz::gui::PaymentsText", "Bill or top-up paid")},
        {"ticket_issued", QT_TRANSLATE_NOOP("cz::gui::PaymentsText", "Ticket paid")},
        {"ticket_refunded", QT_TRANSLATE_NOOP("cz::gui::PaymentsText", "Ticket refunded")},
        {"consignment_settlement", QT_TRANSLATE_NOOP("cz::gui::PaymentsText", "Consignment sale settled")},
    };
    for (const auto& [k, text] : kinds)
        if (k == kind)
            return PaymentsText::tr(text);
    return QString::fromStdString(kind);
}

QString walletDifferenceText(WalletDifference d)
{
    switch (d) {
    case WalletDifference::MissingAtStation: return PaymentsText::tr("Not yet at the station");
    case WalletDifference::MissingAtMarketplace: return PaymentsText::tr("Not on the marketplace's statement");
    case WalletDifference::AmountDiffers: return PaymentsText::tr("Amounts differ");
    }
    return {};
}

QString onlineErrorText(const OnlineError& e)
{
    switch (e.code) {
    case OnlineErrc::Offline: return PaymentsText::tr("Offline — try again when online.");
    case OnlineErrc::NotConfigured:
        return PaymentsText::tr("The marketplace connection is not set up yet. A supervisor sets it up on the sync page.");
    case OnlineErrc::Unauthorized:
        return PaymentsText::tr("The marketplace refused this station's token. A supervisor should check the connection.");
    case OnlineErrc::NotFound: return PaymentsText::tr("The biller has no such account. Check the number with the villager.");
    case OnlineErrc::Refused:
        if (e.apiCode == "invalid_account_no")
            return PaymentsText::tr("That account number has the wrong number of digits for this biller.");
        if (e.apiCode == "date_out_of_range")
            return PaymentsText::tr("Tickets are sold for today and the next 14 days only.");
        if (e.apiCode == "unknown_city" || e.apiCode == "invalid_parameter")
            return PaymentsText::tr("Choose two different stations from the list.");
        return PaymentsText::tr("The marketplace did not accept the request (%1).").arg(QString::fromStdString(e.apiCode));
    }
    return PaymentsText::tr("Offline — try again when online.");
}

QString localName(const std::string& zh, const std::string& en)
{
    const bool chinese = QLocale().language() == QLocale::Chinese || en.empty();
    return QString::fromStdString(chinese ? zh : en);
}

}  // namespace cz::gui
