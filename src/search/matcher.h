#pragma once
/// The match definition, implemented by brute force. This is the reference the SQLite index is
/// tested against, and the index also uses it to verify (and rank) every candidate it finds.
/// Pure C++: no SQLite, no Qt.
///
/// A query is normalised (text.h) and split into terms at anything that is not a hanzi, an ASCII
/// letter or a digit. A document matches when every term matches; its rank is that of the first
/// term (the others only filter). A term matches, each way giving a MatchRank:
///
/// 1. The name (kind Name or Pinyin). The name is reduced to its units (hanzi, letters, digits;
///    the rest dropped). The term must align with a run of consecutive units, left to right:
///    - a hanzi or a digit in the term consumes one identical unit;
///    - letters in the term consume a Latin letter unit that is the same letter, or a hanzi unit
///      through a "piece" of one of its readings (any reading of a polyphonic character):
///        the full syllable ("ping" → 苹), its initial (first letter: "p"; or zh/ch/sh),
///        or — only for the piece that ends the term — any prefix of the syllable ("pin", "pi").
///    So "pingguo", "pg", "pinggu", "pgguo", "苹g", "p果" and "zhongg" all find 苹果 / 中国, and
///    "kele" and "keyue" both find 可乐. Kind is Name if no reading was used, Pinyin otherwise.
///    Tier: Exact if the run is the whole name, Prefix if it starts the name, else Substring.
/// 2. The English name (kind OtherField): a term of letters and digits only that is a prefix of
///    a word of the English name. Exact if the English name is that one word; Prefix if it is the
///    first word; else Substring.
/// 3. Codes — barcodes, phone numbers (kind OtherField): a term of at least 3 digits contained in
///    the code. Exact if equal, Prefix at the start, else Substring.
/// A term's rank is the best of all the ways it matches. Hits are ordered by rankedBefore().

#include "search/document.h"
#include "search/pinyin.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cz::search {

/// Shortest digit term that matches inside barcodes and phone numbers; shorter ones would match
/// nearly every 13-digit barcode.
inline constexpr std::size_t kMinCodeTermDigits = 3;

/// A document reduced to what matching needs; built once per document.
struct PreparedDocument {
    std::u32string units;  ///< nameUnits(name)
    std::vector<std::span<const pinyin::SyllableId>> readings;  ///< per unit (a letter: itself)
    std::vector<std::string> englishWords;
    std::vector<std::string> codes;  ///< digits only, empty ones dropped
    [[nodiscard]] std::int32_t rankedLength() const;
};

PreparedDocument prepareDocument(std::string_view name, std::string_view english, std::span<const std::string> codes);
PreparedDocument prepareDocument(const Document& doc);
/// The same, refilling `out` so that its memory is reused (the index verifies many candidates per
/// search); `codes` holds digit strings separated by spaces.
void prepareDocumentInto(PreparedDocument& out, std::string_view name, std::string_view english,
                         std::string_view codes);

struct Query {
    std::vector<std::u32string> terms;
    [[nodiscard]] bool empty() const { return terms.empty(); }
    /// Whether some term could match an English name, a barcode or a phone number at all.
    [[nodiscard]] bool usesOtherFields() const;
};

Query parseQuery(std::string_view utf8);

/// The best way `term` matches `doc`, if any.
std::optional<MatchRank> matchTerm(std::u32string_view term, const PreparedDocument& doc);

/// Every term must match; the rank is the first term's.
std::optional<MatchRank> matchQuery(const Query& query, const PreparedDocument& doc);

/// The best `limit` hits seen so far, in rankedBefore order; shared by the index and the
/// brute-force reference so that both rank identically.
class TopHits final {
public:
    explicit TopHits(std::size_t limit)
        : m_limit(limit)
    {
    }
    [[nodiscard]] bool full() const { return m_limit == 0 || m_heap.size() >= m_limit; }
    /// The worst hit kept; only meaningful when full() and limit > 0.
    [[nodiscard]] const SearchHit& worst() const { return m_heap.front(); }
    /// True when `hit` would be kept (without keeping it).
    [[nodiscard]] bool wouldKeep(const SearchHit& hit) const;
    void offer(SearchHit hit);
    /// The kept hits, best first.
    std::vector<SearchHit> take();

private:
    std::size_t m_limit;
    std::vector<SearchHit> m_heap;  // max-heap: worst on top
};

/// The brute-force search: every document through matchQuery. For tests and benchmarks.
class ReferenceSearch final {
public:
    ReferenceSearch(std::string_view query, std::size_t limit)
        : m_query(parseQuery(query))
        , m_top(limit)
    {
    }
    /// `id` plays the part of the index's internal id (the tiebreak).
    void consider(std::int64_t id, std::string_view key, std::string_view name, const PreparedDocument& doc);
    std::vector<SearchHit> take() { return m_top.take(); }

private:
    Query m_query;
    TopHits m_top;
};

}  // namespace cz::search
