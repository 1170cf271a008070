#pragma once
// 代卖 consignment, end to end: farmers, commission rules, listings with photos, intake with its
// slip, publishing / updating / withdrawing through the outbox, aging (markdown, spoilage, return
// to the farmer), the marketplace's sale and settlement events, dispatch, statements and cash
// payouts. Each call is one business action in one WriteTransaction (docs/consignment.md).
//
// Ledger (ledger.md):
//   listing.sold (gross G, platform fee m)  Dr 1300 G−m · Cr 2200:<farmer> f · Cr 4200 c   (c + f = G−m)
//   sale.settled                            Dr 1100 · Cr 1300
//   farmer paid out in cash                 Dr 2200:<farmer> x · Cr 1000 x
// Intake, spoilage and returns move only stock: the goods are the farmer's, never the station's.

#include "search/search_index.h"
#include "services/audit.h"
#include "services/consignment/consignment_rules.h"
#include "services/consignment/consignment_texts.h"
#include "services/errors.h"
#include "services/journal.h"
#include "services/session.h"
#include "services/settings_service.h"
#include "services/station_context.h"
#include "storage/consignment/farmer_store.h"
#include "storage/consignment/listing_store.h"
#include "sync/sync_engine.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

namespace setting_key {
/// Who bears a markdown's discount: "farmer" (default) or "station".
inline constexpr const char* MarkdownRule = "consignment.markdown_rule";
}  // namespace setting_key

inline constexpr std::size_t kMaxListingPhotos = 5;
inline constexpr std::size_t kMaxPhotoBytes = 256 * 1024;

struct FarmerInput {
    std::string opId;  ///< one per registration dialog: pressing OK twice registers once
    std::string name;
    std::string phone;
    std::string villageGroup;
    std::string idNumber;  ///< the whole resident ID as typed (or empty); only a masked form is kept
    std::string payoutMethod = "cash";
    std::string payoutAccount;
};

struct FarmerSummary {
    FarmerRecord farmer;
    Money owed;         ///< what the station owes: minus the balance of 2200:<id>
    Money unsettled;    ///< the farmer's share of sales the marketplace has not settled yet
    std::int64_t listings = 0;
    std::int64_t liveListings = 0;
};

struct ListingInput {
    std::string opId;
    std::string listingId;  ///< UUID, the marketplace's listing_id
    std::int64_t farmerId = 0;
    std::string titleZh;
    std::string titleEn;
    std::string category;
    std::string unit;
    Money unitPrice;
    std::int64_t quantity = 0;  ///< what the farmer says they will bring
    std::optional<BusinessDay> harvestDate;
    std::optional<int> shelfLifeDays;
    std::string grade;
    std::string notes;
    std::vector<std::string> photos;  ///< PNG or JPEG bytes, ≤ 5, each ≤ 256 KiB
};

struct ListingView {
    ListingRecord record;
    consignment::ListingState state = consignment::ListingState::Draft;
    consignment::StockTotals stock;
    std::int64_t onHand = 0;
    consignment::Aging aging;
    std::string barcode;
    /// Ops about this listing the marketplace has not answered yet ("listing.update" …), oldest
    /// first; shown as pending.
    std::vector<std::string> waitingOps;
    [[nodiscard]] bool pending() const { return !waitingOps.empty() || state == consignment::ListingState::Pending; }
};

struct SaleView {
    SaleRecord record;
    consignment::SaleState state = consignment::SaleState::AwaitingDispatch;
    bool dispatchWaiting = false;  ///< the dispatch op has not been answered yet
};

struct StockMoved {
    std::int64_t onHand = 0;
    std::int64_t receiptNumber = 0;  ///< 0 when the movement prints nothing (spoilage)
    std::optional<Receipt> receipt;
    bool replayed = false;
};

struct PayoutDone {
    Money amount;
    Money owedAfter;
    std::int64_t entrySeq = 0;
    std::int64_t receiptNumber = 0;
    Receipt receipt;
    bool replayed = false;
};

struct FarmerStatement {
    FarmerRecord farmer;
    std::optional<BusinessDay> from;  ///< absent = since the account was last square (the unpaid view)
    std::optional<BusinessDay> to;
    Money opening;
    Money closing;
    Money gross;
    Money platformFees;
    Money commission;
    Money absorbed;
    Money payouts;
    Money unsettled;  ///< of the closing balance: sales the marketplace has not settled yet
    std::vector<StatementLine> lines;
};

class ConsignmentService final {
public:
    ConsignmentService(StationContext& ctx, Audit& audit, SettingsService& settings);

    // ---- farmers and rules ----------------------------------------------------------------------
    SResult<FarmerRecord> registerFarmer(const Session& who, const FarmerInput& in);
    /// Best matches by name, pinyin, initials or phone digits; the newest farmers for an empty query.
    SResult<std::vector<FarmerRecord>> findFarmers(const std::string& query, std::size_t limit);
    std::optional<FarmerRecord> farmer(std::int64_t id) { return m_farmers.byId(id); }
    SResult<FarmerSummary> summary(std::int64_t farmerId);
    /// What the station owes the farmer now (minus the balance of 2200:<id>).
    Money owed(std::int64_t farmerId);

    /// Supervisor only. `category` empty = the station default.
    SResult<void> setCommissionRule(const Session& who, const std::string& category, std::int32_t rateBp);
    /// Supervisor only; nullopt clears the farmer's own rate.
    SResult<void> setFarmerCommission(const Session& who, std::int64_t farmerId, std::optional<std::int32_t> rateBp);
    BasisPoints commissionFor(const FarmerRecord& f, const std::string& category);
    consignment::MarkdownRule markdownRule();
    SResult<void> setMarkdownRule(const Session& who, consignment::MarkdownRule rule);

    // ---- listings and stock ---------------------------------------------------------------------
    SResult<ListingView> createListing(const Session& who, const ListingInput& in);
    std::optional<ListingView> listing(const std::string& listingId);
    std::optional<ListingView> listingByBarcode(const std::string& code);
    std::vector<ListingView> listingsOfFarmer(std::int64_t farmerId);
    /// Everything with goods on the shelf or on the marketplace (the aging list).
    std::vector<ListingView> shelf(int limit = 500);
    std::vector<std::string> photos(const std::string& listingId) { return m_listings.photos(listingId); }

    /// Goods received (weighed / counted): stock up, an intake slip for the farmer.
    SResult<StockMoved> receiveGoods(const Session& who, const std::string& opId, const std::string& listingId,
                                     std::int64_t quantity, const std::string& note, const ConsignmentTexts& texts);
    SResult<StockMoved> recordSpoilage(const Session& who, const std::string& opId, const std::string& listingId,
                                       std::int64_t quantity, const std::string& reason);
    /// Goods handed back to the farmer, with a slip the farmer signs.
    SResult<StockMoved> returnToFarmer(const Session& who, const std::string& opId, const std::string& listingId,
                                       std::int64_t quantity, const std::string& reason, const ConsignmentTexts& texts);

    /// Puts the listing on the marketplace with what is on the shelf (at least one unit).
    SResult<ListingView> publish(const Session& who, const std::string& opId, const std::string& listingId);
    /// A price the farmer agreed to (both the shelf price and the farmer's price change).
    SResult<ListingView> changePrice(const Session& who, const std::string& opId, const std::string& listingId,
                                     Money unitPrice);
    /// A lower price for aging goods; who bears the discount follows markdownRule().
    SResult<ListingView> markDown(const Session& who, const std::string& opId, const std::string& listingId,
                                  Money unitPrice);
    SResult<ListingView> withdraw(const Session& who, const std::string& opId, const std::string& listingId);

    // ---- sales and dispatch ---------------------------------------------------------------------
    std::vector<SaleView> pickList(int limit = 500);
    std::vector<SaleView> salesOfFarmer(std::int64_t farmerId, int limit = 500);
    std::optional<SaleView> sale(const std::string& saleId);
    SResult<void> markPacked(const Session& who, const std::string& saleId);
    SResult<SaleView> dispatch(const Session& who, const std::string& opId, const std::string& saleId,
                               const std::string& courier, const std::string& trackingNo);

    // ---- statements and payouts -----------------------------------------------------------------
    /// Postings to the farmer's account dated from..to (business days, inclusive), explained.
    SResult<FarmerStatement> statement(std::int64_t farmerId, std::optional<BusinessDay> from,
                                       std::optional<BusinessDay> to);
    /// Everything since the farmer's account was last square: what a payout would settle.
    SResult<FarmerStatement> unpaid(std::int64_t farmerId);
    /// The statement as a printable document (not numbered: it records nothing).
    Receipt statementDocument(const FarmerStatement& s, const ConsignmentTexts& texts, const Session* who);
    /// Cash to the farmer: at most what is owed, and the drawer must hold it.
    SResult<PayoutDone> payOut(const Session& who, const std::string& opId, std::int64_t farmerId, Money amount,
                               const ConsignmentTexts& texts);
    std::vector<PayoutRecord> payouts(std::int64_t farmerId, int limit = 200) { return m_farmers.payouts(farmerId, limit); }

    // ---- marketplace ----------------------------------------------------------------------------
    /// listing.published / listing.rejected / listing.sold / sale.settled, inside the sync's transaction.
    sync::EventHandler::Applied applyEvent(const sync::Event& e);
    /// A listing or dispatch op the marketplace refused (422/409), inside the sync's transaction.
    void opRejected(const OutboxOp& op, const sync::OpResult& r);

private:
    ListingView view(ListingRecord r);
    SaleView view(SaleRecord r);
    SResult<StockMoved> moveStock(const Session& who, const std::string& opId, const std::string& listingId,
                                  const std::string& kind, std::int64_t quantity, const std::string& reason,
                                  const ConsignmentTexts* texts);
    SResult<ListingView> reprice(const Session& who, const std::string& opId, const std::string& listingId,
                                 Money unitPrice, bool markdown);
    /// Queues listing.update with what is on the shelf when the listing is live.
    void syncQuantity(const ListingRecord& l, std::int64_t onHand, const std::string& opKey);
    Receipt baseReceipt(const Session* who, const std::string& title, const ConsignmentTexts& t);
    sync::EventHandler::Applied sold(const sync::Event& e, const sync::ListingSold& s);
    sync::EventHandler::Applied settled(const sync::Event& e, const sync::SaleSettled& s);
    SResult<FarmerStatement> statementForSeqs(const FarmerRecord& f, std::int64_t firstSeq, std::int64_t lastSeq);

    StationContext& m_ctx;
    Audit& m_audit;
    SettingsService& m_settings;
    Journal m_journal;
    FarmerStore m_farmers;
    ListingStore m_listings;
    search::SearchIndex m_index;
};

}  // namespace cz
