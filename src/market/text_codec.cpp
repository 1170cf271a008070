#include "market/text_codec.h"

#include <array>
#include <cstdio>
#include <vector>

namespace cz::market {

namespace {

constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::int64_t kChinaOffsetMs = 8LL * 3'600'000;

int b64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact proleptic Gregorian arithmetic.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2 ? 1 : 0;
}

unsigned daysInMonth(std::int64_t y, unsigned m)
{
    static constexpr std::array<unsigned, 12> dim {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : dim[m - 1];
}

int digit(char c)
{
    return c - '0';
}

} // namespace

std::string base64Encode(std::string_view bytes)
{
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const auto n = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8)
            | static_cast<unsigned char>(bytes[i + 2]);
        out += kB64[(n >> 18) & 63];
        out += kB64[(n >> 12) & 63];
        out += kB64[(n >> 6) & 63];
        out += kB64[n & 63];
    }
    if (i + 1 == bytes.size()) {
        const auto n = static_cast<unsigned char>(bytes[i]) << 16;
        out += kB64[(n >> 18) & 63];
        out += kB64[(n >> 12) & 63];
        out += "==";
    } else if (i + 2 == bytes.size()) {
        const auto n = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8);
        out += kB64[(n >> 18) & 63];
        out += kB64[(n >> 12) & 63];
        out += kB64[(n >> 6) & 63];
        out += '=';
    }
    return out;
}

std::optional<std::string> base64Decode(std::string_view text)
{
    if (text.empty() || text.size() % 4 != 0)
        return std::nullopt;
    std::string out;
    out.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        int v[4] = {};
        int pad = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = text[i + static_cast<std::size_t>(k)];
            if (c == '=' && last && k >= 2) {
                ++pad;
                v[k] = 0;
                continue;
            }
            if (pad > 0)
                return std::nullopt; // data after padding
            v[k] = b64Value(c);
            if (v[k] < 0)
                return std::nullopt;
        }
        const unsigned n = (static_cast<unsigned>(v[0]) << 18) | (static_cast<unsigned>(v[1]) << 12)
            | (static_cast<unsigned>(v[2]) << 6) | static_cast<unsigned>(v[3]);
        out += static_cast<char>((n >> 16) & 0xFF);
        if (pad < 2)
            out += static_cast<char>((n >> 8) & 0xFF);
        if (pad < 1)
            out += static_cast<char>(n & 0xFF);
    }
    return out;
}

std::optional<std::int64_t> parseIsoDate(std::string_view t)
{
    if (t.size() != 10 || t[4] != '-' || t[7] != '-')
        return std::nullopt;
    if (!isDigits(t.substr(0, 4)) || !isDigits(t.substr(5, 2)) || !isDigits(t.substr(8, 2)))
        return std::nullopt;
    const std::int64_t y = digit(t[0]) * 1000 + digit(t[1]) * 100 + digit(t[2]) * 10 + digit(t[3]);
    const auto m = static_cast<unsigned>(digit(t[5]) * 10 + digit(t[6]));
    const auto d = static_cast<unsigned>(digit(t[8]) * 10 + digit(t[9]));
    if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
        return std::nullopt;
    return daysFromCivil(y, m, d);
}

std::string formatIsoDate(std::int64_t days)
{
    std::int64_t y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civilFromDays(days, y, m, d);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
    return buf;
}

std::int64_t chinaDay(std::int64_t ms)
{
    const std::int64_t local = ms + kChinaOffsetMs;
    return local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs;
}

std::int64_t chinaMidnightMs(std::int64_t days)
{
    return days * kDayMs - kChinaOffsetMs;
}

bool isDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool isAlnum(std::string_view s)
{
    if (s.empty())
        return false;
    for (const char c : s) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

bool isMobileNumber(std::string_view s)
{
    return s.size() == 11 && isDigits(s) && s[0] == '1' && s[1] >= '3';
}

bool isResidentIdNumber(std::string_view s)
{
    if (s.size() != 18 || !isDigits(s.substr(0, 17)))
        return false;
    if (s[0] == '0' || s[0] == '9')
        return false; // no province code starts with 0 or 9
    const auto birth
        = std::string(s.substr(6, 4)) + "-" + std::string(s.substr(10, 2)) + "-" + std::string(s.substr(12, 2));
    if (!parseIsoDate(birth))
        return false;
    static constexpr std::array<int, 17> weights {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char checks[] = "10X98765432";
    int sum = 0;
    for (std::size_t i = 0; i < 17; ++i)
        sum += digit(s[i]) * weights[i];
    const char expected = checks[sum % 11];
    const char got = s[17] == 'x' ? 'X' : s[17];
    return got == expected;
}

std::string maskIdNumber(std::string_view s)
{
    if (s.size() != 18)
        return std::string(s.size(), '*');
    return std::string(s.substr(0, 6)) + "********" + std::string(s.substr(14, 3)) + (s[17] == 'x' ? 'X' : s[17]);
}

std::string maskName(std::string_view name)
{
    // Split into UTF-8 code points; keep the first and (for 3+) the last, star the middle.
    std::vector<std::string_view> cps;
    std::size_t i = 0;
    while (i < name.size()) {
        std::size_t j = i + 1;
        while (j < name.size() && (static_cast<unsigned char>(name[j]) & 0xC0) == 0x80)
            ++j;
        cps.push_back(name.substr(i, j - i));
        i = j;
    }
    if (cps.empty())
        return {};
    std::string out(cps.front());
    if (cps.size() == 1)
        return out;
    if (cps.size() == 2)
        return out + "*";
    for (std::size_t k = 1; k + 1 < cps.size(); ++k)
        out += '*';
    out += cps.back();
    return out;
}

} // namespace cz::market
