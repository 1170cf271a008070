#pragma once
/// Pinyin readings of hanzi, from the Unihan table generated at build time (every reading of
/// kMandarin, kTGHZ2013, kHanyuPinyin and kXHC1983; tone marks stripped; ü as both v and u).
/// Pure C++: no SQLite, no Qt.

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace cz::search::pinyin {

/// Index of a syllable in the sorted syllable inventory. The inventory also holds the 26 single
/// letters, because a Latin letter in a name is treated as a unit whose only reading is itself.
using SyllableId = std::uint16_t;

/// The readings of a hanzi (everyday reading first), or of an ASCII lower-case letter (the letter
/// itself). Empty for anything else, including hanzi Unihan has no reading for.
std::span<const SyllableId> readings(char32_t c);

std::string_view syllable(SyllableId id);
std::size_t syllableCount();
/// Letters in the longest syllable (6: zhuang, shuang, chuang): no pinyin piece is longer.
std::size_t longestSyllable();
std::optional<SyllableId> find(std::string_view text);

/// The syllables that start with `prefix`, as a half-open id range (the inventory is sorted).
struct IdRange {
    SyllableId first = 0;
    SyllableId last = 0;
    [[nodiscard]] std::size_t size() const { return static_cast<std::size_t>(last - first); }
    [[nodiscard]] bool empty() const { return first == last; }
};
IdRange completions(std::string_view prefix);

/// True for CJK ideographs (the unified blocks, their extensions, the compatibility block) and for
/// any other character Unihan gives a Mandarin reading.
bool isHanzi(char32_t c);

/// Changes whenever the generated table changes; the search index stores it to know when its
/// keys were made from another table.
std::string_view fingerprint();

}  // namespace cz::search::pinyin
