#pragma once
// Hashes that make the journal tamper-evident (BLAKE2b-256 via libsodium).
//   request hash = H(what the caller asked for: op id, kind, memo, reversal, postings)
//   chain hash   = H(previous chain hash, seq, request hash, day, time, user, running balances)
// verify recomputes both; any edit, deletion, insertion or reordering breaks the chain.

#include "core/entry.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cz {

using Hash32 = std::array<std::uint8_t, 32>;

Hash32 requestHash(const EntryRequest& req);

struct ChainInput {
    std::int64_t seq = 0;
    Hash32 requestHash{};
    std::string businessDay;
    std::int64_t postedAtMs = 0;
    std::optional<std::int64_t> userId;
    std::vector<std::int64_t> balancesAfter;  ///< in line order
};

Hash32 chainHash(const Hash32& previous, const ChainInput& in);

std::string toHex(const Hash32& h);

}  // namespace cz
