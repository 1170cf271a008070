#include "storage/fee_store.h"

namespace cz {

std::string_view toString(Rounding r)
{
    switch (r) {
    case Rounding::HalfUp: return "half_up";
    case Rounding::HalfEven: return "half_even";
    case Rounding::Down: return "down";
    case Rounding::Up: return "up";
    case Rounding::Floor: return "floor";
    case Rounding::Ceiling: return "ceiling";
    }
    return "half_up";
}

std::optional<Rounding> roundingFromString(std::string_view s)
{
    for (auto r : {Rounding::HalfUp, Rounding::HalfEven, Rounding::Down, Rounding::Up, Rounding::Floor, Rounding::Ceiling})
        if (toString(r) == s)
            return r;
    return std::nullopt;
}

namespace {
FeeRow read(Query& q)
{
    FeeRow f;
    f.scope = q.getColumn(0).getString();
    f.label = q.getColumn(1).getString();
    f.rule.fixed = Money::fromFen(q.getColumn(2).getInt64());
    f.rule.rate = BasisPoints{q.getColumn(3).getInt()};
    f.rule.minimum = Money::fromFen(q.getColumn(4).getInt64());
    if (!q.getColumn(5).isNull())
        f.rule.maximum = Money::fromFen(q.getColumn(5).getInt64());
    f.rule.rounding = roundingFromString(q.getColumn(6).getString()).value_or(Rounding::HalfUp);
    return f;
}
}  // namespace

std::optional<FeeRow> FeeStore::get(const std::string& scope)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT scope, label, fixed_fen, rate_bp, min_fen, max_fen, rounding FROM fee_rules WHERE scope = ?");
    q.bind(1, scope);
    if (!q.executeStep())
        return std::nullopt;
    return read(q);
}

std::vector<FeeRow> FeeStore::list()
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT scope, label, fixed_fen, rate_bp, min_fen, max_fen, rounding FROM fee_rules ORDER BY scope");
    std::vector<FeeRow> out;
    while (q.executeStep())
        out.push_back(read(q));
    return out;
}

void FeeStore::put(const FeeRow& row, TimePoint at, std::optional<std::int64_t> userId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "INSERT INTO fee_rules(scope, label, fixed_fen, rate_bp, min_fen, max_fen, rounding, updated_at, updated_by) "
        "VALUES(?,?,?,?,?,?,?,?,?) ON CONFLICT(scope) DO UPDATE SET label = excluded.label, fixed_fen = excluded.fixed_fen, "
        "rate_bp = excluded.rate_bp, min_fen = excluded.min_fen, max_fen = excluded.max_fen, rounding = excluded.rounding, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by");
    q.bind(1, row.scope);
    q.bind(2, row.label);
    q.bind(3, row.rule.fixed.fen());
    q.bind(4, row.rule.rate.value);
    q.bind(5, row.rule.minimum.fen());
    if (row.rule.maximum)
        q.bind(6, row.rule.maximum->fen());
    q.bind(7, std::string(toString(row.rule.rounding)));
    q.bind(8, toUnixMs(at));
    if (userId)
        q.bind(9, *userId);
    q.exec();
}

}  // namespace cz
