#pragma once
// Wire types and strict decoders of the payments desk's online-only calls (docs/openapi.yaml):
// GET /v1/billers, /v1/bills/lookup, /v1/trains, /v1/trains/cities and the server time of
// /v1/health. (The wallet statement's decoder is sync/wire.h's decodeStatement.) Like every decoder
// of the sync layer: a missing field, a wrong type or an out-of-range value is a WireError, never a
// crash or a silent default; fields the marketplace adds later are ignored.

#include "sync/wire.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cz::sync {

struct BillerInfo {
    std::string billerId;
    std::string nameZh;
    std::string nameEn;
    std::string kind;      ///< electricity | water | gas | mobile
    int accountMinLen = 0;  ///< utilities: digits in an account number …
    int accountMaxLen = 0;  ///< … up to this many
    std::vector<Money> denominations;  ///< mobile carriers: the allowed top-up amounts
};
/// {"billers":[…]}. Billers of a kind this client does not know are left out (the marketplace may
/// add kinds); a known kind without its account length or denominations is an error.
WireResult<std::vector<BillerInfo>> decodeBillers(std::string_view body);

struct BillLookup {
    std::string billerId;
    std::string accountNo;
    std::string holderNameMasked;  ///< "王*国", as the marketplace masks it
    std::string period;            ///< YYYY-MM
    Money amountDue;
    std::int64_t asOfMs = 0;
};
WireResult<BillLookup> decodeBillLookup(std::string_view body);

struct SeatOfferInfo {
    std::string seatClass;
    std::string nameZh;
    std::string nameEn;
    Money price;             ///< what ticket.book must send
    std::int64_t available = 0;
};

struct TrainInfo {
    std::string trainNo;
    std::string from;
    std::string to;
    std::string origin;
    std::string terminus;
    std::int64_t departAtMs = 0;
    std::int64_t arriveAtMs = 0;
    std::int64_t durationMin = 0;
    std::int64_t distanceKm = 0;
    std::vector<SeatOfferInfo> seats;
};

struct TrainSearch {
    std::string from;
    std::string to;
    std::string date;  ///< YYYY-MM-DD
    std::vector<TrainInfo> trains;
};
WireResult<TrainSearch> decodeTrainSearch(std::string_view body);

struct CityInfo {
    std::string cityId;
    std::string nameZh;
    std::string nameEn;
};
WireResult<std::vector<CityInfo>> decodeCities(std::string_view body);

/// The marketplace's clock (`now` of GET /v1/health), unix ms.
WireResult<std::int64_t> decodeHealthNow(std::string_view body);

/// An id the station sends back in paths, queries and fee scopes: 1..32 of [A-Za-z0-9_-].
bool isReferenceId(std::string_view s);

}  // namespace cz::sync
