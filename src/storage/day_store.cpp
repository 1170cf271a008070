#include "storage/day_store.h"

namespace cz {

namespace {

DayRecord read(Query& q)
{
    DayRecord r;
    r.day = BusinessDay::parse(q.getColumn(0).getString()).value_or(BusinessDay());
    r.open = q.getColumn(1).getString() == "open";
    r.openedAt = fromUnixMs(q.getColumn(2).getInt64());
    r.openedBy = q.getColumn(3).getInt64();
    r.openOpId = q.getColumn(4).getString();
    r.openCount = decodeCount(q.getColumn(5).getString());
    r.openTotal = Money::fromFen(q.getColumn(6).getInt64());
    if (!q.getColumn(7).isNull())
        r.closedAt = fromUnixMs(q.getColumn(7).getInt64());
    if (!q.getColumn(8).isNull())
        r.closedBy = q.getColumn(8).getInt64();
    r.closeOpId = q.getColumn(9).getString();
    r.closeCount = decodeCount(q.getColumn(10).getString());
    r.closeTotal = Money::fromFen(q.getColumn(11).getInt64());
    r.closeNote = q.getColumn(12).getString();
    return r;
}

}  // namespace

std::optional<DayRecord> DayStore::one(const char* sql, const std::string& arg)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(sql);
    if (!arg.empty())
        q.bind(1, arg);
    if (!q.executeStep())
        return std::nullopt;
    return read(q);
}

#define CZ_DAY_SELECT(where)                                                                                         \
    "SELECT day, state, opened_at, opened_by, open_op_id, open_count, open_total, closed_at, closed_by, "            \
    "coalesce(close_op_id, ''), coalesce(close_count, ''), coalesce(close_total, 0), coalesce(close_note, '') "      \
    "FROM business_days " where

std::optional<DayRecord> DayStore::openDay() { return one(CZ_DAY_SELECT("WHERE state = 'open'"), {}); }
std::optional<DayRecord> DayStore::day(const BusinessDay& d) { return one(CZ_DAY_SELECT("WHERE day = ?"), d.toString()); }
std::optional<DayRecord> DayStore::lastClosed()
{
    return one(CZ_DAY_SELECT("WHERE state = 'closed' ORDER BY day DESC LIMIT 1"), {});
}
std::optional<DayRecord> DayStore::byOpenOpId(const std::string& opId)
{
    return one(CZ_DAY_SELECT("WHERE open_op_id = ?"), opId);
}
std::optional<DayRecord> DayStore::byCloseOpId(const std::string& opId)
{
    return one(CZ_DAY_SELECT("WHERE close_op_id = ?"), opId);
}

std::vector<DayRecord> DayStore::recent(int limit)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(CZ_DAY_SELECT("ORDER BY day DESC LIMIT ?"));
    q.bind(1, limit);
    std::vector<DayRecord> out;
    while (q.executeStep())
        out.push_back(read(q));
    return out;
}

#undef CZ_DAY_SELECT

void DayStore::insertOpen(const BusinessDay& d, TimePoint at, std::int64_t userId, const std::string& opId,
                          const DenominationCount& count, Money total)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "INSERT INTO business_days(day, state, opened_at, opened_by, open_op_id, open_count, open_total) "
        "VALUES(?, 'open', ?, ?, ?, ?, ?)");
    q.bind(1, d.toString());
    q.bind(2, toUnixMs(at));
    q.bind(3, userId);
    q.bind(4, opId);
    q.bind(5, encodeCount(count));
    q.bind(6, total.fen());
    q.exec();
}

void DayStore::markClosed(const BusinessDay& d, TimePoint at, std::int64_t userId, const std::string& opId,
                          const DenominationCount& count, Money total, const std::string& note)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "UPDATE business_days SET state = 'closed', closed_at = ?, closed_by = ?, close_op_id = ?, close_count = ?, "
        "close_total = ?, close_note = ? WHERE day = ? AND state = 'open'");
    q.bind(1, toUnixMs(at));
    q.bind(2, userId);
    q.bind(3, opId);
    q.bind(4, encodeCount(count));
    q.bind(5, total.fen());
    q.bind(6, note);
    q.bind(7, d.toString());
    q.exec();
}

}  // namespace cz
