#include "core/fee_rule.h"

#include <algorithm>

namespace cz {

std::optional<FeeRuleError> validateFeeRule(const FeeRule& r)
{
    if (r.fixed.isNegative() || r.minimum.isNegative() || (r.maximum && r.maximum->isNegative()))
        return FeeRuleError::Negative;
    if (r.rate.value < 0 || r.rate.value > 10000)
        return FeeRuleError::RateOutOfRange;
    if (r.maximum && r.minimum > *r.maximum)
        return FeeRuleError::MinAboveMax;
    return std::nullopt;
}

Money computeFee(const FeeRule& rule, Money amount)
{
    Money fee = rule.fixed + applyRate(amount, rule.rate, rule.rounding);
    fee = std::max(fee, rule.minimum);
    if (rule.maximum)
        fee = std::min(fee, *rule.maximum);
    return fee;
}

}  // namespace cz
