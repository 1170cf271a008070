#include "sync/sync_worker.h"

#include <random>

namespace cz::sync {

SyncWorker::SyncWorker(Database& db, const Clock& clock, HttpConfig http, EventHandler& events,
                       OpOutcomeHandler& outcomes, CatalogHandler& catalog, StatusCallback onStatus,
                       std::chrono::milliseconds idleInterval, std::function<std::string()> afterRun)
    : m_db(db)
    , m_clock(clock)
    , m_http(std::move(http))
    , m_events(events)
    , m_outcomes(outcomes)
    , m_catalog(catalog)
    , m_onStatus(std::move(onStatus))
    , m_idle(idleInterval)
    , m_afterRun(std::move(afterRun))
{
}

SyncWorker::~SyncWorker() { stop(); }

void SyncWorker::start()
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_thread = std::thread([this] { loop(); });
}

void SyncWorker::syncNow()
{
    {
        std::lock_guard lock(m_mutex);
        m_kick = true;
    }
    m_wake.notify_all();
}

void SyncWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable() && m_thread.get_id() != std::this_thread::get_id())
        m_thread.join();
}

void SyncWorker::loop()
{
    HttpClient http(m_http);
    SyncEngine engine(m_db, http, m_clock, m_events, m_outcomes, m_catalog);
    Backoff backoff(std::chrono::seconds(1), std::chrono::minutes(5), std::random_device{}());
    WorkerStatus status;
    status.running = true;
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stop)
                break;
            m_kick = false;
        }
        RunReport rep = engine.runOnce();
        if (m_afterRun)
            rep.followUpError = m_afterRun();
        status.lastRun = rep;
        std::chrono::milliseconds wait = m_idle;
        if (rep.ok()) {
            status.online = true;
            status.fatal = false;
            status.lastError = rep.followUpError;
            status.lastSuccess = m_clock.now();
            backoff.reset();
        } else {
            status.online = false;
            status.lastError = rep.failure.message;
            status.fatal = rep.failure.status == StepStatus::Fatal;
            // A fatal error (bad token, untrusted certificate) waits for "sync now" or the idle tick.
            wait = status.fatal ? std::max(m_idle, std::chrono::milliseconds(std::chrono::minutes(1)))
                                : backoff.next(rep.failure.retryAfter);
        }
        status.nextTryIn = wait;
        if (m_onStatus)
            m_onStatus(status);
        std::unique_lock lock(m_mutex);
        m_wake.wait_for(lock, wait, [this] { return m_stop || m_kick; });
        if (m_stop)
            break;
    }
    status.running = false;
    if (m_onStatus)
        m_onStatus(status);
}

}  // namespace cz::sync
