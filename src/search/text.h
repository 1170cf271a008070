#pragma once
/// Text normalisation shared by documents and queries, so both sides of every comparison see the
/// same characters: full-width ASCII folded to ASCII, capitals to lower case, ü to v.
/// Pure C++: no SQLite, no Qt. See docs/search.md for the match definition built on it.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cz::search {

/// Longest query (in code points) that is looked at; the rest is ignored. Nobody types more at a
/// counter, and it bounds the work a pasted paragraph can cause.
inline constexpr std::size_t kMaxQueryChars = 64;

/// Decodes UTF-8; malformed bytes become U+FFFD (which is then just a separator).
std::u32string decodeUtf8(std::string_view s);
std::string encodeUtf8(std::u32string_view s);

/// Full-width ASCII → ASCII, ideographic space → space, A–Z → a–z, ü/Ü → v.
char32_t foldChar(char32_t c);

enum class CharClass { Hanzi, Letter, Digit, Other };
/// Class of a folded character; Letter and Digit mean ASCII a–z and 0–9 only.
CharClass classify(char32_t folded);

/// The units of a name: its hanzi, letters and digits in order, folded; everything else (spaces,
/// punctuation, symbols) is dropped, so "红富士 苹果" and "红富士苹果" are the same name.
std::u32string nameUnits(std::string_view utf8);

/// The words of an English name: maximal runs of a–z/0–9 after folding.
std::vector<std::string> englishWords(std::string_view utf8);

/// The digits of a barcode or phone number, everything else dropped ("138-0013 8000" → "13800138000").
std::string codeDigits(std::string_view utf8);

/// The terms of a query: maximal runs of hanzi, letters and digits; any other character
/// (whitespace, punctuation, apostrophes in "xi'an") separates terms. Only the first
/// kMaxQueryChars characters are considered.
std::vector<std::u32string> queryTerms(std::string_view utf8);

}  // namespace cz::search
