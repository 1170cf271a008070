#pragma once
// 代购 cash orders: the villager pays cash, the station orders from the marketplace. Taking the
// order is one transaction: the ledger entry (Dr 1000 P+f · Cr 2000 P · Cr 4000 f), the order and
// its lines, and the outbox op. What the marketplace decides comes back as events (applyEvent).

#include "services/audit.h"
#include "services/fee_service.h"
#include "services/order_texts.h"
#include "services/settings_service.h"
#include "storage/parcel_store.h"
#include "services/errors.h"
#include "services/journal.h"
#include "services/session.h"
#include "services/station_context.h"
#include "storage/catalog_store.h"
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
    OrderTexts texts;     ///< receipt wording, in the agent's language
};

/// The cart priced by the service: what the sale screen shows and the villager pays.
struct QuoteLine {
    CatalogProduct product;
    std::int64_t quantity = 0;
    Money amount;
};
struct Quote {
    std::vector<QuoteLine> lines;
    Money goods;
    Money fee;
    Money total;
    Money walletAvailable;
    bool walletCovers = true;  ///< false: the platform wallet cannot pay for these goods now
};

struct PlacedOrder {
    std::string orderId;
    Money goods;
    Money fee;
    Money total;
    Money change;
    std::int64_t entrySeq = 0;
    std::int64_t receiptNumber = 0;
    bool replayed = false;
};

/// A cash movement to the villager with its receipt (refund paid, void).
struct CashReturned {
    Money amount;
    std::int64_t receiptNumber = 0;
    bool replayed = false;
};

/// What the wallet can still pay for: its balance minus what pending orders and services reserve.
Money availableWallet(LedgerStore& ledger);

inline constexpr int kMaxOrderLines = 50;

class OrderService final {
public:
    OrderService(StationContext& ctx, Audit& audit, SettingsService& settings, FeeService& fees)
        : m_ctx(ctx), m_audit(audit), m_settings(settings), m_fees(fees), m_journal(ctx), m_orders(ctx.db()),
          m_parcels(ctx.db())
    {
    }

    /// Prices a cart from the local catalog and the fee table (read-only; for the sale screen).
    SResult<Quote> quote(const std::vector<CartLine>& lines);
    /// The fee the fee table charges on goods of this value.
    Money feeFor(Money goods) { return m_fees.feeFor(fee_scope::Order, goods); }
    /// Takes the cash, records the order, queues it for the marketplace and issues the receipt —
    /// one transaction. The fee must be the fee table's (feeFor).
    SResult<PlacedOrder> placeCashOrder(const Session& who, const CashOrderRequest& req);
    /// Gives the villager the refund due on a rejected / returned / cancelled order, in cash.
    SResult<CashReturned> payRefund(const Session& who, const std::string& opId, const std::string& orderId,
                                    const OrderTexts& texts);
    /// Cancels an order the marketplace has not accepted yet and returns the cash at once (a
    /// supervisor approves); the marketplace is told with order.cancel.
    SResult<CashReturned> voidOrder(const Session& who, const Session& supervisor, const std::string& opId,
                                    const std::string& orderId, const OrderTexts& texts);
    /// Asks the marketplace to cancel an accepted order that has not shipped; the refund comes back
    /// with the order.cancelled event and is then due to the villager.
    SResult<void> requestCancel(const Session& who, const std::string& opId, const std::string& orderId);

    std::optional<OrderRecord> order(const std::string& orderId) { return m_orders.byId(orderId); }
    std::vector<OrderRecord> ordersOfDay(const BusinessDay& day) { return m_orders.byDay(day); }
    std::vector<OrderRecord> ordersOfCustomer(std::int64_t customerId, int limit = 200)
    {
        return m_orders.byCustomer(customerId, limit);
    }
    std::vector<OrderRecord> refundsDue(int limit = 200) { return m_orders.byState(OrderState::RefundDue, limit); }
    Money walletAvailable() { return availableWallet(m_journal.store()); }
    /// True while the marketplace has not answered this order's op (receipts say "pending").
    bool awaitingMarketplace(const OrderRecord& o);

    /// The business side of an order event, inside the sync's transaction.
    sync::EventHandler::Applied applyEvent(const sync::Event& e);
    /// A rejected order.place op (422/409): the marketplace never saw the order, so it is refund due.
    void opRejected(const OutboxOp& op, const sync::OpResult& r);

private:
    sync::EventHandler::Applied moveToRefundDue(const OrderRecord& o, OrderEvent ev, const std::string& reason,
                                                 const std::string& eventKey);
    sync::EventHandler::Applied onVoidedOrderEvent(const OrderRecord& o, const sync::Event& ev);
    sync::EventHandler::Applied arrived(const OrderRecord& o, const sync::OrderArrived& a);
    Receipt baseReceipt(const Session* who, const OrderRecord& o, const OrderTexts& t, const std::string& title);
    std::int64_t issueReceipt(const char* kind, const std::string& opId, std::int64_t entrySeq, const Session& who,
                              const Receipt& r);
    StationContext& m_ctx;
    Audit& m_audit;
    SettingsService& m_settings;
    FeeService& m_fees;
    Journal m_journal;
    OrderStore m_orders;
    ParcelStore m_parcels;
};

/// A six-digit pickup code not in use by a waiting parcel.
std::string newPickupCode(ParcelStore& parcels);
/// "138****1234"
std::string maskPhone(const std::string& phone);

}  // namespace cz
