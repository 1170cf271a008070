#pragma once
// The station database: one SQLite file, one writer connection per process (WAL, synchronous=FULL,
// foreign keys on), versioned migrations, and a process-level writer lock so that a second
// cunzhan / cunzhan-ctl writer on the same file refuses to start. Readers (verify, balance, backup)
// open read-only and may run while the app is writing.

#include "core/result.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace cz {

enum class OpenMode { Writer, ReadOnly };

/// Full: synchronous=FULL, what the station runs with. Fast: synchronous=OFF, for throwaway
/// databases in tests and simulations only — never for a real station.
enum class Durability { Full, Fast };

enum class DbErrc {
    AnotherWriter,  ///< another process has the database open for writing
    CannotOpen,     ///< missing file (read-only), permissions, not a database
    NotAStation,    ///< a SQLite file that is not a Cunzhan station database
    NewerSchema,    ///< written by a newer Cunzhan
    Migration,      ///< a migration failed (nothing of it was applied)
};

struct DbError {
    DbErrc code;
    std::string detail;
};

class Database;
struct LedgerCache;

/// A cached prepared statement in use: bindings cleared on the way in, reset on the way out, so a
/// finished query never keeps a read snapshot open. Hold the database mutex while it lives.
class Query final {
public:
    explicit Query(SQLite::Statement& st) : m_st(st) {}
    ~Query() { (void)m_st.tryReset(); }  // never throws: may run while an exception unwinds
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    template <class... A>
    void bind(A&&... a) { m_st.bind(std::forward<A>(a)...); }
    bool executeStep() { return m_st.executeStep(); }
    int exec() { return m_st.exec(); }
    SQLite::Column getColumn(int i) { return m_st.getColumn(i); }

private:
    SQLite::Statement& m_st;
};

class Database final {
public:
    static Result<std::unique_ptr<Database>, DbError> open(const std::string& path, OpenMode mode,
                                                           Durability durability = Durability::Full);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] OpenMode mode() const { return m_mode; }
    [[nodiscard]] int schemaVersion() const;
    static int latestSchemaVersion();

    /// The raw connection. Storage code only; hold mutex() while using it.
    SQLite::Database& sql() { return *m_db; }
    /// Serialises every use of the connection across threads (GUI and sync worker share it).
    std::recursive_mutex& mutex() { return m_mutex; }

    /// A cached prepared statement, reset and with bindings cleared. Hold mutex() while using it,
    /// and do not use the same statement text re-entrantly.
    Query stmt(const char* sqlText);

    /// Online backup (SQLite backup API) to a new file; consistent while others write.
    Result<void, DbError> backupTo(const std::string& destPath);

    /// Runs a cached statement that returns no rows (BEGIN, COMMIT, SAVEPOINT …).
    void run(const char* sqlText);

    /// Bumped whenever a write transaction or savepoint is rolled back: caches of committed state
    /// (LedgerCache) compare it to know their contents may be gone.
    [[nodiscard]] std::uint64_t rollbackEpoch() const { return m_rollbackEpoch; }
    void noteRollback() { ++m_rollbackEpoch; }

    /// State the ledger keeps between calls (running balances, the chain head); one per database
    /// so that every LedgerStore over it sees the same values.
    LedgerCache& ledgerCache() { return *m_ledgerCache; }

private:
    Database() = default;
    Result<void, DbError> migrate();

    std::string m_path;
    OpenMode m_mode = OpenMode::Writer;
    int m_lockFd = -1;
    std::unique_ptr<SQLite::Database> m_db;
    std::recursive_mutex m_mutex;
    std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> m_stmts;
    std::uint64_t m_rollbackEpoch = 0;
    std::unique_ptr<LedgerCache> m_ledgerCache;
};

/// RAII write transaction (BEGIN IMMEDIATE). Rolls back unless commit() was called. Holds the
/// database mutex for its whole life, so one thread's work never interleaves with another's.
class WriteTransaction final {
public:
    explicit WriteTransaction(Database& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit();

private:
    Database& m_db;
    std::unique_lock<std::recursive_mutex> m_lock;
    bool m_done = false;
};

/// RAII read transaction: one consistent snapshot for several queries.
class ReadTransaction final {
public:
    explicit ReadTransaction(Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Database& m_db;
    std::unique_lock<std::recursive_mutex> m_lock;
    bool m_began = false;
};

}  // namespace cz
