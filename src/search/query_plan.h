#pragma once
/// Turns a parsed query into FTS5 MATCH expressions over the keys of keys.h, one per way of
/// matching: the name's start / anywhere in the name, literally / through pinyin, and the English
/// name and codes exactly / at the start / anywhere. Every document that matches the query with a
/// given rank is selected by some pass whose bound is no worse than that rank; the index verifies
/// every candidate with matchQuery(), so a pass may over-select but must never miss: each
/// expression is implied by the match definition in matcher.h (the recall test checks this on
/// every query kind).
/// Pure C++: no SQLite, no Qt.

#include "search/matcher.h"

#include <cstdint>
#include <string>
#include <vector>

namespace cz::search {

/// One FTS5 query of the search. Its candidates arrive in rank-key order (shorter name, lower id),
/// and none of them can rank better than boundFor(its name length): the index stops the pass at
/// the first candidate whose bound cannot beat the hits it already holds.
struct PlanPass {
    MatchRank rank;  ///< the bound for names up to exactMaxLength long
    std::int32_t exactMaxLength = kMaxRankedNameLength;  ///< longer names can no longer be Exact
    std::string match;  ///< FTS5 MATCH expression
    std::int32_t minLength = 0;  ///< shortest name a candidate can have
    std::int32_t maxLength = kMaxRankedNameLength;  ///< longest

    [[nodiscard]] MatchRank boundFor(std::int32_t nameLength) const
    {
        if (rank.tier == MatchTier::Exact && nameLength > exactMaxLength)
            return MatchRank{MatchTier::Prefix, rank.kind};
        return rank;
    }
};

/// The passes, most promising first. Empty for an empty query.
std::vector<PlanPass> planQuery(const Query& query);

}  // namespace cz::search
