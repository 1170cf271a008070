#include "search/pinyin.h"

#include "search/pinyin_data.h"

#include <algorithm>
#include <array>

namespace cz::search::pinyin {

namespace {

std::span<const std::uint32_t> codePoints() { return {detail::kHanziCodePoint, detail::kHanziCount}; }

// Ids of the single-letter syllables "a".."z", found once.
const std::array<SyllableId, 26>& letterIds()
{
    static const std::array<SyllableId, 26> ids = [] {
        std::array<SyllableId, 26> out{};
        for (std::size_t i = 0; i < out.size(); ++i) {
            const char letter[1] = {static_cast<char>('a' + i)};
            out[i] = *find(std::string_view(letter, 1));  // the generator always adds the letters
        }
        return out;
    }();
    return ids;
}

}  // namespace

std::span<const SyllableId> readings(char32_t c)
{
    if (c >= U'a' && c <= U'z')
        return {&letterIds()[static_cast<std::size_t>(c - U'a')], 1};
    const auto cps = codePoints();
    const auto it = std::lower_bound(cps.begin(), cps.end(), static_cast<std::uint32_t>(c));
    if (it == cps.end() || *it != static_cast<std::uint32_t>(c))
        return {};
    const auto i = static_cast<std::size_t>(it - cps.begin());
    const auto begin = detail::kHanziReadingStart[i];
    const auto end = detail::kHanziReadingStart[i + 1];
    return {detail::kHanziReading + begin, end - begin};
}

std::string_view syllable(SyllableId id)
{
    const auto begin = detail::kSyllableOffset[id];
    const auto end = detail::kSyllableOffset[id + 1] - 1;  // without the NUL
    return {detail::kSyllableText + begin, end - begin};
}

std::size_t syllableCount() { return detail::kSyllableCount; }

std::size_t longestSyllable()
{
    static const std::size_t longest = [] {
        std::size_t n = 0;
        for (std::size_t i = 0; i < detail::kSyllableCount; ++i)
            n = std::max(n, syllable(static_cast<SyllableId>(i)).size());
        return n;
    }();
    return longest;
}

namespace {

SyllableId lowerBound(std::string_view text)
{
    std::size_t lo = 0;
    std::size_t hi = detail::kSyllableCount;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (syllable(static_cast<SyllableId>(mid)) < text)
            lo = mid + 1;
        else
            hi = mid;
    }
    return static_cast<SyllableId>(lo);
}

}  // namespace

std::optional<SyllableId> find(std::string_view text)
{
    const SyllableId i = lowerBound(text);
    if (i < detail::kSyllableCount && syllable(i) == text)
        return i;
    return std::nullopt;
}

IdRange completions(std::string_view prefix)
{
    IdRange r;
    r.first = lowerBound(prefix);
    SyllableId last = r.first;
    while (last < detail::kSyllableCount && syllable(last).substr(0, prefix.size()) == prefix)
        ++last;
    r.last = last;
    return r;
}

bool isHanzi(char32_t c)
{
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x323AF))
        return true;
    return c > 0x7F && !readings(c).empty();
}

std::string_view fingerprint() { return detail::kPinyinFingerprint; }

}  // namespace cz::search::pinyin
