#pragma once
/// The search index's tables (search/search_index.h), as DDL: migration 7 of storage/migrations.cpp;
/// the search tests apply it directly to a fresh database.

namespace cz::search {

/// search_docs: one row per indexed document — the owner's key, an internal id (given on first
///   indexing: the rank tiebreak), and the searchable text, kept so that candidates can be verified
///   and a document's keys regenerated to delete it. rank_key packs domain, name length and
///   internal id so that key order is ranking order (see search_index.h).
/// search_fts: a contentless FTS5 table over the documents' keys (search/keys.h), rowid = rank_key.
///   detail=none: only "which documents have this key", which is all the planner asks; no
///   custom tokenizer: keys are plain ASCII words, so any connection (cunzhan-ctl, backups,
///   the verifier) can open the table.
/// search_meta: the key version the index was built with (SearchIndex::ensureCurrent).
const char* searchSchemaSql();

}  // namespace cz::search
