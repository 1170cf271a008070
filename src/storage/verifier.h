#pragma once
// Independent re-check of a station database: SQLite integrity, every entry balanced, the hash
// chain and the request hashes intact, running balances right, never-negative accounts never
// negative at any point in time, receipts gapless, closed days untouched.

#include "storage/database.h"

#include <string>
#include <vector>

namespace cz {

struct Finding {
    std::string check;   ///< short machine name, e.g. "chain", "unbalanced"
    std::string detail;  ///< what and where
};

/// Runs every check; an empty result means clean. Works on a read-only connection.
std::vector<Finding> verifyDatabase(Database& db);

}  // namespace cz
