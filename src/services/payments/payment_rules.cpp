#include "services/payments/payment_rules.h"

#include <algorithm>
#include <array>

namespace cz {

namespace {

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int number(std::string_view s)
{
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

}  // namespace

bool isDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isResidentIdNumber(std::string_view s)
{
    if (s.size() != 18 || !isDigits(s.substr(0, 17)) || s[0] < '1' || s[0] > '8')
        return false;
    const int year = number(s.substr(6, 4));
    const int month = number(s.substr(10, 2));
    const int day = number(s.substr(12, 2));
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1)
        return false;
    if (day > days[static_cast<std::size_t>(month - 1)] + (month == 2 && isLeap(year) ? 1 : 0))
        return false;
    static constexpr std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (std::size_t i = 0; i < 17; ++i)
        sum += (s[i] - '0') * weights[i];
    static constexpr char checks[] = "10X98765432";
    const char got = s[17] == 'x' ? 'X' : s[17];
    return got == checks[sum % 11];
}

std::string maskIdNumber(std::string_view s)
{
    if (s.size() != 18)
        return std::string(s.size(), '*');
    return std::string(s.substr(0, 6)) + "********" + std::string(s.substr(14, 3)) + (s[17] == 'x' ? 'X' : s[17]);
}

bool isMobileNumber(std::string_view s) { return s.size() == 11 && isDigits(s) && s[0] == '1' && s[1] >= '3'; }

std::string maskPhoneNumber(std::string_view s)
{
    if (s.size() < 7)
        return std::string(s.size(), '*');
    return std::string(s.substr(0, 3)) + std::string(s.size() - 7, '*') + std::string(s.substr(s.size() - 4));
}

std::size_t utf8Length(std::string_view s)
{
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool isPrintableText(std::string_view s)
{
    return std::none_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

}  // namespace cz
