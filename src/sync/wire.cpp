#include "sync/wire.h"

#include "core/uuid.h"
#include "sync/json_reader.h"

namespace cz::sync {

using detail::decodeWith;
using detail::Field;
using detail::kMaxFen;
using detail::kMaxMs;
using nlohmann::json;

namespace {


EventData decodeEventData(const std::string& type, const Field& d)
{
    auto id = [&](const char* k) { return d.at(k).uuid(); };
    auto text = [&](const char* k) { return d.at(k).capped(512); };
    auto amount = [&](const char* k) { return d.at(k).fen(1, kMaxFen); };
    auto amount0 = [&](const char* k) { return d.at(k).fen(0, kMaxFen); };
    if (type == "order.accepted")
        return OrderAccepted{id("order_id"), text("market_order_no"), amount("amount_fen")};
    if (type == "order.rejected")
        return OrderRejected{id("order_id"), text("reason_code"), text("reason")};
    if (type == "order.shipped")
        return OrderShipped{id("order_id"), text("carrier"), text("tracking_no")};
    if (type == "order.arrived")
        return OrderArrived{id("order_id"), text("parcel_id"), text("tracking_no")};
    if (type == "order.returned")
        return OrderReturned{id("order_id"), amount0("refund_fen")};
    if (type == "order.cancelled")
        return OrderCancelled{id("order_id"), amount0("refund_fen")};
    if (type == "commission.credited")
        return CommissionCredited{id("order_id"), amount("amount_fen")};
    if (type == "listing.published")
        return ListingPublished{id("listing_id"), text("market_listing_no")};
    if (type == "listing.rejected")
        return ListingRejected{id("listing_id"), text("reason_code"), text("reason")};
    if (type == "listing.sold") {
        ListingSold s{id("listing_id"), text("sale_id"), d.at("quantity").int64(1, 1'000'000), amount("unit_price_fen"),
                      amount("gross_fen"), amount0("platform_fee_fen")};
        if (s.platformFee > s.gross)
            d.at("platform_fee_fen").fail("platform fee larger than the sale");
        return s;
    }
    if (type == "sale.settled")
        return SaleSettled{text("sale_id"), amount0("amount_fen")};
    if (type == "bill.paid")
        return BillPaid{id("payment_id"), text("biller_ref"), amount("amount_fen")};
    if (type == "bill.failed")
        return BillFailed{id("payment_id"), text("reason_code"), text("reason")};
    if (type == "ticket.issued")
        return TicketIssued{id("booking_id"), text("eticket_no"), amount("amount_fen")};
    if (type == "ticket.failed")
        return TicketFailed{id("booking_id"), text("reason_code"), text("reason")};
    if (type == "ticket.refunded")
        return TicketRefunded{id("booking_id"), amount0("refund_fen"), amount0("fee_fen")};
    if (type == "wallet.credited") {
        WalletCredited w{amount("amount_fen"), text("method"), text("reference")};
        if (w.method != "bank" && w.method != "cash")
            d.at("method").fail("expected bank or cash");
        return w;
    }
    return UnknownEvent{};
}

}  // namespace

std::string describe(const WireError& e) { return e.where.empty() ? e.what : e.where + ": " + e.what; }

WireResult<ApiError> decodeApiError(std::string_view body)
{
    return decodeWith<ApiError>([&] {
        const json j = detail::parseObject(body);
        const Field root(j, "");
        const Field err = root.at("error");
        return ApiError{err.at("code").capped(128), err.at("message").capped(2048)};
    });
}

WireResult<std::string> encodeOpsBatch(const std::vector<OpToSend>& ops)
{
    return decodeWith<std::string>([&] {
        json arr = json::array();
        for (std::size_t i = 0; i < ops.size(); ++i) {
            auto payload = json::parse(ops[i].payloadJson, nullptr, false);
            if (payload.is_discarded() || !payload.is_object())
                throw detail::DecodeFailure{WireError{"ops[" + std::to_string(i) + "].payload", "not a JSON object"}};
            arr.push_back(json{{"op_id", ops[i].opId},
                               {"type", ops[i].type},
                               {"created_at", ops[i].createdAtMs},
                               {"payload", std::move(payload)}});
        }
        return json{{"ops", std::move(arr)}}.dump();
    });
}

WireResult<std::vector<OpResult>> decodeOpResults(std::string_view body, const std::vector<std::string>& sentOpIds)
{
    return decodeWith<std::vector<OpResult>>([&] {
        const json j = detail::parseObject(body);
        const Field results = Field(j, "").at("results");
        if (results.size() != sentOpIds.size())
            results.fail("expected " + std::to_string(sentOpIds.size()) + " results, got " + std::to_string(results.size()));
        std::vector<OpResult> out;
        for (std::size_t i = 0; i < results.size(); ++i) {
            const Field r = results.at(i);
            OpResult o;
            o.opId = r.at("op_id").str();
            if (!equalsIgnoringCase(o.opId, sentOpIds[i]))
                r.at("op_id").fail("result for " + o.opId + " where " + sentOpIds[i] + " was sent");
            o.opId = sentOpIds[i];
            o.status = static_cast<int>(r.at("status").int64(100, 599));
            if (o.status == 200) {
                const Field res = r.at("result");
                o.refId = res.at("ref_id").capped(128);
                o.state = res.at("state").capped(64);
                (void)res.at("accepted_at").int64(0, kMaxMs);
                o.resultJson = res.raw().dump();
            } else if (o.status == 409 || o.status == 422) {
                const Field err = r.at("error");
                o.errorCode = err.at("code").capped(128);
                o.errorMessage = err.at("message").capped(2048);
                o.resultJson = err.raw().dump();
            } else {
                r.at("status").fail("unexpected op status " + std::to_string(o.status));
            }
            out.push_back(std::move(o));
        }
        return out;
    });
}

WireResult<EventsPage> decodeEventsPage(std::string_view body)
{
    return decodeWith<EventsPage>([&] {
        const json j = detail::parseObject(body);
        const Field root(j, "");
        EventsPage page;
        const Field events = root.at("events");
        for (std::size_t i = 0; i < events.size(); ++i) {
            const Field e = events.at(i);
            Event ev;
            ev.eventId = e.at("event_id").uuid();
            ev.cursor = e.at("cursor").capped(256);
            ev.type = e.at("type").capped(64);
            ev.occurredAtMs = e.at("occurred_at").int64(0, kMaxMs);
            const Field data = e.at("data");
            if (!data.raw().is_object())
                data.fail("expected an object");
            ev.data = decodeEventData(ev.type, data);
            page.events.push_back(std::move(ev));
        }
        page.nextCursor = root.at("next_cursor").capped(256);
        page.hasMore = root.at("has_more").boolean();
        return page;
    });
}

WireResult<WalletBalance> decodeWallet(std::string_view body)
{
    return decodeWith<WalletBalance>([&] {
        const json j = detail::parseObject(body);
        const Field root(j, "");
        return WalletBalance{root.at("balance_fen").fen(0, kMaxFen), root.at("as_of").int64(0, kMaxMs)};
    });
}

WireResult<Statement> decodeStatement(std::string_view body)
{
    return decodeWith<Statement>([&] {
        const json j = detail::parseObject(body);
        const Field root(j, "");
        Statement s;
        s.opening = root.at("opening_balance_fen").fen(0, kMaxFen);
        s.closing = root.at("closing_balance_fen").fen(0, kMaxFen);
        const Field lines = root.at("lines");
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const Field l = lines.at(i);
            StatementLine line;
            line.seq = l.at("seq").int64(1, INT64_MAX);
            line.atMs = l.at("at").int64(0, kMaxMs);
            line.kind = l.at("kind").capped(64);
            line.amount = l.at("amount_fen").fen(-kMaxFen, kMaxFen);
            if (line.amount.isZero())
                l.at("amount_fen").fail("a statement line of zero");
            line.balanceAfter = l.at("balance_after_fen").fen(0, kMaxFen);
            line.refType = l.at("ref_type").capped(32);
            line.refId = l.at("ref_id").capped(128);
            line.eventId = l.at("event_id").uuid();
            s.lines.push_back(std::move(line));
        }
        s.hasMore = root.at("has_more").boolean();
        s.nextAfterSeq = root.at("next_after_seq").int64(0, INT64_MAX);
        return s;
    });
}

}  // namespace cz::sync
