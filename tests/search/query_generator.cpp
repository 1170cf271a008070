#include "query_generator.h"

#include "search/matcher.h"
#include "search/pinyin.h"
#include "search/text.h"

#include <vector>

namespace cz::search::test {

std::string_view kindName(QueryKind kind)
{
    switch (kind) {
    case QueryKind::Hanzi1:
        return "hanzi1";
    case QueryKind::Hanzi2:
        return "hanzi2";
    case QueryKind::Pinyin:
        return "pinyin";
    case QueryKind::Initials:
        return "initials";
    case QueryKind::Barcode:
        return "barcode";
    case QueryKind::English:
        return "english";
    case QueryKind::Mixed:
        return "mixed";
    case QueryKind::Phone:
        return "phone";
    case QueryKind::MultiTerm:
        return "multiterm";
    case QueryKind::Random:
        return "random";
    }
    return "?";
}

namespace {

// Start of a run of `len` consecutive hanzi units, or npos.
std::size_t hanziRun(const std::u32string& units, std::size_t len, Rng& rng)
{
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i + len <= units.size(); ++i) {
        bool all = true;
        for (std::size_t k = 0; k < len && all; ++k)
            all = classify(units[i + k]) == CharClass::Hanzi && !pinyin::readings(units[i + k]).empty();
        if (all)
            starts.push_back(i);
    }
    return starts.empty() ? std::u32string::npos : starts[rng.below(starts.size())];
}

// Usually the everyday reading; now and then another one (agents know 重庆 is chong).
std::string readingOf(char32_t c, Rng& rng)
{
    const auto rs = pinyin::readings(c);
    const std::size_t i = rs.size() > 1 && rng.chance(20) ? rng.below(rs.size()) : 0;
    return std::string(pinyin::syllable(rs[i]));
}

std::string pinyinOf(const std::u32string& units, std::size_t at, std::size_t len, Rng& rng, bool cutLast)
{
    std::string out;
    for (std::size_t k = 0; k < len; ++k) {
        std::string r = readingOf(units[at + k], rng);
        if (cutLast && k + 1 == len && r.size() > 1)
            r.resize(1 + rng.below(r.size()));
        out += r;
    }
    return out;
}

std::string initialsOf(const std::u32string& units, std::size_t at, std::size_t len, Rng& rng)
{
    std::string out;
    for (std::size_t k = 0; k < len; ++k)
        out.push_back(readingOf(units[at + k], rng)[0]);
    return out;
}

}  // namespace

std::string queryFor(QueryKind kind, const Document& doc, Rng& rng)
{
    const std::u32string units = nameUnits(doc.name);
    switch (kind) {
    case QueryKind::Hanzi1:
    case QueryKind::Hanzi2: {
        const std::size_t len = kind == QueryKind::Hanzi1 ? 1 : 2;
        const std::size_t at = hanziRun(units, len, rng);
        return at == std::u32string::npos ? std::string() : encodeUtf8(units.substr(at, len));
    }
    case QueryKind::Pinyin: {
        const std::size_t len = 2 + rng.below(3);
        const std::size_t at = hanziRun(units, len, rng);
        return at == std::u32string::npos ? std::string() : pinyinOf(units, at, len, rng, rng.chance(50));
    }
    case QueryKind::Initials: {
        const std::size_t len = 2 + rng.below(3);
        const std::size_t at = hanziRun(units, len, rng);
        return at == std::u32string::npos ? std::string() : initialsOf(units, at, len, rng);
    }
    case QueryKind::Mixed: {
        const std::size_t at = hanziRun(units, 3, rng);
        if (at == std::u32string::npos)
            return {};
        switch (rng.below(3)) {
        case 0:
            return encodeUtf8(units.substr(at, 1)) + initialsOf(units, at + 1, 2, rng);  // 苹g…
        case 1:
            return pinyinOf(units, at, 1, rng, false) + encodeUtf8(units.substr(at + 1, 1));  // ping果
        default:
            return initialsOf(units, at, 1, rng) + pinyinOf(units, at + 1, 2, rng, true);  // pguo…
        }
    }
    case QueryKind::Barcode: {
        if (doc.codes.empty())
            return {};
        const std::string& code = doc.codes.front();
        if (rng.chance(60) || code.size() < 8)
            return code;  // scanned
        const std::size_t len = 4 + rng.below(5);
        return code.substr(rng.below(code.size() - len + 1), len);
    }
    case QueryKind::Phone: {
        if (doc.codes.empty())
            return {};
        const std::string& phone = doc.codes.front();
        return phone.substr(phone.size() - 4);  // "the last four digits"
    }
    case QueryKind::English: {
        const auto words = englishWords(doc.english);
        if (words.empty())
            return {};
        const std::string& w = words[rng.below(words.size())];
        return w.substr(0, std::min(w.size(), 2 + rng.below(w.size())));
    }
    case QueryKind::MultiTerm: {
        const std::size_t at = hanziRun(units, 2, rng);
        if (at == std::u32string::npos || units.size() < 4)
            return {};
        // Two hanzi, then the initials or digits of something else in the name.
        const std::size_t other = rng.below(units.size());
        const std::u32string tail = units.substr(other, 1 + rng.below(2));
        std::string second;
        for (char32_t c : tail)
            second += classify(c) == CharClass::Hanzi && !pinyin::readings(c).empty()
                ? std::string(1, pinyin::syllable(pinyin::readings(c)[0])[0])
                : encodeUtf8(std::u32string(1, c));
        return encodeUtf8(units.substr(at, 2)) + " " + second;
    }
    case QueryKind::Random: {
        // Two or three random letters, or a random hanzi pair: often nothing, sometimes plenty.
        if (rng.chance(50)) {
            std::string s;
            for (std::size_t k = 0, n = 2 + rng.below(2); k < n; ++k)
                s.push_back(static_cast<char>('a' + rng.below(26)));
            return s;
        }
        static constexpr const char32_t kSome[] = U"果水米油肥种鞋电茶奶酒子大新红白机线袋粉盐糖面";
        std::u32string s;
        s.push_back(kSome[rng.below(std::size(kSome) - 1)]);
        s.push_back(kSome[rng.below(std::size(kSome) - 1)]);
        return encodeUtf8(s);
    }
    }
    return {};
}

}  // namespace cz::search::test
