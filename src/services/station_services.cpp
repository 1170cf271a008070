#include "services/station_services.h"

namespace cz {

StationServices::StationServices(Database& db, const Clock& clock, PinCost pinCost)
    : m_ctx(db, clock)
    , m_audit(m_ctx)
    , m_settings(m_ctx, m_audit)
    , m_auth(m_ctx, m_audit, m_settings, pinCost)
    , m_days(m_ctx, m_audit, m_settings)
    , m_fees(m_ctx, m_audit)
    , m_ledger(m_ctx)
    , m_setup(m_ctx, m_settings, m_auth)
    , m_orders(m_ctx, m_audit, m_settings, m_fees)
    , m_catalog(m_ctx, m_settings)
    , m_customers(m_ctx, m_audit)
    , m_parcels(m_ctx, m_audit, m_settings)
    , m_consignment(m_ctx, m_audit, m_settings)
    , m_payments(m_ctx, m_audit, m_settings, m_fees)
    , m_wallet(m_ctx, m_audit, m_settings)
    , m_sync(m_ctx, m_audit, m_settings)
{
    m_settings.load();
    // What each workflow's events and op verdicts mean.
    m_sync.onEvents({"order.", "commission."}, [this](const sync::Event& e) { return m_orders.applyEvent(e); });
    m_sync.onOpRejected("order.", [this](const OutboxOp& op, const sync::OpResult& r) { m_orders.opRejected(op, r); });
    m_sync.onEvents({"listing.", "sale."}, [this](const sync::Event& e) { return m_consignment.applyEvent(e); });
    m_sync.onOpRejected("listing.", [this](const OutboxOp& op, const sync::OpResult& r) { m_consignment.opRejected(op, r); });
    m_sync.onOpRejected("sale.", [this](const OutboxOp& op, const sync::OpResult& r) { m_consignment.opRejected(op, r); });
    m_sync.onEvents({"bill.", "ticket."}, [this](const sync::Event& e) { return m_payments.applyEvent(e); });
    for (const char* prefix : {"bill.", "topup.", "ticket."}) {
        m_sync.onOpAccepted(prefix, [this](const OutboxOp& op, const sync::OpResult& r) { m_payments.opAccepted(op, r); });
        m_sync.onOpRejected(prefix, [this](const OutboxOp& op, const sync::OpResult& r) { m_payments.opRejected(op, r); });
    }
    // The search index follows the catalog after each sync (outside the page transactions, so a
    // 200,000-product first sync stays fast); a new build's pinyin table re-keys it once.
    m_sync.afterRun([this]() -> std::string {
        if (!m_indexChecked.exchange(true))
            if (auto r = m_catalog.ensureIndexCurrent(); !r)
                return "search index: " + r.error().detail;
        if (auto r = m_catalog.indexPending(); !r)
            return "search index: " + r.error().detail;
        return {};
    });
}

}  // namespace cz
