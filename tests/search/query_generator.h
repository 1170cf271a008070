#pragma once
// Queries the way agents type them, made from a document of the test catalog: a character or
// two of the name, its full pinyin (often cut short mid-syllable), initials, mixtures, part of a
// barcode or phone number, an English word prefix. Used by the recall test and the benchmark.

#include "catalog_generator.h"
#include "search/document.h"

#include <string>
#include <string_view>

namespace cz::search::test {

enum class QueryKind { Hanzi1, Hanzi2, Pinyin, Initials, Barcode, English, Mixed, Phone, MultiTerm, Random };

std::string_view kindName(QueryKind kind);

/// A query of `kind` aimed at `doc`; empty when the document has nothing of that kind (no
/// barcode, no two adjacent hanzi …) — pick another document then.
std::string queryFor(QueryKind kind, const Document& doc, Rng& rng);

}  // namespace cz::search::test
