#pragma once
// What the ledger remembers between posts: each account's flag and running balance, and the head
// of the hash chain. Only LedgerStore reads and writes it. It holds committed-or-in-progress state
// of the one writer connection; a rollback (Database::rollbackEpoch changes) empties it, and it is
// simply reloaded from the database on the next post.

#include "storage/journal_hash.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

namespace cz {

struct LedgerCache {
    struct Account {
        std::int64_t balance = 0;
        bool neverNegative = false;
    };
    std::uint64_t epoch = 0;
    std::unordered_map<std::string, Account> accounts;
    std::optional<std::pair<std::int64_t, Hash32>> head;  ///< last seq and its chain hash

    void clear()
    {
        accounts.clear();
        head.reset();
    }
};

}  // namespace cz
