#include "catalog_generator.h"

#include "catalog_words.h"

namespace cz::search::test {

std::uint64_t Rng::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::string productKey(std::int64_t id)
{
    const std::string digits = std::to_string(id);
    return "P" + std::string(digits.size() < 8 ? 8 - digits.size() : 0, '0') + digits;
}

std::string ean13For(std::uint64_t n)
{
    // 7,919,393 is odd and not a multiple of 5, so n → n·k mod 10^10 is a bijection on [0, 10^10):
    // unique barcodes that do not look sequential.
    constexpr std::uint64_t kModulus = 10'000'000'000ULL;
    const std::uint64_t body = (n % kModulus) * 7'919'393ULL % kModulus;
    std::string digits = "69";
    const std::string b = std::to_string(body);
    digits += std::string(10 - b.size(), '0') + b;
    int sum = 0;
    for (std::size_t i = 0; i < 12; ++i)
        sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
    digits.push_back(static_cast<char>('0' + (10 - sum % 10) % 10));
    return digits;
}

namespace {

template<class T> const T& pick(Rng& rng, std::span<const T> items) { return items[rng.below(items.size())]; }

const Category& pickCategory(Rng& rng)
{
    int total = 0;
    for (const auto& c : categories())
        total += c.weight;
    int r = static_cast<int>(rng.below(static_cast<std::size_t>(total)));
    for (const auto& c : categories()) {
        if (r < c.weight)
            return c;
        r -= c.weight;
    }
    return categories().front();
}

// A unique mainland mobile number for `n` (11 digits, 13x–19x).
std::string phoneFor(std::uint64_t n, std::uint64_t salt)
{
    static constexpr const char* kPrefixes[] = {"13", "15", "17", "18", "19"};
    constexpr std::uint64_t kModulus = 1'000'000'000ULL;
    const std::uint64_t body = (n % kModulus) * 7'777'777ULL % kModulus;
    const std::string b = std::to_string(body);
    return std::string(kPrefixes[(n + salt) % 5]) + std::string(9 - b.size(), '0') + b;
}

std::string personName(Rng& rng)
{
    std::string name = pick(rng, surnames());
    const std::size_t given = rng.chance(70) ? 2 : 1;
    for (std::size_t i = 0; i < given; ++i)
        name += pick(rng, givenNameChars());
    return name;
}

void appendWord(std::string& zh, std::string& en, const Word& w, bool space)
{
    if (space && !zh.empty())
        zh.push_back(' ');
    zh += w.zh;
    if (!en.empty())
        en.push_back(' ');
    en += w.en;
}

}  // namespace

Rng CatalogGenerator::rngFor(std::int64_t id, std::uint64_t salt) const
{
    Rng mix(m_seed ^ (static_cast<std::uint64_t>(id) * 0x9E3779B97F4A7C15ULL) ^ salt);
    return Rng(mix.next());
}

Document CatalogGenerator::product(std::int64_t id) const
{
    Rng rng = rngFor(id, 0x70726F64);
    const Category& c = pickCategory(rng);
    std::string zh;
    std::string en;
    if (rng.chance(60))
        appendWord(zh, en, pick(rng, c.brands), false);
    if (rng.chance(50))
        appendWord(zh, en, pick(rng, c.qualifiers), rng.chance(30));
    if (rng.chance(15))
        appendWord(zh, en, pick(rng, c.qualifiers), false);
    appendWord(zh, en, pick(rng, c.items), false);
    if (rng.chance(80))
        appendWord(zh, en, pick(rng, c.specs), rng.chance(60));
    if (rng.chance(20))
        appendWord(zh, en, pick(rng, marketingWords()), true);
    Document d;
    d.domain = Domain::Product;
    d.key = productKey(id);
    d.name = std::move(zh);
    if (rng.chance(85))
        d.english = std::move(en);
    if (rng.chance(92))
        d.codes.push_back(ean13For(static_cast<std::uint64_t>(id)));
    return d;
}

Document CatalogGenerator::villager(std::int64_t id) const
{
    Rng rng = rngFor(id, 0x76696C6C);
    Document d;
    d.domain = Domain::Villager;
    d.key = std::to_string(id);
    d.name = personName(rng);
    if (rng.chance(10))
        d.name += "（" + std::to_string(1 + rng.below(9)) + "组）";
    if (rng.chance(95))
        d.codes.push_back(phoneFor(static_cast<std::uint64_t>(id), 1));
    return d;
}

Document CatalogGenerator::farmer(std::int64_t id) const
{
    Rng rng = rngFor(id, 0x6661726D);
    Document d;
    d.domain = Domain::Farmer;
    d.key = std::to_string(id);
    if (rng.chance(20)) {
        const Category& c = categories().front();  // fruit growers' cooperatives
        d.name = std::string(pick(rng, surnames())) + "家庄" + pick(rng, c.items).zh + "合作社";
    } else {
        d.name = personName(rng);
    }
    d.codes.push_back(phoneFor(static_cast<std::uint64_t>(id), 2));
    return d;
}

}  // namespace cz::search::test
