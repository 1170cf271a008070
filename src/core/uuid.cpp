#include "core/uuid.h"

#include <chrono>
#include <cstdint>
#include <random>

namespace cz {

std::string newUuid()
{
    // Version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Ids made in order
    // sort in order, so the journal's op_id index grows at its right edge instead of touching a
    // random page per insert. The time is only an ordering hint, never business data, so reading
    // the system clock here does not bypass the injected Clock. std::random_device reads the
    // kernel's CSPRNG on Linux.
    thread_local std::random_device rd;
    std::uint8_t b[16];
    for (int i = 0; i < 16; i += 4) {
        const std::uint32_t r = rd();
        b[i] = static_cast<std::uint8_t>(r);
        b[i + 1] = static_cast<std::uint8_t>(r >> 8);
        b[i + 2] = static_cast<std::uint8_t>(r >> 16);
        b[i + 3] = static_cast<std::uint8_t>(r >> 24);
    }
    const auto ms = static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                   std::chrono::system_clock::now().time_since_epoch())
                                                   .count());
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<std::uint8_t>(ms >> (8 * (5 - i)));
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0F) | 0x70);
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3F) | 0x80);
    static constexpr char hex[] = "0123456789abcdef";
    std::string s;
    s.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            s += '-';
        s += hex[b[i] >> 4];
        s += hex[b[i] & 0x0F];
    }
    return s;
}

bool isUuid(std::string_view t)
{
    if (t.size() != 36)
        return false;
    for (std::size_t i = 0; i < 36; ++i) {
        const char c = t[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return false;
        }
    }
    return true;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = static_cast<char>(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

}  // namespace cz
