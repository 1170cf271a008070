#pragma once
// Operation ids: random (version 4) UUIDs in canonical lower-case text form.

#include <string>
#include <string_view>

namespace cz {

/// A new random UUID, e.g. "3f2b8c1e-9a0d-4c5e-8f7a-1b2c3d4e5f60".
std::string newUuid();
/// True for the canonical 36-character form (any version), lower or upper case hex.
bool isUuid(std::string_view text);

}  // namespace cz
