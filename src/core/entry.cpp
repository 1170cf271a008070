#include "core/entry.h"

#include "core/accounts.h"
#include "core/uuid.h"

namespace cz {

const char* describe(EntryError e)
{
    switch (e) {
    case EntryError::BadOpId: return "the operation id is missing or not a UUID";
    case EntryError::BadKind: return "the entry has no kind";
    case EntryError::TooFewLines: return "an entry needs at least two postings";
    case EntryError::ZeroAmount: return "a posting of zero";
    case EntryError::Unbalanced: return "the postings do not sum to zero";
    case EntryError::Overflow: return "the amounts are too large";
    case EntryError::UnknownAccount: return "unknown account";
    case EntryError::NegativeBalance: return "the account cannot go below zero";
    case EntryError::DayNotOpen: return "no business day is open";
    case EntryError::DayClosed: return "the business day is closed";
    case EntryError::OpIdConflict: return "the operation id was already used for a different entry";
    case EntryError::BadReversal: return "invalid reversal";
    case EntryError::Storage: return "the database could not be written";
    }
    return "invalid entry";
}

Result<void, EntryError> validateEntry(const EntryRequest& req)
{
    if (!isUuid(req.opId))
        return Failure{EntryError::BadOpId};
    if (req.kind.empty())
        return Failure{EntryError::BadKind};
    if (req.lines.size() < 2)
        return Failure{EntryError::TooFewLines};
    Money sum;
    for (const auto& l : req.lines) {
        if (l.amount.isZero())
            return Failure{EntryError::ZeroAmount};
        if (l.account.empty())
            return Failure{EntryError::UnknownAccount};
        auto s = sum.checkedAdd(l.amount);
        if (!s)
            return Failure{EntryError::Overflow};
        sum = *s;
    }
    if (!sum.isZero())
        return Failure{EntryError::Unbalanced};
    return {};
}

std::vector<PostingLine> reversalLines(const std::vector<PostingLine>& original)
{
    std::vector<PostingLine> out;
    out.reserve(original.size());
    for (const auto& l : original)
        out.push_back({l.account, -l.amount});
    return out;
}

bool touchesCashDrawer(const EntryRequest& req)
{
    for (const auto& l : req.lines)
        if (l.account == acct::CashDrawer)
            return true;
    return false;
}

}  // namespace cz
