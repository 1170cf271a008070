#include "market/cursor.h"

#include "market/api_error.h"

#include <charconv>

namespace cz::market {

std::string makeCursor(std::string_view kind, std::string_view epoch, std::int64_t position)
{
    return std::string(kind) + "1." + std::string(epoch) + "." + std::to_string(position);
}

std::int64_t parseCursor(std::string_view kind, std::string_view epoch, std::string_view text)
{
    if (text.empty())
        return 0;
    const std::string prefix = std::string(kind) + "1.";
    const auto bad = [] { return ApiError(400, "invalid_cursor", "the cursor was not issued by this feed"); };
    if (text.substr(0, prefix.size()) != prefix)
        throw bad();
    const auto rest = text.substr(prefix.size());
    const auto dot = rest.find('.');
    if (dot == std::string_view::npos)
        throw bad();
    const auto pos = rest.substr(dot + 1);
    std::int64_t n = -1;
    const auto [p, ec] = std::from_chars(pos.data(), pos.data() + pos.size(), n);
    if (ec != std::errc() || p != pos.data() + pos.size() || n < 0 || pos.empty())
        throw bad();
    if (rest.substr(0, dot) != epoch)
        throw ApiError(410, "cursor_expired",
                       "the cursor belongs to another marketplace store (it was reset); restart the feed "
                       "without a cursor and de-duplicate by id");
    return n;
}

} // namespace cz::market
