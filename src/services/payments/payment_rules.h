#pragma once
// Checks made at the counter before any cash is taken, so the marketplace does not refuse a
// payment the station could have known was wrong: resident ID numbers (check character and birth
// date), mobile numbers, utility account numbers; and the masked forms kept and printed.

#include <cstddef>
#include <string>
#include <string_view>

namespace cz {

/// 18-character mainland resident ID: province digit 1..8, a real birth date, the ISO 7064
/// check character (digit or X/x).
bool isResidentIdNumber(std::string_view s);
/// "410102********1234": region and the last four, as the marketplace keeps it.
std::string maskIdNumber(std::string_view s);
/// Mainland mobile: 11 digits starting 13..19.
bool isMobileNumber(std::string_view s);
/// "138****5678"
std::string maskPhoneNumber(std::string_view s);
bool isDigits(std::string_view s);
/// Code points in valid UTF-8 text (bytes that are not, count one each).
std::size_t utf8Length(std::string_view s);
/// True when the text has no control characters (names printed on tickets and receipts).
bool isPrintableText(std::string_view s);

}  // namespace cz
