#pragma once
// Small, strict codecs used on the wire: base64 (photos, thumbnails), ISO dates in China Standard
// Time (the marketplace's business dates are Beijing dates; UTC+8 all year, no DST), and the
// format checks for identifiers villagers bring to the counter (resident ID, mobile number).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cz::market {

std::string base64Encode(std::string_view bytes);
/// Standard alphabet with padding; whitespace or any other deviation is refused.
std::optional<std::string> base64Decode(std::string_view text);

/// Days since 1970-01-01 for a valid "YYYY-MM-DD" (1900..2999), else nullopt.
std::optional<std::int64_t> parseIsoDate(std::string_view text);
std::string formatIsoDate(std::int64_t days);
/// The Beijing calendar day containing the instant `ms`.
std::int64_t chinaDay(std::int64_t ms);
/// The instant of Beijing midnight starting `days`.
std::int64_t chinaMidnightMs(std::int64_t days);

[[nodiscard]] bool isDigits(std::string_view s);
[[nodiscard]] bool isAlnum(std::string_view s);
/// A mainland mobile number: 11 digits, 1[3-9]xxxxxxxxx. (Number portability means the prefix says
/// nothing reliable about the carrier, so it is not checked against one.)
[[nodiscard]] bool isMobileNumber(std::string_view s);
/// An 18-character resident identity number (GB 11643): 17 digits + ISO 7064 MOD 11-2 check
/// character, with a real birth date. A lower-case x is accepted as X.
[[nodiscard]] bool isResidentIdNumber(std::string_view s);
/// "110105********002X" — what the marketplace keeps of an ID number.
std::string maskIdNumber(std::string_view s);
/// "张*明" — the holder name as shown to a counter agent.
std::string maskName(std::string_view utf8Name);

} // namespace cz::market
