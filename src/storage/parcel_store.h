#pragma once
// Parcels for villagers: announced by the marketplace (order.arrived) and/or registered by
// scanning the tracking number when the courier drops them off; on a shelf slot with a pickup
// code; picked up (by code or the phone's last four digits) or returned to the sender.

#include "core/clock.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

enum class ParcelState { Announced, AtStation, PickedUp, Returned };
std::string_view toString(ParcelState s);
std::optional<ParcelState> parcelStateFromString(std::string_view s);

struct ParcelRecord {
    std::string parcelKey;       ///< the station's id (UUID)
    std::string marketParcelId;  ///< the marketplace's parcel_id, when known
    std::string orderId;
    std::string trackingNo;
    std::optional<std::int64_t> customerId;
    std::string customerName;
    std::string phone;
    std::string pickupCode;
    std::string shelfSlot;
    ParcelState state = ParcelState::Announced;
    std::optional<TimePoint> announcedAt;
    std::optional<TimePoint> arrivedAt;
    std::optional<TimePoint> pickedUpAt;
    std::optional<std::int64_t> pickedUpBy;
    std::optional<TimePoint> returnedAt;
    std::string note;
};

class ParcelStore final {
public:
    explicit ParcelStore(Database& db) : m_db(db) {}

    void insert(const ParcelRecord& p);
    void update(const ParcelRecord& p);
    std::optional<ParcelRecord> byKey(const std::string& key);
    std::optional<ParcelRecord> byMarketId(const std::string& marketParcelId);
    std::optional<ParcelRecord> byOrder(const std::string& orderId);
    std::vector<ParcelRecord> byTracking(const std::string& trackingNo);
    /// Parcels waiting at the station whose pickup code is `code` or whose phone ends with `digits`.
    std::vector<ParcelRecord> waitingFor(const std::string& codeOrLast4);
    std::vector<ParcelRecord> inState(ParcelState s, int limit);
    bool pickupCodeInUse(const std::string& code);
    std::vector<std::string> slotsInUse();

private:
    Database& m_db;
};

}  // namespace cz
