#include "search/keys.h"

#include "search/text.h"

#include <algorithm>
#include <vector>

namespace cz::search::keys {

namespace {

void appendHex5(std::string& out, char32_t c)
{
    static constexpr char kHex[] = "0123456789abcdef";
    for (int shift = 16; shift >= 0; shift -= 4)
        out.push_back(kHex[(static_cast<std::uint32_t>(c) >> static_cast<unsigned>(shift)) & 0xFU]);
}

std::string prefix6(std::string_view word) { return std::string(word.substr(0, kEnglishPrefixMax)); }

// The distinct first letters of a unit's readings.
std::string leads(const PreparedDocument& d, std::size_t i)
{
    std::string out;
    for (auto id : d.readings[i]) {
        const char c = pinyin::syllable(id)[0];
        if (out.find(c) == std::string::npos)
            out.push_back(c);
    }
    return out;
}

}  // namespace

std::string hanzi(char32_t c)
{
    std::string k = "h";
    appendHex5(k, c);
    return k;
}

std::string hanziPair(char32_t a, char32_t b)
{
    std::string k = hanzi(a);
    appendHex5(k, b);
    return k;
}

std::string digit(char32_t d) { return std::string("n") + static_cast<char>(d); }
std::string digitPair(char32_t a, char32_t b) { return digit(a) + static_cast<char>(b); }
std::string latin(char a) { return std::string("l") + a; }
std::string latinPair(char a, char b) { return std::string("l") + a + b; }

std::string mixedPair(char32_t a, char32_t b)
{
    auto unit = [](char32_t c) {
        switch (classify(c)) {
        case CharClass::Hanzi:
            return hanzi(c);
        case CharClass::Digit:
            return digit(c);
        default:
            return latin(static_cast<char>(c));
        }
    };
    return "c" + unit(a) + unit(b);
}
std::string reading(std::string_view syllable) { return "y" + std::string(syllable); }
std::string readingLead(std::string_view syllable, char nextLead)
{
    return "r" + std::string(syllable) + '0' + nextLead;
}
std::string leadPair(char a, char b) { return std::string("p") + a + b; }
std::string readingPair(std::string_view syllable, std::string_view next)
{
    return "q" + std::string(syllable) + '0' + std::string(next);
}
std::string start(const std::string& key) { return "s" + key; }
std::string second(const std::string& key) { return "u" + key; }
std::string end(const std::string& key) { return "t" + key; }
std::string englishPrefix(std::string_view word) { return "e" + prefix6(word); }
std::string englishFirstPrefix(std::string_view word) { return "se" + prefix6(word); }
std::string englishWhole(std::string_view word) { return "xe" + std::string(word); }
std::string englishLongWord(std::string_view word) { return "w" + std::string(word); }
std::string englishFirstLongWord(std::string_view word) { return "sw" + std::string(word); }
std::string codeTrigram(std::string_view three) { return "d" + std::string(three); }
std::string codeFirstTrigram(std::string_view three) { return "sd" + std::string(three); }
std::string codeWhole(std::string_view code) { return "xd" + std::string(code); }

std::string documentKeys(const PreparedDocument& d)
{
    std::vector<std::string> k;
    const auto& u = d.units;
    // Keys about unit i alone, and about the pair (i, i + 1). The first unit and pair get a start
    // twin, the second pair a second twin, the last unit and pair an end twin.
    auto add = [&](std::vector<std::string>& keys, bool first, bool secondPair, bool last) {
        for (auto& key : keys) {
            if (first)
                k.push_back(keys::start(key));
            if (secondPair)
                k.push_back(keys::second(key));
            if (last)
                k.push_back(keys::end(key));
            k.push_back(std::move(key));
        }
        keys.clear();
    };
    std::vector<std::string> unit;
    std::vector<std::string> pair;
    for (std::size_t i = 0; i < u.size(); ++i) {
        const CharClass c = classify(u[i]);
        if (c == CharClass::Hanzi)
            unit.push_back(hanzi(u[i]));
        else if (c == CharClass::Digit)
            unit.push_back(digit(u[i]));
        else if (c == CharClass::Letter)
            unit.push_back(latin(static_cast<char>(u[i])));
        for (auto id : d.readings[i])
            unit.push_back(reading(pinyin::syllable(id)));
        add(unit, i == 0, false, i + 1 == u.size());
        if (i + 1 == u.size())
            break;
        const CharClass next = classify(u[i + 1]);
        if (c == CharClass::Hanzi && next == CharClass::Hanzi)
            pair.push_back(hanziPair(u[i], u[i + 1]));
        else if (c == CharClass::Digit && next == CharClass::Digit)
            pair.push_back(digitPair(u[i], u[i + 1]));
        else if (c == CharClass::Letter && next == CharClass::Letter)
            pair.push_back(latinPair(static_cast<char>(u[i]), static_cast<char>(u[i + 1])));
        else
            pair.push_back(mixedPair(u[i], u[i + 1]));
        const std::string b = leads(d, i + 1);
        for (char x : leads(d, i))
            for (char y : b)
                pair.push_back(leadPair(x, y));
        // Pinyin next to a digit (x1, 5jin): the lead letter and the digit.
        if (c == CharClass::Digit && !b.empty())
            for (char y : b)
                pair.push_back(leadPair(static_cast<char>(u[i]), y));
        if (next == CharClass::Digit)
            for (char x : leads(d, i))
                pair.push_back(leadPair(x, static_cast<char>(u[i + 1])));
        // Only hanzi syllables of 2+ letters: the planner reads a 1-letter piece as an initial.
        if (c == CharClass::Hanzi) {
            for (auto id : d.readings[i]) {
                const std::string_view r = pinyin::syllable(id);
                if (r.size() < 2)
                    continue;
                for (char y : b)
                    pair.push_back(readingLead(r, y));
                if (next == CharClass::Hanzi)
                    for (auto nid : d.readings[i + 1])
                        if (pinyin::syllable(nid).size() >= 2)
                            pair.push_back(readingPair(r, pinyin::syllable(nid)));
            }
        }
        add(pair, i == 0, i == 1, i + 2 == u.size());
    }
    const auto& words = d.englishWords;
    for (std::size_t j = 0; j < words.size(); ++j) {
        for (std::size_t len = 1; len <= std::min(words[j].size(), kEnglishPrefixMax); ++len) {
            const std::string_view p(words[j].data(), len);
            k.push_back(englishPrefix(p));
            if (j == 0)
                k.push_back(englishFirstPrefix(p));
        }
        if (words[j].size() > kEnglishPrefixMax) {
            k.push_back(englishLongWord(words[j]));
            if (j == 0)
                k.push_back(englishFirstLongWord(words[j]));
        }
    }
    if (words.size() == 1)
        k.push_back(englishWhole(words[0]));
    for (const auto& code : d.codes) {
        if (code.size() < kMinCodeTermDigits)
            continue;
        for (std::size_t i = 0; i + 3 <= code.size(); ++i)
            k.push_back(codeTrigram(std::string_view(code).substr(i, 3)));
        k.push_back(codeFirstTrigram(std::string_view(code).substr(0, 3)));
        k.push_back(codeWhole(code));
    }
    std::sort(k.begin(), k.end());
    k.erase(std::unique(k.begin(), k.end()), k.end());
    std::string out;
    for (const auto& key : k) {
        if (!out.empty())
            out.push_back(' ');
        out += key;
    }
    return out;
}

}  // namespace cz::search::keys
