#pragma once
// The station's fee table: one rule per scope ("order", "bill:<biller>", "topup:<carrier>",
// "ticket" …).

#include "core/clock.h"
#include "core/fee_rule.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

struct FeeRow {
    std::string scope;
    std::string label;
    FeeRule rule;
};

std::string_view toString(Rounding r);
std::optional<Rounding> roundingFromString(std::string_view s);

class FeeStore final {
public:
    explicit FeeStore(Database& db) : m_db(db) {}
    std::optional<FeeRow> get(const std::string& scope);
    std::vector<FeeRow> list();
    void put(const FeeRow& row, TimePoint at, std::optional<std::int64_t> userId);

private:
    Database& m_db;
};

}  // namespace cz
