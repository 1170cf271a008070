#pragma once
// The audit log: every login, lock, unlock and privileged action — who, what, when, result, object.

#include "services/session.h"
#include "services/station_context.h"
#include "storage/misc_stores.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

class Audit final {
public:
    explicit Audit(StationContext& ctx) : m_ctx(ctx), m_store(ctx.db()) {}

    /// Appends one record (call inside the action's transaction when there is one).
    void record(const Session* who, const std::string& action, const std::string& object, const std::string& result,
                const std::string& detail = {});
    /// For events before anyone is logged in (failed logins): the user is named, not trusted.
    void recordFor(std::optional<std::int64_t> userId, const std::string& userName, const std::string& action,
                   const std::string& object, const std::string& result, const std::string& detail = {});
    std::vector<AuditRecord> recent(int limit);

private:
    StationContext& m_ctx;
    AuditStore m_store;
};

}  // namespace cz
