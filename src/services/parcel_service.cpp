#include "services/parcel_service.h"

#include "core/uuid.h"
#include "services/journal.h"
#include "services/order_service.h"
#include "storage/misc_stores.h"
#include "storage/outbox_store.h"

#include <SQLiteCpp/Exception.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace cz {

int ParcelService::unclaimedDays()
{
    try {
        return std::max(1, std::stoi(m_settings.value("parcels.unclaimed_days", "7")));
    } catch (const std::exception&) {
        return 7;
    }
}

bool ParcelService::isUnclaimed(const ParcelRecord& p)
{
    return p.state == ParcelState::AtStation && p.arrivedAt &&
           m_ctx.now() - *p.arrivedAt > std::chrono::hours(24) * unclaimedDays();
}

std::string ParcelService::nextSlot()
{
    // Shelves A–F with 30 slots each: the first free one, in order, so parcels are easy to find.
    const auto used = m_parcels.slotsInUse();
    const std::set<std::string> taken(used.begin(), used.end());
    for (char shelf = 'A'; shelf <= 'F'; ++shelf)
        for (int n = 1; n <= 30; ++n) {
            char slot[8];
            std::snprintf(slot, sizeof slot, "%c-%02d", shelf, n);
            if (!taken.count(slot))
                return slot;
        }
    return "floor";
}

std::int64_t ParcelService::issueSlip(const char* kind, const std::string& opId, const Session& who,
                                      const ParcelRecord& p, const OrderTexts& t, const std::string& title, bool signature)
{
    Receipt r;
    r.stationName = m_settings.stationName();
    r.stationAddress = m_settings.value("station.address");
    r.title = title;
    r.businessDay = Journal(m_ctx).postingDay().toString();
    r.time = formatLocalDateTime(m_ctx.now(), *m_ctx.zone()).substr(0, 16);
    r.cashier = who.userName;
    r.customer = p.customerName + (p.phone.empty() ? "" : " ****" + p.phone.substr(p.phone.size() >= 4 ? p.phone.size() - 4 : 0));
    r.captions = t.captions;
    r.notes = {t.pickupCode + " " + p.pickupCode, t.shelf + " " + p.shelfSlot, t.tracking + " " + p.trackingNo};
    if (!p.orderId.empty())
        r.notes.push_back(t.orderNo + " " + p.orderId);
    r.qrPayload = p.pickupCode;
    if (signature)
        r.signatureCaption = t.signature;
    r.footer = t.thanks;
    return ReceiptStore(m_ctx.db()).issue(kind, opId, std::nullopt, m_ctx.now(), who.userId, toReceiptBody(r));
}

SResult<ParcelSlip> ParcelService::scanArrival(const Session& who, const std::string& opId,
                                               const std::string& trackingNo, const OrderTexts& texts)
{
    if (!isUuid(opId))
        return fail(Errc::InvalidInput, "operation id is not a UUID");
    if (trackingNo.size() < 6 || trackingNo.size() > 40)
        return fail(Errc::InvalidInput, "a tracking number has 6 to 40 characters");
    try {
        WriteTransaction tx(m_ctx.db());
        std::optional<ParcelRecord> p;
        for (auto& c : m_parcels.byTracking(trackingNo))
            if (c.state == ParcelState::Announced || c.state == ParcelState::AtStation)
                p = c;
        const bool isNew = !p;
        if (isNew) {
            // Not announced by the marketplace (yet): keep track of it anyway; the order.arrived
            // event links it to its order when it comes.
            p.emplace();
            p->parcelKey = newUuid();
            p->trackingNo = trackingNo;
            p->pickupCode = newPickupCode(m_parcels);
        }
        if (p->state == ParcelState::AtStation && !p->shelfSlot.empty())
            return fail(Errc::Conflict, "parcel " + trackingNo + " is already on shelf " + p->shelfSlot);
        p->state = ParcelState::AtStation;
        if (!p->arrivedAt)
            p->arrivedAt = m_ctx.now();
        p->shelfSlot = nextSlot();
        if (isNew)
            m_parcels.insert(*p);
        else
            m_parcels.update(*p);
        if (!p->orderId.empty())
            if (auto o = m_orders.byId(p->orderId, false); o && nextOrderState(o->state, OrderEvent::Arrive))
                m_orders.setState(o->orderId, OrderState::Arrived, m_ctx.now());
        const auto slip = issueSlip("parcel_slip", opId, who, *p, texts, texts.pickupTitle, false);
        m_audit.record(&who, "parcel_arrived", "parcel:" + p->parcelKey, "ok", trackingNo + " on " + p->shelfSlot);
        tx.commit();
        return ParcelSlip{*p, slip};
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

std::vector<ParcelRecord> ParcelService::findForPickup(const std::string& codeOrLast4)
{
    std::string digits;
    for (char c : codeOrLast4)
        if (c >= '0' && c <= '9')
            digits += c;
    if (digits.size() != 4 && digits.size() != 6)
        return {};
    return m_parcels.waitingFor(digits);
}

SResult<ParcelSlip> ParcelService::pickUp(const Session& who, const std::string& opId, const std::string& parcelKey,
                                          const OrderTexts& texts)
{
    if (!isUuid(opId))
        return fail(Errc::InvalidInput, "operation id is not a UUID");
    try {
        WriteTransaction tx(m_ctx.db());
        auto p = m_parcels.byKey(parcelKey);
        if (!p)
            return fail(Errc::NotFound, "no parcel " + parcelKey);
        if (p->state == ParcelState::PickedUp && OutboxStore(m_ctx.db()).byOpId(opId))
            return ParcelSlip{*p, 0};  // the same confirmation again
        if (p->state != ParcelState::AtStation)
            return fail(Errc::Conflict, "this parcel is not waiting at the station");
        p->state = ParcelState::PickedUp;
        p->pickedUpAt = m_ctx.now();
        p->pickedUpBy = who.userId;
        m_parcels.update(*p);
        if (!p->orderId.empty())
            if (auto o = m_orders.byId(p->orderId, false); o && nextOrderState(o->state, OrderEvent::PickUp))
                m_orders.setState(o->orderId, OrderState::PickedUp, m_ctx.now());
        if (!p->marketParcelId.empty())
            OutboxStore(m_ctx.db()).enqueue(opId, "parcel.picked_up", nlohmann::json{{"parcel_id", p->marketParcelId}}.dump(),
                                            p->orderId, m_ctx.now());
        const auto slip = issueSlip("parcel_pickup", opId, who, *p, texts, texts.pickupTitle, true);
        m_audit.record(&who, "parcel_picked_up", "parcel:" + parcelKey, "ok", p->customerName);
        tx.commit();
        return ParcelSlip{*p, slip};
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

SResult<void> ParcelService::returnToSender(const Session& who, const std::string& opId, const std::string& parcelKey,
                                            const std::string& reason)
{
    if (!isUuid(opId))
        return fail(Errc::InvalidInput, "operation id is not a UUID");
    if (reason.empty())
        return fail(Errc::NoteRequired, "say why the parcel goes back");
    try {
        WriteTransaction tx(m_ctx.db());
        auto p = m_parcels.byKey(parcelKey);
        if (!p)
            return fail(Errc::NotFound, "no parcel " + parcelKey);
        if (p->state == ParcelState::Returned)
            return {};
        if (p->state != ParcelState::AtStation && p->state != ParcelState::PickedUp)
            return fail(Errc::Conflict, "this parcel is not at the station");
        if (p->marketParcelId.empty())
            return fail(Errc::Conflict, "the marketplace has not announced this parcel yet; wait for it before returning");
        p->state = ParcelState::Returned;
        p->returnedAt = m_ctx.now();
        p->note = reason;
        m_parcels.update(*p);
        OutboxStore(m_ctx.db()).enqueue(opId, "parcel.return", nlohmann::json{{"parcel_id", p->marketParcelId}}.dump(),
                                        p->orderId, m_ctx.now());
        m_audit.record(&who, "parcel_returned", "parcel:" + parcelKey, "ok", reason);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
    return {};
}

}  // namespace cz
