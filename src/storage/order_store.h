#pragma once
// Cash orders and their lines. Amounts here are descriptive (what was sold); the money itself is in
// the ledger entries the order points to.

#include "core/business_day.h"
#include "core/money.h"
#include "core/order_state.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

struct OrderLineRecord {
    std::string productId;
    std::string name;
    std::string unit;
    std::int64_t quantity = 0;
    Money unitPrice;
};

struct OrderRecord {
    std::string orderId;
    std::string opId;
    std::optional<std::int64_t> customerId;
    std::string customerName;
    std::string phoneLast4;
    Money goods;
    Money fee;
    Money tendered;
    OrderState state = OrderState::Pending;
    std::string marketOrderNo;
    std::string reason;
    Money refund;
    std::string parcelId;
    std::string trackingNo;
    std::string businessDay;
    TimePoint createdAt;
    TimePoint updatedAt;
    std::optional<std::int64_t> userId;
    std::optional<std::int64_t> entrySeq;
    std::optional<std::int64_t> receiptNumber;
    std::vector<OrderLineRecord> lines;
};

class OrderStore final {
public:
    explicit OrderStore(Database& db) : m_db(db) {}

    /// Inside the business transaction.
    void insert(const OrderRecord& o);
    std::optional<OrderRecord> byId(const std::string& orderId, bool withLines = true);
    std::optional<OrderRecord> byOpId(const std::string& opId);
    void setState(const std::string& orderId, OrderState s, TimePoint at);
    void setMarketOrderNo(const std::string& orderId, const std::string& no);
    void setReason(const std::string& orderId, const std::string& reason);
    void setRefund(const std::string& orderId, Money refund);
    void setParcel(const std::string& orderId, const std::string& parcelId, const std::string& trackingNo);
    void setReceipt(const std::string& orderId, std::int64_t receiptNumber);
    std::vector<OrderRecord> byDay(const BusinessDay& day);
    std::vector<OrderRecord> byState(OrderState s, int limit);
    std::vector<OrderRecord> byCustomer(std::int64_t customerId, int limit);

private:
    std::vector<OrderLineRecord> lines(const std::string& orderId);
    Database& m_db;
};

}  // namespace cz
