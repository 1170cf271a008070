#pragma once
// Runs sync off the GUI thread: a loop of SyncEngine::runOnce with backoff after failures and a
// pause when idle; "sync now" wakes it. It owns its HttpClient (one libcurl handle per thread) and
// shares the database's writer connection through the database mutex. Status goes out through a
// callback called on the worker thread (the GUI forwards it to its own thread).

#include "core/clock.h"
#include "storage/database.h"
#include "sync/backoff.h"
#include "sync/http_client.h"
#include "sync/sync_engine.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace cz::sync {

struct WorkerStatus {
    bool running = false;
    bool online = false;         ///< the last contact with the marketplace worked
    bool fatal = false;          ///< stopped retrying until the configuration changes
    std::string lastError;
    std::optional<TimePoint> lastSuccess;
    std::chrono::milliseconds nextTryIn{0};
    RunReport lastRun;
};

class SyncWorker final {
public:
    using StatusCallback = std::function<void(const WorkerStatus&)>;

    SyncWorker(Database& db, const Clock& clock, HttpConfig http, EventHandler& events, OpOutcomeHandler& outcomes,
               CatalogHandler& catalog, StatusCallback onStatus,
               std::chrono::milliseconds idleInterval = std::chrono::seconds(20),
               std::function<std::string()> afterRun = {});
    ~SyncWorker();
    SyncWorker(const SyncWorker&) = delete;
    SyncWorker& operator=(const SyncWorker&) = delete;

    void start();
    /// Wakes the worker for an immediate run (also after a fatal error).
    void syncNow();
    /// Finishes the current request and stops. Idempotent.
    void stop();

private:
    void loop();

    Database& m_db;
    const Clock& m_clock;
    HttpConfig m_http;
    EventHandler& m_events;
    OpOutcomeHandler& m_outcomes;
    CatalogHandler& m_catalog;
    StatusCallback m_onStatus;
    std::chrono::milliseconds m_idle;
    std::function<std::string()> m_afterRun;  ///< local follow-up work after each run (e.g. search indexing); "" or an error

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_kick = false;
    std::thread m_thread;
};

}  // namespace cz::sync
