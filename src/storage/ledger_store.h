#pragma once
// The journal on disk: entries, postings with running balances, the hash chain, accounts.
// post() must run inside a WriteTransaction together with the business rows it belongs to.

#include "core/accounts.h"
#include "core/business_day.h"
#include "core/entry.h"
#include "storage/database.h"
#include "storage/journal_hash.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cz {

struct LedgerCache;

struct PostedEntry {
    std::int64_t seq = 0;
    std::string opId;
    BusinessDay day;
    TimePoint postedAt;
    bool replayed = false;  ///< true when the op id was already on the journal with this content
};

struct PostError {
    EntryError code;
    std::string account;  ///< the account concerned (unknown / would go negative), if any
    std::string detail;
};

struct AccountInfo {
    std::string code;
    std::string name;
    AccountKind kind = AccountKind::Asset;
    std::string parent;  ///< empty for top-level accounts
    bool neverNegative = false;
};

struct AccountBalance {
    AccountInfo account;
    Money balance;  ///< debit-positive
};

struct StoredPosting {
    int line = 0;
    std::string account;
    Money amount;
    Money balanceAfter;
};

struct JournalEntry {
    std::int64_t seq = 0;
    std::string opId;
    std::string kind;
    std::string businessDay;
    std::int64_t postedAtMs = 0;
    std::optional<std::int64_t> userId;
    std::string memo;
    std::optional<std::int64_t> reversesSeq;
    std::vector<StoredPosting> postings;
};

/// One posting to an account, with its entry's header (for account activity lists).
struct AccountActivity {
    std::int64_t seq = 0;
    std::string kind;
    std::string memo;
    TimePoint postedAt;
    std::optional<std::int64_t> userId;
    std::string userName;
    Money amount;
    Money balanceAfter;
};

class LedgerStore final {
public:
    explicit LedgerStore(Database& db) : m_db(db) {}

    /// Appends an entry dated `day`. Same op id + same content → the first result (replayed);
    /// same op id + other content → OpIdConflict. Nothing is written on any error.
    Result<PostedEntry, PostError> post(const EntryRequest& req, const BusinessDay& day, TimePoint at,
                                        std::optional<std::int64_t> userId);

    std::optional<PostedEntry> findByOpId(const std::string& opId);
    std::optional<JournalEntry> entry(std::int64_t seq);

    /// Adds the standard chart where missing.
    void ensureStandardChart(TimePoint at);
    /// Adds a sub-account (e.g. a farmer payable) if it does not exist.
    void ensureAccount(const AccountInfo& info, TimePoint at);
    [[nodiscard]] std::optional<AccountInfo> account(const std::string& code);
    std::vector<AccountInfo> accounts();

    /// Current balance of one account (debit-positive), sub-accounts not included.
    Money balance(std::string_view code);
    /// Every account's balance, at the end of business day `asOf` if given.
    std::vector<AccountBalance> balances(std::optional<BusinessDay> asOf = std::nullopt);

    /// Postings to `code` dated `day`, oldest first.
    std::vector<AccountActivity> activity(std::string_view code, const BusinessDay& day);

    /// The last business day that has an entry.
    std::optional<BusinessDay> lastEntryDay();
    std::int64_t entryCount();

    /// Streams the journal in seq order (optionally from..to business day, inclusive).
    void forEachEntry(const std::function<void(const JournalEntry&)>& fn,
                      std::optional<BusinessDay> from = std::nullopt, std::optional<BusinessDay> to = std::nullopt);

    /// The first and last seq of the entries dated from..to (inclusive); nullopt when none.
    /// Entries' days never decrease with seq, so this is a binary search, not a scan.
    std::optional<std::pair<std::int64_t, std::int64_t>> seqRange(std::optional<BusinessDay> from,
                                                                  std::optional<BusinessDay> to);

private:
    /// The smallest seq whose day is >= day (or > day when `after`), or last seq + 1.
    std::int64_t lowerBound(const std::string& day, bool after);
    Money balanceAtSeq(std::string_view code, std::int64_t maxSeq);
    LedgerCache& cache();
    /// Empty when `req` correctly reverses its target, else why not.
    std::string checkReversal(const EntryRequest& req);
    void writeEntry(const EntryRequest& req, std::int64_t seq, const std::string& dayText, TimePoint at,
                    std::optional<std::int64_t> userId, const Hash32& rh, const Hash32& ch,
                    const std::vector<std::int64_t>& after);
    Database& m_db;
};

}  // namespace cz
