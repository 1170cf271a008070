#pragma once
// A tiny FTS5 boolean expression tree for the query planner. Pure C++: no SQLite, no Qt.

#include <string>
#include <vector>

namespace cz::search::plan {

/// An FTS5 boolean expression over keys. Built already simplified (flattened, deduplicated,
/// children sorted), so equal conditions render equally — the clause pruning relies on that.
class Expr final {
public:
    static Expr key(const std::string& k);
    /// Every key that starts with `k` (an FTS5 prefix query; cheap only when few keys do).
    static Expr keyPrefix(const std::string& k);
    static Expr allOf(std::vector<Expr> parts);  ///< AND; "nothing" if any part is
    static Expr anyOf(std::vector<Expr> parts);  ///< OR; "nothing" if no part is something
    static Expr nothing() { return Expr(Op::Nothing); }

    [[nodiscard]] bool isNothing() const { return m_op == Op::Nothing; }
    /// FTS5 query syntax, e.g. ("ppg" AND ("yguo" OR "yguan")).
    [[nodiscard]] const std::string& render() const { return m_text; }

private:
    enum class Op { Nothing, Key, And, Or };
    explicit Expr(Op op)
        : m_op(op)
    {
    }
    static Expr combine(Op op, std::vector<Expr> parts);

    Op m_op;
    std::vector<Expr> m_parts;
    std::string m_text;
};

/// Where in the name a key must hold: its first unit (or pair), its second pair, its last unit (or
/// pair) — the s…, u…, t… twins of keys.h — any combination, or anywhere.
struct Place {
    bool first = false;
    bool second = false;
    bool last = false;
};

/// "One of `keys`, at `where`". Nothing if `keys` is empty.
Expr anchored(const std::vector<std::string>& keys, Place where);

}  // namespace cz::search::plan
