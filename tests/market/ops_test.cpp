// POST /v1/ops: batch shape, idempotency by op_id, strict validation of every op type.

#include "market/text_codec.h"
#include "market_fixture.h"

namespace cz::market::test {
namespace {

using OpsTest = MarketTest;

std::string code(const json& result)
{
    return result.at("error").at("code").get<std::string>();
}

TEST_F(OpsTest, RepeatedOpReturnsTheStoredResultAndActsOnce)
{
    const auto orderId = uuid();
    const auto o = op("order.place", orderPayload(orderId, 3, 2));
    const auto first = pushOne(o);
    ASSERT_EQ(first.at("status"), 200) << first;
    EXPECT_EQ(first.at("result").at("ref_id"), orderId);
    EXPECT_EQ(first.at("result").at("state"), "received");
    advance(10);
    const auto again = pushOne(o); // a retry after a lost response, 10 s later
    EXPECT_EQ(again, first);
    // Key order in the payload is not part of the op's identity.
    json reordered = o;
    reordered["payload"] = json::parse(o.at("payload").dump());
    EXPECT_EQ(pushOne(reordered), first);
    // Upper-case op_id is the same op.
    json upper = o;
    std::string id = o.at("op_id");
    for (auto& ch : id)
        ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    upper["op_id"] = id;
    EXPECT_EQ(pushOne(upper).at("result"), first.at("result"));

    advance(120);
    EXPECT_EQ(eventsOfType("order.accepted").size(), 1U);
    const auto total = o.at("payload").at("goods_total_fen").get<std::int64_t>();
    EXPECT_EQ(balance(), 100'000 - total);
}

TEST_F(OpsTest, SameOpIdWithOtherContentIs409AndChangesNothing)
{
    const auto orderId = uuid();
    auto o = op("order.place", orderPayload(orderId, 0, 1));
    ASSERT_EQ(pushOne(o).at("status"), 200);
    auto changed = o;
    changed["payload"]["customer"] = {{"name", "李四"}};
    const auto r = pushOne(changed);
    EXPECT_EQ(r.at("status"), 409);
    EXPECT_EQ(code(r), "op_id_conflict");
    auto otherType = o;
    otherType["type"] = "order.cancel";
    otherType["payload"] = {{"order_id", orderId}};
    EXPECT_EQ(pushOne(otherType).at("status"), 409);
    // The original is still intact and still answered the same way.
    EXPECT_EQ(pushOne(o).at("status"), 200);
    EXPECT_EQ(adminGet(std::string("/admin/stations/") + kStation + "/orders/" + orderId).body.at("state"), "received");
}

TEST_F(OpsTest, RejectionsAreStoredAsTheFirstResultToo)
{
    auto o = op("order.place", orderPayload(uuid(), 0, 1));
    o["payload"]["goods_total_fen"] = 1;
    const auto first = pushOne(o);
    ASSERT_EQ(first.at("status"), 422);
    EXPECT_EQ(code(first), "total_mismatch");
    EXPECT_EQ(pushOne(o), first);
}

TEST_F(OpsTest, OpsApplyInArrayOrderWithinABatch)
{
    const auto orderId = uuid();
    const auto results
        = push({op("order.place", orderPayload(orderId, 1, 1)), op("order.cancel", {{"order_id", orderId}}),
                op("order.cancel", {{"order_id", orderId}})});
    ASSERT_EQ(results.size(), 3U);
    EXPECT_EQ(results[0].at("status"), 200);
    EXPECT_EQ(results[1].at("status"), 200);
    EXPECT_EQ(results[1].at("result").at("state"), "cancelled");
    EXPECT_EQ(results[2].at("status"), 422);
    EXPECT_EQ(code(results[2]), "order_not_cancellable");
    const auto cancelled = eventsOfType("order.cancelled");
    ASSERT_EQ(cancelled.size(), 1U);
    EXPECT_EQ(cancelled[0].at("data").at("refund_fen"), 0);
}

TEST_F(OpsTest, AFailedOpLeavesNoTraceButOthersInTheBatchApply)
{
    const auto good = uuid();
    auto bad = op("order.place", orderPayload(uuid(), 0, 1));
    bad["payload"]["lines"][0]["unit_price_fen"] = 1;
    const auto results = push({bad, op("order.place", orderPayload(good, 0, 1))});
    EXPECT_EQ(results[0].at("status"), 422);
    EXPECT_EQ(code(results[0]), "price_mismatch");
    EXPECT_EQ(results[0].at("error").at("details").at("price_fen"), product(0).at("price_fen"));
    EXPECT_EQ(results[1].at("status"), 200);
    EXPECT_EQ(adminGet(std::string("/admin/stations/") + kStation + "/orders/" + good).status, 200);
}

TEST_F(OpsTest, MalformedBatchesAreRequestErrors)
{
    const auto port = m_server->port();
    EXPECT_EQ(request(port, "POST", "/v1/ops", kToken, "{\"ops\": [").body.at("error").at("code"), "malformed_json");
    EXPECT_EQ(request(port, "POST", "/v1/ops", kToken, "{\"ops\": []}").status, 400);
    EXPECT_EQ(request(port, "POST", "/v1/ops", kToken, "{\"ops\": {}}").status, 400);
    EXPECT_EQ(request(port, "POST", "/v1/ops", kToken, "[]").status, 400);
    EXPECT_EQ(request(port, "POST", "/v1/ops", kToken, "{\"ops\": [], \"x\": 1}").status, 400);
    EXPECT_EQ(request(port, "POST", "/v1/ops", kToken, "{}", "text/plain").status, 415);

    std::vector<json> many;
    for (int i = 0; i < 101; ++i)
        many.push_back(op("order.cancel", {{"order_id", uuid()}}));
    const auto big = post("/v1/ops", {{"ops", many}});
    EXPECT_EQ(big.status, 413);
    EXPECT_EQ(big.body.at("error").at("code"), "batch_too_large");
}

TEST_F(OpsTest, OversizedBodyIs413)
{
    m_server.reset();
    m_cfg.maxBodyBytes = 4096;
    m_server = std::make_unique<MarketServer>(m_cfg);
    m_server->start();
    const auto r = request(m_server->port(), "POST", "/v1/ops", kToken, std::string(10'000, ' '));
    EXPECT_EQ(r.status, 413);
    EXPECT_EQ(r.body.at("error").at("code"), "payload_too_large");
}

TEST_F(OpsTest, EnvelopeIsValidated)
{
    const auto results = push(
        {json {{"op_id", "not-a-uuid"}, {"type", "order.cancel"}, {"created_at", 1}, {"payload", json::object()}},
         json {{"op_id", uuid()}, {"type", "order.teleport"}, {"created_at", 1}, {"payload", json::object()}},
         json {{"op_id", uuid()}, {"type", "order.cancel"}, {"payload", {{"order_id", uuid()}}}},
         json {{"op_id", uuid()}, {"type", "order.cancel"}, {"created_at", 1}, {"payload", json::array()}},
         json {{"op_id", uuid()},
               {"type", "order.cancel"},
               {"created_at", 1},
               {"extra", 1},
               {"payload", {{"order_id", uuid()}}}},
         json(42)});
    ASSERT_EQ(results.size(), 6U);
    EXPECT_EQ(code(results[0]), "invalid_op_id");
    EXPECT_EQ(results[0].at("op_id"), "not-a-uuid");
    EXPECT_EQ(code(results[1]), "unknown_op_type");
    EXPECT_EQ(code(results[2]), "invalid_op"); // created_at missing
    EXPECT_EQ(code(results[3]), "invalid_op"); // payload not an object
    EXPECT_EQ(code(results[4]), "invalid_op"); // unknown envelope field
    EXPECT_EQ(code(results[5]), "invalid_op");
    for (const auto& r : results)
        EXPECT_EQ(r.at("status"), 422);
}

struct Case final {
    const char* name;
    const char* type;
    json payload;
    const char* code;
};

TEST_F(OpsTest, OrderPayloadsAreValidatedStrictly)
{
    const auto p = product(0);
    const auto price = p.at("price_fen").get<std::int64_t>();
    const json line = {{"product_id", p.at("product_id")}, {"quantity", 2}, {"unit_price_fen", price}};
    const auto base = [&](json l, json total) {
        return json {
            {"order_id", uuid()}, {"lines", json::array({std::move(l)})}, {"goods_total_fen", std::move(total)}};
    };
    auto withLine = [&](const char* key, json v) {
        json l = line;
        l[key] = std::move(v);
        return l;
    };
    std::vector<Case> cases {
        {"float quantity", "order.place", base(withLine("quantity", 2.0), price * 2), "invalid_payload"},
        {"zero quantity", "order.place", base(withLine("quantity", 0), 0), "invalid_payload"},
        {"string price", "order.place", base(withLine("unit_price_fen", std::to_string(price)), price * 2),
         "invalid_payload"},
        {"unknown field", "order.place", base(withLine("unit_price", price), price * 2), "invalid_payload"},
        {"unknown product", "order.place", base(withLine("product_id", "P99999999"), price * 2), "unknown_product"},
        {"wrong price", "order.place", base(withLine("unit_price_fen", price + 1), (price + 1) * 2), "price_mismatch"},
        {"wrong total", "order.place", base(line, price * 2 + 1), "total_mismatch"},
        {"float total", "order.place", base(line, static_cast<double>(price * 2)), "invalid_payload"},
        {"bad order id", "order.place",
         [&] {
             auto b = base(line, price * 2);
             b["order_id"] = "123";
             return b;
         }(),
         "invalid_payload"},
        {"no lines", "order.place", json {{"order_id", uuid()}, {"lines", json::array()}, {"goods_total_fen", 1}},
         "invalid_payload"},
        {"bad phone", "order.place",
         [&] {
             auto b = base(line, price * 2);
             b["customer"] = {{"phone_last4", "12a4"}};
             return b;
         }(),
         "invalid_payload"},
        {"duplicate line", "order.place",
         json {{"order_id", uuid()}, {"lines", json::array({line, line})}, {"goods_total_fen", price * 4}},
         "invalid_payload"},
        {"cancel unknown", "order.cancel", json {{"order_id", uuid()}}, "unknown_order"},
        {"pickup unknown", "parcel.picked_up", json {{"parcel_id", uuid()}}, "unknown_parcel"},
        {"return unknown", "parcel.return", json {{"parcel_id", uuid()}}, "unknown_parcel"},
    };
    for (const auto& c : cases) {
        const auto r = pushOne(op(c.type, c.payload));
        EXPECT_EQ(r.at("status"), 422) << c.name << ": " << r;
        EXPECT_EQ(r.value("error", json::object()).value("code", ""), c.code) << c.name << ": " << r;
    }
}

TEST_F(OpsTest, AnObjectIdCannotBeReusedByAnotherOp)
{
    const auto orderId = uuid();
    ASSERT_EQ(pushOne(op("order.place", orderPayload(orderId, 0, 1))).at("status"), 200);
    const auto r = pushOne(op("order.place", orderPayload(orderId, 0, 1)));
    EXPECT_EQ(r.at("status"), 422);
    EXPECT_EQ(code(r), "duplicate_id");
}

TEST_F(OpsTest, ServicePayloadsAreValidatedStrictly)
{
    const std::string today = formatIsoDate(chinaDay(kStartMs));
    const json ticket = {{"booking_id", uuid()},
                         {"train_no", "G2805"},
                         {"date", today},
                         {"from", "zhengzhou"},
                         {"to", "kaifeng"},
                         {"seat_class", "second"},
                         {"passenger_name", "张三"},
                         {"passenger_id_no", "11010519491231002X"},
                         {"price_fen", 3350}};
    auto t = [&](const char* key, json v) {
        json x = ticket;
        x["booking_id"] = uuid();
        x[key] = std::move(v);
        return x;
    };
    std::vector<Case> cases {
        {"bill biller",
         "bill.pay",
         {{"payment_id", uuid()}, {"biller_id", "nope"}, {"account_no", "1234567890"}, {"amount_fen", 100}},
         "unknown_biller"},
        {"bill carrier as biller",
         "bill.pay",
         {{"payment_id", uuid()}, {"biller_id", "cmcc"}, {"account_no", "1234567890"}, {"amount_fen", 100}},
         "unknown_biller"},
        {"bill account",
         "bill.pay",
         {{"payment_id", uuid()}, {"biller_id", "sgcc-henan"}, {"account_no", "12345"}, {"amount_fen", 100}},
         "invalid_account_no"},
        {"bill no account",
         "bill.pay",
         {{"payment_id", uuid()}, {"biller_id", "sgcc-henan"}, {"account_no", "1234560000"}, {"amount_fen", 100}},
         "unknown_account"},
        {"bill amount",
         "bill.pay",
         {{"payment_id", uuid()}, {"biller_id", "sgcc-henan"}, {"account_no", "1234567890"}, {"amount_fen", 0}},
         "invalid_amount"},
        {"bill too much",
         "bill.pay",
         {{"payment_id", uuid()}, {"biller_id", "sgcc-henan"}, {"account_no", "1234567890"}, {"amount_fen", 500001}},
         "invalid_amount"},
        {"topup phone",
         "topup.pay",
         {{"payment_id", uuid()}, {"carrier", "cmcc"}, {"phone", "12812345678"}, {"amount_fen", 5000}},
         "invalid_phone"},
        {"topup amount",
         "topup.pay",
         {{"payment_id", uuid()}, {"carrier", "cmcc"}, {"phone", "13812345678"}, {"amount_fen", 4999}},
         "invalid_denomination"},
        {"topup carrier",
         "topup.pay",
         {{"payment_id", uuid()}, {"carrier", "sgcc-henan"}, {"phone", "13812345678"}, {"amount_fen", 5000}},
         "unknown_biller"},
        {"ticket id no", "ticket.book", t("passenger_id_no", "110105194912310021"), "invalid_id_number"},
        {"ticket fare", "ticket.book", t("price_fen", 3300), "fare_mismatch"},
        {"ticket date", "ticket.book", t("date", formatIsoDate(chinaDay(kStartMs) + 20)), "date_out_of_range"},
        {"ticket bad date", "ticket.book", t("date", "2024-02-30"), "invalid_payload"},
        {"ticket train", "ticket.book", t("train_no", "G1"), "unknown_train"},
        {"ticket city", "ticket.book", t("to", "beijing"), "unknown_city"},
        {"ticket class", "ticket.book", t("seat_class", "hard_seat"), "unknown_seat_class"},
        {"ticket refund", "ticket.refund", {{"booking_id", uuid()}}, "unknown_booking"},
        {"listing unit",
         "listing.publish",
         {{"listing_id", uuid()},
          {"farmer_ref", "f1"},
          {"title_zh", "苹果"},
          {"category", "fruit"},
          {"unit", "sack"},
          {"unit_price_fen", 500},
          {"quantity", 10}},
         "invalid_payload"},
        {"listing category",
         "listing.publish",
         {{"listing_id", uuid()},
          {"farmer_ref", "f1"},
          {"title_zh", "苹果"},
          {"category", "cars"},
          {"unit", "jin"},
          {"unit_price_fen", 500},
          {"quantity", 10}},
         "invalid_payload"},
        {"listing photo",
         "listing.publish",
         {{"listing_id", uuid()},
          {"farmer_ref", "f1"},
          {"title_zh", "苹果"},
          {"category", "fruit"},
          {"unit", "jin"},
          {"unit_price_fen", 500},
          {"quantity", 10},
          {"photos", {"bm90IGFuIGltYWdl"}}},
         "invalid_payload"},
        {"listing harvest",
         "listing.publish",
         {{"listing_id", uuid()},
          {"farmer_ref", "f1"},
          {"title_zh", "苹果"},
          {"category", "fruit"},
          {"unit", "jin"},
          {"unit_price_fen", 500},
          {"quantity", 10},
          {"harvest_date", "2030-01-01"}},
         "invalid_date"},
        {"listing update empty", "listing.update", {{"listing_id", uuid()}}, "invalid_payload"},
        {"listing update unknown", "listing.update", {{"listing_id", uuid()}, {"quantity", 3}}, "unknown_listing"},
        {"withdraw unknown", "listing.withdraw", {{"listing_id", uuid()}}, "unknown_listing"},
        {"dispatch courier",
         "sale.dispatch",
         {{"sale_id", uuid()}, {"courier", "pigeon"}, {"tracking_no", "SF1234567890"}},
         "invalid_payload"},
        {"dispatch unknown",
         "sale.dispatch",
         {{"sale_id", uuid()}, {"courier", "sf"}, {"tracking_no", "SF1234567890"}},
         "unknown_sale"},
    };
    for (const auto& c : cases) {
        const auto r = pushOne(op(c.type, c.payload));
        EXPECT_EQ(r.at("status"), 422) << c.name << ": " << r;
        EXPECT_EQ(r.value("error", json::object()).value("code", ""), c.code) << c.name << ": " << r;
    }
    // The valid ticket itself is accepted (so the cases above each fail for their own reason).
    EXPECT_EQ(pushOne(op("ticket.book", ticket)).at("status"), 200);
}

TEST_F(OpsTest, PhotosAreCappedAndChecked)
{
    const std::string png("\x89PNG\r\n\x1a\n", 8);
    const auto small = base64Encode(png + std::string(1000, 'x'));
    const auto large = base64Encode(png + std::string(300 * 1024, 'x'));
    json p = {{"listing_id", uuid()},
              {"farmer_ref", "farmer-7"},
              {"title_zh", "红富士苹果"},
              {"title_en", "Fuji apples"},
              {"category", "fruit"},
              {"unit", "jin"},
              {"unit_price_fen", 450},
              {"quantity", 200},
              {"harvest_date", formatIsoDate(chinaDay(kStartMs) - 3)},
              {"shelf_life_days", 30},
              {"photos", {small}}};
    EXPECT_EQ(pushOne(op("listing.publish", p)).at("status"), 200);
    p["listing_id"] = uuid();
    p["photos"] = {large};
    const auto r = pushOne(op("listing.publish", p));
    EXPECT_EQ(r.at("status"), 422);
    EXPECT_EQ(code(r), "photo_too_large");
}

} // namespace
} // namespace cz::market::test
