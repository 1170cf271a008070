#pragma once
// Versioned schema migrations. Each step runs in one transaction with its PRAGMA user_version bump,
// so a crash leaves the database at the previous version or the next, never between.

#include <span>

namespace cz {

struct Migration {
    int version;
    const char* description;
    const char* sql;
};

/// All migrations in version order (1, 2, …).
std::span<const Migration> migrations();

}  // namespace cz
