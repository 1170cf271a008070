// Schema of bills, top-ups, tickets and assisted services (代缴).
// Migration 6 of storage/migrations.cpp.
//
// The money is in the journal; these rows say what it was for and where each payment stands.
// What must never change after the fact (amounts, the take's op id and entry, receipt numbers once
// given, the passenger's masked id, the transition history) is pinned by triggers.

namespace cz {

const char* paymentsSchemaSql()
{
    return R"SQL(
-- The marketplace's billers as last fetched (GET /v1/billers): fixed top-ups work offline from it.
CREATE TABLE payment_billers(
  biller_id     TEXT PRIMARY KEY CHECK(length(biller_id) BETWEEN 1 AND 32),
  position      INTEGER NOT NULL,
  name_zh       TEXT NOT NULL,
  name_en       TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK(kind IN ('electricity','water','gas','mobile')),
  account_min   INTEGER NOT NULL DEFAULT 0,
  account_max   INTEGER NOT NULL DEFAULT 0,
  denominations TEXT NOT NULL DEFAULT '' CHECK(denominations NOT GLOB '*[^0-9,]*'),
  fetched_at    INTEGER NOT NULL,
  CHECK((kind = 'mobile') = (denominations <> '')),
  CHECK(kind = 'mobile' OR (account_min >= 1 AND account_max >= account_min))
) WITHOUT ROWID;

-- Cities with train service as last fetched (GET /v1/trains/cities).
CREATE TABLE train_cities(
  city_id    TEXT PRIMARY KEY CHECK(length(city_id) BETWEEN 1 AND 32),
  position   INTEGER NOT NULL,
  name_zh    TEXT NOT NULL,
  name_en    TEXT NOT NULL,
  fetched_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Services the station sells at its own price without the marketplace; a supervisor edits them.
CREATE TABLE assisted_services(
  code       TEXT PRIMARY KEY CHECK(length(code) BETWEEN 1 AND 32),
  name_zh    TEXT NOT NULL CHECK(length(name_zh) BETWEEN 1 AND 40),
  name_en    TEXT NOT NULL DEFAULT '' CHECK(length(name_en) <= 60),
  unit       TEXT NOT NULL DEFAULT '' CHECK(length(unit) <= 8),
  price_fen  INTEGER NOT NULL CHECK(price_fen BETWEEN 1 AND 10000000),
  active     INTEGER NOT NULL DEFAULT 1 CHECK(active IN (0,1)),
  position   INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by INTEGER REFERENCES users(id)
) WITHOUT ROWID;
INSERT INTO assisted_services(code, name_zh, name_en, unit, price_fen, active, position, updated_at) VALUES
  ('gov_help',   '政务代办', 'Government registration help', '次', 500,  1, 1, 0),
  ('video_call', '视频通话', 'Video call with family',       '次', 200,  1, 2, 0),
  ('print_copy', '打印复印', 'Printing / copying',           '页', 50,   1, 3, 0),
  ('training',   '培训课程', 'Training session',             '次', 1000, 1, 4, 0);

-- One row per bill, top-up, ticket or assisted service sold at the counter.
CREATE TABLE payments(
  payment_id        TEXT PRIMARY KEY CHECK(length(payment_id) = 36),
  op_id             TEXT NOT NULL UNIQUE,
  kind              TEXT NOT NULL CHECK(kind IN ('bill','topup','ticket','assisted')),
  target            TEXT NOT NULL CHECK(length(target) BETWEEN 1 AND 32),
  target_name       TEXT NOT NULL DEFAULT '',
  account_no        TEXT NOT NULL DEFAULT '' CHECK(account_no NOT GLOB '*[^0-9]*'),
  holder_masked     TEXT NOT NULL DEFAULT '',
  period            TEXT NOT NULL DEFAULT '',
  quantity          INTEGER NOT NULL DEFAULT 1 CHECK(quantity BETWEEN 1 AND 999),
  amount_fen        INTEGER NOT NULL CHECK(amount_fen > 0),
  fee_fen           INTEGER NOT NULL CHECK(fee_fen >= 0),
  tendered_fen      INTEGER NOT NULL CHECK(tendered_fen >= amount_fen + fee_fen),
  state             TEXT NOT NULL CHECK(state IN ('pending','confirmed','refund_requested','refund_due','refunded','done')),
  reference         TEXT NOT NULL DEFAULT '',
  reason            TEXT NOT NULL DEFAULT '',
  refund_due_fen    INTEGER NOT NULL DEFAULT 0 CHECK(refund_due_fen >= 0),
  refund_fee_fen    INTEGER NOT NULL DEFAULT 0 CHECK(refund_fee_fen >= 0),
  refund_op_id      TEXT UNIQUE,
  payout_op_id      TEXT UNIQUE,
  wallet_before_fen INTEGER,
  wallet_after_fen  INTEGER,
  business_day      TEXT NOT NULL,
  created_at        INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL,
  user_id           INTEGER REFERENCES users(id),
  entry_seq         INTEGER NOT NULL REFERENCES entries(seq),
  receipt_number    INTEGER NOT NULL REFERENCES receipts(number),
  confirm_receipt   INTEGER REFERENCES receipts(number),
  refund_receipt    INTEGER REFERENCES receipts(number),
  CHECK((kind = 'assisted') = (state = 'done')),
  CHECK((kind = 'assisted') = (wallet_before_fen IS NULL))
) WITHOUT ROWID;
CREATE INDEX payments_day ON payments(business_day, created_at);
CREATE INDEX payments_open ON payments(state, created_at) WHERE state IN ('pending','refund_requested','refund_due');

CREATE TRIGGER payments_fixed BEFORE UPDATE OF payment_id, op_id, kind, target, account_no, quantity, amount_fen,
  fee_fen, tendered_fen, business_day, created_at, user_id, entry_seq, receipt_number ON payments
BEGIN SELECT RAISE(ABORT, 'what a payment was for never changes'); END;
CREATE TRIGGER payments_once BEFORE UPDATE ON payments
WHEN (OLD.confirm_receipt IS NOT NULL AND NEW.confirm_receipt IS NOT OLD.confirm_receipt)
  OR (OLD.refund_receipt IS NOT NULL AND NEW.refund_receipt IS NOT OLD.refund_receipt)
  OR (OLD.payout_op_id IS NOT NULL AND NEW.payout_op_id IS NOT OLD.payout_op_id)
  OR (OLD.refund_op_id IS NOT NULL AND NEW.refund_op_id IS NOT OLD.refund_op_id)
BEGIN SELECT RAISE(ABORT, 'a payment receipt or refund is given once'); END;
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
BEGIN SELECT RAISE(ABORT, 'payments are never deleted'); END;

-- The train and passenger of a ticket. The ID number is kept masked as the marketplace keeps it
-- (region and the last four): enough to check the traveller's card at a refund, which the
-- marketplace itself needs only the booking id for.
CREATE TABLE ticket_details(
  booking_id          TEXT PRIMARY KEY REFERENCES payments(payment_id),
  train_no            TEXT NOT NULL CHECK(length(train_no) BETWEEN 2 AND 8),
  travel_date         TEXT NOT NULL CHECK(travel_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  from_city           TEXT NOT NULL,
  to_city             TEXT NOT NULL,
  from_name           TEXT NOT NULL DEFAULT '',
  to_name             TEXT NOT NULL DEFAULT '',
  seat_class          TEXT NOT NULL,
  seat_name           TEXT NOT NULL DEFAULT '',
  depart_at           INTEGER NOT NULL,
  arrive_at           INTEGER NOT NULL CHECK(arrive_at > depart_at),
  passenger_name      TEXT NOT NULL CHECK(length(passenger_name) BETWEEN 1 AND 30),
  passenger_id_masked TEXT NOT NULL CHECK(length(passenger_id_masked) = 18 AND substr(passenger_id_masked, 7, 8) = '********')
) WITHOUT ROWID;
CREATE TRIGGER ticket_details_fixed_u BEFORE UPDATE ON ticket_details
BEGIN SELECT RAISE(ABORT, 'ticket details never change'); END;
CREATE TRIGGER ticket_details_fixed_d BEFORE DELETE ON ticket_details
BEGIN SELECT RAISE(ABORT, 'ticket details never change'); END;

-- Every state a payment went through, with the entry that moved its money.
CREATE TABLE payment_history(
  id         INTEGER PRIMARY KEY,
  payment_id TEXT NOT NULL REFERENCES payments(payment_id),
  at         INTEGER NOT NULL,
  state      TEXT NOT NULL,
  entry_seq  INTEGER REFERENCES entries(seq),
  note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX payment_history_payment ON payment_history(payment_id, id);
CREATE TRIGGER payment_history_append_only_u BEFORE UPDATE ON payment_history
BEGIN SELECT RAISE(ABORT, 'payment history is append-only'); END;
CREATE TRIGGER payment_history_append_only_d BEFORE DELETE ON payment_history
BEGIN SELECT RAISE(ABORT, 'payment history is append-only'); END;
)SQL";
}

}  // namespace cz
