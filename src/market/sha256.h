#pragma once
// SHA-256 where an adversary or a collision would matter: stored station tokens and the
// idempotency fingerprint of an op.

#include <string>
#include <string_view>

namespace cz::market {

/// Lower-case hex SHA-256 of the bytes.
std::string sha256Hex(std::string_view data);

} // namespace cz::market
