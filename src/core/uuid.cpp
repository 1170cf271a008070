#include "core/uuid.h"

#include <cstdint>
#include <random>

namespace cz {

std::string newUuid()
{
    // std::random_device reads the kernel's CSPRNG on Linux; one draw per half keeps ids unguessable
    // and unique across processes without shared state.
    thread_local std::random_device rd;
    std::uint8_t b[16];
    for (int i = 0; i < 16; i += 4) {
        const std::uint32_t r = rd();
        b[i] = static_cast<std::uint8_t>(r);
        b[i + 1] = static_cast<std::uint8_t>(r >> 8);
        b[i + 2] = static_cast<std::uint8_t>(r >> 16);
        b[i + 3] = static_cast<std::uint8_t>(r >> 24);
    }
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0F) | 0x40);
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

}  // namespace cz
