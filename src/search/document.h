#pragma once
/// What the search indexes and what it answers: documents of three domains (catalog products,
/// villagers, farmers), ranked hits. Pure C++: no SQLite, no Qt.

#include <compare>
#include <cstdint>
#include <string>
#include <vector>

namespace cz::search {

/// Each domain is searched on its own; ids are the owning table's ids and may repeat across domains.
enum class Domain : std::uint8_t { Product = 1, Villager = 2, Farmer = 3 };

/// Largest internal document id (ids share a 64-bit key with the domain and name length).
inline constexpr std::int64_t kMaxDocumentId = (std::int64_t{1} << 36) - 1;
/// Longest document key accepted.
inline constexpr std::size_t kMaxDocumentKeyBytes = 256;
/// Name lengths above this rank as this long (a real name never comes close).
inline constexpr std::int32_t kMaxRankedNameLength = (1 << 20) - 1;

/// One searchable record. Products: Chinese name, English name, barcodes. Villagers and farmers:
/// name and phone numbers (as `codes`). `key` is the owner's identity as text: the catalog's
/// product_id ("P00000042"), or std::to_string of a villager's or farmer's id.
struct Document {
    Domain domain = Domain::Product;
    std::string key;
    std::string name;
    std::string english;
    std::vector<std::string> codes;
};

/// How a query matched, best first. Exact: the whole field; Prefix: the start of the field (the
/// first word of an English name); Substring: anywhere else.
enum class MatchTier : std::uint8_t { Exact = 0, Prefix = 1, Substring = 2 };

/// Name: the name's own characters as typed (hanzi, Latin letters, digits). OtherField: the English
/// name, a barcode or a phone number. Pinyin: the name through its pinyin readings.
enum class MatchKind : std::uint8_t { Name = 0, OtherField = 1, Pinyin = 2 };

struct MatchRank {
    MatchTier tier = MatchTier::Substring;
    MatchKind kind = MatchKind::Pinyin;
    auto operator<=>(const MatchRank&) const = default;
};

struct SearchHit {
    std::int64_t id = 0;  ///< the index's id: given on first indexing, never changed; the tiebreak
    std::string key;  ///< the owner's key (Document::key)
    MatchRank rank;
    std::int32_t nameLength = 0;  ///< units of the name (hanzi, letters, digits), capped
    std::string name;
};

/// The one ranking order: tier, then kind, then shorter names, then lower id.
inline bool rankedBefore(const SearchHit& a, const SearchHit& b)
{
    if (a.rank != b.rank)
        return a.rank < b.rank;
    if (a.nameLength != b.nameLength)
        return a.nameLength < b.nameLength;
    return a.id < b.id;
}

}  // namespace cz::search
