#pragma once
// Operation ids: time-ordered random (version 7) UUIDs in canonical lower-case text form.

#include <string>
#include <string_view>

namespace cz {

/// A new UUID, e.g. "019ad0c2-5f3e-7c5e-8f7a-1b2c3d4e5f60"; later calls sort after earlier ones
/// (to the millisecond).
std::string newUuid();
/// True for the canonical 36-character form (any version), lower or upper case hex.
bool isUuid(std::string_view text);

/// Case-insensitive ASCII comparison (UUIDs compare case-insensitively on the wire).
bool equalsIgnoringCase(std::string_view a, std::string_view b);

}  // namespace cz
