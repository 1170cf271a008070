// Listings, stock movements and the listing ops.

#include "services/consignment/consignment_service.h"

#include "core/uuid.h"
#include "services/derived_id.h"
#include "storage/outbox_store.h"

#include <QByteArray>
#include <SQLiteCpp/Exception.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace cz {

using namespace consignment;

namespace {

std::string trimmed(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::size_t utf8Length(const std::string& s)
{
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

bool contains(const std::vector<std::string_view>& v, const std::string& s)
{
    return std::find(v.begin(), v.end(), s) != v.end();
}

bool isImage(const std::string& bytes)
{
    static const std::string png("\x89PNG\r\n\x1a\n", 8);
    static const std::string jpeg("\xFF\xD8\xFF", 3);
    return bytes.rfind(png, 0) == 0 || bytes.rfind(jpeg, 0) == 0;
}

}  // namespace

// ---- listings -----------------------------------------------------------------------------------

ListingView ConsignmentService::view(ListingRecord r)
{
    ListingView v;
    v.state = listingStateFromString(r.state).value_or(ListingState::Draft);
    v.stock = {r.stock.received, r.stock.sold, r.stock.spoiled, r.stock.returned};
    v.onHand = onHand(v.stock);
    const auto zone = m_ctx.zone();
    std::optional<BusinessDay> received;
    if (r.firstIntakeAt)
        received = BusinessDay::at(*r.firstIntakeAt, *zone);
    std::optional<BusinessDay> harvest;
    if (r.harvestDate)
        harvest = BusinessDay::parse(*r.harvestDate);
    // Aging matters only while the station holds goods.
    if (v.onHand > 0)
        v.aging = agingOf(harvest, received, r.shelfLifeDays, m_ctx.today());
    v.barcode = shelfBarcode(r.serial);
    for (const auto& op : OutboxStore(m_ctx.db()).byRef(r.listingId))
        if (op.state == OutboxState::Queued || op.state == OutboxState::Sent)
            v.waitingOps.push_back(op.type);
    v.record = std::move(r);
    return v;
}

std::optional<ListingView> ConsignmentService::listing(const std::string& listingId)
{
    auto r = m_listings.byId(listingId);
    return r ? std::optional(view(std::move(*r))) : std::nullopt;
}

std::optional<ListingView> ConsignmentService::listingByBarcode(const std::string& code)
{
    const auto serial = serialFromBarcode(code);
    if (!serial)
        return std::nullopt;
    auto r = m_listings.bySerial(*serial);
    return r ? std::optional(view(std::move(*r))) : std::nullopt;
}

std::vector<ListingView> ConsignmentService::listingsOfFarmer(std::int64_t farmerId)
{
    std::vector<ListingView> out;
    for (auto& r : m_listings.byFarmer(farmerId))
        out.push_back(view(std::move(r)));
    return out;
}

std::vector<ListingView> ConsignmentService::shelf(int limit)
{
    std::vector<ListingView> out;
    for (auto& r : m_listings.withStockOrLive(limit))
        out.push_back(view(std::move(r)));
    return out;
}

SResult<ListingView> ConsignmentService::createListing(const Session& who, const ListingInput& in)
{
    if (!isUuid(in.opId) || !isUuid(in.listingId))
        return fail(Errc::InvalidInput, "operation and listing ids must be UUIDs");
    const std::string title = trimmed(in.titleZh);
    if (title.empty() || utf8Length(title) > 60)
        return fail(Errc::InvalidInput, "the title is 1 to 60 characters");
    if (utf8Length(in.titleEn) > 120)
        return fail(Errc::InvalidInput, "the English title is at most 120 characters");
    if (!contains(categories(), in.category))
        return fail(Errc::InvalidInput, "unknown category " + in.category);
    if (!contains(unitCodes(), in.unit))
        return fail(Errc::InvalidInput, "unknown unit " + in.unit);
    if (!in.unitPrice.isPositive() || in.unitPrice > Money::fromFen(100'000'000))
        return fail(Errc::InvalidInput, "the unit price is ¥0.01 to ¥1,000,000");
    if (in.quantity < 1 || in.quantity > 100'000)
        return fail(Errc::InvalidInput, "the quantity is 1 to 100,000 units");
    if (in.shelfLifeDays && (*in.shelfLifeDays < 1 || *in.shelfLifeDays > 3650))
        return fail(Errc::InvalidInput, "the shelf life is 1 to 3650 days");
    if (in.harvestDate && (*in.harvestDate > m_ctx.today() || *in.harvestDate < m_ctx.today().plusDays(-366)))
        return fail(Errc::InvalidInput, "the harvest date must lie within the past year");
    if (in.photos.size() > kMaxListingPhotos)
        return fail(Errc::InvalidInput, "at most 5 photos per listing");
    for (const auto& p : in.photos) {
        if (!isImage(p))
            return fail(Errc::InvalidInput, "a photo must be a PNG or JPEG image");
        if (p.size() > kMaxPhotoBytes)
            return fail(Errc::InvalidInput, "a photo is at most 256 KiB");
    }
    try {
        WriteTransaction tx(m_ctx.db());
        if (auto prior = m_listings.byOpId(in.opId)) {
            if (prior->listingId != in.listingId || prior->titleZh != title)
                return fail(Errc::OpIdConflict, "this listing was already recorded with different contents");
            return view(std::move(*prior));
        }
        if (m_listings.byId(in.listingId))
            return fail(Errc::Conflict, "listing " + in.listingId + " exists already");
        if (!m_farmers.byId(in.farmerId))
            return fail(Errc::NotFound, "no farmer " + std::to_string(in.farmerId));
        ListingRecord l;
        l.listingId = in.listingId;
        l.opId = in.opId;
        l.farmerId = in.farmerId;
        l.titleZh = title;
        l.titleEn = trimmed(in.titleEn);
        l.category = in.category;
        l.unit = in.unit;
        l.unitPrice = in.unitPrice;
        l.agreedPrice = in.unitPrice;
        l.declaredQty = in.quantity;
        if (in.harvestDate)
            l.harvestDate = in.harvestDate->toString();
        l.shelfLifeDays = in.shelfLifeDays;
        l.grade = trimmed(in.grade);
        l.notes = trimmed(in.notes);
        l.state = std::string(toString(ListingState::Draft));
        l.createdAt = m_ctx.now();
        l.createdBy = who.userId;
        l.updatedAt = l.createdAt;
        m_listings.insert(l);
        for (std::size_t i = 0; i < in.photos.size(); ++i)
            m_listings.addPhoto(l.listingId, static_cast<int>(i), in.photos[i]);
        auto created = m_listings.byId(l.listingId);
        tx.commit();
        return view(std::move(*created));
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

void ConsignmentService::syncQuantity(const ListingRecord& l, std::int64_t onHandNow, const std::string& opKey)
{
    if (!isLive(listingStateFromString(l.state).value_or(ListingState::Draft)))
        return;
    // The marketplace offers what is on the shelf (the protocol's quantity is absolute).
    const nlohmann::json payload{{"listing_id", l.listingId}, {"quantity", std::min<std::int64_t>(onHandNow, 100'000)}};
    OutboxStore(m_ctx.db()).enqueue(derivedUuid("consignment-qty:" + opKey), "listing.update", payload.dump(),
                                    l.listingId, m_ctx.now());
}

SResult<StockMoved> ConsignmentService::moveStock(const Session& who, const std::string& opId,
                                                  const std::string& listingId, const std::string& kind,
                                                  std::int64_t quantity, const std::string& reason,
                                                  const ConsignmentTexts* texts)
{
    if (!isUuid(opId))
        return fail(Errc::InvalidInput, "operation id is not a UUID");
    if (quantity < 1 || quantity > 100'000)
        return fail(Errc::InvalidInput, "the quantity is 1 to 100,000 units");
    if (kind != "intake" && trimmed(reason).empty())
        return fail(Errc::NoteRequired, "say why the goods leave the shelf");
    try {
        WriteTransaction tx(m_ctx.db());
        if (auto prior = m_listings.moveByOpId(opId)) {
            if (prior->listingId != listingId || prior->kind != kind || prior->quantity != quantity)
                return fail(Errc::OpIdConflict, "this movement was already recorded with different contents");
            StockMoved r{onHand(StockTotals{}), prior->receiptNumber.value_or(0), std::nullopt, true};
            const auto c = m_listings.stock(listingId);
            r.onHand = onHand({c.received, c.sold, c.spoiled, c.returned});
            if (prior->receiptNumber)
                if (auto rec = ReceiptStore(m_ctx.db()).byNumber(*prior->receiptNumber))
                    if (auto body = parseReceiptBody(rec->body, rec->number))
                        r.receipt = *body;
            return r;
        }
        auto l = m_listings.byId(listingId);
        if (!l)
            return fail(Errc::NotFound, "no listing " + listingId);
        const auto state = listingStateFromString(l->state).value_or(ListingState::Draft);
        if (kind == "intake" && (state == ListingState::Rejected || state == ListingState::Withdrawn))
            return fail(Errc::Conflict, "the listing is closed; create a new one for new goods");
        const std::int64_t before = onHand({l->stock.received, l->stock.sold, l->stock.spoiled, l->stock.returned});
        if (kind != "intake" && quantity > before)
            return fail(Errc::Conflict, "the station holds only " + std::to_string(before) + " units of this listing");
        const std::int64_t after = kind == "intake" ? before + quantity : before - quantity;
        StockMoveRecord m{0, opId, listingId, kind, quantity, trimmed(reason), {}, std::nullopt, m_ctx.now(), who.userId};
        StockMoved out{after, 0, std::nullopt, false};
        if (texts) {
            auto farmer = m_farmers.byId(l->farmerId);
            const bool intake = kind == "intake";
            Receipt r = baseReceipt(&who, intake ? texts->intakeTitle : texts->returnTitle, *texts);
            r.customer = texts->farmer + ": " + (farmer ? farmer->name : std::string());
            const std::string unit(unitSymbol(l->unit));
            r.lines.push_back({l->titleZh, std::to_string(quantity) + unit, l->unitPrice, l->unitPrice * quantity});
            r.notes.push_back(texts->listing + " " + shelfBarcode(l->serial));
            if (!m.reason.empty())
                r.notes.push_back(m.reason);
            r.notes.push_back(texts->onHand + ": " + std::to_string(after) + unit);
            r.notes.push_back(texts->goodsNotStation);
            r.signatureCaption = intake ? texts->agentSignature : texts->farmerSignature;
            r.qrPayload = shelfBarcode(l->serial);
            out.receiptNumber = ReceiptStore(m_ctx.db()).issue(intake ? "consignment_intake" : "consignment_return",
                                                                opId, std::nullopt, m_ctx.now(), who.userId,
                                                                toReceiptBody(r));
            r.number = out.receiptNumber;
            m.receiptNumber = out.receiptNumber;
            out.receipt = r;
        }
        m_listings.addMove(m);
        syncQuantity(*l, after, opId);
        m_audit.record(&who, "consignment_" + kind, "listing:" + listingId, "ok",
                       std::to_string(quantity) + " " + l->unit + (m.reason.empty() ? "" : ": " + m.reason));
        tx.commit();
        return out;
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    } catch (const MoneyOverflow& e) {
        return fail(Errc::InvalidInput, e.what());
    }
}

SResult<StockMoved> ConsignmentService::receiveGoods(const Session& who, const std::string& opId,
                                                     const std::string& listingId, std::int64_t quantity,
                                                     const std::string& note, const ConsignmentTexts& texts)
{
    return moveStock(who, opId, listingId, "intake", quantity, note, &texts);
}

SResult<StockMoved> ConsignmentService::recordSpoilage(const Session& who, const std::string& opId,
                                                       const std::string& listingId, std::int64_t quantity,
                                                       const std::string& reason)
{
    return moveStock(who, opId, listingId, "spoilage", quantity, reason, nullptr);
}

SResult<StockMoved> ConsignmentService::returnToFarmer(const Session& who, const std::string& opId,
                                                       const std::string& listingId, std::int64_t quantity,
                                                       const std::string& reason, const ConsignmentTexts& texts)
{
    return moveStock(who, opId, listingId, "return", quantity, reason, &texts);
}

SResult<ListingView> ConsignmentService::publish(const Session& who, const std::string& opId, const std::string& listingId)
{
    if (!isUuid(opId))
        return fail(Errc::InvalidInput, "operation id is not a UUID");
    try {
        WriteTransaction tx(m_ctx.db());
        OutboxStore outbox(m_ctx.db());
        if (auto prior = outbox.byOpId(opId)) {
            if (prior->type != "listing.publish" || prior->refId != listingId)
                return fail(Errc::OpIdConflict, "this operation id was used for something else");
            return view(std::move(*m_listings.byId(listingId)));
        }
        auto l = m_listings.byId(listingId);
        if (!l)
            return fail(Errc::NotFound, "no listing " + listingId);
        const auto state = listingStateFromString(l->state).value_or(ListingState::Draft);
        if (!nextListingState(state, ListingEvent::Publish))
            return fail(Errc::Conflict, "only a draft listing can be published; it is " + l->state);
        const std::int64_t held = onHand({l->stock.received, l->stock.sold, l->stock.spoiled, l->stock.returned});
        if (held < 1)
            return fail(Errc::Conflict, "take the goods in first: the marketplace sells only what is on the shelf");
        nlohmann::json payload{{"listing_id", l->listingId},
                               {"farmer_ref", "farmer-" + std::to_string(l->farmerId)},
                               {"title_zh", l->titleZh},
                               {"category", l->category},
                               {"unit", l->unit},
                               {"unit_price_fen", l->unitPrice.fen()},
                               {"quantity", std::min<std::int64_t>(held, 100'000)}};
        if (!l->titleEn.empty())
            payload["title_en"] = l->titleEn;
        if (l->harvestDate)
            payload["harvest_date"] = *l->harvestDate;
        if (l->shelfLifeDays)
            payload["shelf_life_days"] = *l->shelfLifeDays;
        const auto pics = m_listings.photos(l->listingId);
        if (!pics.empty()) {
            nlohmann::json arr = nlohmann::json::array();
            for (const auto& p : pics)
                arr.push_back(QByteArray::fromRawData(p.data(), static_cast<qsizetype>(p.size())).toBase64().toStdString());
            payload["photos"] = arr;
        }
        outbox.enqueue(opId, "listing.publish", payload.dump(), l->listingId, m_ctx.now());
        m_listings.setState(l->listingId, std::string(toString(ListingState::Pending)), {}, m_ctx.now());
        m_audit.record(&who, "listing_publish", "listing:" + listingId, "ok", l->titleZh);
        tx.commit();
        return view(std::move(*m_listings.byId(listingId)));
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

SResult<ListingView> ConsignmentService::reprice(const Session& who, const std::string& opId,
                                                 const std::string& listingId, Money unitPrice, bool markdown)
{
    if (!isUuid(opId))
        return fail(Errc::InvalidInput, "operation id is not a UUID");
    if (!unitPrice.isPositive() || unitPrice > Money::fromFen(100'000'000))
        return fail(Errc::InvalidInput, "the unit price is ¥0.01 to ¥1,000,000");
    try {
        WriteTransaction tx(m_ctx.db());
        OutboxStore outbox(m_ctx.db());
        if (auto prior = outbox.byOpId(opId)) {
            if (prior->type != "listing.update" || prior->refId != listingId)
                return fail(Errc::OpIdConflict, "this operation id was used for something else");
            return view(std::move(*m_listings.byId(listingId)));
        }
        auto l = m_listings.byId(listingId);
        if (!l)
            return fail(Errc::NotFound, "no listing " + listingId);
        const auto state = listingStateFromString(l->state).value_or(ListingState::Draft);
        if (state != ListingState::Draft && !nextListingState(state, ListingEvent::Update))
            return fail(Errc::Conflict, "the listing is " + l->state + "; its price cannot change");
        if (markdown && unitPrice >= l->unitPrice)
            return fail(Errc::InvalidInput, "a markdown lowers the price (now " + formatMoney(l->unitPrice) + ")");
        // A price the farmer agreed to moves both prices; a markdown the station bears keeps the
        // farmer's price, so sales below it are topped up from the station's commission.
        Money agreed = unitPrice;
        if (markdown && markdownRule() == MarkdownRule::StationAbsorbs)
            agreed = std::max(l->agreedPrice, unitPrice);
        m_listings.setPrices(listingId, unitPrice, agreed, m_ctx.now());
        if (state != ListingState::Draft) {
            const nlohmann::json payload{{"listing_id", listingId}, {"unit_price_fen", unitPrice.fen()}};
            outbox.enqueue(opId, "listing.update", payload.dump(), listingId, m_ctx.now());
        }
        m_audit.record(&who, markdown ? "listing_markdown" : "listing_price", "listing:" + listingId, "ok",
                       formatMoney(l->unitPrice) + " → " + formatMoney(unitPrice) +
                           (markdown ? " borne by " + std::string(toString(markdownRule())) : std::string()));
        tx.commit();
        return view(std::move(*m_listings.byId(listingId)));
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

SResult<ListingView> ConsignmentService::changePrice(const Session& who, const std::string& opId,
                                                     const std::string& listingId, Money unitPrice)
{
    return reprice(who, opId, listingId, unitPrice, false);
}

SResult<ListingView> ConsignmentService::markDown(const Session& who, const std::string& opId,
                                                  const std::string& listingId, Money unitPrice)
{
    return reprice(who, opId, listingId, unitPrice, true);
}

SResult<ListingView> ConsignmentService::withdraw(const Session& who, const std::string& opId, const std::string& listingId)
{
    if (!isUuid(opId))
        return fail(Errc::InvalidInput, "operation id is not a UUID");
    try {
        WriteTransaction tx(m_ctx.db());
        OutboxStore outbox(m_ctx.db());
        if (auto prior = outbox.byOpId(opId)) {
            if (prior->type != "listing.withdraw" || prior->refId != listingId)
                return fail(Errc::OpIdConflict, "this operation id was used for something else");
            return view(std::move(*m_listings.byId(listingId)));
        }
        auto l = m_listings.byId(listingId);
        if (!l)
            return fail(Errc::NotFound, "no listing " + listingId);
        const auto state = listingStateFromString(l->state).value_or(ListingState::Draft);
        if (state == ListingState::Withdrawn)
            return view(std::move(*l));  // already done (e.g. from another screen)
        if (!nextListingState(state, ListingEvent::Withdraw))
            return fail(Errc::Conflict, "the listing is " + l->state + "; there is nothing to withdraw");
        if (isLive(state))
            outbox.enqueue(opId, "listing.withdraw", nlohmann::json{{"listing_id", listingId}}.dump(), listingId,
                           m_ctx.now());
        m_listings.setState(listingId, std::string(toString(ListingState::Withdrawn)), {}, m_ctx.now());
        m_audit.record(&who, "listing_withdraw", "listing:" + listingId, "ok", l->titleZh);
        tx.commit();
        return view(std::move(*m_listings.byId(listingId)));
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

}  // namespace cz
