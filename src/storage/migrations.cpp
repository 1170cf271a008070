#include "storage/migrations.h"

#include "storage/search_schema.h"

#include <array>

namespace cz {

namespace {

// Version 1: the station ledger, days, users, audit log, receipts, settings.
}  // namespace

// Owned by the consignment and payments work (storage/consignment, storage/payments).
const char* consignmentSchemaSql();
const char* paymentsSchemaSql();
const char* reportsSchemaSql();

namespace {

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
-- No index on business_day: seq grows with the business day, so a day's entries are found by
-- binary search on seq (LedgerStore::seqRange), and every post saves an index write.
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
  op_id      TEXT NOT NULL,
  entry_seq  INTEGER REFERENCES entries(seq),
  created_at INTEGER NOT NULL,
  user_id    INTEGER REFERENCES users(id),
  body       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX receipts_entry ON receipts(entry_seq);
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

// Version 2: sync with the marketplace — the outbox, feed cursors, applied events, sync issues,
// and the local catalog copy.
constexpr const char* kV2 = R"SQL(
CREATE TABLE outbox(
  seq             INTEGER PRIMARY KEY,
  op_id           TEXT NOT NULL UNIQUE,
  type            TEXT NOT NULL,
  payload         TEXT NOT NULL,
  ref_id          TEXT NOT NULL DEFAULT '',
  created_at      INTEGER NOT NULL,
  state           TEXT NOT NULL DEFAULT 'queued' CHECK(state IN ('queued','sent','accepted','needs_attention')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  last_attempt_at INTEGER,
  last_error      TEXT NOT NULL DEFAULT '',
  result          TEXT NOT NULL DEFAULT '',
  resolved_at     INTEGER
);
CREATE INDEX outbox_state ON outbox(state, seq);
CREATE INDEX outbox_ref ON outbox(ref_id);

CREATE TABLE sync_cursors(
  feed       TEXT PRIMARY KEY,
  cursor     TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE applied_events(
  event_id    TEXT PRIMARY KEY,
  type        TEXT NOT NULL,
  occurred_at INTEGER NOT NULL,
  applied_at  INTEGER NOT NULL,
  outcome     TEXT NOT NULL CHECK(outcome IN ('applied','skipped','needs_attention'))
) WITHOUT ROWID;

CREATE TABLE sync_issues(
  id          INTEGER PRIMARY KEY,
  at          INTEGER NOT NULL,
  source      TEXT NOT NULL,
  ref_id      TEXT NOT NULL DEFAULT '',
  code        TEXT NOT NULL,
  message     TEXT NOT NULL,
  resolved_at INTEGER,
  resolved_by INTEGER REFERENCES users(id)
);

CREATE TABLE catalog_products(
  product_id  TEXT PRIMARY KEY,
  version     INTEGER NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK(deleted IN (0,1)),
  name_zh     TEXT NOT NULL,
  name_en     TEXT NOT NULL DEFAULT '',
  category    TEXT NOT NULL DEFAULT '',
  barcode     TEXT NOT NULL DEFAULT '',
  price_fen   INTEGER NOT NULL CHECK(price_fen >= 0),
  unit        TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  image       BLOB
) WITHOUT ROWID;
CREATE INDEX catalog_barcode ON catalog_products(barcode) WHERE barcode <> '';
)SQL";

// Version 3: villagers and cash orders (代购).
constexpr const char* kV3 = R"SQL(
CREATE TABLE customers(
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL CHECK(length(name) BETWEEN 1 AND 40),
  phone         TEXT NOT NULL DEFAULT '',
  village_group TEXT NOT NULL DEFAULT '',
  created_at    INTEGER NOT NULL
);
CREATE INDEX customers_phone ON customers(phone);

CREATE TABLE orders(
  order_id        TEXT PRIMARY KEY,
  op_id           TEXT NOT NULL UNIQUE,
  customer_id     INTEGER REFERENCES customers(id),
  customer_name   TEXT NOT NULL DEFAULT '',
  phone_last4     TEXT NOT NULL DEFAULT '',
  goods_fen       INTEGER NOT NULL CHECK(goods_fen > 0),
  fee_fen         INTEGER NOT NULL CHECK(fee_fen >= 0),
  tendered_fen    INTEGER NOT NULL CHECK(tendered_fen >= 0),
  state           TEXT NOT NULL,
  market_order_no TEXT NOT NULL DEFAULT '',
  reason          TEXT NOT NULL DEFAULT '',
  refund_fen      INTEGER NOT NULL DEFAULT 0,
  parcel_id       TEXT NOT NULL DEFAULT '',
  tracking_no     TEXT NOT NULL DEFAULT '',
  business_day    TEXT NOT NULL,
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  user_id         INTEGER REFERENCES users(id),
  entry_seq       INTEGER REFERENCES entries(seq),
  receipt_number  INTEGER REFERENCES receipts(number)
) WITHOUT ROWID;
CREATE INDEX orders_day ON orders(business_day);
CREATE INDEX orders_customer ON orders(customer_id);
CREATE INDEX orders_state ON orders(state);

CREATE TABLE order_lines(
  order_id       TEXT NOT NULL REFERENCES orders(order_id),
  line           INTEGER NOT NULL,
  product_id     TEXT NOT NULL,
  name           TEXT NOT NULL,
  unit           TEXT NOT NULL DEFAULT '',
  quantity       INTEGER NOT NULL CHECK(quantity > 0),
  unit_price_fen INTEGER NOT NULL CHECK(unit_price_fen >= 0),
  PRIMARY KEY(order_id, line)
) WITHOUT ROWID;
)SQL";

// Version 4: the station's fee table and parcels at the station (代购).
constexpr const char* kV4 = R"SQL(
CREATE TABLE fee_rules(
  scope      TEXT PRIMARY KEY,
  label      TEXT NOT NULL DEFAULT '',
  fixed_fen  INTEGER NOT NULL DEFAULT 0 CHECK(fixed_fen >= 0),
  rate_bp    INTEGER NOT NULL DEFAULT 0 CHECK(rate_bp BETWEEN 0 AND 10000),
  min_fen    INTEGER NOT NULL DEFAULT 0 CHECK(min_fen >= 0),
  max_fen    INTEGER CHECK(max_fen IS NULL OR max_fen >= min_fen),
  rounding   TEXT NOT NULL DEFAULT 'half_up',
  updated_at INTEGER NOT NULL,
  updated_by INTEGER REFERENCES users(id)
) WITHOUT ROWID;

CREATE TABLE parcels(
  parcel_key       TEXT PRIMARY KEY,
  market_parcel_id TEXT UNIQUE,
  order_id         TEXT REFERENCES orders(order_id),
  tracking_no      TEXT NOT NULL DEFAULT '',
  customer_id      INTEGER REFERENCES customers(id),
  customer_name    TEXT NOT NULL DEFAULT '',
  phone            TEXT NOT NULL DEFAULT '',
  pickup_code      TEXT NOT NULL,
  shelf_slot       TEXT NOT NULL DEFAULT '',
  state            TEXT NOT NULL CHECK(state IN ('announced','at_station','picked_up','returned')),
  announced_at     INTEGER,
  arrived_at       INTEGER,
  picked_up_at     INTEGER,
  picked_up_by     INTEGER REFERENCES users(id),
  returned_at      INTEGER,
  note             TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX parcels_tracking ON parcels(tracking_no);
CREATE INDEX parcels_pickup ON parcels(pickup_code);
CREATE INDEX parcels_state ON parcels(state, arrived_at);
CREATE INDEX parcels_order ON parcels(order_id);
CREATE INDEX parcels_phone ON parcels(phone);
)SQL";

// Version 9: the catalog as a rowid table. WITHOUT ROWID keeps whole rows in the primary-key
// B-tree, whose cells hold at most ~1 KB locally: every product with a thumbnail (~1.8 KB) spilled
// into its own 4 KB overflow page, doubling the file (198 MB for 200,000 products) and the first
// sync's writes. product_id stays the key through a UNIQUE index (the upsert's conflict target).
constexpr const char* kV9 = R"SQL(
CREATE TABLE catalog_products_v9(
  id          INTEGER PRIMARY KEY,
  product_id  TEXT NOT NULL UNIQUE,
  version     INTEGER NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK(deleted IN (0,1)),
  name_zh     TEXT NOT NULL,
  name_en     TEXT NOT NULL DEFAULT '',
  category    TEXT NOT NULL DEFAULT '',
  barcode     TEXT NOT NULL DEFAULT '',
  price_fen   INTEGER NOT NULL CHECK(price_fen >= 0),
  unit        TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  image       BLOB
);
INSERT INTO catalog_products_v9(product_id, version, deleted, name_zh, name_en, category, barcode, price_fen,
                                unit, description, image)
  SELECT product_id, version, deleted, name_zh, name_en, category, barcode, price_fen, unit, description, image
  FROM catalog_products ORDER BY version;
DROP TABLE catalog_products;
ALTER TABLE catalog_products_v9 RENAME TO catalog_products;
CREATE INDEX catalog_barcode ON catalog_products(barcode) WHERE barcode <> '';
)SQL";

const std::array<Migration, 9> kMigrations{{
    {1, "ledger, days, users, audit log, receipts, settings", kV1},
    {2, "sync: outbox, cursors, applied events, issues, catalog", kV2},
    {3, "villagers and cash orders", kV3},
    {4, "fee table and parcels", kV4},
    {5, "consignment (代卖)", consignmentSchemaSql()},
    {6, "bills, top-ups, tickets and assisted services (代缴)", paymentsSchemaSql()},
    {7, "Chinese search index (products, villagers, farmers)", search::searchSchemaSql()},
    {8, "day totals and Z reports (日结)", reportsSchemaSql()},
    {9, "catalog as a rowid table (thumbnails stored inline)", kV9},
}};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

}  // namespace cz
