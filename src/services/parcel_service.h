#pragma once
// 包裹 Parcels at the station: a courier drops parcels off (scan the tracking number → a shelf
// slot and a pickup slip), the villager comes with the pickup code or their phone's last four
// digits, the agent hands it over and records it; parcels left too long are flagged; a parcel the
// villager refuses goes back to the sender (and its refund comes back from the marketplace).

#include "services/audit.h"
#include "services/errors.h"
#include "services/order_texts.h"
#include "services/session.h"
#include "services/settings_service.h"
#include "services/station_context.h"
#include "storage/order_store.h"
#include "storage/parcel_store.h"

#include <string>
#include <vector>

namespace cz {

struct ParcelSlip {
    ParcelRecord parcel;
    std::int64_t receiptNumber = 0;  ///< the printed slip / pickup receipt
};

class ParcelService final {
public:
    ParcelService(StationContext& ctx, Audit& audit, SettingsService& settings)
        : m_ctx(ctx), m_audit(audit), m_settings(settings), m_parcels(ctx.db()), m_orders(ctx.db())
    {
    }

    /// A parcel was dropped off: finds it by tracking number (or registers an unknown one), puts it
    /// on the next free shelf slot and issues the pickup slip.
    SResult<ParcelSlip> scanArrival(const Session& who, const std::string& opId, const std::string& trackingNo,
                                    const OrderTexts& texts);
    /// Parcels waiting for this pickup code or phone's last four digits.
    std::vector<ParcelRecord> findForPickup(const std::string& codeOrLast4);
    /// Hands the parcel over: recorded with who and when, the marketplace told (parcel.picked_up).
    SResult<ParcelSlip> pickUp(const Session& who, const std::string& opId, const std::string& parcelKey,
                               const OrderTexts& texts);
    /// Sends it back (parcel.return); the refund arrives later as order.returned.
    SResult<void> returnToSender(const Session& who, const std::string& opId, const std::string& parcelKey,
                                 const std::string& reason);
    std::vector<ParcelRecord> waiting(int limit = 500) { return m_parcels.inState(ParcelState::AtStation, limit); }
    std::vector<ParcelRecord> expected(int limit = 500) { return m_parcels.inState(ParcelState::Announced, limit); }
    /// Parcels waiting longer than the setting parcels.unclaimed_days (default 7).
    bool isUnclaimed(const ParcelRecord& p);
    int unclaimedDays();

private:
    std::string nextSlot();
    std::int64_t issueSlip(const char* kind, const std::string& opId, const Session& who, const ParcelRecord& p,
                           const OrderTexts& t, const std::string& title, bool signature);
    StationContext& m_ctx;
    Audit& m_audit;
    SettingsService& m_settings;
    ParcelStore m_parcels;
    OrderStore m_orders;
};

}  // namespace cz
