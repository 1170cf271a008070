#include "services/sync_service.h"

#include "services/journal.h"
#include "storage/catalog_store.h"

#include <SQLiteCpp/Exception.h>

#include <filesystem>

namespace cz {

using sync::EventHandler;

std::string maskToken(const std::string& token)
{
    if (token.size() < 12)
        return token.empty() ? std::string() : std::string("…");
    return token.substr(0, 4) + "…" + token.substr(token.size() - 4);
}

// Gives events and op outcomes their business meaning: each workflow handles its own.
class SyncService::Router final : public sync::EventHandler, public sync::OpOutcomeHandler, public sync::CatalogHandler {
public:
    explicit Router(StationContext& ctx) : m_ctx(ctx), m_journal(ctx) {}

    Applied apply(const sync::Event& e) override
    {
        if (std::holds_alternative<sync::UnknownEvent>(e.data))
            return Applied{Outcome::Skipped, {}, {}, "unknown event type " + e.type};
        if (const auto* w = std::get_if<sync::WalletCredited>(&e.data))
            return walletCredited(e, *w);
        for (const auto& [prefixes, fn] : m_events)
            for (const auto& p : prefixes)
                if (e.type.rfind(p, 0) == 0)
                    return fn(e);
        // A money event of a workflow this version does not run: keep it visible, never silent.
        return Applied{Outcome::NeedsAttention, {}, "unhandled_event",
                       "this station cannot apply " + e.type + " events yet"};
    }

    void accepted(const OutboxOp& op, const sync::OpResult& r) override { dispatch(m_accepted, op, r); }
    void rejected(const OutboxOp& op, const sync::OpResult& r) override { dispatch(m_rejected, op, r); }

    void apply(const sync::CatalogItem& i) override
    {
        const CatalogProduct p{i.productId, i.version, i.deleted, i.nameZh, i.nameEn, i.category,
                               i.barcode,   i.price,   i.unit,    i.description, i.image};
        if (CatalogStore(m_ctx.db()).upsertIfNewer(p))
            for (const auto& fn : m_catalog)
                fn(p);
    }
    void beginFullLoad() override { CatalogStore(m_ctx.db()).deferIndexes(); }
    void endFullLoad() override { CatalogStore(m_ctx.db()).ensureIndexes(); }

    std::vector<std::pair<std::vector<std::string>, EventFn>> m_events;
    std::vector<std::pair<std::string, OpFn>> m_accepted;
    std::vector<std::pair<std::string, OpFn>> m_rejected;
    std::vector<CatalogFn> m_catalog;

private:
    static void dispatch(const std::vector<std::pair<std::string, OpFn>>& handlers, const OutboxOp& op,
                         const sync::OpResult& r)
    {
        for (const auto& [prefix, fn] : handlers)
            if (op.type.rfind(prefix, 0) == 0)
                fn(op, r);
    }

    Applied walletCredited(const sync::Event& e, const sync::WalletCredited& w)
    {
        // Bank top-ups come from the bank account. A cash top-up comes out of the drawer when a day
        // is open and the drawer holds it; otherwise the owner paid it from their own pocket.
        EntryRequest req{e.eventId, "wallet_topup", "wallet top-up " + w.reference,
                         {{std::string(acct::PlatformWallet), w.amount}, {std::string(acct::Bank), -w.amount}},
                         std::nullopt};
        if (w.method == "cash") {
            req.lines[1].account = std::string(acct::CashDrawer);
            auto r = m_journal.post(req, nullptr);
            if (r)
                return Applied{Outcome::Applied, w.reference, {}, {}};
            req.lines[1].account = std::string(acct::OwnerEquity);
            auto owner = m_journal.post(req, nullptr);
            if (!owner)
                throw std::runtime_error("wallet top-up: " + owner.error().detail);
            return Applied{Outcome::NeedsAttention, w.reference, "cash_topup_not_from_drawer",
                           "a cash wallet top-up of " + formatMoney(w.amount) +
                               " could not be taken from the drawer (no open day or not enough cash); it is recorded as "
                               "the owner's money"};
        }
        auto r = m_journal.post(req, nullptr);
        if (!r)
            throw std::runtime_error("wallet top-up: " + r.error().detail);
        return Applied{Outcome::Applied, w.reference, {}, {}};
    }

    StationContext& m_ctx;
    Journal m_journal;
};

SyncService::SyncService(StationContext& ctx, Audit& audit, SettingsService& settings)
    : m_ctx(ctx)
    , m_audit(audit)
    , m_settings(settings)
    , m_outbox(ctx.db())
    , m_state(ctx.db())
    , m_router(std::make_unique<Router>(ctx))
{
}

SyncService::~SyncService() { stopWorker(); }

void SyncService::onEvents(std::vector<std::string> typePrefixes, EventFn fn)
{
    m_router->m_events.emplace_back(std::move(typePrefixes), std::move(fn));
}
void SyncService::onOpAccepted(std::string opTypePrefix, OpFn fn)
{
    m_router->m_accepted.emplace_back(std::move(opTypePrefix), std::move(fn));
}
void SyncService::onOpRejected(std::string opTypePrefix, OpFn fn)
{
    m_router->m_rejected.emplace_back(std::move(opTypePrefix), std::move(fn));
}
void SyncService::onCatalogProduct(CatalogFn fn) { m_router->m_catalog.push_back(std::move(fn)); }

sync::EventHandler& SyncService::eventHandler() { return *m_router; }
sync::OpOutcomeHandler& SyncService::outcomeHandler() { return *m_router; }
sync::CatalogHandler& SyncService::catalogHandler() { return *m_router; }

SyncSettings SyncService::settings()
{
    SyncSettings s;
    s.url = m_settings.value(setting_key::SyncUrl);
    const std::string token = m_settings.value(setting_key::SyncToken);
    s.maskedToken = maskToken(token);
    s.caFile = m_settings.value(setting_key::SyncCaFile);
    s.configured = !s.url.empty() && !token.empty();
    return s;
}

sync::HttpConfig SyncService::httpConfig()
{
    sync::HttpConfig c;
    c.baseUrl = m_settings.value(setting_key::SyncUrl);
    c.token = m_settings.value(setting_key::SyncToken);
    c.caFile = m_settings.value(setting_key::SyncCaFile);
    return c;
}

SResult<void> SyncService::configure(const Session& who, const std::string& url, const std::string& token,
                                     const std::string& caFile)
{
    if (!who.isSupervisor()) {
        m_audit.record(&who, "sync_configure", "sync", "denied", "not a supervisor");
        return fail(Errc::NotAllowed, "only a supervisor may change the marketplace connection");
    }
    std::string why;
    if (!sync::isAcceptableBaseUrl(url, &why))
        return fail(Errc::InvalidInput, why);
    if (token.size() < 16 || token.size() > 256 || token.find_first_of(" \t\r\n") != std::string::npos)
        return fail(Errc::InvalidInput, "the station token is 16 to 256 characters without spaces");
    if (!caFile.empty() && !std::filesystem::is_regular_file(caFile))
        return fail(Errc::InvalidInput, "no CA file at " + caFile);
    try {
        WriteTransaction tx(m_ctx.db());
        m_settings.setValue(setting_key::SyncUrl, url);
        m_settings.setValue(setting_key::SyncToken, token);
        m_settings.setValue(setting_key::SyncCaFile, caFile);
        // The token itself never goes to the audit log.
        m_audit.record(&who, "sync_configure", "sync", "ok", url + " token " + maskToken(token));
        tx.commit();
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
    return {};
}

SResult<sync::RunReport> SyncService::runOnce(bool includeCatalog)
{
    if (!settings().configured)
        return fail(Errc::InvalidInput, "the marketplace connection is not configured");
    sync::HttpClient http(httpConfig());
    sync::SyncEngine engine(m_ctx.db(), http, m_ctx.clock(), *m_router, *m_router, *m_router);
    auto report = engine.runOnce(includeCatalog);
    if (m_afterRun)
        report.followUpError = m_afterRun();
    return report;
}

void SyncService::startWorker(StatusListener listener, std::chrono::milliseconds idle)
{
    std::lock_guard lock(m_workerMutex);
    if (m_worker)
        return;
    m_worker = std::make_unique<sync::SyncWorker>(
        m_ctx.db(), m_ctx.clock(), httpConfig(), *m_router, *m_router, *m_router,
        [this, listener](const sync::WorkerStatus& st) {
            {
                std::lock_guard l(m_workerMutex);
                m_lastStatus = st;
            }
            if (listener)
                listener(overview());
        },
        idle, m_afterRun);
    m_worker->start();
}

void SyncService::syncNow()
{
    std::lock_guard lock(m_workerMutex);
    if (m_worker)
        m_worker->syncNow();
}

void SyncService::stopWorker()
{
    std::unique_ptr<sync::SyncWorker> w;
    {
        std::lock_guard lock(m_workerMutex);
        w = std::move(m_worker);
    }
    if (w)
        w->stop();  // outside the lock: the worker's last status callback takes it
}

bool SyncService::workerRunning()
{
    std::lock_guard lock(m_workerMutex);
    return m_worker != nullptr;
}

SyncOverview SyncService::overview()
{
    SyncOverview o;
    o.counts = m_outbox.counts();
    o.openIssues = m_state.openIssueCount();
    std::lock_guard lock(m_workerMutex);
    o.worker = m_lastStatus;
    return o;
}

SResult<void> SyncService::resolveIssue(const Session& who, std::int64_t issueId)
{
    try {
        WriteTransaction tx(m_ctx.db());
        if (!m_state.resolveIssue(issueId, who.userId, m_ctx.now()))
            return fail(Errc::NotFound, "no open issue " + std::to_string(issueId));
        m_audit.record(&who, "sync_issue_resolved", "issue:" + std::to_string(issueId), "ok");
        tx.commit();
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
    return {};
}

}  // namespace cz
