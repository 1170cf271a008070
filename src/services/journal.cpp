#include "services/journal.h"

#include <algorithm>

namespace cz {

BusinessDay Journal::postingDay()
{
    if (auto open = m_days.openDay())
        return open->day;
    BusinessDay d = m_ctx.today();
    if (auto closed = m_days.lastClosed())
        d = std::max(d, closed->day.next());
    if (auto last = m_ledger.lastEntryDay())
        d = std::max(d, *last);
    return d;
}

Error toServiceError(const PostError& e)
{
    switch (e.code) {
    case EntryError::NegativeBalance:
        if (e.account == acct::CashDrawer)
            return Error{Errc::InsufficientCash, e.detail, 0, std::nullopt};
        if (e.account == acct::PlatformWallet)
            return Error{Errc::InsufficientWallet, e.detail, 0, std::nullopt};
        return Error{Errc::Conflict, e.detail, 0, std::nullopt};
    case EntryError::DayNotOpen: return Error{Errc::DayNotOpen, e.detail, 0, std::nullopt};
    case EntryError::DayClosed: return Error{Errc::DayClosed, e.detail, 0, std::nullopt};
    case EntryError::OpIdConflict: return Error{Errc::OpIdConflict, e.detail, 0, std::nullopt};
    case EntryError::Storage: return Error{Errc::Storage, e.detail, 0, std::nullopt};
    default: return Error{Errc::InvalidInput, e.detail, 0, std::nullopt};
    }
}

SResult<PostedEntry> Journal::post(const EntryRequest& req, const Session* who)
{
    auto r = m_ledger.post(req, postingDay(), m_ctx.now(), who ? std::optional(who->userId) : std::nullopt);
    if (!r)
        return Failure{toServiceError(r.error())};
    return r.value();
}

}  // namespace cz
