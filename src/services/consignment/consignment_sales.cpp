// The marketplace's side of consignment: listing events, sales and their settlement, dispatch.

#include "services/consignment/consignment_service.h"

#include "core/uuid.h"
#include "services/derived_id.h"
#include "storage/outbox_store.h"

#include <SQLiteCpp/Exception.h>
#include <nlohmann/json.hpp>

namespace cz {

using namespace consignment;
using sync::EventHandler;
using Outcome = EventHandler::Outcome;

namespace {

EventHandler::Applied attention(const std::string& ref, const std::string& code, const std::string& message)
{
    return EventHandler::Applied{Outcome::NeedsAttention, ref, code, message};
}

EventHandler::Applied done(const std::string& ref) { return EventHandler::Applied{Outcome::Applied, ref, {}, {}}; }

// Event-driven entries take the event's id as their op id, so applying an event twice never posts twice.
std::string eventOpId(const std::string& key) { return isUuid(key) ? key : derivedUuid(key); }

}  // namespace

SaleView ConsignmentService::view(SaleRecord r)
{
    SaleView v;
    v.state = saleStateFromString(r.state).value_or(SaleState::AwaitingDispatch);
    if (!r.dispatchOpId.empty())
        if (auto op = OutboxStore(m_ctx.db()).byOpId(r.dispatchOpId))
            v.dispatchWaiting = op->state == OutboxState::Queued || op->state == OutboxState::Sent;
    v.record = std::move(r);
    return v;
}

std::vector<SaleView> ConsignmentService::pickList(int limit)
{
    std::vector<SaleView> out;
    for (auto& s : m_listings.salesInStates({"awaiting_dispatch", "packed"}, limit))
        out.push_back(view(std::move(s)));
    return out;
}

std::vector<SaleView> ConsignmentService::salesOfFarmer(std::int64_t farmerId, int limit)
{
    std::vector<SaleView> out;
    for (auto& s : m_listings.salesOfFarmer(farmerId, limit))
        out.push_back(view(std::move(s)));
    return out;
}

std::optional<SaleView> ConsignmentService::sale(const std::string& saleId)
{
    auto s = m_listings.sale(saleId);
    return s ? std::optional(view(std::move(*s))) : std::nullopt;
}

SResult<void> ConsignmentService::markPacked(const Session& who, const std::string& saleId)
{
    try {
        WriteTransaction tx(m_ctx.db());
        auto s = m_listings.sale(saleId);
        if (!s)
            return fail(Errc::NotFound, "no sale " + saleId);
        const auto state = saleStateFromString(s->state).value_or(SaleState::AwaitingDispatch);
        if (state == SaleState::Packed)
            return {};
        if (!nextSaleState(state, SaleEvent::Pack))
            return fail(Errc::Conflict, "the sale is " + s->state);
        m_listings.setSaleState(saleId, std::string(toString(SaleState::Packed)), m_ctx.now());
        m_audit.record(&who, "sale_packed", "sale:" + saleId, "ok");
        tx.commit();
        return {};
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

SResult<SaleView> ConsignmentService::dispatch(const Session& who, const std::string& opId, const std::string& saleId,
                                               const std::string& courier, const std::string& trackingNo)
{
    if (!isUuid(opId))
        return fail(Errc::InvalidInput, "operation id is not a UUID");
    if (std::find(courierCodes().begin(), courierCodes().end(), courier) == courierCodes().end())
        return fail(Errc::InvalidInput, "choose a courier");
    if (!isValidTrackingNo(trackingNo))
        return fail(Errc::InvalidInput, "a tracking number is 8 to 30 letters or digits");
    try {
        WriteTransaction tx(m_ctx.db());
        if (auto prior = m_listings.saleByDispatchOp(opId)) {
            if (prior->saleId != saleId || prior->trackingNo != trackingNo)
                return fail(Errc::OpIdConflict, "this dispatch was already recorded for another parcel");
            return view(std::move(*prior));
        }
        auto s = m_listings.sale(saleId);
        if (!s)
            return fail(Errc::NotFound, "no sale " + saleId);
        const auto state = saleStateFromString(s->state).value_or(SaleState::AwaitingDispatch);
        if (!nextSaleState(state, SaleEvent::Dispatch))
            return fail(Errc::Conflict, "the sale is " + s->state + "; it cannot be dispatched again");
        const nlohmann::json payload{{"sale_id", saleId}, {"courier", courier}, {"tracking_no", trackingNo}};
        OutboxStore(m_ctx.db()).enqueue(opId, "sale.dispatch", payload.dump(), saleId, m_ctx.now());
        m_listings.setDispatch(saleId, courier, trackingNo, opId, m_ctx.now());
        m_audit.record(&who, "sale_dispatch", "sale:" + saleId, "ok", courier + " " + trackingNo);
        tx.commit();
        return view(std::move(*m_listings.sale(saleId)));
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

EventHandler::Applied ConsignmentService::applyEvent(const sync::Event& e)
{
    const auto now = m_ctx.now();
    if (const auto* p = std::get_if<sync::ListingPublished>(&e.data)) {
        auto l = m_listings.byId(p->listingId);
        if (!l)
            return attention(p->listingId, "unknown_listing", "the marketplace published listing " + p->listingId +
                                                                  ", which this station has no record of");
        const auto state = listingStateFromString(l->state).value_or(ListingState::Draft);
        auto next = nextListingState(state, ListingEvent::Published);
        if (!next)
            return attention(p->listingId, "listing_state", "published while " + l->state);
        m_listings.setMarketNo(p->listingId, p->marketListingNo);
        m_listings.setState(p->listingId, std::string(toString(*next)), l->reason, now);
        return done(p->listingId);
    }
    if (const auto* r = std::get_if<sync::ListingRejected>(&e.data)) {
        auto l = m_listings.byId(r->listingId);
        if (!l)
            return attention(r->listingId, "unknown_listing", "the marketplace rejected listing " + r->listingId +
                                                                  ", which this station has no record of");
        const auto state = listingStateFromString(l->state).value_or(ListingState::Draft);
        auto next = nextListingState(state, ListingEvent::Rejected);
        if (!next)
            return attention(r->listingId, "listing_state", "rejected while " + l->state);
        // The goods stay on the shelf for the farmer: the page shows the reason and offers the return.
        m_listings.setState(r->listingId, std::string(toString(*next)), r->reasonCode + ": " + r->reason, now);
        return done(r->listingId);
    }
    if (const auto* s = std::get_if<sync::ListingSold>(&e.data))
        return sold(e, *s);
    if (const auto* s = std::get_if<sync::SaleSettled>(&e.data))
        return settled(e, *s);
    return EventHandler::Applied{Outcome::Skipped, {}, {}, "not a consignment event"};
}

EventHandler::Applied ConsignmentService::sold(const sync::Event& e, const sync::ListingSold& s)
{
    auto l = m_listings.byId(s.listingId);
    if (!l)
        // No farmer to credit: nothing is posted; the settlement that follows is posted against 1300
        // alone, so the wallet still agrees and the credit balance on 1300 shows the gap.
        return attention(s.saleId, "unknown_listing", "the marketplace sold listing " + s.listingId +
                                                          ", which this station has no record of");
    if (m_listings.sale(s.saleId))
        return EventHandler::Applied{Outcome::Skipped, s.saleId, {}, "sale already recorded"};
    if (s.quantity < 1 || s.gross.isNegative() || s.platformFee.isNegative() || s.platformFee > s.gross)
        return attention(s.saleId, "bad_sale", "sale " + s.saleId + " has impossible amounts (gross " +
                                                   formatMoney(s.gross) + ", fee " + formatMoney(s.platformFee) + ")");
    auto farmer = m_farmers.byId(l->farmerId);
    if (!farmer)
        return attention(s.saleId, "unknown_farmer", "listing " + s.listingId + " has no farmer");
    const BasisPoints rate = commissionFor(*farmer, l->category);
    SaleSplit split;
    try {
        split = splitSale(s.gross, s.platformFee, rate, s.quantity, s.unitPrice, l->agreedPrice);
    } catch (const MoneyOverflow&) {
        return attention(s.saleId, "bad_sale", "sale " + s.saleId + " overflows");
    }
    std::vector<PostingLine> lines;
    if (split.net.isPositive())
        lines.push_back({std::string(acct::MarketReceivable), split.net});
    if (split.farmer.isPositive())
        lines.push_back({farmer->account, -split.farmer});
    if (!split.commission.isZero())
        lines.push_back({std::string(acct::ConsignmentCommissionIncome), -split.commission});
    std::optional<std::int64_t> seq;
    if (lines.size() >= 2) {
        const std::string unit(unitSymbol(l->unit));
        EntryRequest req{eventOpId(e.eventId), "consignment_sale",
                         "sale " + s.saleId + ": " + l->titleZh + " " + std::to_string(s.quantity) + unit + " × " +
                             formatMoney(s.unitPrice) + ", commission " + std::to_string(rate.value) + " bp",
                         std::move(lines), std::nullopt};
        auto posted = m_journal.post(req, nullptr);
        if (!posted)
            return attention(s.saleId, "ledger", "sale " + s.saleId + ": " + posted.error().detail);
        seq = posted->seq;
    }
    const auto held = m_listings.stock(s.listingId);
    // The marketplace has sold it, so the money is real and is posted; but the shelf cannot give
    // more than it holds: the rest is recorded as a shortfall for the agent to resolve.
    const StockTake take = takeForSale(onHand({held.received, held.sold, held.spoiled, held.returned}), s.quantity);
    if (take.fromStock > 0)
        m_listings.addMove({0, derivedUuid("consignment-sale-stock:" + s.saleId), s.listingId, "sale", take.fromStock,
                            {}, s.saleId, std::nullopt, m_ctx.now(), std::nullopt});
    SaleRecord rec;
    rec.saleId = s.saleId;
    rec.eventId = e.eventId;
    rec.listingId = s.listingId;
    rec.farmerId = farmer->id;
    rec.quantity = s.quantity;
    rec.shortQty = take.shortfall;
    rec.unitPrice = s.unitPrice;
    rec.gross = s.gross;
    rec.platformFee = s.platformFee;
    rec.commissionBp = rate.value;
    rec.commission = split.commission;
    rec.absorbed = split.absorbed;
    rec.farmer = split.farmer;
    rec.soldAt = e.occurredAtMs > 0 ? fromUnixMs(e.occurredAtMs) : m_ctx.now();
    rec.entrySeq = seq;
    if (take.shortfall > 0)
        rec.reason = "sold " + std::to_string(s.quantity) + ", held " + std::to_string(take.fromStock);
    m_listings.insertSale(rec);
    if (take.shortfall > 0)
        return attention(s.saleId, "oversold",
                         "the marketplace sold " + std::to_string(s.quantity) + " units of " + l->titleZh +
                             " but the station held only " + std::to_string(take.fromStock) +
                             "; the sale is booked, find the goods or ask the buyer to cancel");
    if (s.unitPrice * s.quantity != s.gross)
        return attention(s.saleId, "amount_mismatch", "sale " + s.saleId + ": gross " + formatMoney(s.gross) +
                                                          " is not quantity × price");
    return done(s.saleId);
}

EventHandler::Applied ConsignmentService::settled(const sync::Event& e, const sync::SaleSettled& s)
{
    auto sale = m_listings.sale(s.saleId);
    if (sale && sale->state == "settled")
        return EventHandler::Applied{Outcome::Skipped, s.saleId, {}, "sale already settled"};
    std::optional<std::int64_t> seq;
    if (s.amount.isPositive()) {
        // The wallet moved on the marketplace: post it whatever the local records say, so the
        // station's wallet always agrees with the marketplace's.
        EntryRequest req{eventOpId(e.eventId), "consignment_settlement", "sale " + s.saleId + " settled",
                         {{std::string(acct::PlatformWallet), s.amount}, {std::string(acct::MarketReceivable), -s.amount}},
                         std::nullopt};
        auto posted = m_journal.post(req, nullptr);
        if (!posted)
            throw std::runtime_error("sale settlement " + s.saleId + ": " + posted.error().detail);
        seq = posted->seq;
    }
    if (!sale)
        return attention(s.saleId, "unknown_sale", "the marketplace settled sale " + s.saleId + " (" +
                                                       formatMoney(s.amount) + "), which this station has no record of");
    m_listings.setSettled(s.saleId, s.amount, seq, m_ctx.now());
    const Money expected = sale->gross - sale->platformFee;
    if (s.amount != expected)
        return attention(s.saleId, "amount_mismatch", "sale " + s.saleId + " settled " + formatMoney(s.amount) +
                                                          ", expected " + formatMoney(expected));
    return done(s.saleId);
}

void ConsignmentService::opRejected(const OutboxOp& op, const sync::OpResult& r)
{
    const std::string why = r.errorCode + ": " + r.errorMessage;
    const auto now = m_ctx.now();
    if (op.type == "listing.publish") {
        if (auto l = m_listings.byId(op.refId))
            m_listings.setState(op.refId, std::string(toString(ListingState::Rejected)), why, now);
    } else if (op.type == "listing.update" || op.type == "listing.withdraw") {
        if (auto l = m_listings.byId(op.refId))
            m_listings.setState(op.refId, l->state, op.type + " refused — " + why, now);
    } else if (op.type == "sale.dispatch") {
        auto s = m_listings.sale(op.refId);
        if (s && s->dispatchOpId == op.opId && nextSaleState(saleStateFromString(s->state).value_or(SaleState::Settled),
                                                              SaleEvent::DispatchRefused)) {
            // Back on the pick list: the agent corrects the courier or tracking number and sends a new op.
            m_listings.setSaleState(op.refId, std::string(toString(SaleState::Packed)), now);
            m_listings.setSaleReason(op.refId, why);
        }
    }
}

}  // namespace cz
