// Schema of consignment (代卖): farmers, commission rules, listings and their photos, stock
// movements, sales, payouts. Migration 5 of storage/migrations.cpp.
//
// Money is not stored here: what a farmer is owed is the balance of their ledger sub-account
// 2200:<id>. The amounts on sales and payouts describe the entries they point to (entry_seq) and are
// checked to add up, but the journal is the authority.

namespace cz {

const char* consignmentSchemaSql()
{
    return R"SQL(
CREATE TABLE farmers(
  id             INTEGER PRIMARY KEY,
  op_id          TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL CHECK(length(name) BETWEEN 1 AND 40),
  phone          TEXT NOT NULL DEFAULT '' CHECK(length(phone) <= 20),
  village_group  TEXT NOT NULL DEFAULT '' CHECK(length(village_group) <= 40),
  -- Only the last four characters of the resident ID are kept (see docs/consignment.md).
  id_masked      TEXT NOT NULL DEFAULT '' CHECK(id_masked = '' OR (length(id_masked) IN (15, 18)
                   AND substr(id_masked, 1, length(id_masked) - 4) = substr('******************', 1, length(id_masked) - 4))),
  payout_method  TEXT NOT NULL DEFAULT 'cash' CHECK(payout_method IN ('cash','bank','mobile')),
  payout_account TEXT NOT NULL DEFAULT '' CHECK(length(payout_account) <= 40),
  commission_bp  INTEGER CHECK(commission_bp IS NULL OR commission_bp BETWEEN 0 AND 5000),
  account        TEXT NOT NULL UNIQUE REFERENCES accounts(code),
  created_at     INTEGER NOT NULL,
  created_by     INTEGER REFERENCES users(id)
);
CREATE INDEX farmers_phone ON farmers(phone);

-- Station default ('default') and per-category ('category:fruit') rates; a farmer's own rate is on
-- the farmer.
CREATE TABLE commission_rules(
  scope      TEXT PRIMARY KEY CHECK(scope = 'default' OR scope GLOB 'category:?*'),
  rate_bp    INTEGER NOT NULL CHECK(rate_bp BETWEEN 0 AND 5000),
  updated_at INTEGER NOT NULL,
  updated_by INTEGER REFERENCES users(id)
) WITHOUT ROWID;

CREATE TABLE listings(
  serial             INTEGER PRIMARY KEY,
  listing_id         TEXT NOT NULL UNIQUE CHECK(length(listing_id) = 36),
  op_id              TEXT NOT NULL UNIQUE,
  farmer_id          INTEGER NOT NULL REFERENCES farmers(id),
  title_zh           TEXT NOT NULL CHECK(length(title_zh) BETWEEN 1 AND 60),
  title_en           TEXT NOT NULL DEFAULT '' CHECK(length(title_en) <= 120),
  category           TEXT NOT NULL,
  unit               TEXT NOT NULL,
  unit_price_fen     INTEGER NOT NULL CHECK(unit_price_fen BETWEEN 1 AND 100000000),
  -- The price the farmer is credited at per unit; above unit_price_fen only after a markdown the
  -- station absorbs.
  agreed_price_fen   INTEGER NOT NULL CHECK(agreed_price_fen >= unit_price_fen),
  declared_qty       INTEGER NOT NULL CHECK(declared_qty BETWEEN 1 AND 100000),
  harvest_date       TEXT CHECK(harvest_date IS NULL OR harvest_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  shelf_life_days    INTEGER CHECK(shelf_life_days IS NULL OR shelf_life_days BETWEEN 1 AND 3650),
  grade              TEXT NOT NULL DEFAULT '',
  notes              TEXT NOT NULL DEFAULT '',
  state              TEXT NOT NULL CHECK(state IN ('draft','pending','active','rejected','withdrawn')),
  market_listing_no  TEXT NOT NULL DEFAULT '',
  reason             TEXT NOT NULL DEFAULT '',
  created_at         INTEGER NOT NULL,
  created_by         INTEGER REFERENCES users(id),
  updated_at         INTEGER NOT NULL
);
CREATE INDEX listings_farmer ON listings(farmer_id, serial);
CREATE INDEX listings_state ON listings(state);

CREATE TABLE listing_photos(
  listing_id TEXT NOT NULL REFERENCES listings(listing_id),
  idx        INTEGER NOT NULL CHECK(idx BETWEEN 0 AND 4),
  data       BLOB NOT NULL CHECK(length(data) BETWEEN 1 AND 262144),
  PRIMARY KEY(listing_id, idx)
) WITHOUT ROWID;

-- What the station holds for the farmer: received − sold − spoiled − returned per listing.
CREATE TABLE stock_moves(
  id             INTEGER PRIMARY KEY,
  op_id          TEXT NOT NULL UNIQUE,
  listing_id     TEXT NOT NULL REFERENCES listings(listing_id),
  kind           TEXT NOT NULL CHECK(kind IN ('intake','sale','spoilage','return')),
  quantity       INTEGER NOT NULL CHECK(quantity > 0),
  reason         TEXT NOT NULL DEFAULT '',
  sale_id        TEXT,
  receipt_number INTEGER REFERENCES receipts(number),
  at             INTEGER NOT NULL,
  user_id        INTEGER REFERENCES users(id),
  CHECK((kind = 'sale') = (sale_id IS NOT NULL))
);
CREATE INDEX stock_moves_listing ON stock_moves(listing_id, kind);
CREATE TRIGGER stock_moves_append_only_u BEFORE UPDATE ON stock_moves
BEGIN SELECT RAISE(ABORT, 'stock movements are append-only'); END;
CREATE TRIGGER stock_moves_append_only_d BEFORE DELETE ON stock_moves
BEGIN SELECT RAISE(ABORT, 'stock movements are append-only'); END;
CREATE TRIGGER stock_moves_never_negative BEFORE INSERT ON stock_moves
WHEN NEW.kind <> 'intake' AND NEW.quantity > (
  SELECT coalesce(sum(CASE kind WHEN 'intake' THEN quantity ELSE -quantity END), 0)
  FROM stock_moves WHERE listing_id = NEW.listing_id)
BEGIN SELECT RAISE(ABORT, 'consignment stock would go negative'); END;

CREATE TABLE consignment_sales(
  sale_id          TEXT PRIMARY KEY,
  event_id         TEXT NOT NULL UNIQUE,
  listing_id       TEXT NOT NULL REFERENCES listings(listing_id),
  farmer_id        INTEGER NOT NULL REFERENCES farmers(id),
  quantity         INTEGER NOT NULL CHECK(quantity > 0),
  short_qty        INTEGER NOT NULL DEFAULT 0 CHECK(short_qty BETWEEN 0 AND quantity),
  unit_price_fen   INTEGER NOT NULL CHECK(unit_price_fen >= 0),
  gross_fen        INTEGER NOT NULL CHECK(gross_fen >= 0),
  platform_fee_fen INTEGER NOT NULL CHECK(platform_fee_fen >= 0),
  commission_bp    INTEGER NOT NULL CHECK(commission_bp BETWEEN 0 AND 5000),
  commission_fen   INTEGER NOT NULL,
  absorbed_fen     INTEGER NOT NULL DEFAULT 0 CHECK(absorbed_fen >= 0),
  farmer_fen       INTEGER NOT NULL CHECK(farmer_fen >= 0),
  state            TEXT NOT NULL CHECK(state IN ('awaiting_dispatch','packed','dispatched','settled')),
  courier          TEXT NOT NULL DEFAULT '',
  tracking_no      TEXT NOT NULL DEFAULT '',
  dispatch_op_id   TEXT UNIQUE,
  reason           TEXT NOT NULL DEFAULT '',
  settled_fen      INTEGER,
  sold_at          INTEGER NOT NULL,
  packed_at        INTEGER,
  dispatched_at    INTEGER,
  settled_at       INTEGER,
  entry_seq        INTEGER REFERENCES entries(seq),
  settle_entry_seq INTEGER REFERENCES entries(seq),
  CHECK(commission_fen + farmer_fen = max(gross_fen - platform_fee_fen, 0))
) WITHOUT ROWID;
CREATE INDEX consignment_sales_listing ON consignment_sales(listing_id, sold_at);
CREATE INDEX consignment_sales_farmer ON consignment_sales(farmer_id, sold_at);
CREATE INDEX consignment_sales_state ON consignment_sales(state);
CREATE INDEX consignment_sales_entry ON consignment_sales(entry_seq);

CREATE TABLE farmer_payouts(
  op_id          TEXT PRIMARY KEY,
  farmer_id      INTEGER NOT NULL REFERENCES farmers(id),
  amount_fen     INTEGER NOT NULL CHECK(amount_fen > 0),
  entry_seq      INTEGER NOT NULL UNIQUE REFERENCES entries(seq),
  receipt_number INTEGER REFERENCES receipts(number),
  business_day   TEXT NOT NULL,
  at             INTEGER NOT NULL,
  user_id        INTEGER REFERENCES users(id)
) WITHOUT ROWID;
CREATE INDEX farmer_payouts_farmer ON farmer_payouts(farmer_id, at);
CREATE TRIGGER farmer_payouts_append_only_u BEFORE UPDATE ON farmer_payouts
BEGIN SELECT RAISE(ABORT, 'payouts are append-only'); END;
CREATE TRIGGER farmer_payouts_append_only_d BEFORE DELETE ON farmer_payouts
BEGIN SELECT RAISE(ABORT, 'payouts are append-only'); END;
)SQL";
}

}  // namespace cz
