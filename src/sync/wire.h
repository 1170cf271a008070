#pragma once
// The protocol's wire types and their JSON encoding (docs/openapi.yaml). Decoding is strict: a
// missing field, a wrong type, an out-of-range number or an unparseable body is a WireError value —
// never a crash, never a silent zero. Fields the marketplace added later are ignored (the protocol
// lets responses grow).

#include "core/money.h"
#include "core/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cz::sync {

struct WireError {
    std::string where;  ///< JSON path, e.g. "events[3].data.amount_fen"
    std::string what;
};
std::string describe(const WireError& e);

template <class T>
using WireResult = Result<T, WireError>;

/// Bodies nested deeper than this are refused before parsing.
inline constexpr int kMaxJsonDepth = 64;

// ---- errors -------------------------------------------------------------------------------------

struct ApiError {
    std::string code;
    std::string message;
};
/// The {"error":{code,message}} body of a failed request.
WireResult<ApiError> decodeApiError(std::string_view body);

// ---- ops ----------------------------------------------------------------------------------------

struct OpToSend {
    std::string opId;
    std::string type;
    std::int64_t createdAtMs = 0;
    std::string payloadJson;  ///< a JSON object, as stored in the outbox
};
/// {"ops":[…]}; throws nothing — a payload that is not a JSON object is a WireError.
WireResult<std::string> encodeOpsBatch(const std::vector<OpToSend>& ops);

struct OpResult {
    std::string opId;
    int status = 0;           ///< 200, 409 or 422
    std::string resultJson;   ///< the "result" object (200) or the "error" object, as JSON text
    std::string errorCode;    ///< for 409/422
    std::string errorMessage;
    std::string refId;        ///< result.ref_id (200)
    std::string state;        ///< result.state (200)
};
/// The results of a push, checked against what was sent: same count, same op ids, same order.
WireResult<std::vector<OpResult>> decodeOpResults(std::string_view body, const std::vector<std::string>& sentOpIds);

// ---- events -------------------------------------------------------------------------------------

struct OrderAccepted { std::string orderId; std::string marketOrderNo; Money amount; };
struct OrderRejected { std::string orderId; std::string reasonCode; std::string reason; };
struct OrderShipped { std::string orderId; std::string carrier; std::string trackingNo; };
struct OrderArrived { std::string orderId; std::string parcelId; std::string trackingNo; };
struct OrderReturned { std::string orderId; Money refund; };
struct OrderCancelled { std::string orderId; Money refund; };
struct CommissionCredited { std::string orderId; Money amount; };
struct ListingPublished { std::string listingId; std::string marketListingNo; };
struct ListingRejected { std::string listingId; std::string reasonCode; std::string reason; };
struct ListingSold {
    std::string listingId;
    std::string saleId;
    std::int64_t quantity = 0;
    Money unitPrice;
    Money gross;
    Money platformFee;
};
struct SaleSettled { std::string saleId; Money amount; };
struct BillPaid { std::string paymentId; std::string billerRef; Money amount; };
struct BillFailed { std::string paymentId; std::string reasonCode; std::string reason; };
struct TicketIssued { std::string bookingId; std::string eticketNo; Money amount; };
struct TicketFailed { std::string bookingId; std::string reasonCode; std::string reason; };
struct TicketRefunded { std::string bookingId; Money refund; Money fee; };
struct WalletCredited { Money amount; std::string method; std::string reference; };
/// A type this client does not know yet: skipped (but de-duplicated and passed).
struct UnknownEvent {};

using EventData = std::variant<OrderAccepted, OrderRejected, OrderShipped, OrderArrived, OrderReturned, OrderCancelled,
                               CommissionCredited, ListingPublished, ListingRejected, ListingSold, SaleSettled, BillPaid,
                               BillFailed, TicketIssued, TicketFailed, TicketRefunded, WalletCredited, UnknownEvent>;

struct Event {
    std::string eventId;
    std::string cursor;
    std::string type;
    std::int64_t occurredAtMs = 0;
    EventData data;
};

struct EventsPage {
    std::vector<Event> events;
    std::string nextCursor;
    bool hasMore = false;
};
WireResult<EventsPage> decodeEventsPage(std::string_view body);

// ---- catalog ------------------------------------------------------------------------------------

struct CatalogItem {
    std::string productId;
    std::int64_t version = 0;
    bool deleted = false;
    std::string nameZh;
    std::string nameEn;
    std::string category;
    std::string barcode;
    Money price;
    std::string unit;
    std::string description;
    std::string image;  ///< decoded PNG bytes, empty when absent
};

struct CatalogPage {
    std::vector<CatalogItem> items;
    std::string nextCursor;
    bool hasMore = false;
};
WireResult<CatalogPage> decodeCatalogPage(std::string_view body);

// ---- wallet -------------------------------------------------------------------------------------

struct WalletBalance {
    Money balance;
    std::int64_t asOfMs = 0;
};
WireResult<WalletBalance> decodeWallet(std::string_view body);

struct StatementLine {
    std::int64_t seq = 0;
    std::int64_t atMs = 0;
    std::string kind;
    Money amount;  ///< signed: credits positive, debits negative
    Money balanceAfter;
    std::string refType;
    std::string refId;
    std::string eventId;
};
struct Statement {
    Money opening;
    Money closing;
    std::vector<StatementLine> lines;
    bool hasMore = false;
    std::int64_t nextAfterSeq = 0;
};
WireResult<Statement> decodeStatement(std::string_view body);

}  // namespace cz::sync
