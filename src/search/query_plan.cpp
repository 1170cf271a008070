#include "search/query_plan.h"

#include "search/keys.h"
#include "search/pinyin.h"
#include "search/pinyin_segments.h"
#include "search/plan_expr.h"
#include "search/text.h"

#include <algorithm>

namespace cz::search {

namespace {

using plan::Expr;

// A run of one character class inside a term.
struct Run {
    CharClass cls;
    std::size_t begin;
    std::size_t end;
};

std::vector<Run> runsOf(std::u32string_view term)
{
    std::vector<Run> runs;
    for (std::size_t i = 0; i < term.size(); ++i) {
        const CharClass c = classify(term[i]);
        if (runs.empty() || runs.back().cls != c)
            runs.push_back({c, i, i + 1});
        else
            runs.back().end = i + 1;
    }
    return runs;
}

// Keys every literal occurrence of a hanzi, digit or Latin run implies: adjacent pairs, or the
// single character of a one-character run. If `atStart` the first key is about the name's first
// unit (pair) and the second about its second pair; if `atEnd` the last about its last one.
void literalRunAtoms(std::u32string_view term, const Run& run, bool atStart, bool atEnd, std::vector<Expr>& atoms)
{
    std::vector<std::string> keys;
    if (run.end - run.begin == 1) {
        const char32_t c = term[run.begin];
        if (run.cls == CharClass::Hanzi)
            keys.push_back(keys::hanzi(c));
        else if (run.cls == CharClass::Digit)
            keys.push_back(keys::digit(c));
        else
            keys.push_back(keys::latin(static_cast<char>(c)));
    }
    for (std::size_t i = run.begin; i + 1 < run.end; ++i) {
        const char32_t a = term[i];
        const char32_t b = term[i + 1];
        if (run.cls == CharClass::Hanzi)
            keys.push_back(keys::hanziPair(a, b));
        else if (run.cls == CharClass::Digit)
            keys.push_back(keys::digitPair(a, b));
        else
            keys.push_back(keys::latinPair(static_cast<char>(a), static_cast<char>(b)));
    }
    const bool pairs = run.end - run.begin > 1;
    for (std::size_t i = 0; i < keys.size(); ++i)
        atoms.push_back(
            plan::anchored({keys[i]}, {atStart && i == 0, atStart && pairs && i == 1, atEnd && i + 1 == keys.size()}));
}

// Where two literal runs meet (550ml, 5斤): the pair of units across the boundary.
Expr boundaryAtom(std::u32string_view term, const Run& next)
{
    return Expr::key(keys::mixedPair(term[next.begin - 1], term[next.begin]));
}

// Kind Name: every character consumes an identical unit.
Expr literalExpr(std::u32string_view term, bool atStart)
{
    std::vector<Expr> atoms;
    for (const Run& run : runsOf(term)) {
        literalRunAtoms(term, run, atStart && run.begin == 0, false, atoms);
        if (run.begin > 0)
            atoms.push_back(boundaryAtom(term, run));
    }
    return Expr::allOf(std::move(atoms));
}

// Where a hanzi is followed by letters: one of its readings, then the first letter's unit.
Expr hanziThenLetter(char32_t c, char x)
{
    std::vector<std::string> keys;
    for (auto id : pinyin::readings(c)) {
        const std::string_view r = pinyin::syllable(id);
        keys.push_back(r.size() >= 2 ? keys::readingLead(r, x) : keys::leadPair(r[0], x));
    }
    return keys.empty() ? Expr::nothing() : plan::anchored(keys, {});
}

// The first letters the last piece of a run of letters can have when the run does not end the
// term (the piece is then an initial or a whole syllable), and for each whether it is a syllable.
std::vector<std::pair<std::string_view, bool>> lastPieces(std::string_view run)
{
    std::vector<std::pair<std::string_view, bool>> out;
    out.emplace_back(run.substr(run.size() - 1), false);  // a one-letter initial (or a Latin letter)
    const std::string_view tail2 = run.substr(run.size() - std::min<std::size_t>(run.size(), 2));
    if (tail2 == "zh" || tail2 == "ch" || tail2 == "sh")
        out.emplace_back(tail2, false);
    for (std::size_t k = 2; k <= std::min(run.size(), pinyin::longestSyllable()); ++k)
        if (pinyin::find(run.substr(run.size() - k)))
            out.emplace_back(run.substr(run.size() - k), true);
    return out;
}

// Where letters are followed by a hanzi: the run's last piece, then a unit with one of the
// hanzi's lead letters.
Expr lettersThenHanzi(std::string_view run, char32_t c)
{
    std::string leads;
    for (auto id : pinyin::readings(c))
        if (leads.find(pinyin::syllable(id)[0]) == std::string::npos)
            leads.push_back(pinyin::syllable(id)[0]);
    std::vector<std::string> keys;
    for (char y : leads)
        for (const auto& [piece, syllable] : lastPieces(run))
            keys.push_back(syllable ? keys::readingLead(piece, y) : keys::leadPair(piece[0], y));
    return keys.empty() ? Expr::nothing() : plan::anchored(keys, {});
}

// Where letters are followed by a digit: the run's last piece's lead letter, then the digit.
Expr lettersThenDigit(std::string_view run, char32_t digit)
{
    std::vector<std::string> keys;
    for (const auto& piece : lastPieces(run))
        keys.push_back(keys::leadPair(piece.first[0], static_cast<char>(digit)));
    return plan::anchored(keys, {});
}

// Kind Pinyin: hanzi and digit runs as literally; each letter run through its segmentations; and
// where a letter run meets a hanzi or a digit, the pair of units across the boundary (苹g, ping果,
// x1).
Expr pinyinExpr(std::u32string_view term, bool atStart, bool atEnd)
{
    std::vector<Expr> atoms;
    bool anyLetters = false;
    const auto runs = runsOf(term);
    for (std::size_t k = 0; k < runs.size(); ++k) {
        const Run& run = runs[k];
        const bool first = atStart && run.begin == 0;
        const bool last = atEnd && run.end == term.size();
        if (run.cls != CharClass::Letter) {
            literalRunAtoms(term, run, first, last, atoms);
            if (k > 0 && runs[k - 1].cls != CharClass::Letter)
                atoms.push_back(boundaryAtom(term, run));  // hanzi next to a digit: both literal
            continue;
        }
        anyLetters = true;
        std::string letters;
        for (std::size_t i = run.begin; i < run.end; ++i)
            letters.push_back(static_cast<char>(term[i]));
        atoms.push_back(plan::letterRunExpr(letters, {run.end == term.size(), first, last}));
        if (k > 0 && runs[k - 1].cls == CharClass::Hanzi) {
            Expr boundary = hanziThenLetter(term[run.begin - 1], letters[0]);
            if (!boundary.isNothing())
                atoms.push_back(std::move(boundary));
        }
        if (k > 0 && runs[k - 1].cls == CharClass::Digit)
            atoms.push_back(Expr::key(keys::leadPair(static_cast<char>(term[run.begin - 1]), letters[0])));
        if (k + 1 < runs.size() && runs[k + 1].cls == CharClass::Hanzi && !pinyin::readings(term[run.end]).empty())
            atoms.push_back(lettersThenHanzi(letters, term[run.end]));
        if (k + 1 < runs.size() && runs[k + 1].cls == CharClass::Digit)
            atoms.push_back(lettersThenDigit(letters, term[run.end]));
    }
    return anyLetters ? Expr::allOf(std::move(atoms)) : Expr::nothing();
}

// Kind OtherField: the English name and the codes.
Expr otherFieldExpr(std::u32string_view term, MatchTier tier)
{
    std::string ascii;
    for (char32_t c : term) {
        if (classify(c) == CharClass::Hanzi)
            return Expr::nothing();
        ascii.push_back(static_cast<char>(c));
    }
    std::vector<Expr> ways;
    switch (tier) {
    case MatchTier::Exact:
        ways.push_back(Expr::key(keys::englishWhole(ascii)));
        break;
    case MatchTier::Prefix:
        ways.push_back(ascii.size() > keys::kEnglishPrefixMax ? Expr::keyPrefix(keys::englishFirstLongWord(ascii))
                                                              : Expr::key(keys::englishFirstPrefix(ascii)));
        break;
    case MatchTier::Substring:
        ways.push_back(ascii.size() > keys::kEnglishPrefixMax ? Expr::keyPrefix(keys::englishLongWord(ascii))
                                                              : Expr::key(keys::englishPrefix(ascii)));
        break;
    }
    const bool digits = std::all_of(ascii.begin(), ascii.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits && ascii.size() >= kMinCodeTermDigits) {
        if (tier == MatchTier::Exact) {
            ways.push_back(Expr::key(keys::codeWhole(ascii)));
        } else {
            // Trigrams every three digits from the end (any subset of a term's trigrams is a
            // necessary condition): few keys, each selective, and the 69… every Chinese barcode
            // starts with left out unless the term is short. The prefix pass anchors the first.
            std::vector<Expr> grams;
            const std::string_view s(ascii);
            std::vector<std::size_t> at;
            for (std::size_t p = s.size() - 3;; p -= 3) {
                at.push_back(p);
                if (p < 3)
                    break;
            }
            if (at.size() < 2 && at.back() != 0)
                at.push_back(0);
            if (tier == MatchTier::Prefix)
                grams.push_back(Expr::key(keys::codeFirstTrigram(s.substr(0, 3))));
            for (std::size_t p : at)
                if (p != 0 || tier != MatchTier::Prefix)
                    grams.push_back(Expr::key(keys::codeTrigram(s.substr(p, 3))));
            ways.push_back(Expr::allOf(std::move(grams)));
        }
    }
    return Expr::anyOf(std::move(ways));
}

// A non-lead term only has to match somewhere, in any way.
Expr anywhereExpr(std::u32string_view term)
{
    return Expr::anyOf(
        {literalExpr(term, false), otherFieldExpr(term, MatchTier::Substring), pinyinExpr(term, false, false)});
}

}  // namespace

std::vector<PlanPass> planQuery(const Query& query)
{
    std::vector<PlanPass> passes;
    if (query.terms.empty())
        return passes;
    const std::u32string& lead = query.terms[0];
    std::vector<Expr> others;
    for (std::size_t k = 1; k < query.terms.size(); ++k)
        others.push_back(anywhereExpr(query.terms[k]));
    // Literally, the term takes one unit per character; through pinyin at least one per hanzi,
    // digit and run of letters, at most one per character.
    const auto chars = static_cast<std::int32_t>(lead.size());
    std::int32_t minUnits = 0;
    for (const Run& run : runsOf(lead))
        minUnits += run.cls == CharClass::Letter ? 1 : static_cast<std::int32_t>(run.end - run.begin);

    auto add = [&](MatchRank rank, Expr condition, std::int32_t minLength, std::int32_t maxLength,
                   std::int32_t exactMaxLength) {
        std::vector<Expr> all = others;
        all.push_back(std::move(condition));
        const Expr e = Expr::allOf(std::move(all));
        if (e.isNothing())
            return;
        PlanPass p;
        p.rank = rank;
        p.exactMaxLength = exactMaxLength;
        p.match = e.render();
        p.minLength = minLength;
        p.maxLength = maxLength;
        passes.push_back(std::move(p));
    };
    constexpr std::int32_t kAny = kMaxRankedNameLength;
    // Literally at the name's start: Exact while the name is as long as the term, then Prefix.
    add({MatchTier::Exact, MatchKind::Name}, literalExpr(lead, true), chars, kAny, chars);
    add({MatchTier::Exact, MatchKind::OtherField}, otherFieldExpr(lead, MatchTier::Exact), 0, kAny, kAny);
    // Through pinyin the name's length says less, so exact matches get their own pass: anchored
    // at both ends of the name.
    add({MatchTier::Exact, MatchKind::Pinyin}, pinyinExpr(lead, true, true), minUnits, chars, kAny);
    add({MatchTier::Prefix, MatchKind::OtherField}, otherFieldExpr(lead, MatchTier::Prefix), 0, kAny, kAny);
    add({MatchTier::Prefix, MatchKind::Pinyin}, pinyinExpr(lead, true, false), minUnits, kAny, kAny);
    // Anywhere else: after the first unit, so the name is at least one unit longer.
    add({MatchTier::Substring, MatchKind::Name}, literalExpr(lead, false), chars + 1, kAny, kAny);
    add({MatchTier::Substring, MatchKind::OtherField}, otherFieldExpr(lead, MatchTier::Substring), 0, kAny, kAny);
    add({MatchTier::Substring, MatchKind::Pinyin}, pinyinExpr(lead, false, false), minUnits + 1, kAny, kAny);
    return passes;
}

}  // namespace cz::search
