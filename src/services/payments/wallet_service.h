#pragma once
// The platform wallet as the station sees it: confirmed balance (account 1100), what pending
// orders and payments reserve, what is still available, the low-balance warning; its statement
// with the running balance from the station's own ledger; and the reconciliation against the
// marketplace's statement, which lists every difference with the event or entry behind it.

#include "core/business_day.h"
#include "services/audit.h"
#include "services/errors.h"
#include "services/session.h"
#include "services/settings_service.h"
#include "services/station_context.h"
#include "sync/wire.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

namespace setting_key {
/// Below this available balance the payments desk and the wallet page warn (fen).
inline constexpr const char* WalletLowThreshold = "payments.wallet_low_fen";
}  // namespace setting_key

inline constexpr std::int64_t kDefaultWalletLowFen = 50'000;  // ¥500

struct WalletStatus {
    Money confirmed;  ///< balance of 1100: what the marketplace has confirmed
    Money reserved;   ///< cash taken for orders and payments the marketplace has not debited yet
    Money available;  ///< confirmed − reserved: what new wallet-paid actions may still use
    Money lowThreshold;
    bool low = false;  ///< available below the threshold
};

struct WalletStatementLine {
    std::int64_t seq = 0;  ///< journal entry
    TimePoint postedAt;
    std::string businessDay;
    std::string kind;  ///< entry kind (order_accepted, bill_paid, wallet_topup …)
    std::string memo;
    std::string opId;
    Money amount;        ///< + into the wallet, − out of it
    Money balanceAfter;  ///< running balance
};

struct WalletStatementView {
    Money opening;  ///< before the first day
    Money closing;  ///< after the last day
    std::vector<WalletStatementLine> lines;
};

enum class WalletDifference {
    MissingAtStation,      ///< the marketplace moved the wallet; the station has no entry for it
    MissingAtMarketplace,  ///< the station's ledger moved the wallet; the marketplace never did
    AmountDiffers,         ///< both moved it, by different amounts
};

struct WalletDifferenceLine {
    WalletDifference kind = WalletDifference::MissingAtStation;
    std::string eventId;           ///< the marketplace's event (statement line), if any
    std::int64_t marketSeq = 0;    ///< statement line number, 0 when none
    std::int64_t marketAtMs = 0;
    std::string marketKind;        ///< bill_debit, wallet_credit …
    std::string refType;           ///< order, payment, booking, sale, credit
    std::string refId;
    Money marketAmount;
    std::string opId;              ///< the station's entry op id, if any
    std::int64_t entrySeq = 0;     ///< 0 when none
    std::string entryKind;
    std::string memo;
    Money stationAmount;
    bool eventApplied = false;     ///< the station applied the event (without a wallet entry)
};

struct WalletReconciliation {
    Money marketBalance;   ///< the marketplace's closing balance
    Money stationBalance;  ///< 1100 now
    std::int64_t matched = 0;
    std::vector<WalletDifferenceLine> differences;
    [[nodiscard]] bool agrees() const { return differences.empty() && marketBalance == stationBalance; }
};

class WalletService final {
public:
    WalletService(StationContext& ctx, Audit& audit, SettingsService& settings)
        : m_ctx(ctx), m_audit(audit), m_settings(settings)
    {
    }

    WalletStatus status();
    Money lowThreshold();
    /// Supervisor only, audited.
    SResult<void> setLowThreshold(const Session& supervisor, Money threshold);

    /// Wallet movements of business days from..to (inclusive) with the running balance.
    WalletStatementView statement(const BusinessDay& from, const BusinessDay& to);

    /// Compares the marketplace's whole statement (every page, from its first line) with every
    /// wallet posting of the station's journal, joined on event id = entry op id.
    WalletReconciliation reconcile(const sync::Statement& market);

private:
    StationContext& m_ctx;
    Audit& m_audit;
    SettingsService& m_settings;
};

}  // namespace cz
