#pragma once
// A fast seeded 64-bit hash for the simulation's and the catalog generator's dice: every random
// outcome is a pure function of (seed, what it is about), so it replays identically and does not
// depend on the order in which things are asked.

#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace cz::market {

/// splitmix64 finaliser: a bijective avalanche of 64 bits.
std::uint64_t mix64(std::uint64_t x);

/// A deterministic 64-bit value for (seed, parts...). Parts are length-prefixed so ("ab","c") and
/// ("a","bc") differ.
std::uint64_t seededHash(std::uint64_t seed, std::initializer_list<std::string_view> parts);

/// Maps a hash to [0, 1) with 53 bits of precision.
double unitInterval(std::uint64_t h);

} // namespace cz::market
