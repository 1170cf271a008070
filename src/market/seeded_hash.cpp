#include "market/seeded_hash.h"

namespace cz::market {

std::uint64_t mix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

std::uint64_t seededHash(std::uint64_t seed, std::initializer_list<std::string_view> parts)
{
    // FNV-1a over length-prefixed parts, then mixed with the seed; good enough dispersion for dice,
    // and stable across platforms and releases (std::hash is neither).
    std::uint64_t h = 0xCBF29CE484222325ULL;
    auto feed = [&h](unsigned char c) {
        h ^= c;
        h *= 0x100000001B3ULL;
    };
    for (const auto part : parts) {
        const auto n = part.size();
        for (int i = 0; i < 4; ++i)
            feed(static_cast<unsigned char>((n >> (8 * i)) & 0xFF));
        for (const char c : part)
            feed(static_cast<unsigned char>(c));
    }
    return mix64(h ^ mix64(seed));
}

double unitInterval(std::uint64_t h)
{
    return static_cast<double>(h >> 11) * 0x1.0p-53;
}

} // namespace cz::market
