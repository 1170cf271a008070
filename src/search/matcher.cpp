#include "search/matcher.h"

#include "search/text.h"

#include <algorithm>

namespace cz::search {

namespace {

bool isZhChSh(std::string_view r)
{
    return r.size() >= 2 && r[1] == 'h' && (r[0] == 'z' || r[0] == 'c' || r[0] == 's');
}

// term[i, i + s.size()) == s, where s is ASCII.
bool equalsAt(std::u32string_view term, std::size_t i, std::string_view s)
{
    if (i + s.size() > term.size())
        return false;
    for (std::size_t k = 0; k < s.size(); ++k)
        if (term[i + k] != static_cast<char32_t>(static_cast<unsigned char>(s[k])))
            return false;
    return true;
}

// One search state of the alignment: the first i term characters consumed units [start, u);
// literal while no reading has been used.
struct State {
    std::uint32_t i;
    std::uint32_t u;
    bool literal;
};

// Best rank of `term` against the name units (definition 1 in matcher.h). A depth-first walk over
// (term position, unit position, literal) states from every start unit; a stamp per state (rather
// than clearing a bitmap per start) keeps a miss cheap, which is what brute force mostly does.
std::optional<MatchRank> matchName(std::u32string_view term, const PreparedDocument& doc)
{
    const std::size_t t = term.size();
    const std::size_t n = doc.units.size();
    if (t == 0 || n == 0)
        return std::nullopt;
    const char32_t first = term[0];
    const bool firstIsLetter = classify(first) == CharClass::Letter;

    thread_local std::vector<std::uint32_t> seen;
    thread_local std::uint32_t stamp = 0;
    const std::size_t states = (t + 1) * (n + 1) * 2;
    if (seen.size() < states)
        seen.assign(states, 0);
    thread_local std::vector<State> stack;
    stack.clear();

    std::optional<MatchRank> best;
    for (std::size_t p = 0; p < n; ++p) {
        // Quick rejection of start units the first character cannot consume.
        const char32_t unit = doc.units[p];
        if (unit != first) {
            if (!firstIsLetter || classify(unit) != CharClass::Hanzi)
                continue;
            bool any = false;
            for (auto id : doc.readings[p])
                any = any || static_cast<char32_t>(pinyin::syllable(id)[0]) == first;
            if (!any)
                continue;
        }
        if (++stamp == 0) {  // wrapped: old stamps could collide
            std::fill(seen.begin(), seen.end(), 0);
            stamp = 1;
        }
        auto push = [&](std::size_t i, std::size_t u, bool literal) {
            const std::size_t key = ((i * (n + 1)) + u) * 2 + (literal ? 1 : 0);
            if (seen[key] == stamp)
                return;
            seen[key] = stamp;
            stack.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(u), literal});
        };
        push(0, p, true);
        while (!stack.empty()) {
            const State s = stack.back();
            stack.pop_back();
            if (s.i == t) {
                const MatchTier tier = p > 0 ? MatchTier::Substring : (s.u == n ? MatchTier::Exact : MatchTier::Prefix);
                const MatchRank r{tier, s.literal ? MatchKind::Name : MatchKind::Pinyin};
                if (!best || r < *best)
                    best = r;
                continue;
            }
            if (s.u >= n)
                continue;
            const char32_t c = term[s.i];
            const char32_t u = doc.units[s.u];
            if (c == u) {  // the same hanzi, digit or Latin letter
                push(s.i + 1, s.u + 1, s.literal);
                continue;
            }
            if (classify(c) != CharClass::Letter || classify(u) != CharClass::Hanzi)
                continue;
            for (auto id : doc.readings[s.u]) {
                const std::string_view r = pinyin::syllable(id);
                if (static_cast<char32_t>(r[0]) != c)
                    continue;
                push(s.i + 1, s.u + 1, false);  // the initial
                if (isZhChSh(r) && s.i + 1 < t && term[s.i + 1] == U'h')
                    push(s.i + 2, s.u + 1, false);  // zh / ch / sh
                if (equalsAt(term, s.i, r))
                    push(s.i + r.size(), s.u + 1, false);  // the full syllable
                if (t - s.i <= r.size() && equalsAt(term, s.i, r.substr(0, t - s.i)))
                    push(t, s.u + 1, false);  // the term ends inside this syllable
            }
        }
        // A start further right can only give Substring: stop once nothing better is possible.
        if (best && (p == 0 || *best == MatchRank{MatchTier::Substring, MatchKind::Name}))
            break;
    }
    return best;
}

// The term as ASCII, if it is only letters and digits (only then can it match English or codes).
std::optional<std::string> asciiTerm(std::u32string_view term)
{
    std::string out;
    for (char32_t c : term) {
        if (c > 0x7F)
            return std::nullopt;
        out.push_back(static_cast<char>(c));
    }
    return out;
}

void improve(std::optional<MatchRank>& best, MatchTier tier, MatchKind kind)
{
    const MatchRank r{tier, kind};
    if (!best || r < *best)
        best = r;
}

}  // namespace

std::int32_t PreparedDocument::rankedLength() const
{
    return static_cast<std::int32_t>(std::min<std::size_t>(units.size(), kMaxRankedNameLength));
}

PreparedDocument prepareDocument(std::string_view name, std::string_view english, std::span<const std::string> codes)
{
    PreparedDocument d;
    d.units = nameUnits(name);
    d.readings.reserve(d.units.size());
    for (char32_t u : d.units)
        d.readings.push_back(pinyin::readings(u));
    d.englishWords = englishWords(english);
    for (const auto& c : codes) {
        auto digits = codeDigits(c);
        if (!digits.empty())
            d.codes.push_back(std::move(digits));
    }
    return d;
}

PreparedDocument prepareDocument(const Document& doc) { return prepareDocument(doc.name, doc.english, doc.codes); }

void prepareDocumentInto(PreparedDocument& out, std::string_view name, std::string_view english, std::string_view codes)
{
    out.units = nameUnits(name);
    out.readings.clear();
    for (char32_t u : out.units)
        out.readings.push_back(pinyin::readings(u));
    out.englishWords.clear();
    if (!english.empty())
        out.englishWords = englishWords(english);
    out.codes.clear();
    std::size_t i = 0;
    while (i < codes.size()) {
        const auto sp = codes.find(' ', i);
        const auto end = sp == std::string_view::npos ? codes.size() : sp;
        if (end > i)
            out.codes.emplace_back(codes.substr(i, end - i));
        i = end + 1;
    }
}

bool Query::usesOtherFields() const
{
    return std::any_of(terms.begin(), terms.end(), [](const std::u32string& t) {
        return std::none_of(t.begin(), t.end(), [](char32_t c) { return classify(c) == CharClass::Hanzi; });
    });
}

Query parseQuery(std::string_view utf8) { return Query{queryTerms(utf8)}; }

std::optional<MatchRank> matchTerm(std::u32string_view term, const PreparedDocument& doc)
{
    std::optional<MatchRank> best = matchName(term, doc);
    if (best && *best == MatchRank{MatchTier::Exact, MatchKind::Name})
        return best;  // the best there is
    const auto ascii = asciiTerm(term);
    if (!ascii)
        return best;
    const auto& words = doc.englishWords;
    for (std::size_t j = 0; j < words.size(); ++j) {
        if (words[j].compare(0, ascii->size(), *ascii) != 0)
            continue;
        const bool whole = words.size() == 1 && words[j].size() == ascii->size();
        improve(best, whole ? MatchTier::Exact : (j == 0 ? MatchTier::Prefix : MatchTier::Substring),
                MatchKind::OtherField);
    }
    const bool digits = std::all_of(ascii->begin(), ascii->end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits && ascii->size() >= kMinCodeTermDigits) {
        for (const auto& code : doc.codes) {
            const auto pos = code.find(*ascii);
            if (pos == std::string::npos)
                continue;
            improve(best,
                    code.size() == ascii->size() ? MatchTier::Exact
                                                 : (pos == 0 ? MatchTier::Prefix : MatchTier::Substring),
                    MatchKind::OtherField);
        }
    }
    return best;
}

std::optional<MatchRank> matchQuery(const Query& query, const PreparedDocument& doc)
{
    if (query.terms.empty())
        return std::nullopt;
    const auto lead = matchTerm(query.terms[0], doc);
    if (!lead)
        return std::nullopt;
    for (std::size_t k = 1; k < query.terms.size(); ++k)
        if (!matchTerm(query.terms[k], doc))
            return std::nullopt;
    return lead;
}

bool TopHits::wouldKeep(const SearchHit& hit) const
{
    if (m_limit == 0)
        return false;
    return m_heap.size() < m_limit || rankedBefore(hit, m_heap.front());
}

void TopHits::offer(SearchHit hit)
{
    if (!wouldKeep(hit))
        return;
    if (m_heap.size() >= m_limit) {
        std::pop_heap(m_heap.begin(), m_heap.end(), rankedBefore);
        m_heap.pop_back();
    }
    m_heap.push_back(std::move(hit));
    std::push_heap(m_heap.begin(), m_heap.end(), rankedBefore);
}

std::vector<SearchHit> TopHits::take()
{
    std::sort_heap(m_heap.begin(), m_heap.end(), rankedBefore);
    return std::move(m_heap);
}

void ReferenceSearch::consider(std::int64_t id, std::string_view key, std::string_view name,
                               const PreparedDocument& doc)
{
    const auto rank = matchQuery(m_query, doc);
    if (!rank)
        return;
    SearchHit hit{id, {}, *rank, doc.rankedLength(), {}};
    if (!m_top.wouldKeep(hit))
        return;
    hit.key = std::string(key);
    hit.name = std::string(name);
    m_top.offer(std::move(hit));
}

}  // namespace cz::search
