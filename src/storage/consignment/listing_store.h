#pragma once
// Listings, their photos, stock movements and sales of consignment goods. Writers run inside the
// service's WriteTransaction; stock is derived from the movements (never stored as a number that
// could drift), and a trigger refuses any movement that would take it below zero.

#include "core/clock.h"
#include "core/money.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

/// Units moved for one listing (services/consignment/consignment_rules.h does the arithmetic).
struct StockCounts {
    std::int64_t received = 0;
    std::int64_t sold = 0;
    std::int64_t spoiled = 0;
    std::int64_t returned = 0;
};

struct ListingRecord {
    std::int64_t serial = 0;  ///< local number, printed as the shelf barcode
    std::string listingId;
    std::string opId;
    std::int64_t farmerId = 0;
    std::string titleZh;
    std::string titleEn;
    std::string category;
    std::string unit;
    Money unitPrice;
    Money agreedPrice;  ///< what the farmer is credited per unit (≥ unitPrice)
    std::int64_t declaredQty = 0;
    std::optional<std::string> harvestDate;
    std::optional<int> shelfLifeDays;
    std::string grade;
    std::string notes;
    std::string state = "draft";  ///< consignment::ListingState as text
    std::string marketListingNo;
    std::string reason;
    TimePoint createdAt;
    std::optional<std::int64_t> createdBy;
    TimePoint updatedAt;
    // Read-only, filled by the queries:
    StockCounts stock;
    std::optional<TimePoint> firstIntakeAt;
    int photoCount = 0;
};

struct StockMoveRecord {
    std::int64_t id = 0;
    std::string opId;
    std::string listingId;
    std::string kind;  ///< intake | sale | spoilage | return
    std::int64_t quantity = 0;
    std::string reason;
    std::string saleId;
    std::optional<std::int64_t> receiptNumber;
    TimePoint at;
    std::optional<std::int64_t> userId;
};

struct SaleRecord {
    std::string saleId;
    std::string eventId;
    std::string listingId;
    std::int64_t farmerId = 0;
    std::int64_t quantity = 0;
    std::int64_t shortQty = 0;
    Money unitPrice;
    Money gross;
    Money platformFee;
    std::int32_t commissionBp = 0;
    Money commission;
    Money absorbed;
    Money farmer;
    std::string state = "awaiting_dispatch";  ///< consignment::SaleState as text
    std::string courier;
    std::string trackingNo;
    std::string dispatchOpId;
    std::string reason;
    std::optional<Money> settled;
    TimePoint soldAt;
    std::optional<TimePoint> dispatchedAt;
    std::optional<TimePoint> settledAt;
    std::optional<std::int64_t> entrySeq;
    std::optional<std::int64_t> settleEntrySeq;
    // Display, from the listing:
    std::string title;
    std::string unit;
    std::int64_t serial = 0;
};

class ListingStore final {
public:
    explicit ListingStore(Database& db) : m_db(db) {}

    void insert(const ListingRecord& l);
    std::optional<ListingRecord> byId(const std::string& listingId);
    std::optional<ListingRecord> byOpId(const std::string& opId);
    std::optional<ListingRecord> bySerial(std::int64_t serial);
    std::vector<ListingRecord> byFarmer(std::int64_t farmerId);
    /// Listings still holding goods or still on the marketplace, oldest first.
    std::vector<ListingRecord> withStockOrLive(int limit);
    void setState(const std::string& listingId, const std::string& state, const std::string& reason, TimePoint at);
    void setMarketNo(const std::string& listingId, const std::string& no);
    void setPrices(const std::string& listingId, Money unitPrice, Money agreedPrice, TimePoint at);

    void addPhoto(const std::string& listingId, int idx, const std::string& bytes);
    std::vector<std::string> photos(const std::string& listingId);

    void addMove(const StockMoveRecord& m);
    std::optional<StockMoveRecord> moveByOpId(const std::string& opId);
    std::vector<StockMoveRecord> moves(const std::string& listingId);
    StockCounts stock(const std::string& listingId);

    void insertSale(const SaleRecord& s);
    std::optional<SaleRecord> sale(const std::string& saleId);
    std::optional<SaleRecord> saleByDispatchOp(const std::string& opId);
    std::vector<SaleRecord> salesOfFarmer(std::int64_t farmerId, int limit);
    std::vector<SaleRecord> salesOfListing(const std::string& listingId);
    /// The farmer's share of their sales not yet settled, booked in entries firstSeq..lastSeq.
    Money unsettledShare(std::int64_t farmerId, std::int64_t firstSeq, std::int64_t lastSeq);
    /// Sales in these states, oldest first (the pick list is awaiting_dispatch + packed).
    std::vector<SaleRecord> salesInStates(const std::vector<std::string>& states, int limit);
    void setSaleState(const std::string& saleId, const std::string& state, TimePoint at);
    void setDispatch(const std::string& saleId, const std::string& courier, const std::string& trackingNo,
                     const std::string& opId, TimePoint at);
    void setSaleReason(const std::string& saleId, const std::string& reason);
    void setSettled(const std::string& saleId, Money amount, std::optional<std::int64_t> entrySeq, TimePoint at);

private:
    std::vector<ListingRecord> listings(Query& q);
    std::vector<SaleRecord> sales(Query& q);
    Database& m_db;
};

}  // namespace cz
