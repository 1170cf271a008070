#include "storage/search_schema.h"

namespace cz::search {

const char* searchSchemaSql()
{
    return R"SQL(
CREATE TABLE search_docs(
  rank_key INTEGER PRIMARY KEY,
  domain   INTEGER NOT NULL CHECK(domain BETWEEN 1 AND 3),
  doc_id   INTEGER NOT NULL CHECK(doc_id BETWEEN 1 AND 68719476735),
  doc_key  TEXT NOT NULL CHECK(length(doc_key) BETWEEN 1 AND 256),
  name     TEXT NOT NULL,
  english  TEXT NOT NULL DEFAULT '',
  codes    TEXT NOT NULL DEFAULT '',
  UNIQUE(domain, doc_key),
  UNIQUE(domain, doc_id)
);
CREATE VIRTUAL TABLE search_fts USING fts5(keys, content='', detail=none, columnsize=0, tokenize='ascii');
CREATE TABLE search_meta(
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
)SQL";
}

}  // namespace cz::search
