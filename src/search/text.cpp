#include "search/text.h"

#include "search/pinyin.h"

namespace cz::search {

std::u32string decodeUtf8(std::string_view s)
{
    std::u32string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t len = 0;
        char32_t cp = 0;
        if (b < 0x80) {
            len = 1;
            cp = b;
        } else if ((b & 0xE0U) == 0xC0U) {
            len = 2;
            cp = b & 0x1FU;
        } else if ((b & 0xF0U) == 0xE0U) {
            len = 3;
            cp = b & 0x0FU;
        } else if ((b & 0xF8U) == 0xF0U) {
            len = 4;
            cp = b & 0x07U;
        }
        bool ok = len > 0 && i + len <= s.size();
        for (std::size_t k = 1; ok && k < len; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            ok = (c & 0xC0U) == 0x80U;
            cp = (cp << 6) | (c & 0x3FU);
        }
        // Overlong forms and surrogates are malformed too.
        if (ok
            && ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF
                || (cp >= 0xD800 && cp <= 0xDFFF)))
            ok = false;
        if (!ok) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        out.push_back(cp);
        i += len;
    }
    return out;
}

std::string encodeUtf8(std::u32string_view s)
{
    std::string out;
    out.reserve(s.size() * 3);
    for (char32_t c : s) {
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
        } else if (c < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (c >> 12)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (c >> 18)));
            out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    return out;
}

char32_t foldChar(char32_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)  // full-width ASCII block
        c -= 0xFEE0;
    else if (c == 0x3000)  // ideographic space
        c = U' ';
    if (c >= U'A' && c <= U'Z')
        return c + (U'a' - U'A');
    if (c == 0xFC || c == 0xDC)  // ü Ü: pinyin IMEs and agents type v
        return U'v';
    return c;
}

CharClass classify(char32_t folded)
{
    if (folded >= U'a' && folded <= U'z')
        return CharClass::Letter;
    if (folded >= U'0' && folded <= U'9')
        return CharClass::Digit;
    if (folded > 0x7F && pinyin::isHanzi(folded))
        return CharClass::Hanzi;
    return CharClass::Other;
}

std::u32string nameUnits(std::string_view utf8)
{
    std::u32string units;
    for (char32_t c : decodeUtf8(utf8)) {
        c = foldChar(c);
        if (classify(c) != CharClass::Other)
            units.push_back(c);
    }
    return units;
}

std::vector<std::string> englishWords(std::string_view utf8)
{
    std::vector<std::string> words;
    std::string cur;
    for (char32_t c : decodeUtf8(utf8)) {
        c = foldChar(c);
        const CharClass k = classify(c);
        if (k == CharClass::Letter || k == CharClass::Digit) {
            cur.push_back(static_cast<char>(c));
        } else if (!cur.empty()) {
            words.push_back(std::move(cur));
            cur.clear();
        }
    }
    if (!cur.empty())
        words.push_back(std::move(cur));
    return words;
}

std::string codeDigits(std::string_view utf8)
{
    std::string digits;
    for (char32_t c : decodeUtf8(utf8)) {
        c = foldChar(c);
        if (classify(c) == CharClass::Digit)
            digits.push_back(static_cast<char>(c));
    }
    return digits;
}

std::vector<std::u32string> queryTerms(std::string_view utf8)
{
    std::u32string text = decodeUtf8(utf8);
    if (text.size() > kMaxQueryChars)
        text.resize(kMaxQueryChars);
    std::vector<std::u32string> terms;
    std::u32string cur;
    for (char32_t c : text) {
        c = foldChar(c);
        if (classify(c) != CharClass::Other) {
            cur.push_back(c);
        } else if (!cur.empty()) {
            terms.push_back(std::move(cur));
            cur.clear();
        }
    }
    if (!cur.empty())
        terms.push_back(std::move(cur));
    return terms;
}

}  // namespace cz::search
