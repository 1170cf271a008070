#pragma once
// 代购 cash orders: the villager pays cash, the station orders from the marketplace. Taking the
// order is one transaction: the ledger entry (Dr 1000 P+f · Cr 2000 P · Cr 4000 f), the order and
// its lines, and the outbox op. What the marketplace decides comes back as events (applyEvent).

#include "services/audit.h"
#include "services/errors.h"
#include "services/journal.h"
#include "services/session.h"
#include "services/station_context.h"
#include "storage/order_store.h"
#include "sync/sync_engine.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

struct CartLine {
    std::string productId;
    std::int64_t quantity = 0;
};

struct CashOrderRequest {
    std::string opId;     ///< one per sale screen: pressing confirm twice records one order
    std::string orderId;  ///< UUID of the order (the marketplace's order_id)
    std::vector<CartLine> lines;
    Money fee;            ///< the service fee charged on top of the goods
    Money tendered;       ///< cash the villager handed over
    std::optional<std::int64_t> customerId;
    std::string customerName;
    std::string phone;    ///< only the last four digits go to the marketplace
};

struct PlacedOrder {
    std::string orderId;
    Money goods;
    Money fee;
    Money total;
    Money change;
    std::int64_t entrySeq = 0;
    bool replayed = false;
};

/// What the wallet can still pay for: its balance minus what pending orders and services reserve.
Money availableWallet(LedgerStore& ledger);

inline constexpr int kMaxOrderLines = 50;

class OrderService final {
public:
    OrderService(StationContext& ctx, Audit& audit) : m_ctx(ctx), m_audit(audit), m_journal(ctx), m_orders(ctx.db()) {}

    SResult<PlacedOrder> placeCashOrder(const Session& who, const CashOrderRequest& req);
    std::optional<OrderRecord> order(const std::string& orderId) { return m_orders.byId(orderId); }
    Money walletAvailable() { return availableWallet(m_journal.store()); }

    /// The business side of an order event, inside the sync's transaction.
    sync::EventHandler::Applied applyEvent(const sync::Event& e);
    /// A rejected order.place op (422/409): the marketplace never saw the order, so it is refund due.
    void opRejected(const OutboxOp& op, const sync::OpResult& r);

private:
    sync::EventHandler::Applied moveToRefundDue(const OrderRecord& o, OrderEvent ev, const std::string& reason,
                                                 const std::string& eventKey);
    StationContext& m_ctx;
    Audit& m_audit;
    Journal m_journal;
    OrderStore m_orders;
};

}  // namespace cz
