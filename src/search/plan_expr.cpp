#include "search/plan_expr.h"

#include "search/keys.h"

#include <algorithm>
#include <cassert>

namespace cz::search::plan {

Expr Expr::key(const std::string& k)
{
    Expr e(Op::Key);
    e.m_text = "\"" + k + "\"";
    return e;
}

Expr Expr::keyPrefix(const std::string& k)
{
    Expr e(Op::Key);
    e.m_text = "\"" + k + "\"*";
    return e;
}

Expr Expr::combine(Op op, std::vector<Expr> parts)
{
    std::vector<Expr> flat;
    for (auto& p : parts) {
        if (p.m_op == Op::Nothing) {
            if (op == Op::And)
                return nothing();
            continue;
        }
        if (p.m_op == op) {
            for (auto& q : p.m_parts)
                flat.push_back(std::move(q));
        } else {
            flat.push_back(std::move(p));
        }
    }
    std::sort(flat.begin(), flat.end(), [](const Expr& a, const Expr& b) { return a.m_text < b.m_text; });
    flat.erase(std::unique(flat.begin(), flat.end(), [](const Expr& a, const Expr& b) { return a.m_text == b.m_text; }),
               flat.end());
    assert(!(op == Op::And && flat.empty()));  // an empty AND would be "everything": never built
    if (flat.empty())
        return nothing();
    if (flat.size() == 1)
        return std::move(flat.front());
    Expr e(op);
    e.m_text = "(";
    for (std::size_t i = 0; i < flat.size(); ++i) {
        if (i > 0)
            e.m_text += op == Op::And ? " AND " : " OR ";
        e.m_text += flat[i].m_text;
    }
    e.m_text += ")";
    e.m_parts = std::move(flat);
    return e;
}

Expr Expr::allOf(std::vector<Expr> parts) { return combine(Op::And, std::move(parts)); }
Expr Expr::anyOf(std::vector<Expr> parts) { return combine(Op::Or, std::move(parts)); }

Expr anchored(const std::vector<std::string>& keys, Place where)
{
    auto variant = [&](std::string (*twin)(const std::string&)) {
        std::vector<Expr> alts;
        for (const auto& k : keys)
            alts.push_back(Expr::key(twin ? twin(k) : k));
        return Expr::anyOf(std::move(alts));
    };
    if (!where.first && !where.second && !where.last)
        return variant(nullptr);
    std::vector<Expr> all;
    if (where.first)
        all.push_back(variant(&keys::start));
    if (where.second)
        all.push_back(variant(&keys::second));
    if (where.last)
        all.push_back(variant(&keys::end));
    return Expr::allOf(std::move(all));
}

}  // namespace cz::search::plan
