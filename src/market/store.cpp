#include "market/store.h"

#include <SQLiteCpp/Exception.h>
#include <array>
#include <iostream>
#include <stdexcept>

namespace cz::market {

namespace {

// 'CZMK': marks the file as a reference-marketplace store, so pointing --db at a station database
// (or anything else) fails instead of scribbling into it.
constexpr int kApplicationId = 0x435A4D4B;

// Upgrades of an existing store, one per schema version after the first: kUpgrades[i] takes a
// store from version i + 1 to i + 2. kSchema below is always the latest, for new stores.
constexpr std::array<const char*, 1> kUpgrades = {
    // 2: each product's wire object, rendered when the product is written (Catalog fills it in).
    "ALTER TABLE products ADD COLUMN wire TEXT;",
};
constexpr int kSchemaVersion = 1 + static_cast<int>(kUpgrades.size());

// Money columns are INTEGER fen; times are INTEGER unix ms of the simulated clock.
constexpr const char* kSchema = R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE stations (
  station_id TEXT PRIMARY KEY, name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE,
  balance_fen INTEGER NOT NULL DEFAULT 0, wallet_seq INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE ops (
  station_id TEXT NOT NULL, op_id TEXT NOT NULL, type TEXT NOT NULL, content_hash TEXT NOT NULL,
  created_at INTEGER, received_at INTEGER NOT NULL, status INTEGER NOT NULL, response TEXT NOT NULL,
  PRIMARY KEY (station_id, op_id)) WITHOUT ROWID;
CREATE TABLE events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, station_id TEXT NOT NULL, event_id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL, occurred_at INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX events_by_station ON events (station_id, seq);
CREATE TABLE wallet_lines (
  station_id TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL, kind TEXT NOT NULL,
  amount_fen INTEGER NOT NULL, balance_after_fen INTEGER NOT NULL CHECK (balance_after_fen >= 0),
  ref_type TEXT NOT NULL, ref_id TEXT NOT NULL, event_id TEXT NOT NULL,
  PRIMARY KEY (station_id, seq)) WITHOUT ROWID;
CREATE INDEX wallet_lines_by_time ON wallet_lines (station_id, at, seq);
CREATE TABLE products (
  product_id TEXT PRIMARY KEY, version INTEGER NOT NULL UNIQUE, deleted INTEGER NOT NULL DEFAULT 0,
  name_zh TEXT NOT NULL, name_en TEXT NOT NULL, category TEXT NOT NULL, barcode TEXT NOT NULL,
  price_fen INTEGER NOT NULL CHECK (price_fen > 0), unit TEXT NOT NULL, description TEXT NOT NULL,
  has_image INTEGER NOT NULL DEFAULT 0, wire TEXT) WITHOUT ROWID;
CREATE TABLE orders (
  station_id TEXT NOT NULL, order_id TEXT NOT NULL, state TEXT NOT NULL,
  goods_total_fen INTEGER NOT NULL, debited_fen INTEGER NOT NULL DEFAULT 0, lines TEXT NOT NULL,
  customer TEXT, market_order_no TEXT, carrier TEXT, tracking_no TEXT, parcel_id TEXT,
  placed_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  PRIMARY KEY (station_id, order_id)) WITHOUT ROWID;
CREATE TABLE parcels (
  parcel_id TEXT PRIMARY KEY, station_id TEXT NOT NULL, order_id TEXT NOT NULL, tracking_no TEXT NOT NULL,
  state TEXT NOT NULL, arrived_at INTEGER NOT NULL, picked_up_at INTEGER) WITHOUT ROWID;
CREATE TABLE listings (
  station_id TEXT NOT NULL, listing_id TEXT NOT NULL, farmer_ref TEXT NOT NULL, title_zh TEXT NOT NULL,
  title_en TEXT, category TEXT NOT NULL, unit TEXT NOT NULL, unit_price_fen INTEGER NOT NULL,
  quantity INTEGER NOT NULL, harvest_date TEXT, shelf_life_days INTEGER, state TEXT NOT NULL,
  market_listing_no TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  PRIMARY KEY (station_id, listing_id)) WITHOUT ROWID;
CREATE INDEX listings_active ON listings (state);
CREATE TABLE listing_photos (
  station_id TEXT NOT NULL, listing_id TEXT NOT NULL, idx INTEGER NOT NULL, data BLOB NOT NULL,
  PRIMARY KEY (station_id, listing_id, idx)) WITHOUT ROWID;
CREATE TABLE sales (
  sale_id TEXT PRIMARY KEY, station_id TEXT NOT NULL, listing_id TEXT NOT NULL, quantity INTEGER NOT NULL,
  unit_price_fen INTEGER NOT NULL, gross_fen INTEGER NOT NULL, platform_fee_fen INTEGER NOT NULL,
  state TEXT NOT NULL, courier TEXT, tracking_no TEXT, sold_at INTEGER NOT NULL, dispatched_at INTEGER)
  WITHOUT ROWID;
CREATE TABLE payments (
  station_id TEXT NOT NULL, payment_id TEXT NOT NULL, kind TEXT NOT NULL, biller_id TEXT NOT NULL,
  account_no TEXT NOT NULL, amount_fen INTEGER NOT NULL, period TEXT, state TEXT NOT NULL,
  biller_ref TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  PRIMARY KEY (station_id, payment_id)) WITHOUT ROWID;
CREATE INDEX payments_by_account ON payments (biller_id, account_no, period);
CREATE TABLE tickets (
  station_id TEXT NOT NULL, booking_id TEXT NOT NULL, train_no TEXT NOT NULL, travel_date TEXT NOT NULL,
  from_city TEXT NOT NULL, to_city TEXT NOT NULL, seat_class TEXT NOT NULL, passenger_name TEXT NOT NULL,
  passenger_id_masked TEXT NOT NULL, price_fen INTEGER NOT NULL, depart_at INTEGER NOT NULL,
  state TEXT NOT NULL, eticket_no TEXT, refund_fee_fen INTEGER, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  PRIMARY KEY (station_id, booking_id)) WITHOUT ROWID;
CREATE INDEX tickets_by_train ON tickets (train_no, travel_date, seat_class, state);
CREATE TABLE tasks (
  id INTEGER PRIMARY KEY AUTOINCREMENT, due_at INTEGER NOT NULL, kind TEXT NOT NULL,
  station_id TEXT NOT NULL, ref_id TEXT NOT NULL);
CREATE INDEX tasks_due ON tasks (due_at, id);
)SQL";

} // namespace

Stmt::~Stmt()
{
    try {
        m_st.reset();
        m_st.clearBindings();
    } catch (const SQLite::Exception&) {
        // reset() reports the last step's error again; it was already thrown to the caller then.
    }
}

Store::Store(const std::string& path)
{
    const bool memory = path == ":memory:" || path.empty();
    try {
        m_db = std::make_unique<SQLite::Database>(memory ? std::string(":memory:") : path,
                                                  SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, 5000);
        auto& s = *m_db;
        const bool empty = s.execAndGet("SELECT count(*) FROM sqlite_schema").getInt() == 0;
        if (!empty && s.execAndGet("PRAGMA application_id").getInt() != kApplicationId)
            throw std::runtime_error(path + " is not a cunzhan-market store");
        // A products row carries its wire text, about 3 KB with a thumbnail, and a WITHOUT ROWID
        // table keeps only about a quarter of a page of a row in place: with 4 KiB pages every
        // such row spilled into overflow pages, and generating 200,000 products took twice as
        // long. The page size is fixed when the file is created; older stores keep theirs.
        if (empty)
            s.exec("PRAGMA page_size = 16384");
        if (!memory)
            s.exec("PRAGMA journal_mode = WAL");
        // NORMAL under WAL survives a crash of the process (what tests do to the server); the
        // reference marketplace does not need to survive a power cut.
        s.exec("PRAGMA synchronous = NORMAL");
        s.exec("PRAGMA temp_store = MEMORY");
        if (empty) {
            m_new = true;
            s.exec("BEGIN IMMEDIATE");
            s.exec(kSchema);
            s.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            s.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
            s.exec("COMMIT");
        } else {
            upgradeSchema(path);
        }
    } catch (const SQLite::Exception& e) {
        throw std::runtime_error("cannot open market store " + path + ": " + e.what());
    }
}

void Store::upgradeSchema(const std::string& path)
{
    auto& s = *m_db;
    const int version = s.execAndGet("PRAGMA user_version").getInt();
    if (version < 1 || version > kSchemaVersion)
        throw std::runtime_error(path + " has an unsupported cunzhan-market schema version");
    if (version == kSchemaVersion)
        return;
    s.exec("BEGIN IMMEDIATE");
    for (int v = version; v < kSchemaVersion; ++v)
        s.exec(kUpgrades.at(static_cast<std::size_t>(v - 1)));
    s.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
    s.exec("COMMIT");
}

Store::~Store()
{
    m_stmts.clear();
    m_db.reset();
}

Stmt Store::query(const char* sql)
{
    // Keyed by the literal's address: every call site passes a string literal, so this is both
    // cheaper than hashing the text and exact.
    auto it = m_stmts.find(sql);
    if (it == m_stmts.end())
        it = m_stmts.emplace(sql, std::make_unique<SQLite::Statement>(*m_db, sql)).first;
    return Stmt(*it->second);
}

std::optional<std::string> Store::meta(const std::string& key)
{
    std::lock_guard lock(m_mutex);
    auto q = query("SELECT value FROM meta WHERE key = ?");
    q.bind(1, key);
    if (!q.step())
        return std::nullopt;
    return q.text(0);
}

void Store::setMeta(const std::string& key, const std::string& value)
{
    std::lock_guard lock(m_mutex);
    auto q
        = query("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    q.bind(1, key).bind(2, value);
    q.exec();
}

Tx::Tx(Store& store)
    : m_store(store)
    , m_lock(store.mutex())
{
    m_store.db().exec("BEGIN IMMEDIATE");
}

Tx::~Tx()
{
    if (m_done)
        return;
    try {
        m_store.db().exec("ROLLBACK");
    } catch (const SQLite::Exception& e) {
        std::cerr << "cunzhan-market: rollback failed: " << e.what() << '\n';
    }
}

void Tx::commit()
{
    m_store.db().exec("COMMIT");
    m_done = true;
}

Savepoint::Savepoint(Store& store)
    : m_store(store)
{
    m_store.db().exec("SAVEPOINT op");
}

Savepoint::~Savepoint()
{
    if (!m_done) {
        try {
            rollback();
        } catch (const SQLite::Exception& e) {
            std::cerr << "cunzhan-market: savepoint rollback failed: " << e.what() << '\n';
        }
    }
}

void Savepoint::release()
{
    m_store.db().exec("RELEASE op");
    m_done = true;
}

void Savepoint::rollback()
{
    m_done = true;
    m_store.db().exec("ROLLBACK TO op");
    m_store.db().exec("RELEASE op");
}

} // namespace cz::market
