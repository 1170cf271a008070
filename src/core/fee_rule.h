#pragma once
// A service fee: a fixed part plus a rate of the amount, clamped to a minimum and a maximum, with
// the rounding of the rate part named. The station's fee table holds one rule per kind of job.

#include "core/money.h"

#include <optional>

namespace cz {

struct FeeRule {
    Money fixed;                  ///< added to every job of this kind
    BasisPoints rate{0};          ///< of the amount (goods, bill, fare)
    Money minimum;                ///< the fee is at least this …
    std::optional<Money> maximum; ///< … and at most this, when set
    Rounding rounding = Rounding::HalfUp;

    friend bool operator==(const FeeRule&, const FeeRule&) = default;
};

enum class FeeRuleError { Negative, RateOutOfRange, MinAboveMax };

/// Checks a rule an agent or supervisor entered.
std::optional<FeeRuleError> validateFeeRule(const FeeRule& r);

/// The fee for `amount` (amount ≥ 0). Throws MoneyOverflow on absurd inputs.
Money computeFee(const FeeRule& rule, Money amount);

}  // namespace cz
