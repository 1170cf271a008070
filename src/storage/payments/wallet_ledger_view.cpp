#include "storage/payments/wallet_ledger_view.h"

#include <vector>

namespace cz {

void WalletLedgerView::forEachLine(std::string_view account, std::int64_t fromSeq, std::int64_t toSeq,
                                   const std::function<void(const AccountLine&)>& fn)
{
    std::lock_guard lock(m_db.mutex());
    // Collected first: the callback may query the database, and a cached statement is not
    // re-entrant.
    std::vector<AccountLine> lines;
    {
        auto q = m_db.stmt("SELECT e.seq, e.op_id, e.kind, e.memo, e.business_day, e.posted_at, p.amount, p.balance_after "
                           "FROM postings p JOIN entries e ON e.seq = p.entry_seq "
                           "WHERE p.account = ? AND p.entry_seq BETWEEN ? AND ? ORDER BY p.entry_seq, p.line");
        q.bind(1, std::string(account));
        q.bind(2, fromSeq);
        q.bind(3, toSeq);
        while (q.executeStep())
            lines.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                             q.getColumn(3).getString(), q.getColumn(4).getString(),
                             fromUnixMs(q.getColumn(5).getInt64()), Money::fromFen(q.getColumn(6).getInt64()),
                             Money::fromFen(q.getColumn(7).getInt64())});
    }
    for (const auto& l : lines)
        fn(l);
}

Money WalletLedgerView::balanceBefore(std::string_view account, std::int64_t seq)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT balance_after FROM postings WHERE account = ? AND entry_seq < ? "
                       "ORDER BY entry_seq DESC, line DESC LIMIT 1");
    q.bind(1, std::string(account));
    q.bind(2, seq);
    return q.executeStep() ? Money::fromFen(q.getColumn(0).getInt64()) : Money();
}

}  // namespace cz
