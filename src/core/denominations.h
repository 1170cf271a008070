#pragma once
// Cash counted by denomination: ¥100, 50, 20, 10, 5, 1, 5 角, 1 角.

#include "core/money.h"
#include "core/result.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>

namespace cz {

/// The denominations the station counts, largest first, in fen.
inline constexpr std::array<std::int64_t, 8> kDenominations{10000, 5000, 2000, 1000, 500, 100, 50, 10};

/// How many of each denomination (key: fen value). Missing keys count as zero.
using DenominationCount = std::map<std::int64_t, std::int64_t>;

enum class CountError { UnknownDenomination, NegativeCount, TooMany };

/// Sum of a count; refuses unknown denominations, negative counts and absurd totals.
Result<Money, CountError> countTotal(const DenominationCount& count);

/// "100:3,50:1,…" — compact text used to store a count beside its entry.
std::string encodeCount(const DenominationCount& count);
DenominationCount decodeCount(const std::string& text);

}  // namespace cz

namespace cz {
/// The fewest notes and coins that make up `amount`, largest first; whatever is below the smallest
/// denomination (fen) is left in `remainder`.
DenominationCount greedyCount(Money amount, Money& remainder);
}  // namespace cz
