#pragma once
// Read-only views of the ledger for screens, the CLI and exports.

#include "services/station_context.h"
#include "services/errors.h"
#include "services/receipt/receipt.h"
#include "storage/ledger_store.h"
#include "storage/verifier.h"

#include <optional>
#include <ostream>
#include <vector>

namespace cz {

class LedgerQueries final {
public:
    explicit LedgerQueries(StationContext& ctx) : m_ctx(ctx), m_store(ctx.db()) {}

    std::vector<AccountBalance> balances(std::optional<BusinessDay> asOf = std::nullopt) { return m_store.balances(asOf); }
    Money balance(std::string_view account) { return m_store.balance(account); }
    std::int64_t entryCount() { return m_store.entryCount(); }
    std::optional<JournalEntry> entry(std::int64_t seq) { return m_store.entry(seq); }
    void forEachEntry(const std::function<void(const JournalEntry&)>& fn, std::optional<BusinessDay> from = std::nullopt,
                      std::optional<BusinessDay> to = std::nullopt)
    {
        m_store.forEachEntry(fn, from, to);
    }

    /// A stored receipt, for a reprint identical to the first print.
    SResult<Receipt> receipt(std::int64_t number);

    /// Full integrity check (see storage/verifier.h).
    std::vector<Finding> verify() { return verifyDatabase(m_ctx.db()); }

    /// The journal in hledger's journal format, one transaction per entry, amounts in CNY.
    void exportHledger(std::ostream& out);

private:
    StationContext& m_ctx;
    LedgerStore m_store;
};

}  // namespace cz
