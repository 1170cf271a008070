#include "services/fee_service.h"

#include <SQLiteCpp/Exception.h>

namespace cz {

FeeRule FeeService::rule(const std::string& scope)
{
    auto row = m_store.get(scope);
    return row ? row->rule : FeeRule{};
}

Money FeeService::feeFor(const std::string& scope, Money amount) { return computeFee(rule(scope), amount); }

SResult<void> FeeService::setRule(const Session& who, const std::string& scope, const std::string& label,
                                  const FeeRule& rule)
{
    if (!who.isSupervisor()) {
        m_audit.record(&who, "fee_rule", scope, "denied", "not a supervisor");
        return fail(Errc::NotAllowed, "only a supervisor may change fees");
    }
    if (scope.empty() || scope.size() > 64)
        return fail(Errc::InvalidInput, "a fee scope is 1 to 64 characters");
    if (auto bad = validateFeeRule(rule)) {
        switch (*bad) {
        case FeeRuleError::Negative: return fail(Errc::InvalidInput, "fees cannot be negative");
        case FeeRuleError::RateOutOfRange: return fail(Errc::InvalidInput, "a rate is 0 % to 100 %");
        case FeeRuleError::MinAboveMax: return fail(Errc::InvalidInput, "the minimum is above the maximum");
        }
    }
    try {
        WriteTransaction tx(m_ctx.db());
        m_store.put({scope, label, rule}, m_ctx.now(), who.userId);
        m_audit.record(&who, "fee_rule", scope, "ok",
                       formatMoney(rule.fixed) + " + " + std::to_string(rule.rate.value) + " bp, min " +
                           formatMoney(rule.minimum) + (rule.maximum ? ", max " + formatMoney(*rule.maximum) : std::string()));
        tx.commit();
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
    return {};
}

}  // namespace cz
