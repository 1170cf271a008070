#pragma once
// The query-side half of pinyin matching: the condition a run of letters of a term imposes on a
// name, over all the ways it can be cut into pieces (matcher.h). Pure C++: no SQLite, no Qt.

#include "search/plan_expr.h"

#include <string_view>

namespace cz::search::plan {

/// Where a run of letters sits in the term, and where the term must sit in the name.
struct RunPlace {
    bool endsTerm = false;  ///< the run's last piece may be a syllable prefix
    bool atNameStart = false;  ///< the run's first piece is on the name's first unit
    bool atNameEnd = false;  ///< the run's last piece is on the name's last unit
};

/// An OR over the run's segmentations of the keys each one implies (a segmentation's clause).
/// Long ambiguous runs are cut to their first few pieces: a weaker but still necessary condition.
Expr letterRunExpr(std::string_view letters, RunPlace place);

}  // namespace cz::search::plan
