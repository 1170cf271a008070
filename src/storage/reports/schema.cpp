// Schema of the 日结 reports: migration 8 of storage/migrations.cpp.
//
// day_totals is a snapshot, taken when a day is closed, of the day's journal summed by entry kind,
// top-level account and user. A closed day accepts no further entries, so the snapshot never goes
// stale; range reports read it instead of re-summing the journal (a year is ~365 × a few dozen rows).
// z_reports points each closed day at its Z report, stored as a receipt body (receipts table), so a
// reprint renders the stored document and is identical to the first print.

namespace cz {

const char* reportsSchemaSql()
{
    return R"SQL(
CREATE TABLE day_totals(
  business_day TEXT NOT NULL,
  kind         TEXT NOT NULL,
  account      TEXT NOT NULL,           -- top-level account code; '' = the entry count row
  user_id      INTEGER NOT NULL DEFAULT 0,
  debit_fen    INTEGER NOT NULL CHECK(debit_fen >= 0),
  credit_fen   INTEGER NOT NULL CHECK(credit_fen >= 0),
  n            INTEGER NOT NULL CHECK(n >= 0),
  PRIMARY KEY(business_day, kind, account, user_id)
) WITHOUT ROWID;
CREATE TRIGGER day_totals_append_only_u BEFORE UPDATE ON day_totals
BEGIN SELECT RAISE(ABORT, 'day totals are append-only'); END;
CREATE TRIGGER day_totals_append_only_d BEFORE DELETE ON day_totals
BEGIN SELECT RAISE(ABORT, 'day totals are append-only'); END;

CREATE TABLE z_reports(
  business_day   TEXT PRIMARY KEY REFERENCES business_days(day),
  receipt_number INTEGER NOT NULL UNIQUE REFERENCES receipts(number),
  created_at     INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER z_reports_append_only_u BEFORE UPDATE ON z_reports
BEGIN SELECT RAISE(ABORT, 'Z reports are append-only'); END;
CREATE TRIGGER z_reports_append_only_d BEFORE DELETE ON z_reports
BEGIN SELECT RAISE(ABORT, 'Z reports are append-only'); END;
)SQL";
}

}  // namespace cz
