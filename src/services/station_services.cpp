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
    , m_orders(m_ctx, m_audit)
    , m_sync(m_ctx, m_audit, m_settings)
{
    m_settings.load();
    // What each workflow's events and op verdicts mean.
    m_sync.onEvents({"order.", "commission."}, [this](const sync::Event& e) { return m_orders.applyEvent(e); });
    m_sync.onOpRejected("order.", [this](const OutboxOp& op, const sync::OpResult& r) { m_orders.opRejected(op, r); });
}

}  // namespace cz
