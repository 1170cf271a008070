#include "storage/database.h"

#include "storage/ledger_cache.h"
#include "storage/migrations.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace cz {

namespace {

// 'CZN1': marks the file as a Cunzhan station database.
constexpr int kApplicationId = 0x435A4E31;

std::string lockPathFor(const std::string& dbPath) { return dbPath + ".writer-lock"; }

// Takes the per-database writer lock. flock() locks are released by the kernel when the process
// dies, even by SIGKILL, so a crash never leaves a stale lock behind.
Result<int, DbError> takeWriterLock(const std::string& dbPath)
{
    const std::string lp = lockPathFor(dbPath);
    const int fd = ::open(lp.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return Failure{DbError{DbErrc::CannotOpen, "cannot create lock file " + lp + ": " + std::strerror(errno)}};
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        char buf[32] = {};
        const auto n = ::pread(fd, buf, sizeof buf - 1, 0);
        ::close(fd);
        std::string who = n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : std::string("?");
        while (!who.empty() && (who.back() == '\n' || who.back() == ' '))
            who.pop_back();
        return Failure{DbError{DbErrc::AnotherWriter,
                               "the station database " + dbPath + " is already open for writing by another "
                               "Cunzhan program (process " + who + "); close it first"}};
    }
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) == 0 && ::pwrite(fd, pid.data(), pid.size(), 0) < 0) {
        // The pid is only informational; the lock itself is what matters.
    }
    return fd;
}

}  // namespace

Result<std::unique_ptr<Database>, DbError> Database::open(const std::string& path, OpenMode mode,
                                                          Durability durability)
{
    std::unique_ptr<Database> db(new Database());
    db->m_ledgerCache = std::make_unique<LedgerCache>();
    db->m_path = path;
    db->m_mode = mode;
    const bool memory = path == ":memory:";
    try {
        if (mode == OpenMode::ReadOnly) {
            if (!memory && !std::filesystem::exists(path))
                return Failure{DbError{DbErrc::CannotOpen, "no station database at " + path}};
            db->m_db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX, 5000);
        } else {
            if (!memory) {
                auto lock = takeWriterLock(path);
                if (!lock)
                    return Failure{lock.error()};
                db->m_lockFd = *lock;
            }
            db->m_db = std::make_unique<SQLite::Database>(
                path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX, 5000);
        }
        auto& s = *db->m_db;
        const int appId = s.execAndGet("PRAGMA application_id").getInt();
        const int version = s.execAndGet("PRAGMA user_version").getInt();
        const bool empty = s.execAndGet("SELECT count(*) FROM sqlite_schema").getInt() == 0;
        if (!empty && appId != kApplicationId)
            return Failure{DbError{DbErrc::NotAStation, path + " is not a Cunzhan station database"}};
        if (version > latestSchemaVersion())
            return Failure{DbError{DbErrc::NewerSchema, path + " was written by a newer Cunzhan (schema " +
                                                            std::to_string(version) + ")"}};
        if (mode == OpenMode::ReadOnly) {
            if (empty)
                return Failure{DbError{DbErrc::NotAStation, path + " is empty, not a station database"}};
            s.exec("PRAGMA query_only = ON");
            return db;
        }
        if (!memory)
            s.exec("PRAGMA journal_mode = WAL");
        s.exec(durability == Durability::Full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = OFF");
        s.exec("PRAGMA foreign_keys = ON");
        s.exec("PRAGMA temp_store = MEMORY");
        if (empty)
            s.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        if (auto m = db->migrate(); !m)
            return Failure{m.error()};
    } catch (const SQLite::Exception& e) {
        return Failure{DbError{DbErrc::CannotOpen, std::string("cannot open ") + path + ": " + e.what()}};
    }
    return db;
}

Database::~Database()
{
    m_stmts.clear();
    m_ledgerCache.reset();
    m_db.reset();
    if (m_lockFd >= 0)
        ::close(m_lockFd);  // releases the flock
}

int Database::latestSchemaVersion() { return migrations().back().version; }

int Database::schemaVersion() const { return m_db->execAndGet("PRAGMA user_version").getInt(); }

Result<void, DbError> Database::migrate()
{
    const int current = schemaVersion();
    for (const auto& m : migrations()) {
        if (m.version <= current)
            continue;
        try {
            WriteTransaction tx(*this);
            m_db->exec(m.sql);
            m_db->exec("PRAGMA user_version = " + std::to_string(m.version));
            tx.commit();
        } catch (const SQLite::Exception& e) {
            return Failure{DbError{DbErrc::Migration, "migration " + std::to_string(m.version) + " (" +
                                                          m.description + ") failed: " + e.what()}};
        }
    }
    return {};
}

void Database::run(const char* sqlText)
{
    auto q = stmt(sqlText);
    q.exec();
}

Query Database::stmt(const char* sqlText)
{
    auto it = m_stmts.find(sqlText);
    if (it == m_stmts.end())
        it = m_stmts.emplace(sqlText, std::make_unique<SQLite::Statement>(*m_db, sqlText)).first;
    auto& st = *it->second;
    st.reset();
    st.clearBindings();
    return Query(st);
}

Result<void, DbError> Database::backupTo(const std::string& destPath)
{
    std::lock_guard lock(m_mutex);
    if (std::filesystem::exists(destPath))
        return Failure{DbError{DbErrc::CannotOpen, destPath + " already exists; choose a new file"}};
    try {
        SQLite::Database dest(destPath, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        SQLite::Backup backup(dest, "main", *m_db, "main");
        backup.executeStep(-1);  // whole database in one step: one consistent snapshot
        dest.exec("PRAGMA journal_mode = DELETE");
    } catch (const SQLite::Exception& e) {
        std::error_code ec;
        std::filesystem::remove(destPath, ec);
        return Failure{DbError{DbErrc::CannotOpen, std::string("backup to ") + destPath + " failed: " + e.what()}};
    }
    return {};
}

WriteTransaction::WriteTransaction(Database& db) : m_db(db), m_lock(db.mutex())
{
    m_db.run("BEGIN IMMEDIATE");
}

WriteTransaction::~WriteTransaction()
{
    if (!m_done) {
        m_db.noteRollback();
        try {
            m_db.run("ROLLBACK");
        } catch (const SQLite::Exception&) {
            // The transaction may already be gone (e.g. SQLite rolled back on an I/O error).
        }
    }
}

void WriteTransaction::commit()
{
    m_db.run("COMMIT");
    m_done = true;
}

ReadTransaction::ReadTransaction(Database& db) : m_db(db), m_lock(db.mutex())
{
    if (sqlite3_get_autocommit(m_db.sql().getHandle()) != 0) {
        m_db.run("BEGIN");
        m_began = true;
    }
}

ReadTransaction::~ReadTransaction()
{
    if (m_began) {
        try {
            m_db.run("COMMIT");
        } catch (const SQLite::Exception&) {
        }
    }
}

}  // namespace cz
