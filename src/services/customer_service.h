#pragma once
// Villagers: added on the spot at the counter (name, phone, village group) and found again by
// name, pinyin, initials or phone digits.

#include "search/search_index.h"
#include "services/audit.h"
#include "services/errors.h"
#include "services/session.h"
#include "services/station_context.h"
#include "storage/customer_store.h"

#include <string>
#include <vector>

namespace cz {

class CustomerService final {
public:
    CustomerService(StationContext& ctx, Audit& audit) : m_ctx(ctx), m_audit(audit), m_store(ctx.db()), m_index(ctx.db()) {}

    /// Checks name (1–40 characters) and phone (empty, or 5–20 digits with optional + - and spaces).
    static std::optional<std::string> invalidReason(const std::string& name, const std::string& phone);

    SResult<std::int64_t> add(const Session& who, const std::string& name, const std::string& phone,
                              const std::string& villageGroup);
    SResult<void> update(const Session& who, const CustomerRecord& c);
    std::optional<CustomerRecord> byId(std::int64_t id) { return m_store.byId(id); }
    /// Best matches for what the agent typed (name, pinyin, initials, phone digits).
    SResult<std::vector<CustomerRecord>> find(const std::string& query, std::size_t limit);

private:
    StationContext& m_ctx;
    Audit& m_audit;
    CustomerStore m_store;
    search::SearchIndex m_index;
};

/// The digits of a phone number ("138-0000 1234" → "13800001234").
std::string phoneDigits(const std::string& phone);

}  // namespace cz
