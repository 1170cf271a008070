#pragma once
// A realistic, deterministic test catalog: Chinese product names built from word lists (brands,
// origins, items, specs — with the polyphonic characters agents meet: 可乐, 重庆, 长虹, 自行车 …),
// English names, unique EAN-13 barcodes; villagers and farmers with common names and unique phone
// numbers. Document i of a seed is always the same, so a brute-force scan can regenerate the
// catalog instead of holding it in memory.

#include "search/document.h"

#include <cstdint>
#include <string>

namespace cz::search::test {

/// splitmix64: tiny, fast, and identical on every platform (std distributions are not).
class Rng final {
public:
    explicit Rng(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next();
    /// Uniform in [0, n).
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }

private:
    std::uint64_t m_state;
};

class CatalogGenerator final {
public:
    explicit CatalogGenerator(std::uint64_t seed = 20261129)
        : m_seed(seed)
    {
    }
    /// Product number `id` (from 1), keyed like the marketplace's product ids ("P00000042"): name,
    /// usually an English name, usually a barcode.
    [[nodiscard]] Document product(std::int64_t id) const;
    /// Villager `id`: name and a mobile number.
    [[nodiscard]] Document villager(std::int64_t id) const;
    /// Farmer `id`: a person or a cooperative, and a mobile number.
    [[nodiscard]] Document farmer(std::int64_t id) const;

private:
    [[nodiscard]] Rng rngFor(std::int64_t id, std::uint64_t salt) const;
    std::uint64_t m_seed;
};

/// A valid EAN-13 (Chinese 69x prefix) that is unique per `n` for n < 10^10.
std::string ean13For(std::uint64_t n);

/// The key of product number `id`: "P" and eight digits.
std::string productKey(std::int64_t id);

}  // namespace cz::search::test
