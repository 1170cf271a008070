#pragma once
// The service layer as one object graph: what the GUI, the CLI and the tests are given.

#include "services/audit.h"

#include <atomic>
#include "services/auth_service.h"
#include "services/day_service.h"
#include "services/fee_service.h"
#include "services/ledger_queries.h"
#include "services/catalog_service.h"
#include "services/consignment/consignment_service.h"
#include "services/customer_service.h"
#include "services/order_service.h"
#include "services/parcel_service.h"
#include "services/payments/payment_service.h"
#include "services/payments/wallet_service.h"
#include "services/settings_service.h"
#include "services/station_context.h"
#include "services/station_setup.h"
#include "services/sync_service.h"

namespace cz {

class StationServices final {
public:
    StationServices(Database& db, const Clock& clock, PinCost pinCost);
    StationServices(const StationServices&) = delete;
    StationServices& operator=(const StationServices&) = delete;

    StationContext& context() { return m_ctx; }
    Audit& audit() { return m_audit; }
    SettingsService& settings() { return m_settings; }
    AuthService& auth() { return m_auth; }
    DayService& days() { return m_days; }
    ReportService& reports() { return m_days.reports(); }
    FeeService& fees() { return m_fees; }
    LedgerQueries& ledger() { return m_ledger; }
    StationSetup& setup() { return m_setup; }
    OrderService& orders() { return m_orders; }
    CatalogService& catalog() { return m_catalog; }
    CustomerService& customers() { return m_customers; }
    ParcelService& parcels() { return m_parcels; }
    ConsignmentService& consignment() { return m_consignment; }
    PaymentService& payments() { return m_payments; }
    WalletService& wallet() { return m_wallet; }
    SyncService& sync() { return m_sync; }

private:
    StationContext m_ctx;
    Audit m_audit;
    SettingsService m_settings;
    AuthService m_auth;
    DayService m_days;
    FeeService m_fees;
    LedgerQueries m_ledger;
    StationSetup m_setup;
    OrderService m_orders;
    CatalogService m_catalog;
    CustomerService m_customers;
    ParcelService m_parcels;
    ConsignmentService m_consignment;
    PaymentService m_payments;
    WalletService m_wallet;
    SyncService m_sync;  // last: its worker stops before anything it uses goes away
    std::atomic<bool> m_indexChecked{false};
};

}  // namespace cz
