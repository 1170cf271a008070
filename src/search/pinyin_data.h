#pragma once
// The generated pinyin table (tools/gen_pinyin_table.cpp writes its definition into the build
// directory). Private to cz_search_core: everyone else goes through search/pinyin.h.

#include <cstddef>
#include <cstdint>

namespace cz::search::detail {

extern const char kSyllableText[];  ///< NUL-separated syllables, sorted
extern const std::uint32_t kSyllableOffset[];  ///< kSyllableCount + 1 offsets into kSyllableText
extern const std::size_t kSyllableCount;

extern const std::uint32_t kHanziCodePoint[];  ///< sorted code points with readings
extern const std::uint32_t kHanziReadingStart[];  ///< kHanziCount + 1 offsets into kHanziReading
extern const std::uint16_t kHanziReading[];  ///< syllable ids, everyday reading first
extern const std::size_t kHanziCount;

extern const char kPinyinFingerprint[];  ///< hash of the table, for index versioning

}  // namespace cz::search::detail
