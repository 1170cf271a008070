#pragma once
// Opaque feed cursors: "<kind>1.<epoch>.<position>". Clients store them verbatim and never parse
// them. The epoch is a random tag of this store, so a cursor from another (or a reset) marketplace
// is recognised and answered 410 cursor_expired instead of silently skipping or repeating data.

#include <cstdint>
#include <string>
#include <string_view>

namespace cz::market {

std::string makeCursor(std::string_view kind, std::string_view epoch, std::int64_t position);
/// Position encoded in `text`; an empty text means "from the start" (0). Throws ApiError 400
/// invalid_cursor for garbage and 410 cursor_expired for another epoch.
std::int64_t parseCursor(std::string_view kind, std::string_view epoch, std::string_view text);

} // namespace cz::market
