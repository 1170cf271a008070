#pragma once
// The station's side of marketplace sync: configuration (URL, token, CA file), the handlers that
// give events and op outcomes their business meaning, one-shot runs (CLI), the background worker
// (GUI), and what the sync page shows (waiting and failed ops, issues).

#include "services/audit.h"
#include "services/errors.h"
#include "services/session.h"
#include "services/settings_service.h"
#include "services/station_context.h"
#include "storage/catalog_store.h"
#include "storage/outbox_store.h"
#include "storage/sync_state_store.h"
#include "sync/sync_worker.h"

#include <string>
#include <vector>

#include <functional>
#include <memory>
#include <mutex>

namespace cz {

namespace setting_key {
inline constexpr const char* SyncUrl = "sync.url";
inline constexpr const char* SyncToken = "sync.token";
inline constexpr const char* SyncCaFile = "sync.ca_file";
}  // namespace setting_key

struct SyncSettings {
    std::string url;
    std::string maskedToken;  ///< "abcd…wxyz": never the whole token
    std::string caFile;
    bool configured = false;
};

/// What the status strip and the sync page show.
struct SyncOverview {
    OutboxCounts counts;
    std::int64_t openIssues = 0;
    sync::WorkerStatus worker;
};

/// "abcd…wxyz" (or "…" for short tokens).
std::string maskToken(const std::string& token);

class SyncService final {
public:
    SyncService(StationContext& ctx, Audit& audit, SettingsService& settings);
    ~SyncService();

    SyncSettings settings();
    SResult<void> configure(const Session& who, const std::string& url, const std::string& token,
                            const std::string& caFile);
    sync::HttpConfig httpConfig();

    /// One full run on the calling thread (cunzhan-ctl sync).
    SResult<sync::RunReport> runOnce(bool includeCatalog = true);

    using StatusListener = std::function<void(const SyncOverview&)>;
    /// Starts the background worker; the listener is called on the worker thread.
    void startWorker(StatusListener listener, std::chrono::milliseconds idle = std::chrono::seconds(20));
    void syncNow();
    void stopWorker();
    [[nodiscard]] bool workerRunning();

    SyncOverview overview();
    std::vector<OutboxOp> outbox(const std::vector<OutboxState>& states, int limit) { return m_outbox.list(states, limit); }
    std::vector<SyncIssue> issues(int limit) { return m_state.openIssues(limit); }
    SResult<void> resolveIssue(const Session& who, std::int64_t issueId);

    sync::EventHandler& eventHandler();
    sync::OpOutcomeHandler& outcomeHandler();
    sync::CatalogHandler& catalogHandler();

    // Each workflow registers what its events and ops mean (StationServices wires them up).
    using EventFn = std::function<sync::EventHandler::Applied(const sync::Event&)>;
    using OpFn = std::function<void(const OutboxOp&, const sync::OpResult&)>;
    using CatalogFn = std::function<void(const CatalogProduct&)>;
    /// Events whose type starts with one of `typePrefixes` (e.g. "order.", "listing.").
    void onEvents(std::vector<std::string> typePrefixes, EventFn fn);
    /// Op results for ops whose type starts with `opTypePrefix`.
    void onOpAccepted(std::string opTypePrefix, OpFn fn);
    void onOpRejected(std::string opTypePrefix, OpFn fn);
    /// Every catalog product stored (e.g. to index it for search), inside the page's transaction.
    void onCatalogProduct(CatalogFn fn);
    /// Local work after each sync run, on the syncing thread, outside any transaction (e.g.
    /// bringing the search index up to the catalog).
    /// Local follow-up work after each run; returns an error text ("" when it went well).
    void afterRun(std::function<std::string()> fn) { m_afterRun = std::move(fn); }

private:
    class Router;
    StationContext& m_ctx;
    Audit& m_audit;
    SettingsService& m_settings;
    OutboxStore m_outbox;
    SyncStateStore m_state;
    std::unique_ptr<Router> m_router;
    std::mutex m_workerMutex;
    std::unique_ptr<sync::SyncWorker> m_worker;
    sync::WorkerStatus m_lastStatus;
    std::function<std::string()> m_afterRun;
};

}  // namespace cz
