#pragma once
// One step of sync at a time: push a batch of the outbox, pull a page of events, pull a page of the
// catalog. Each page is applied in one transaction together with its cursor; the network is never
// used while the database is locked. The business meaning of events and op outcomes belongs to the
// handlers the services provide.

#include "core/clock.h"
#include "storage/database.h"
#include "storage/outbox_store.h"
#include "sync/http_client.h"
#include "sync/wire.h"

#include <chrono>
#include <optional>
#include <string>

namespace cz::sync {

/// Applies events (inside the sync's transaction). Throwing rolls the whole page back.
class EventHandler {
public:
    enum class Outcome { Applied, Skipped, NeedsAttention };
    struct Applied {
        Outcome outcome = Outcome::Applied;
        std::string refId;
        std::string code;     ///< for NeedsAttention
        std::string message;  ///< for NeedsAttention / Skipped
    };
    virtual ~EventHandler() = default;
    virtual Applied apply(const Event& e) = 0;
};

/// Learns the marketplace's verdict on an op (inside the sync's transaction).
class OpOutcomeHandler {
public:
    virtual ~OpOutcomeHandler() = default;
    virtual void accepted(const OutboxOp& op, const OpResult& r) = 0;
    /// A permanent rejection (422) or a conflict (409): the money side is the workflow's job.
    virtual void rejected(const OutboxOp& op, const OpResult& r) = 0;
};

/// Stores catalog items (inside the sync's transaction).
class CatalogHandler {
public:
    virtual ~CatalogHandler() = default;
    virtual void apply(const CatalogItem& item) = 0;
    /// The feed is being loaded from its start: secondary indexes may be left out until
    /// endFullLoad (inserting 200,000 rows in random index order costs more than sorting once).
    virtual void beginFullLoad() = 0;
    /// Every index is in place again. Called (in its own transaction) whenever a catalog pull
    /// ends, caught up or not, so a station that goes offline mid-load still has its indexes.
    virtual void endFullLoad() = 0;
};

enum class StepStatus {
    Done,       ///< did something; there may be more
    Idle,       ///< nothing to do / the feed is at its end
    Transient,  ///< network or server trouble: retry with backoff
    Fatal,      ///< configuration (token, URL, certificate) must change first
};

struct StepResult {
    StepStatus status = StepStatus::Idle;
    std::string message;
    std::optional<std::chrono::seconds> retryAfter;
    int count = 0;  ///< ops answered / events applied / products applied
};

struct RunReport {
    StepResult failure;  ///< the step that stopped the run (Idle when everything finished)
    int opsAnswered = 0;
    int eventsApplied = 0;
    int productsApplied = 0;
    std::string followUpError;  ///< local work after the run (search indexing) failed: why
    [[nodiscard]] bool ok() const { return failure.status == StepStatus::Idle || failure.status == StepStatus::Done; }
};

inline constexpr const char* kEventsFeed = "events";
inline constexpr const char* kCatalogFeed = "catalog";

class SyncEngine final {
public:
    SyncEngine(Database& db, HttpClient& http, const Clock& clock, EventHandler& events, OpOutcomeHandler& outcomes,
               CatalogHandler& catalog);

    StepResult pushBatch(int maxOps = 100);
    StepResult pullEvents(int limit = 100);
    /// Pulls the catalog feed until it has caught up (Idle) or a page fails; count = products
    /// stored. Page n+1 is fetched and decoded on a second thread while page n is stored.
    StepResult pullCatalog(int limit = 1000);
    /// Push until the outbox is empty, then events, then the catalog, until each is idle or fails.
    RunReport runOnce(bool includeCatalog = true);

private:
    struct FetchedCatalog {
        std::optional<CatalogPage> page;
        bool expired = false;  ///< 410: the cursor belongs to a store that was reset
        StepResult failure;
    };

    StepResult failed(const Result<HttpResponse, TransportError>& r) const;
    FetchedCatalog fetchCatalogPage(const std::string& cursor, int limit) const;
    StepResult storeCatalogPage(const CatalogPage& page, bool fromStart);
    StepResult endCatalogPull(StepResult s);

    Database& m_db;
    HttpClient& m_http;
    const Clock& m_clock;
    EventHandler& m_events;
    OpOutcomeHandler& m_outcomes;
    CatalogHandler& m_catalog;
    int m_batchLimit = 100;  ///< shrinks after 413 batch_too_large
};

}  // namespace cz::sync
