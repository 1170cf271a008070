#include "services/derived_id.h"

#include <sodium.h>

namespace cz {

std::string derivedUuid(std::string_view name)
{
    unsigned char h[16];
    static constexpr unsigned char key[] = "cunzhan-derived-op-id";
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(name.data()), name.size(), key, sizeof key - 1);
    h[6] = static_cast<unsigned char>((h[6] & 0x0F) | 0x80);  // version 8: custom
    h[8] = static_cast<unsigned char>((h[8] & 0x3F) | 0x80);
    static constexpr char hex[] = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            s += '-';
        s += hex[h[i] >> 4];
        s += hex[h[i] & 15];
    }
    return s;
}

}  // namespace cz
