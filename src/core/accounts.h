#pragma once
// The chart of accounts (ledger.md). Codes are strings so sub-accounts can hang off a parent:
// farmer payables are "2200:<farmer id>".

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cz {

enum class AccountKind { Asset, Liability, Equity, Income, Expense };

std::string_view toString(AccountKind k);
std::optional<AccountKind> accountKindFromString(std::string_view s);

namespace acct {
inline constexpr std::string_view CashDrawer = "1000";
inline constexpr std::string_view PlatformWallet = "1100";
inline constexpr std::string_view Bank = "1200";
inline constexpr std::string_view MarketReceivable = "1300";
inline constexpr std::string_view OrdersInTransit = "2000";
inline constexpr std::string_view ServicesInTransit = "2100";
inline constexpr std::string_view FarmerPayables = "2200";
inline constexpr std::string_view RefundsDue = "2300";
inline constexpr std::string_view OwnerEquity = "3000";
inline constexpr std::string_view ServiceFeeIncome = "4000";
inline constexpr std::string_view OrderCommissionIncome = "4100";
inline constexpr std::string_view ConsignmentCommissionIncome = "4200";
inline constexpr std::string_view CashOverShort = "5000";
}  // namespace acct

struct AccountDef {
    std::string_view code;
    std::string_view name;  ///< English name as stored; the GUI shows a translated one by code
    AccountKind kind;
    bool neverNegative;     ///< the balance (debit-positive) may never drop below zero
};

/// The fixed top-level chart, in code order.
std::span<const AccountDef> standardChart();

/// The parent of a sub-account ("2200:F7" → "2200"), or the code itself.
std::string_view topLevelCode(std::string_view code);
/// "2200:<farmerId>"
std::string farmerPayableAccount(std::string_view farmerId);

}  // namespace cz
