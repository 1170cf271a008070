#include "storage/reports/report_store.h"

#include <mutex>
#include <string_view>
#include <unordered_map>

namespace cz {

namespace {

TotalsRow readRow(Query& q)
{
    TotalsRow r;
    r.day = q.getColumn(0).getString();
    r.kind = q.getColumn(1).getString();
    r.account = q.getColumn(2).getString();
    r.userId = q.getColumn(3).getInt64();
    r.debitFen = q.getColumn(4).getInt64();
    r.creditFen = q.getColumn(5).getInt64();
    r.n = q.getColumn(6).getInt64();
    return r;
}

}  // namespace

std::vector<TotalsRow> ReportStore::aggregate(std::int64_t lo, std::int64_t hi)
{
    std::vector<TotalsRow> out;
    if (hi < lo)
        return out;
    // One pass over the postings in seq order, summed in a hash map: cheaper than SQL's GROUP BY,
    // which sorts every posting by text keys. An entry's postings are consecutive, so its header
    // (day, kind, user) is read once per entry.
    std::unordered_map<std::string, std::size_t> index;
    std::string key;
    auto slot = [&](const std::string& day, const std::string& kind, std::string_view account, std::int64_t uid) -> TotalsRow& {
        key.assign(day).append(1, '\x1f').append(kind).append(1, '\x1f').append(account).append(1, '\x1f');
        key.append(std::to_string(uid));
        auto [it, added] = index.try_emplace(key, out.size());
        if (added)
            out.push_back(TotalsRow{day, kind, std::string(account), uid, 0, 0, 0});
        return out[it->second];
    };
    ReadTransaction rt(m_db);
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "SELECT p.entry_seq, e.business_day, e.kind, coalesce(e.user_id, 0), p.account, p.amount "
        "FROM postings p JOIN entries e ON e.seq = p.entry_seq WHERE p.entry_seq BETWEEN ? AND ?");
    q.bind(1, lo);
    q.bind(2, hi);
    std::int64_t seq = 0;
    std::string day, kind;
    std::int64_t uid = 0;
    while (q.executeStep()) {
        const std::int64_t s = q.getColumn(0).getInt64();
        if (s != seq) {
            seq = s;
            day = q.getColumn(1).getString();
            kind = q.getColumn(2).getString();
            uid = q.getColumn(3).getInt64();
            slot(day, kind, {}, uid).n += 1;  // the entry count row
        }
        const char* acc = q.getColumn(4).getText();
        std::string_view account(acc);
        if (const auto colon = account.find(':'); colon != std::string_view::npos)
            account = account.substr(0, colon);
        const std::int64_t amount = q.getColumn(5).getInt64();
        TotalsRow& r = slot(day, kind, account, uid);
        if (amount > 0)
            r.debitFen += amount;
        else
            r.creditFen -= amount;
        r.n += 1;
    }
    return out;
}

void ReportStore::saveTotals(const std::vector<TotalsRow>& rows)
{
    std::lock_guard lock(m_db.mutex());
    for (const auto& r : rows) {
        auto q = m_db.stmt(
            "INSERT INTO day_totals(business_day, kind, account, user_id, debit_fen, credit_fen, n) "
            "VALUES(?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, r.day);
        q.bind(2, r.kind);
        q.bind(3, r.account);
        q.bind(4, r.userId);
        q.bind(5, r.debitFen);
        q.bind(6, r.creditFen);
        q.bind(7, r.n);
        q.exec();
    }
}

std::vector<TotalsRow> ReportStore::storedTotals(const BusinessDay& from, const BusinessDay& to)
{
    std::vector<TotalsRow> out;
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "SELECT business_day, kind, account, user_id, debit_fen, credit_fen, n FROM day_totals "
        "WHERE business_day BETWEEN ? AND ?");
    q.bind(1, from.toString());
    q.bind(2, to.toString());
    while (q.executeStep())
        out.push_back(readRow(q));
    return out;
}

std::vector<BusinessDay> ReportStore::snapshotDays(const BusinessDay& from, const BusinessDay& to)
{
    std::vector<BusinessDay> out;
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT business_day FROM z_reports WHERE business_day BETWEEN ? AND ? ORDER BY business_day");
    q.bind(1, from.toString());
    q.bind(2, to.toString());
    while (q.executeStep())
        if (auto d = BusinessDay::parse(q.getColumn(0).getString()))
            out.push_back(*d);
    return out;
}

void ReportStore::insertZ(const BusinessDay& day, std::int64_t receiptNumber, TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("INSERT INTO z_reports(business_day, receipt_number, created_at) VALUES(?, ?, ?)");
    q.bind(1, day.toString());
    q.bind(2, receiptNumber);
    q.bind(3, toUnixMs(at));
    q.exec();
}

std::optional<std::int64_t> ReportStore::zReceipt(const BusinessDay& day)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT receipt_number FROM z_reports WHERE business_day = ?");
    q.bind(1, day.toString());
    if (!q.executeStep())
        return std::nullopt;
    return q.getColumn(0).getInt64();
}

std::vector<BusinessDay> ReportStore::zDays(int limit)
{
    std::vector<BusinessDay> out;
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT business_day FROM z_reports ORDER BY business_day DESC LIMIT ?");
    q.bind(1, limit);
    while (q.executeStep())
        if (auto d = BusinessDay::parse(q.getColumn(0).getString()))
            out.push_back(*d);
    return out;
}

std::vector<ProductTotal> ReportStore::topProducts(const BusinessDay& from, const BusinessDay& to, int limit)
{
    std::vector<ProductTotal> out;
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "SELECT l.product_id, max(l.name), sum(l.quantity), sum(l.quantity * l.unit_price_fen) AS amount "
        "FROM orders o JOIN order_lines l ON l.order_id = o.order_id "
        "WHERE o.business_day BETWEEN ? AND ? AND o.state NOT IN ('voided', 'refund_due', 'refunded') "
        "GROUP BY l.product_id ORDER BY amount DESC, l.product_id LIMIT ?");
    q.bind(1, from.toString());
    q.bind(2, to.toString());
    q.bind(3, limit);
    while (q.executeStep())
        out.push_back(ProductTotal{q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getInt64(),
                                   q.getColumn(3).getInt64()});
    return out;
}

std::vector<StateCount> ReportStore::ordersByState(const BusinessDay& from, const BusinessDay& to)
{
    std::vector<StateCount> out;
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "SELECT state, count(*), sum(goods_fen) FROM orders WHERE business_day BETWEEN ? AND ? "
        "GROUP BY state ORDER BY state");
    q.bind(1, from.toString());
    q.bind(2, to.toString());
    while (q.executeStep())
        out.push_back(StateCount{q.getColumn(0).getString(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64()});
    return out;
}

SellerActivity ReportStore::sellers(TimePoint since)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "SELECT count(DISTINCT farmer_id), coalesce(sum(gross_fen), 0) FROM consignment_sales WHERE sold_at >= ?");
    q.bind(1, toUnixMs(since));
    SellerActivity a;
    if (q.executeStep()) {
        a.activeSellers = q.getColumn(0).getInt64();
        a.grossFen = q.getColumn(1).getInt64();
    }
    return a;
}

}  // namespace cz
