#include "market/thumbnail.h"

#include "market/seeded_hash.h"

#include <algorithm>
#include <array>

namespace cz::market {

namespace {

constexpr int kSize = 24;

std::uint32_t crc32(std::string_view data)
{
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t {};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1U) != 0 ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFU;
    for (const char ch : data)
        c = table[(c ^ static_cast<unsigned char>(ch)) & 0xFFU] ^ (c >> 8);
    return c ^ 0xFFFFFFFFU;
}

std::uint32_t adler32(std::string_view data)
{
    std::uint32_t a = 1;
    std::uint32_t b = 0;
    for (const char ch : data) {
        a = (a + static_cast<unsigned char>(ch)) % 65521U;
        b = (b + a) % 65521U;
    }
    return (b << 16) | a;
}

void putBe32(std::string& out, std::uint32_t v)
{
    out += static_cast<char>((v >> 24) & 0xFF);
    out += static_cast<char>((v >> 16) & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
    out += static_cast<char>(v & 0xFF);
}

void chunk(std::string& png, std::string_view type, std::string_view data)
{
    putBe32(png, static_cast<std::uint32_t>(data.size()));
    std::string body(type);
    body += data;
    png += body;
    putBe32(png, crc32(body));
}

// A zlib stream of "stored" (uncompressed) deflate blocks: valid PNG without linking zlib; the
// images are tiny, so compression would not buy anything that matters.
std::string zlibStored(std::string_view raw)
{
    std::string z("\x78\x01", 2);
    std::size_t pos = 0;
    do {
        const std::size_t n = std::min<std::size_t>(raw.size() - pos, 65535);
        const bool last = pos + n == raw.size();
        z += static_cast<char>(last ? 1 : 0);
        z += static_cast<char>(n & 0xFF);
        z += static_cast<char>((n >> 8) & 0xFF);
        z += static_cast<char>(~n & 0xFF);
        z += static_cast<char>((~n >> 8) & 0xFF);
        z.append(raw.substr(pos, n));
        pos += n;
    } while (pos < raw.size());
    putBe32(z, adler32(raw));
    return z;
}

} // namespace

std::string thumbnailPng(std::uint64_t seed, std::string_view productId, std::string_view category)
{
    const std::uint64_t hc = seededHash(0, {"category-colour", category});
    const std::uint64_t hp = seededHash(seed, {"thumbnail", productId});
    const std::array<unsigned char, 3> bg {static_cast<unsigned char>(0x80 | (hc & 0x7F)),
                                           static_cast<unsigned char>(0x80 | ((hc >> 8) & 0x7F)),
                                           static_cast<unsigned char>(0x80 | ((hc >> 16) & 0x7F))};
    const std::array<unsigned char, 3> fg {static_cast<unsigned char>((hp >> 0) & 0x7F),
                                           static_cast<unsigned char>((hp >> 8) & 0x7F),
                                           static_cast<unsigned char>((hp >> 16) & 0x7F)};
    const int stripe = 3 + static_cast<int>((hp >> 24) % 5);
    const int shape = static_cast<int>((hp >> 32) % 3);

    std::string raw;
    raw.reserve(static_cast<std::size_t>(kSize) * (static_cast<std::size_t>(kSize) * 3 + 1));
    for (int y = 0; y < kSize; ++y) {
        raw += '\0'; // filter type: none
        for (int x = 0; x < kSize; ++x) {
            bool on = false;
            if (shape == 0)
                on = (x + y) % stripe == 0;
            else if (shape == 1)
                on = (x - 12) * (x - 12) + (y - 12) * (y - 12) <= 64;
            else
                on = x > 5 && x < 18 && y > 5 && y < 18;
            const auto& c = on ? fg : bg;
            raw += static_cast<char>(c[0]);
            raw += static_cast<char>(c[1]);
            raw += static_cast<char>(c[2]);
        }
    }

    std::string png("\x89PNG\r\n\x1a\n", 8);
    std::string ihdr;
    putBe32(ihdr, kSize);
    putBe32(ihdr, kSize);
    ihdr += static_cast<char>(8); // bit depth
    ihdr += static_cast<char>(2); // colour type: truecolour
    ihdr += std::string(3, '\0'); // compression, filter, interlace
    chunk(png, "IHDR", ihdr);
    chunk(png, "IDAT", zlibStored(raw));
    chunk(png, "IEND", {});
    return png;
}

} // namespace cz::market
