#pragma once
// A station fixture with a consignment service wired the way StationServices will wire it, and
// builders for farmers, listings and the marketplace's events.

#include "core/uuid.h"
#include "services/consignment/consignment_service.h"
#include "support/station_fixture.h"

#include <memory>

namespace cz::test {

/// A tiny valid PNG (1×1) for listing photos.
std::string tinyPng();

class ConsignmentFixture : public StationFixture {
protected:
    void SetUp() override;
    void TearDown() override;

    FarmerRecord addFarmer(const std::string& name = "张三", const std::string& phone = "13800001234");
    /// A draft listing of `quantity` jin at `priceFen`, with `received` units taken in.
    ListingView addListing(const FarmerRecord& f, std::int64_t priceFen, std::int64_t received,
                           const std::string& category = "fruit");
    /// Applies an event as the sync would (inside one write transaction).
    sync::EventHandler::Applied apply(sync::EventData data, const std::string& type);
    sync::EventHandler::Applied sell(const std::string& listingId, std::int64_t quantity, std::int64_t unitFen,
                                     std::int64_t feeFen, std::string* saleId = nullptr);
    std::int64_t feeOf(std::int64_t grossFen) const;  ///< 5 %, half up, as the marketplace charges
    Money balance(const std::string& account) { return m_svc->ledger().balance(account); }

    std::unique_ptr<ConsignmentService> m_cs;
    ConsignmentTexts m_texts;
};

}  // namespace cz::test
