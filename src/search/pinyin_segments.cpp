#include "search/pinyin_segments.h"

#include "search/keys.h"
#include "search/pinyin.h"

#include <algorithm>
#include <cassert>
#include <map>
#include <optional>
#include <vector>

namespace cz::search::plan {

namespace {

// More segmentations than this and they are cut shorter (see letterRunExpr).
constexpr std::size_t kMaxClauses = 24;
// A syllable prefix with more completions than this is not worth a key of its own.
constexpr std::size_t kMaxCompletionKeys = 8;
// Keys allowed in the end condition shared by cut-short segmentations.
constexpr std::size_t kMaxEndKeys = 64;

bool isZhChSh(std::string_view p)
{
    return p.size() == 2 && p[1] == 'h' && (p[0] == 'z' || p[0] == 'c' || p[0] == 's');
}

std::vector<std::string_view> completionsOf(std::string_view prefix)
{
    std::vector<std::string_view> out;
    const auto range = pinyin::completions(prefix);
    for (auto id = range.first; id < range.last; ++id)
        out.push_back(pinyin::syllable(id));
    return out;
}

std::vector<std::string> readingKeys(const std::vector<std::string_view>& syllables)
{
    std::vector<std::string> keys;
    for (auto s : syllables)
        keys.push_back(keys::reading(s));
    return keys;
}

enum class PieceKind {
    Initial,  ///< one letter, or zh/ch/sh: the unit has a reading starting with it
    Full,  ///< 2+ letters, not the term's end: the unit has exactly this reading
    LastPrefix,  ///< the term's last piece: the unit has a reading starting with it
};

struct Piece {
    std::string_view text;
    PieceKind kind;
};

// One segmentation, possibly cut short: then `next` is where the first dropped piece starts.
struct Segmentation {
    std::vector<Piece> pieces;
    std::optional<char> next;
};

class Segmenter final {
public:
    Segmenter(std::string_view run, bool endsTerm, std::size_t depthLimit)
        : m_run(run)
        , m_endsTerm(endsTerm)
        , m_depthLimit(depthLimit)
    {
    }

    // False if there were more than kMaxClauses.
    bool run()
    {
        walk(0);
        return !m_overflow;
    }
    std::vector<Segmentation> take() { return std::move(m_out); }

private:
    std::optional<PieceKind> kindOf(std::size_t o, std::size_t k) const
    {
        const std::string_view p = m_run.substr(o, k);
        if (o + k == m_run.size() && m_endsTerm)
            return pinyin::completions(p).empty() ? std::nullopt : std::optional(PieceKind::LastPrefix);
        if (k == 1 || isZhChSh(p))  // a Latin letter unit is its own initial, so any letter will do
            return PieceKind::Initial;
        return pinyin::find(p) ? std::optional(PieceKind::Full) : std::nullopt;
    }

    void walk(std::size_t o)
    {
        if (m_overflow)
            return;
        if (m_current.pieces.size() == m_depthLimit) {
            m_current.next = m_run[o];
            emit();
            m_current.next.reset();
            return;
        }
        const std::size_t maxLen = std::min(pinyin::longestSyllable(), m_run.size() - o);
        for (std::size_t k = 1; k <= maxLen && !m_overflow; ++k) {
            const auto kind = kindOf(o, k);
            if (!kind)
                continue;
            m_current.pieces.push_back({m_run.substr(o, k), *kind});
            if (o + k == m_run.size())
                emit();
            else
                walk(o + k);
            m_current.pieces.pop_back();
        }
    }

    void emit()
    {
        if (m_out.size() >= kMaxClauses)
            m_overflow = true;
        else
            m_out.push_back(m_current);
    }

    std::string_view m_run;
    bool m_endsTerm;
    std::size_t m_depthLimit;
    bool m_overflow = false;
    Segmentation m_current;
    std::vector<Segmentation> m_out;
};

// The keys one piece implies about its own unit.
std::vector<std::string> pieceKeys(const Piece& p)
{
    if (p.kind == PieceKind::Full)
        return {keys::reading(p.text)};
    return readingKeys(completionsOf(p.text));
}

// The keys two consecutive pieces imply about their two units, the most selective that hold.
// `impliesB`: whether these keys also carry everything pieceKeys(b) would.
std::vector<std::string> pairKeys(const Piece& a, const Piece& b, bool& impliesB)
{
    impliesB = false;
    if (a.kind == PieceKind::Full) {
        if (b.kind == PieceKind::Full) {
            impliesB = true;
            return {keys::readingPair(a.text, b.text)};
        }
        if (b.kind == PieceKind::LastPrefix && b.text.size() >= 2) {
            const auto c = completionsOf(b.text);
            if (c.size() <= kMaxCompletionKeys) {
                impliesB = true;
                std::vector<std::string> out;
                for (auto s : c)
                    out.push_back(keys::readingPair(a.text, s));
                return out;
            }
        }
        return {keys::readingLead(a.text, b.text[0])};
    }
    return {keys::leadPair(a.text[0], b.text[0])};
}

std::vector<Expr> clauseAtoms(const Segmentation& s, const RunPlace& place)
{
    std::vector<Expr> atoms;
    const auto& ps = s.pieces;
    const std::size_t d = ps.size();
    const bool complete = !s.next;
    bool lastImplied = false;
    // With both ends anchored (the exact pass) the anchored keys plus the length limit select
    // enough; leaving out the middle of long clauses saves FTS5 lookups.
    const bool anchorsOnly = place.atNameStart && place.atNameEnd;
    for (std::size_t j = 0; j + 1 < d; ++j) {
        bool implies = false;
        const auto keys = pairKeys(ps[j], ps[j + 1], implies);
        const bool lastPair = j + 2 == d;
        const Place where{place.atNameStart && j == 0, place.atNameStart && j == 1,
                          place.atNameEnd && complete && lastPair};
        if (!anchorsOnly || where.first || where.second || where.last)
            atoms.push_back(anchored(keys, where));
        if (lastPair)
            lastImplied = implies;
    }
    if (!complete) {  // the pair to the first dropped piece
        const Piece& a = ps.back();
        const std::string key
            = a.kind == PieceKind::Full ? keys::readingLead(a.text, *s.next) : keys::leadPair(a.text[0], *s.next);
        atoms.push_back(anchored({key}, {place.atNameStart && d == 1, place.atNameStart && d == 2, false}));
        return atoms;
    }
    const Piece& last = ps.back();
    if (d == 1) {  // a single piece: its own keys are all there is
        atoms.push_back(anchored(pieceKeys(last), {place.atNameStart, false, place.atNameEnd}));
        return atoms;
    }
    // A last piece's own keys add something unless the pair already implies them or they are
    // too many to be selective.
    if (!lastImplied && last.kind != PieceKind::Initial && !anchorsOnly) {
        const auto keys = pieceKeys(last);
        if (keys.size() <= kMaxCompletionKeys)
            atoms.push_back(anchored(keys, {}));
    }
    return atoms;
}

// For segmentations cut short: the run's last unit has a reading that starts with one of the
// run's possible last pieces. Nothing if that takes too many keys.
Expr runEndExpr(std::string_view run, bool endsTerm)
{
    std::vector<std::string> keys;
    for (std::size_t o = run.size() - std::min(run.size(), pinyin::longestSyllable()); o < run.size(); ++o) {
        const std::string_view p = run.substr(o);
        std::vector<std::string_view> readings;
        if (endsTerm || p.size() == 1 || isZhChSh(p))
            readings = completionsOf(p);
        else if (pinyin::find(p))
            readings.push_back(p);
        for (auto r : readings)
            keys.push_back(keys::reading(r));
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    if (keys.empty() || keys.size() > kMaxEndKeys)
        return Expr::nothing();
    return anchored(keys, {false, false, true});
}

// Drops clauses implied by another: if A's atoms are a subset of B's, B ⊂ A and A ∨ B = A.
std::vector<std::vector<Expr>> prune(std::vector<std::vector<Expr>> clauses)
{
    auto text = [](const std::vector<Expr>& c) {
        std::vector<std::string> t;
        for (const auto& e : c)
            t.push_back(e.render());
        std::sort(t.begin(), t.end());
        t.erase(std::unique(t.begin(), t.end()), t.end());
        return t;
    };
    std::vector<std::pair<std::vector<std::string>, std::vector<Expr>>> keyed;
    for (auto& c : clauses)
        keyed.emplace_back(text(c), std::move(c));
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        return a.first.size() != b.first.size() ? a.first.size() < b.first.size() : a.first < b.first;
    });
    std::vector<std::pair<std::vector<std::string>, std::vector<Expr>>> kept;
    for (auto& c : keyed) {
        const bool implied = std::any_of(kept.begin(), kept.end(), [&](const auto& k) {
            return std::includes(c.first.begin(), c.first.end(), k.first.begin(), k.first.end());
        });
        if (!implied)
            kept.push_back(std::move(c));
    }
    std::vector<std::vector<Expr>> out;
    for (auto& k : kept)
        out.push_back(std::move(k.second));
    return out;
}

// OR of the clauses (each an AND of atoms), with atoms shared by several clauses taken out:
// (A ∧ B) ∨ (A ∧ C) = A ∧ (B ∨ C). The same condition, but FTS5 opens one iterator per key it
// is given, so fewer repetitions mean fewer lookups.
Expr factor(std::vector<std::vector<Expr>> clauses)
{
    if (clauses.size() == 1)
        return Expr::allOf(std::move(clauses.front()));
    std::map<std::string, std::size_t> uses;
    for (const auto& c : clauses)
        for (const auto& a : c)
            ++uses[a.render()];
    const auto most = std::max_element(uses.begin(), uses.end(),
                                       [](const auto& x, const auto& y) { return x.second < y.second; });
    if (most->second < 2) {
        std::vector<Expr> ors;
        for (auto& c : clauses)
            ors.push_back(Expr::allOf(std::move(c)));
        return Expr::anyOf(std::move(ors));
    }
    const std::string shared = most->first;
    std::optional<Expr> atom;
    std::vector<std::vector<Expr>> with;
    std::vector<std::vector<Expr>> without;
    bool withEverything = false;  // a clause that was only the shared atom
    for (auto& c : clauses) {
        const auto it = std::find_if(c.begin(), c.end(), [&](const Expr& a) { return a.render() == shared; });
        if (it == c.end()) {
            without.push_back(std::move(c));
            continue;
        }
        atom = *it;
        c.erase(it);
        if (c.empty())
            withEverything = true;
        else
            with.push_back(std::move(c));
    }
    std::vector<Expr> parts = {withEverything ? *atom : Expr::allOf({*atom, factor(std::move(with))})};
    if (!without.empty())
        parts.push_back(factor(std::move(without)));
    return Expr::anyOf(std::move(parts));
}

}  // namespace

Expr letterRunExpr(std::string_view letters, RunPlace place)
{
    assert(!letters.empty());
    // Every segmentation if there are few; otherwise only the first pieces of each (a shorter
    // prefix of a segmentation implies fewer keys, so the condition stays necessary).
    std::vector<Segmentation> segs;
    bool cut = false;
    for (std::size_t depth : {letters.size(), std::size_t{4}, std::size_t{3}, std::size_t{2}, std::size_t{1}}) {
        if (depth > letters.size())
            continue;
        Segmenter s(letters, place.endsTerm, depth);
        const bool complete = s.run();
        segs = s.take();
        cut = depth < letters.size();
        if (complete)
            break;
    }
    std::vector<std::vector<Expr>> clauses;
    for (const auto& s : segs)
        clauses.push_back(clauseAtoms(s, place));
    Expr e = factor(prune(std::move(clauses)));
    // Cut-short segmentations lost their end anchor; put a common one back.
    if (cut && place.atNameEnd) {
        Expr end = runEndExpr(letters, place.endsTerm);
        if (!end.isNothing())
            e = Expr::allOf({std::move(e), std::move(end)});
    }
    return e;
}

}  // namespace cz::search::plan
