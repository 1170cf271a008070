// gen_pinyin_table: turns Unihan_Readings.txt (Debian's unicode-data) into the compact pinyin
// table compiled into cz_search_core. Run by CMake at build time; the output is never committed.
//
//   gen_pinyin_table <Unihan_Readings.txt[.bz2]> <output.cpp> [bzcat]
//
// Every reading of every character is kept (kMandarin, kHanyuPinyin, kXHC1983, kTGHZ2013), because
// an agent types whichever reading they know: 行 háng/xíng, 重 zhòng/chóng, 乐 lè/yuè. Tone marks
// are stripped, ü becomes both "v" (what pinyin IMEs use) and "u" (what people type without one).
// The kMandarin readings come first so that readings()[0] is the everyday one.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

[[noreturn]] void fail(const std::string& why)
{
    std::cerr << "gen_pinyin_table: " << why << '\n';
    std::exit(1);
}

std::vector<char32_t> decodeUtf8(const std::string& s)
{
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        int len = 1;
        char32_t cp = b;
        if (b >= 0xF0) {
            len = 4;
            cp = b & 0x07U;
        } else if (b >= 0xE0) {
            len = 3;
            cp = b & 0x0FU;
        } else if (b >= 0xC0) {
            len = 2;
            cp = b & 0x1FU;
        }
        if (i + static_cast<std::size_t>(len) > s.size())
            fail("truncated UTF-8 in '" + s + "'");
        for (int k = 1; k < len; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3FU);
        out.push_back(cp);
        i += static_cast<std::size_t>(len);
    }
    return out;
}

// Maps one code point of a toned reading to its bare letter; 0 drops it (combining marks),
// 'V' stands for ü.
char baseLetter(char32_t c)
{
    if (c >= U'a' && c <= U'z')
        return static_cast<char>(c);
    if (c >= 0x300 && c <= 0x36F)
        return 0;  // combining tone marks (ê̄, ê̌, m̀ …)
    switch (c) {
    case U'à':
    case U'á':
    case U'ā':
    case U'ǎ':
        return 'a';
    case U'è':
    case U'é':
    case U'ē':
    case U'ě':
    case U'ê':
    case U'ế':
    case U'ề':
        return 'e';
    case U'ì':
    case U'í':
    case U'ī':
    case U'ǐ':
        return 'i';
    case U'ò':
    case U'ó':
    case U'ō':
    case U'ǒ':
        return 'o';
    case U'ù':
    case U'ú':
    case U'ū':
    case U'ǔ':
        return 'u';
    case U'ü':
    case U'ǘ':
    case U'ǚ':
    case U'ǜ':
    case U'ǖ':
        return 'V';
    case U'ń':
    case U'ň':
    case U'ǹ':
        return 'n';
    case U'ḿ':
        return 'm';
    default:
        return '?';
    }
}

// "lǜ" → {"lv", "lu"}; fails loudly on anything unexpected so a new Unihan release cannot
// silently produce garbage keys.
std::vector<std::string> bareReadings(const std::string& toned)
{
    std::string bare;
    for (char32_t c : decodeUtf8(toned)) {
        const char b = baseLetter(c);
        if (b == '?')
            fail("unexpected character U+" + std::to_string(static_cast<unsigned>(c)) + " in reading '" + toned + "'");
        if (b != 0)
            bare.push_back(b);
    }
    if (bare.empty())
        fail("empty reading '" + toned + "'");
    std::string v = bare;
    std::replace(v.begin(), v.end(), 'V', 'v');
    if (bare.find('V') == std::string::npos)
        return {v};
    std::string u = bare;
    std::replace(u.begin(), u.end(), 'V', 'u');
    return {v, u};
}

std::vector<std::string> splitAny(const std::string& s, const std::string& seps)
{
    std::vector<std::string> out;
    std::string cur;
    for (char ch : s) {
        if (seps.find(ch) != std::string::npos) {
            if (!cur.empty())
                out.push_back(cur);
            cur.clear();
        } else {
            cur.push_back(ch);
        }
    }
    if (!cur.empty())
        out.push_back(cur);
    return out;
}

// The toned readings of one field value. kMandarin: "le" or "bo bǔ"; the dictionary fields:
// "loc:reading" entries separated by spaces, kHanyuPinyin with comma-separated readings.
std::vector<std::string> tonedReadings(const std::string& field, const std::string& value)
{
    if (field == "kMandarin")
        return splitAny(value, " ");
    std::vector<std::string> out;
    for (const auto& entry : splitAny(value, " ")) {
        const auto colon = entry.rfind(':');
        if (colon == std::string::npos)
            fail("no ':' in " + field + " value '" + value + "'");
        for (const auto& r : splitAny(entry.substr(colon + 1), ","))
            out.push_back(r);
    }
    return out;
}

std::uint64_t fnv1a(std::uint64_t h, const void* data, std::size_t n)
{
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < n; ++i) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 3)
        fail("usage: gen_pinyin_table <Unihan_Readings.txt[.bz2]> <output.cpp> [bzcat]");
    const std::string input = argv[1];
    const std::string output = argv[2];
    const std::string bzcat = argc > 3 ? argv[3] : "bzcat";

    FILE* in = nullptr;
    const bool compressed = input.size() > 4 && input.compare(input.size() - 4, 4, ".bz2") == 0;
    if (compressed) {
        if (input.find('\'') != std::string::npos || bzcat.find('\'') != std::string::npos)
            fail("paths with quotes are not supported");
        in = ::popen(("'" + bzcat + "' -c -- '" + input + "'").c_str(), "r");
    } else {
        in = std::fopen(input.c_str(), "r");
    }
    if (in == nullptr)
        fail("cannot read " + input);

    // Priority of the fields: the everyday reading first.
    const std::vector<std::string> fields = {"kMandarin", "kTGHZ2013", "kHanyuPinyin", "kXHC1983"};
    std::map<char32_t, std::vector<std::vector<std::string>>> perChar;  // cp → per-field readings
    std::string unicodeVersion;
    std::string line;
    char buf[4096];
    std::size_t lines = 0;
    while (std::fgets(buf, sizeof buf, in) != nullptr) {
        line = buf;
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
            line.pop_back();
        if (line.rfind("# Unicode version:", 0) == 0)
            unicodeVersion = line.substr(std::string("# Unicode version:").size());
        if (line.empty() || line[0] == '#')
            continue;
        ++lines;
        const auto parts = splitAny(line, "\t");
        if (parts.size() != 3 || parts[0].rfind("U+", 0) != 0)
            fail("malformed line: " + line);
        const auto f = std::find(fields.begin(), fields.end(), parts[1]);
        if (f == fields.end())
            continue;
        const auto cp = static_cast<char32_t>(std::stoul(parts[0].substr(2), nullptr, 16));
        auto& slots = perChar[cp];
        slots.resize(fields.size());
        for (const auto& toned : tonedReadings(parts[1], parts[2]))
            for (const auto& bare : bareReadings(toned))
                slots[static_cast<std::size_t>(f - fields.begin())].push_back(bare);
    }
    const int status = compressed ? ::pclose(in) : std::fclose(in);
    if (status != 0)
        fail("reading " + input + " failed (status " + std::to_string(status) + ")");
    if (lines < 1000 || perChar.size() < 20000)
        fail("suspiciously small Unihan file: " + std::to_string(perChar.size()) + " characters");

    // The syllable inventory: every bare reading, plus the 26 letters (a Latin letter in a name
    // behaves as a unit whose only reading is itself).
    std::set<std::string> inventory;
    for (char c = 'a'; c <= 'z'; ++c)
        inventory.insert(std::string(1, c));
    std::map<char32_t, std::vector<std::string>> readings;
    for (const auto& [cp, slots] : perChar) {
        std::vector<std::string> ordered;
        for (const auto& slot : slots)
            for (const auto& r : slot)
                if (std::find(ordered.begin(), ordered.end(), r) == ordered.end())
                    ordered.push_back(r);
        for (const auto& r : ordered)
            inventory.insert(r);
        readings[cp] = std::move(ordered);
    }
    const std::vector<std::string> syllables(inventory.begin(), inventory.end());
    if (syllables.size() > 65535)
        fail("too many syllables");
    std::map<std::string, std::size_t> idOf;
    for (std::size_t i = 0; i < syllables.size(); ++i)
        idOf[syllables[i]] = i;

    std::ostringstream os;
    std::uint64_t fp = 14695981039346656037ULL;
    os << "// Generated by gen_pinyin_table from Unihan_Readings.txt (Unicode" << unicodeVersion
       << "). Do not edit; do not commit.\n"
       << "#include \"search/pinyin_data.h\"\n\nnamespace cz::search::detail {\n\n";
    os << "const char kSyllableText[] =";
    std::vector<std::size_t> offsets;
    std::size_t offset = 0;
    for (std::size_t i = 0; i < syllables.size(); ++i) {
        if (i % 12 == 0)
            os << "\n    \"";
        os << syllables[i] << "\\0";
        offsets.push_back(offset);
        offset += syllables[i].size() + 1;
        fp = fnv1a(fp, syllables[i].data(), syllables[i].size() + 1);
        if (i % 12 == 11 || i + 1 == syllables.size())
            os << '"';
    }
    os << ";\nconst std::uint32_t kSyllableOffset[] = {";
    for (std::size_t i = 0; i < offsets.size(); ++i)
        os << (i % 16 == 0 ? "\n    " : " ") << offsets[i] << ',';
    os << "\n    " << offset << "};\nconst std::size_t kSyllableCount = " << syllables.size() << ";\n\n";

    os << "const std::uint32_t kHanziCodePoint[] = {";
    std::size_t i = 0;
    for (const auto& [cp, rs] : readings) {
        os << (i++ % 12 == 0 ? "\n    " : " ") << "0x" << std::hex << static_cast<std::uint32_t>(cp) << std::dec << ',';
        const auto c32 = static_cast<std::uint32_t>(cp);
        fp = fnv1a(fp, &c32, sizeof c32);
    }
    os << "};\nconst std::uint32_t kHanziReadingStart[] = {";
    std::size_t start = 0;
    i = 0;
    std::vector<std::size_t> ids;
    for (const auto& [cp, rs] : readings) {
        os << (i++ % 16 == 0 ? "\n    " : " ") << start << ',';
        start += rs.size();
        for (const auto& r : rs) {
            ids.push_back(idOf.at(r));
            const auto id16 = static_cast<std::uint16_t>(idOf.at(r));
            fp = fnv1a(fp, &id16, sizeof id16);
        }
    }
    os << "\n    " << start << "};\nconst std::size_t kHanziCount = " << readings.size() << ";\n\n";
    os << "const std::uint16_t kHanziReading[] = {";
    for (std::size_t k = 0; k < ids.size(); ++k)
        os << (k % 20 == 0 ? "\n    " : " ") << ids[k] << ',';
    char fpText[17];
    std::snprintf(fpText, sizeof fpText, "%016llx", static_cast<unsigned long long>(fp));
    os << "\n};\n\nconst char kPinyinFingerprint[] = \"" << fpText << "\";\n\n}  // namespace cz::search::detail\n";

    {
        std::ofstream out(output, std::ios::binary | std::ios::trunc);
        out << os.str();
        if (!out)
            fail("cannot write " + output);
    }
    std::cout << "gen_pinyin_table: " << readings.size() << " characters, " << syllables.size() << " syllables, "
              << ids.size() << " readings\n";
    return 0;
}
