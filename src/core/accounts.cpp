#include "core/accounts.h"

#include <array>

namespace cz {

std::string_view toString(AccountKind k)
{
    switch (k) {
    case AccountKind::Asset: return "asset";
    case AccountKind::Liability: return "liability";
    case AccountKind::Equity: return "equity";
    case AccountKind::Income: return "income";
    case AccountKind::Expense: return "expense";
    }
    return "asset";
}

std::optional<AccountKind> accountKindFromString(std::string_view s)
{
    for (auto k : {AccountKind::Asset, AccountKind::Liability, AccountKind::Equity, AccountKind::Income,
                   AccountKind::Expense})
        if (toString(k) == s)
            return k;
    return std::nullopt;
}

std::span<const AccountDef> standardChart()
{
    static constexpr std::array<AccountDef, 13> chart{{
        {acct::CashDrawer, "Cash drawer", AccountKind::Asset, true},
        {acct::PlatformWallet, "Platform wallet", AccountKind::Asset, true},
        {acct::Bank, "Bank", AccountKind::Asset, false},
        {acct::MarketReceivable, "Marketplace receivable", AccountKind::Asset, false},
        {acct::OrdersInTransit, "Orders in transit", AccountKind::Liability, false},
        {acct::ServicesInTransit, "Services in transit", AccountKind::Liability, false},
        {acct::FarmerPayables, "Farmer payables", AccountKind::Liability, false},
        {acct::RefundsDue, "Refunds due", AccountKind::Liability, false},
        {acct::OwnerEquity, "Owner's equity", AccountKind::Equity, false},
        {acct::ServiceFeeIncome, "Service fee income", AccountKind::Income, false},
        {acct::OrderCommissionIncome, "Order commission income", AccountKind::Income, false},
        {acct::ConsignmentCommissionIncome, "Consignment commission income", AccountKind::Income, false},
        {acct::CashOverShort, "Cash over/short", AccountKind::Expense, false},
    }};
    return chart;
}

std::string_view topLevelCode(std::string_view code)
{
    const auto colon = code.find(':');
    return colon == std::string_view::npos ? code : code.substr(0, colon);
}

std::string farmerPayableAccount(std::string_view farmerId)
{
    return std::string(acct::FarmerPayables) + ":" + std::string(farmerId);
}

}  // namespace cz
