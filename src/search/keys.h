#pragma once
// The index's key vocabulary: the ASCII tokens stored in the FTS5 table for a document, and the
// same tokens the query planner asks for. Both sides build them here so they cannot drift apart.
// Every token is [a-z0-9]+ and starts with its family letter (so families never collide):
//   h<hex5>[<hex5>]  a hanzi unit / two adjacent hanzi units (code points, 5 hex digits each)
//   n<d>[<d>]        a digit unit / two adjacent digit units
//   l<a>[<b>]        a Latin letter unit / two adjacent Latin letter units (the letters as typed)
//   c<x><y>          two adjacent units of different classes (3m, 5斤, 米5): each as h<hex>, n<d>
//                    or l<a>
//   y<syllable>      a reading of a unit (a Latin letter unit: the letter)
//   p<a><b>          two adjacent units whose readings start with a and b ("lead letters"); a
//                    digit unit next to a unit with readings stands for itself (p x1, p 5j)
//   r<syllable>0<b>  a unit with that reading followed by a unit with lead letter b
//   q<syll>0<syll>   two adjacent hanzi with those readings; r and q make full pinyin selective
//                    ("wuchang" needs q wu0chang). r and q only for syllables of 2+ letters.
//   s<any of the above>  the same, for the first unit / first pair of the name
//   u<a pair key>    the same, for the second pair of the name (units 1 and 2)
//   t<any of the above>  the same, for the last unit / last pair of the name
//   e<prefix>        a prefix (1–6 letters) of a word of the English name; se…: of its first word
//   w<word>          a word of the English name longer than 6 (looked up as an FTS5 prefix query
//                    by longer terms); sw…: its first word
//   xe<word>         the English name, when it is a single word
//   d<ddd>           three consecutive digits of a code; sd…: its first three; xd<code>: all of it
// Pure C++: no SQLite, no Qt.

#include "search/matcher.h"

#include <string>
#include <string_view>

namespace cz::search::keys {

/// Bump whenever the keys of a document or the units of a name change meaning: an index built with
/// other keys must be rebuilt (a contentless FTS5 delete needs exactly the keys that were inserted).
inline constexpr int kSchemeVersion = 1;
/// English word prefixes are keyed up to this length; longer terms look up the long words.
inline constexpr std::size_t kEnglishPrefixMax = 6;

std::string hanzi(char32_t c);
std::string hanziPair(char32_t a, char32_t b);
std::string digit(char32_t d);
std::string digitPair(char32_t a, char32_t b);
std::string latin(char a);
std::string latinPair(char a, char b);
/// Two adjacent units of different classes (hanzi, digit, Latin letter), as typed.
std::string mixedPair(char32_t a, char32_t b);
std::string reading(std::string_view syllable);
std::string leadPair(char a, char b);
std::string readingLead(std::string_view syllable, char nextLead);
std::string readingPair(std::string_view syllable, std::string_view next);
std::string start(const std::string& key);
std::string second(const std::string& key);
std::string end(const std::string& key);
std::string englishPrefix(std::string_view word);  ///< e + first ≤ 6 characters
std::string englishFirstPrefix(std::string_view word);  ///< se + first ≤ 6 characters
std::string englishWhole(std::string_view word);
std::string englishLongWord(std::string_view word);  ///< w + word
std::string englishFirstLongWord(std::string_view word);  ///< sw + word
std::string codeTrigram(std::string_view three);
std::string codeFirstTrigram(std::string_view three);
std::string codeWhole(std::string_view code);

/// All keys of a document, space separated, sorted, without duplicates. Deterministic: the index
/// regenerates them to delete a document.
std::string documentKeys(const PreparedDocument& doc);

}  // namespace cz::search::keys
