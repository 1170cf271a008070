#include "gui/gui_text.h"

#include "core/accounts.h"
#include "core/business_day.h"

#include <QCoreApplication>
#include <QLabel>
#include <QStyle>

namespace cz::gui {

namespace {
// The translation context for texts that belong to no widget.
class Text final {
    Q_DECLARE_TR_FUNCTIONS(cz::gui::Text)
};
}  // namespace

QString errorText(const Error& e, const TimeZone& zone)
{
    switch (e.code) {
    case Errc::InvalidInput: return Text::tr("That input is not valid.");
    case Errc::NotFound: return Text::tr("Not found.");
    case Errc::NotAllowed: return Text::tr("Your role may not do this. Ask a supervisor.");
    case Errc::WrongPin:
        return Text::tr("Wrong PIN. %n attempt(s) left.", nullptr, e.remainingAttempts);
    case Errc::UserLocked:
        if (e.lockedUntil)
            return Text::tr("Locked after too many wrong PINs, until %1. A supervisor can unlock it.")
                .arg(QString::fromStdString(formatLocalTime(*e.lockedUntil, zone)));
        return Text::tr("This user is locked. A supervisor can unlock it.");
    case Errc::UserInactive: return Text::tr("This user has been deactivated.");
    case Errc::DayNotOpen: return Text::tr("No business day is open. Open the day on the cash page first.");
    case Errc::DayAlreadyOpen: return Text::tr("A business day is already open.");
    case Errc::DayClosed: return Text::tr("That business day is closed; nothing can be added to it.");
    case Errc::NoteRequired: return Text::tr("Please write a reason.");
    case Errc::SupervisorRequired: return Text::tr("A supervisor must approve this.");
    case Errc::InsufficientCash: return Text::tr("The drawer does not hold that much cash.");
    case Errc::InsufficientWallet: return Text::tr("The platform wallet does not have enough money available.");
    case Errc::OpIdConflict: return Text::tr("This operation was already recorded with different details.");
    case Errc::Conflict: return Text::tr("That conflicts with what is already recorded.");
    case Errc::Storage: return Text::tr("The station database could not be written. Nothing was saved.");
    }
    return Text::tr("Something went wrong.");
}

QString accountName(const std::string& code, const std::string& storedName)
{
    static const std::pair<std::string_view, const char*> names[] = {
        {acct::CashDrawer, QT_TRANSLATE_NOOP("cz::gui::Text", "Cash drawer")},
        {acct::PlatformWallet, QT_TRANSLATE_NOOP("cz::gui::Text", "Platform wallet")},
        {acct::Bank, QT_TRANSLATE_NOOP("cz::gui::Text", "Bank")},
        {acct::MarketReceivable, QT_TRANSLATE_NOOP("cz::gui::Text", "Marketplace receivable")},
        {acct::OrdersInTransit, QT_TRANSLATE_NOOP("cz::gui::Text", "Orders in transit")},
        {acct::ServicesInTransit, QT_TRANSLATE_NOOP("cz::gui::Text", "Services in transit")},
        {acct::FarmerPayables, QT_TRANSLATE_NOOP("cz::gui::Text", "Farmer payables")},
        {acct::RefundsDue, QT_TRANSLATE_NOOP("cz::gui::Text", "Refunds due")},
        {acct::OwnerEquity, QT_TRANSLATE_NOOP("cz::gui::Text", "Owner's equity")},
        {acct::ServiceFeeIncome, QT_TRANSLATE_NOOP("cz::gui::Text", "Service fee income")},
        {acct::OrderCommissionIncome, QT_TRANSLATE_NOOP("cz::gui::Text", "Order commission income")},
        {acct::ConsignmentCommissionIncome, QT_TRANSLATE_NOOP("cz::gui::Text", "Consignment commission income")},
        {acct::CashOverShort, QT_TRANSLATE_NOOP("cz::gui::Text", "Cash over/short")},
    };
    for (const auto& [c, n] : names)
        if (c == code)
            return Text::tr(n);
    return QString::fromStdString(storedName);
}

QString entryKindName(const std::string& kind)
{
    static const std::pair<std::string_view, const char*> kinds[] = {
        {"opening_float", QT_TRANSLATE_NOOP("cz::gui::Text", "Opening float")},
        {"open_variance", QT_TRANSLATE_NOOP("cz::gui::Text", "Difference at opening")},
        {"cash_in", QT_TRANSLATE_NOOP("cz::gui::Text", "Cash in")},
        {"cash_out", QT_TRANSLATE_NOOP("cz::gui::Text", "Cash out")},
        {"bank_deposit", QT_TRANSLATE_NOOP("cz::gui::Text", "Bank deposit")},
        {"close_variance", QT_TRANSLATE_NOOP("cz::gui::Text", "Difference at close")},
        {"reversal", QT_TRANSLATE_NOOP("cz::gui::Text", "Reversal")},
        {"cash_order", QT_TRANSLATE_NOOP("cz::gui::Text", "Cash order")},
        {"order_accepted", QT_TRANSLATE_NOOP("cz::gui::Text", "Order paid from the wallet")},
        {"order_rejected", QT_TRANSLATE_NOOP("cz::gui::Text", "Order rejected: refund due")},
        {"order_returned", QT_TRANSLATE_NOOP("cz::gui::Text", "Order returned: refund due")},
        {"order_cancelled", QT_TRANSLATE_NOOP("cz::gui::Text", "Order cancelled: refund due")},
        {"order_voided", QT_TRANSLATE_NOOP("cz::gui::Text", "Order voided")},
        {"order_commission", QT_TRANSLATE_NOOP("cz::gui::Text", "Order commission")},
        {"refund_paid", QT_TRANSLATE_NOOP("cz::gui::Text", "Refund paid")},
        {"wallet_topup", QT_TRANSLATE_NOOP("cz::gui::Text", "Wallet top-up")},
        {"consignment_sale", QT_TRANSLATE_NOOP("cz::gui::Text", "Consignment sale")},
        {"consignment_settlement", QT_TRANSLATE_NOOP("cz::gui::Text", "Consignment settlement")},
        {"farmer_payout", QT_TRANSLATE_NOOP("cz::gui::Text", "Farmer payout")},
        {"bill_taken", QT_TRANSLATE_NOOP("cz::gui::Text", "Bill payment")},
        {"topup_taken", QT_TRANSLATE_NOOP("cz::gui::Text", "Phone top-up")},
        {"ticket_taken", QT_TRANSLATE_NOOP("cz::gui::Text", "Train ticket")},
        {"assisted_service", QT_TRANSLATE_NOOP("cz::gui::Text", "Assisted service")},
        {"payment_refund_paid", QT_TRANSLATE_NOOP("cz::gui::Text", "Payment refund paid")},
    };
    for (const auto& [k, n] : kinds)
        if (k == kind)
            return Text::tr(n);
    return QString::fromStdString(kind);
}

QString money(Money m) { return QString::fromStdString(formatMoney(m)); }

std::optional<Money> parseMoneyText(const QString& text, QString* error)
{
    auto r = parseMoney(text.toStdString());
    if (r)
        return r.value();
    if (error) {
        switch (r.error()) {
        case MoneyParseError::Empty: *error = Text::tr("Enter an amount."); break;
        case MoneyParseError::InvalidCharacter: *error = Text::tr("Only digits and one decimal point, please."); break;
        case MoneyParseError::Negative: *error = Text::tr("The amount cannot be negative."); break;
        case MoneyParseError::TooManyDecimals: *error = Text::tr("At most two digits after the point (fen)."); break;
        case MoneyParseError::BadGrouping: *error = Text::tr("Thousands separators are in the wrong place."); break;
        case MoneyParseError::Overflow: *error = Text::tr("That amount is far too large."); break;
        }
    }
    return std::nullopt;
}

QString timeText(TimePoint t, const TimeZone& tz) { return QString::fromStdString(formatLocalTime(t, tz)); }
QString dateTimeText(TimePoint t, const TimeZone& tz) { return QString::fromStdString(formatLocalDateTime(t, tz)); }

QString roleName(Role r) { return r == Role::Supervisor ? Text::tr("Supervisor") : Text::tr("Agent"); }

void showStatus(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setProperty("error", error);
    // Re-polish so the style sheet's [error="true"] rule follows the property.
    label->style()->unpolish(label);
    label->style()->polish(label);
}

}  // namespace cz::gui
