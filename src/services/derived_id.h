#pragma once
// Deterministic operation ids for entries the station posts in reaction to something that already
// has an identity (an event, a rejected op): the same cause always maps to the same id, so the
// ledger's op-id idempotency covers these entries too.

#include <string>
#include <string_view>

namespace cz {

/// A version-8 UUID derived from `name` with BLAKE2b.
std::string derivedUuid(std::string_view name);

}  // namespace cz
