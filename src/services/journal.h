#pragma once
// The one way services write to the ledger. Picks the business day the entry belongs to and turns
// storage errors into service errors. Call inside the caller's WriteTransaction, together with the
// business rows the entry belongs to.

#include "services/errors.h"
#include "services/session.h"
#include "services/station_context.h"
#include "storage/day_store.h"
#include "storage/ledger_store.h"

namespace cz {

/// Entry kinds written by the day/cash services.
namespace entry_kind {
inline constexpr const char* OpeningFloat = "opening_float";
inline constexpr const char* OpenVariance = "open_variance";
inline constexpr const char* CashIn = "cash_in";
inline constexpr const char* CashOut = "cash_out";
inline constexpr const char* BankDeposit = "bank_deposit";
inline constexpr const char* CloseVariance = "close_variance";
inline constexpr const char* Reversal = "reversal";
}  // namespace entry_kind

class Journal final {
public:
    explicit Journal(StationContext& ctx) : m_ctx(ctx), m_ledger(ctx.db()), m_days(ctx.db()) {}

    /// The day a new entry gets: the open day if there is one, else the first day that is neither
    /// closed nor before an existing entry (never earlier than today).
    BusinessDay postingDay();

    SResult<PostedEntry> post(const EntryRequest& req, const Session* who);

    LedgerStore& store() { return m_ledger; }

private:
    StationContext& m_ctx;
    LedgerStore m_ledger;
    DayStore m_days;
};

/// Maps a ledger error to the service vocabulary.
Error toServiceError(const PostError& e);

}  // namespace cz
