#pragma once
// The marketplace's own SQLite store: one connection guarded by one mutex (Debian's SQLite 3.40 has
// a WAL bug that needs two writers/checkpointers at once, so there is never a second connection),
// WAL for files, the whole schema created on first open (and a store of an older schema upgraded in
// place). Every piece of state lives here, so a restarted server carries on where it stopped.

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace cz::market {

/// A cached prepared statement in use; reset (and its bindings cleared) when it goes out of scope so
/// that a finished query never keeps a read snapshot open.
class Stmt final {
public:
    explicit Stmt(SQLite::Statement& st)
        : m_st(st)
    {
    }
    ~Stmt();
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    template<class... A> Stmt& bind(A&&... a)
    {
        m_st.bind(std::forward<A>(a)...);
        return *this;
    }
    bool step() { return m_st.executeStep(); }
    /// Makes the statement reusable for another execution with new bindings.
    void reset()
    {
        m_st.reset();
        m_st.clearBindings();
    }
    int exec() { return m_st.exec(); }
    SQLite::Column col(int i) { return m_st.getColumn(i); }
    std::string text(int i) { return m_st.getColumn(i).getString(); }
    std::int64_t int64(int i) { return m_st.getColumn(i).getInt64(); }
    bool isNull(int i) { return m_st.getColumn(i).isNull(); }

private:
    SQLite::Statement& m_st;
};

class Store final {
public:
    /// Opens (creating when missing) the store at `path`; ":memory:" for a throwaway one.
    /// Throws std::runtime_error when the file cannot be opened or is not a marketplace store.
    explicit Store(const std::string& path);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    /// Serialises every use of the connection. Tx takes it; read-only code takes it directly.
    std::recursive_mutex& mutex() { return m_mutex; }
    SQLite::Database& db() { return *m_db; }
    /// A cached prepared statement. Hold mutex() while it lives.
    Stmt query(const char* sql);

    [[nodiscard]] std::optional<std::string> meta(const std::string& key);
    void setMeta(const std::string& key, const std::string& value);
    [[nodiscard]] bool isNew() const { return m_new; }

private:
    /// Brings a store of an older schema version up to date, in one transaction.
    void upgradeSchema(const std::string& path);

    std::unique_ptr<SQLite::Database> m_db;
    std::recursive_mutex m_mutex;
    std::unordered_map<const char*, std::unique_ptr<SQLite::Statement>> m_stmts;
    bool m_new = false;
};

/// RAII write transaction (BEGIN IMMEDIATE) holding the store mutex for its whole life; rolls back
/// unless commit() was called.
class Tx final {
public:
    explicit Tx(Store& store);
    ~Tx();
    Tx(const Tx&) = delete;
    Tx& operator=(const Tx&) = delete;
    void commit();

private:
    Store& m_store;
    std::unique_lock<std::recursive_mutex> m_lock;
    bool m_done = false;
};

/// A savepoint inside a Tx: one op of a batch is applied entirely or not at all.
class Savepoint final {
public:
    explicit Savepoint(Store& store);
    ~Savepoint();
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    void release();
    void rollback();

private:
    Store& m_store;
    bool m_done = false;
};

} // namespace cz::market
