#include "storage/migrations.h"

#include <array>

namespace cz {

namespace {

// Version 1: the station ledger, days, users, audit log, receipts, settings.
constexpr const char* kV1 = R"SQL(
CREATE TABLE settings(
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE accounts(
  code           TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK(kind IN ('asset','liability','equity','income','expense')),
  parent         TEXT REFERENCES accounts(code),
  never_negative INTEGER NOT NULL DEFAULT 0 CHECK(never_negative IN (0,1)),
  created_at     INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE users(
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL UNIQUE CHECK(length(name) BETWEEN 1 AND 40),
  role            TEXT NOT NULL CHECK(role IN ('agent','supervisor')),
  pin_hash        TEXT NOT NULL,
  failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK(failed_attempts >= 0),
  locked_until    INTEGER,
  active          INTEGER NOT NULL DEFAULT 1 CHECK(active IN (0,1)),
  created_at      INTEGER NOT NULL
);

CREATE TABLE business_days(
  day          TEXT PRIMARY KEY CHECK(day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  state        TEXT NOT NULL CHECK(state IN ('open','closed')),
  opened_at    INTEGER NOT NULL,
  opened_by    INTEGER NOT NULL REFERENCES users(id),
  open_op_id   TEXT NOT NULL UNIQUE,
  open_count   TEXT NOT NULL,
  open_total   INTEGER NOT NULL,
  closed_at    INTEGER,
  closed_by    INTEGER REFERENCES users(id),
  close_op_id  TEXT UNIQUE,
  close_count  TEXT,
  close_total  INTEGER,
  close_note   TEXT,
  CHECK((state = 'open') = (closed_at IS NULL))
) WITHOUT ROWID;
CREATE UNIQUE INDEX business_days_one_open ON business_days(state) WHERE state = 'open';

CREATE TABLE entries(
  seq          INTEGER PRIMARY KEY,
  op_id        TEXT NOT NULL UNIQUE,
  kind         TEXT NOT NULL,
  business_day TEXT NOT NULL,
  posted_at    INTEGER NOT NULL,
  user_id      INTEGER REFERENCES users(id),
  memo         TEXT NOT NULL DEFAULT '',
  reverses_seq INTEGER REFERENCES entries(seq),
  request_hash BLOB NOT NULL CHECK(length(request_hash) = 32),
  chain_hash   BLOB NOT NULL CHECK(length(chain_hash) = 32)
);
CREATE INDEX entries_day ON entries(business_day, seq);
CREATE UNIQUE INDEX entries_reversal ON entries(reverses_seq) WHERE reverses_seq IS NOT NULL;

CREATE TABLE postings(
  entry_seq     INTEGER NOT NULL REFERENCES entries(seq),
  line          INTEGER NOT NULL CHECK(line >= 0),
  account       TEXT NOT NULL REFERENCES accounts(code),
  amount        INTEGER NOT NULL CHECK(amount <> 0),
  balance_after INTEGER NOT NULL,
  PRIMARY KEY(entry_seq, line)
) WITHOUT ROWID;
CREATE INDEX postings_account ON postings(account, entry_seq, line, balance_after);

-- The head of the hash chain, so that cutting entries off the end is detected too.
CREATE TABLE journal_head(
  id         INTEGER PRIMARY KEY CHECK(id = 1),
  seq        INTEGER NOT NULL,
  chain_hash BLOB NOT NULL
);
INSERT INTO journal_head(id, seq, chain_hash) VALUES(1, 0, zeroblob(32));

CREATE TRIGGER entries_append_only_u BEFORE UPDATE ON entries
BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
CREATE TRIGGER entries_append_only_d BEFORE DELETE ON entries
BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
CREATE TRIGGER postings_append_only_u BEFORE UPDATE ON postings
BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
CREATE TRIGGER postings_append_only_d BEFORE DELETE ON postings
BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;

-- Closed business days accept no new entries dated inside them (or before them).
CREATE TRIGGER entries_closed_day BEFORE INSERT ON entries
WHEN EXISTS(SELECT 1 FROM business_days WHERE state = 'closed' AND day >= NEW.business_day)
BEGIN SELECT RAISE(ABORT, 'business day is closed'); END;

-- Cash moves only inside an open business day.
CREATE TRIGGER postings_cash_needs_open_day BEFORE INSERT ON postings
WHEN NEW.account = '1000' AND NOT EXISTS(
  SELECT 1 FROM entries e JOIN business_days d ON d.day = e.business_day
  WHERE e.seq = NEW.entry_seq AND d.state = 'open')
BEGIN SELECT RAISE(ABORT, 'cash needs an open business day'); END;

-- Flagged accounts never go negative.
CREATE TRIGGER postings_never_negative BEFORE INSERT ON postings
WHEN NEW.balance_after < 0 AND (SELECT never_negative FROM accounts WHERE code = NEW.account) = 1
BEGIN SELECT RAISE(ABORT, 'account would go negative'); END;

CREATE TABLE receipts(
  number     INTEGER PRIMARY KEY CHECK(number >= 1),
  kind       TEXT NOT NULL,
  op_id      TEXT NOT NULL UNIQUE,
  entry_seq  INTEGER REFERENCES entries(seq),
  created_at INTEGER NOT NULL,
  user_id    INTEGER REFERENCES users(id),
  body       TEXT NOT NULL DEFAULT ''
);
-- Gapless: each new number is exactly one more than the last; never reused.
CREATE TRIGGER receipts_gapless BEFORE INSERT ON receipts
WHEN NEW.number <> (SELECT coalesce(max(number), 0) + 1 FROM receipts)
BEGIN SELECT RAISE(ABORT, 'receipt numbers are gapless'); END;
CREATE TRIGGER receipts_append_only_u BEFORE UPDATE ON receipts
BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END;
CREATE TRIGGER receipts_append_only_d BEFORE DELETE ON receipts
BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END;

CREATE TABLE audit_log(
  id        INTEGER PRIMARY KEY,
  at        INTEGER NOT NULL,
  user_id   INTEGER REFERENCES users(id),
  user_name TEXT NOT NULL DEFAULT '',
  action    TEXT NOT NULL,
  object    TEXT NOT NULL DEFAULT '',
  result    TEXT NOT NULL,
  detail    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_append_only_u BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_append_only_d BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
)SQL";

constexpr std::array<Migration, 1> kMigrations{{
    {1, "ledger, days, users, audit log, receipts, settings", kV1},
}};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

}  // namespace cz
