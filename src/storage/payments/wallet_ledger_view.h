#pragma once
// Read-only views of one account's postings across days: the platform wallet's statement with its
// running balance, and the movements reconciliation compares with the marketplace's statement.
// (LedgerStore::activity gives one day; this gives a range of entries.)

#include "core/clock.h"
#include "core/money.h"
#include "storage/database.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace cz {

struct AccountLine {
    std::int64_t seq = 0;
    std::string opId;
    std::string kind;
    std::string memo;
    std::string businessDay;
    TimePoint postedAt;
    Money amount;        ///< debit-positive
    Money balanceAfter;  ///< the account's running balance after this posting
};

class WalletLedgerView final {
public:
    explicit WalletLedgerView(Database& db) : m_db(db) {}

    /// Postings to `account` in entries fromSeq..toSeq (inclusive), in journal order.
    void forEachLine(std::string_view account, std::int64_t fromSeq, std::int64_t toSeq,
                     const std::function<void(const AccountLine&)>& fn);
    /// The account's balance after every entry before `seq` (0 when nothing came before).
    Money balanceBefore(std::string_view account, std::int64_t seq);

private:
    Database& m_db;
};

}  // namespace cz
