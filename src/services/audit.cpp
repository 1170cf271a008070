#include "services/audit.h"

namespace cz {

void Audit::record(const Session* who, const std::string& action, const std::string& object,
                   const std::string& result, const std::string& detail)
{
    recordFor(who ? std::optional<std::int64_t>(who->userId) : std::nullopt, who ? who->userName : std::string(),
              action, object, result, detail);
}

void Audit::recordFor(std::optional<std::int64_t> userId, const std::string& userName, const std::string& action,
                      const std::string& object, const std::string& result, const std::string& detail)
{
    AuditRecord r;
    r.at = m_ctx.now();
    r.userId = userId;
    r.userName = userName;
    r.action = action;
    r.object = object;
    r.result = result;
    r.detail = detail;
    m_store.append(r);
}

std::vector<AuditRecord> Audit::recent(int limit) { return m_store.recent(limit); }

}  // namespace cz
