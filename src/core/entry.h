#pragma once
// A journal entry as a caller asks for it: an operation id, a kind, and postings that sum to zero
// (debit positive, credit negative). Validation here is pure; the store adds what needs the
// database (accounts exist, balances stay non-negative, the day is open).

#include "core/money.h"
#include "core/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cz {

struct PostingLine {
    std::string account;
    Money amount;  ///< Dr positive, Cr negative
    friend bool operator==(const PostingLine&, const PostingLine&) = default;
};

struct EntryRequest {
    std::string opId;  ///< UUID given by the caller: the idempotency key
    std::string kind;  ///< machine name of the business event, e.g. "cash_in"
    std::string memo;  ///< free text (reason, note)
    std::vector<PostingLine> lines;
    std::optional<std::int64_t> reversesSeq;  ///< set on a reversal: the entry it cancels
};

enum class EntryError {
    BadOpId,          ///< missing or not a UUID
    BadKind,          ///< empty kind
    TooFewLines,      ///< fewer than two postings
    ZeroAmount,       ///< a posting of 0
    Unbalanced,       ///< postings do not sum to zero
    Overflow,         ///< the sum overflows
    UnknownAccount,   ///< an account not in the chart
    NegativeBalance,  ///< a never-negative account would drop below zero
    DayNotOpen,       ///< cash moves need an open business day
    DayClosed,        ///< the entry's business day is closed
    OpIdConflict,     ///< the op id was used before for different content
    BadReversal,      ///< reverses an unknown or already reversed entry, or does not mirror it
    Storage,          ///< the database failed (disk full, I/O error …)
};

const char* describe(EntryError e);

/// Checks what can be checked without the database.
Result<void, EntryError> validateEntry(const EntryRequest& req);

/// The postings that cancel `original` exactly.
std::vector<PostingLine> reversalLines(const std::vector<PostingLine>& original);

/// True when the entry moves money in or out of the cash drawer.
bool touchesCashDrawer(const EntryRequest& req);

}  // namespace cz
