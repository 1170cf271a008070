#pragma once
// The fee table the station charges on top of what villagers pay for: shown on screen and on the
// receipt. A scope without a rule charges nothing. Supervisors change rules; changes are audited.

#include "services/audit.h"
#include "services/errors.h"
#include "services/session.h"
#include "services/station_context.h"
#include "storage/fee_store.h"

#include <string>
#include <vector>

namespace cz {

namespace fee_scope {
inline constexpr const char* Order = "order";  ///< 代购 cash orders, on the goods total
}  // namespace fee_scope

class FeeService final {
public:
    FeeService(StationContext& ctx, Audit& audit) : m_ctx(ctx), m_audit(audit), m_store(ctx.db()) {}

    /// The rule for a scope (zero fee when none is set).
    FeeRule rule(const std::string& scope);
    Money feeFor(const std::string& scope, Money amount);
    std::vector<FeeRow> table() { return m_store.list(); }
    SResult<void> setRule(const Session& who, const std::string& scope, const std::string& label, const FeeRule& rule);

private:
    StationContext& m_ctx;
    Audit& m_audit;
    FeeStore m_store;
};

}  // namespace cz
