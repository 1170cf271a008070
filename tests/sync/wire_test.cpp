#include "sync/backoff.h"
#include "sync/http_client.h"
#include "sync/wire.h"

#include <gtest/gtest.h>

using namespace cz;
using namespace cz::sync;

namespace {

const std::string kA = "0190f0a0-0000-7000-8000-000000000001";
const std::string kB = "0190f0a0-0000-7000-8000-000000000002";

TEST(Wire, EncodesOpsAndRefusesNonObjectPayloads)
{
    auto ok = encodeOpsBatch({{kA, "order.place", 5, R"({"order_id":"x"})"}});
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(*ok, R"({"ops":[{"created_at":5,"op_id":")" + kA + R"(","payload":{"order_id":"x"},"type":"order.place"}]})");
    EXPECT_FALSE(encodeOpsBatch({{kA, "order.place", 5, "[1]"}}).ok());
    EXPECT_FALSE(encodeOpsBatch({{kA, "order.place", 5, "{"}}).ok());
}

TEST(Wire, OpResultsMustMatchWhatWasSent)
{
    const std::string body = R"({"results":[
      {"op_id":")" + kA + R"(","status":200,"result":{"ref_id":"o1","state":"received","accepted_at":1}},
      {"op_id":")" + kB + R"(","status":422,"error":{"code":"price_mismatch","message":"stale"}}]})";
    auto r = decodeOpResults(body, {kA, kB});
    ASSERT_TRUE(r.ok()) << describe(r.error());
    EXPECT_EQ((*r)[0].status, 200);
    EXPECT_EQ((*r)[0].refId, "o1");
    EXPECT_EQ((*r)[1].errorCode, "price_mismatch");
    EXPECT_FALSE(decodeOpResults(body, {kB, kA}).ok());        // order swapped
    EXPECT_FALSE(decodeOpResults(body, {kA}).ok());            // count differs
    EXPECT_FALSE(decodeOpResults(R"({"results":[{"op_id":")" + kA + R"(","status":"200"}]})", {kA}).ok());
    EXPECT_FALSE(decodeOpResults(R"({"results":[{"op_id":")" + kA + R"(","status":200}]})", {kA}).ok());
    EXPECT_FALSE(decodeOpResults(R"({"results":[{"op_id":")" + kA + R"(","status":201,"result":{}}]})", {kA}).ok());
    // Upper-case echo of the same id is the same op.
    std::string upper = kA;
    for (auto& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    EXPECT_TRUE(decodeOpResults(R"({"results":[{"op_id":")" + upper +
                                    R"(","status":409,"error":{"code":"op_id_conflict","message":"m"}}]})",
                                {kA})
                    .ok());
}

TEST(Wire, EventsDecodeStrictly)
{
    const std::string good = R"({"events":[{"event_id":")" + kA + R"(","cursor":"c1","type":"order.accepted",
      "occurred_at":1700000000000,"data":{"order_id":")" + kB + R"(","market_order_no":"TB1","amount_fen":2560}},
      {"event_id":")" + kB + R"(","cursor":"c2","type":"brand.new","occurred_at":1,"data":{"anything":true}}],
      "next_cursor":"c2","has_more":false,"extra":"ignored"})";
    auto p = decodeEventsPage(good);
    ASSERT_TRUE(p.ok()) << describe(p.error());
    ASSERT_EQ(p->events.size(), 2u);
    const auto* a = std::get_if<OrderAccepted>(&p->events[0].data);
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->amount.fen(), 2560);
    EXPECT_TRUE(std::holds_alternative<UnknownEvent>(p->events[1].data));
    EXPECT_EQ(p->nextCursor, "c2");

    auto bad = [&](std::string from, std::string to) {
        std::string b = good;
        b.replace(b.find(from), from.size(), to);
        return decodeEventsPage(b);
    };
    auto r1 = bad(R"("amount_fen":2560)", R"("amount_fen":"2560")");
    ASSERT_FALSE(r1.ok());
    EXPECT_EQ(r1.error().where, "events[0].data.amount_fen");
    EXPECT_FALSE(bad(R"("amount_fen":2560)", R"("amount_fen":25.6)").ok());
    EXPECT_FALSE(bad(R"("amount_fen":2560)", R"("amount_fen":-1)").ok());
    EXPECT_FALSE(bad(R"("amount_fen":2560)", R"("amount_fen":99999999999999999999)").ok());
    EXPECT_FALSE(bad(R"("market_order_no":"TB1",)", "").ok());
    EXPECT_FALSE(bad(R"("has_more":false)", R"("has_more":0)").ok());
    EXPECT_FALSE(bad(R"("event_id":")" + kA, R"("event_id":"nope)").ok());
    EXPECT_FALSE(decodeEventsPage("").ok());
    EXPECT_FALSE(decodeEventsPage(good.substr(0, good.size() / 2)).ok());
    EXPECT_FALSE(decodeEventsPage("[]").ok());
    EXPECT_FALSE(decodeEventsPage(std::string(100, '[') + std::string(100, ']')).ok());
}

TEST(Wire, CatalogAndWallet)
{
    auto c = decodeCatalogPage(R"({"items":[{"product_id":"P1","version":3,"deleted":false,"name_zh":"苹果","name_en":"Apple",
      "category":"food","barcode":"6901234567892","price_fen":1280,"unit":"kg","description":"","image":"aGVsbG8="}],
      "next_cursor":"v3","has_more":true})");
    ASSERT_TRUE(c.ok()) << describe(c.error());
    EXPECT_EQ(c->items[0].image, "hello");
    EXPECT_EQ(c->items[0].price.fen(), 1280);
    EXPECT_FALSE(decodeCatalogPage(R"({"items":[{"product_id":"P1","version":0}],"next_cursor":"","has_more":false})").ok());
    EXPECT_FALSE(decodeCatalogPage(R"({"items":[],"next_cursor":5,"has_more":false})").ok());
    auto w = decodeWallet(R"({"station_id":"s","balance_fen":100,"as_of":5})");
    ASSERT_TRUE(w.ok());
    EXPECT_EQ(w->balance.fen(), 100);
    EXPECT_FALSE(decodeWallet(R"({"balance_fen":-1,"as_of":5})").ok());
    auto e = decodeApiError(R"({"error":{"code":"rate_limited","message":"slow down"}})");
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->code, "rate_limited");
}

TEST(Wire, CatalogPagesDecodeStrictlyAndNameTheField)
{
    const std::string item = R"({"product_id":"P1","version":3,"deleted":false,"name_zh":"苹果","name_en":"Apple",
      "category":"food","barcode":"6901234567892","price_fen":1280,"unit":"kg","description":"红富士"})";
    auto page = [](const std::string& items) {
        return decodeCatalogPage(R"({"items":[)" + items + R"(],"next_cursor":"v9","has_more":false})");
    };
    auto ok = page(item + "," + item);
    ASSERT_TRUE(ok.ok()) << describe(ok.error());
    EXPECT_EQ(ok->items.size(), 2u);
    EXPECT_EQ(ok->items[1].description, "红富士");
    EXPECT_TRUE(ok->items[1].image.empty());
    EXPECT_EQ(ok->nextCursor, "v9");
    auto with = [&](const std::string& from, const std::string& to) {
        std::string changed = item;
        changed.replace(changed.find(from), from.size(), to);
        return page(item + "," + changed);
    };
    auto failure = [](const WireResult<CatalogPage>& r) { return r.ok() ? std::string("ok") : describe(r.error()); };
    EXPECT_EQ(with(R"("price_fen":1280)", R"("price_fen":12.8)").error().where, "items[1].price_fen");
    EXPECT_EQ(with(R"("price_fen":1280)", R"("price_fen":12.8)").error().what, "expected an integer");
    EXPECT_EQ(with(R"("price_fen":1280)", R"("price_fen":-1)").error().where, "items[1].price_fen");
    EXPECT_EQ(with(R"("version":3)", R"("version":18446744073709551615)").error().what, "integer out of range");
    EXPECT_EQ(with(R"("deleted":false)", R"("deleted":0)").error().what, "expected true or false");
    EXPECT_EQ(with(R"("name_zh":"苹果",)", "").error().where, "items[1].name_zh");
    EXPECT_EQ(with(R"("name_zh":"苹果")", R"("name_zh":null)").error().what, "missing");
    EXPECT_EQ(with(R"("product_id":"P1")", R"("product_id":"")").error().what, "must not be empty");
    EXPECT_EQ(with(R"("barcode":"6901234567892")", R"("barcode":")" + std::string(40, '6') + "\"").error().where,
              "items[1].barcode");
    EXPECT_EQ(with(R"("description":"红富士")", R"("description":"红富士","image":"a$==")").error().what,
              "not valid base64");
    for (const char* bad : {"aGVs=G8=", "aGVsbG8", " aGVsbG8", "aGVsbG8=\\n", "aGVsbG8===", "aGVs bG8=", "aGVsbG8-"})
        EXPECT_EQ(with(R"("description":"红富士")", R"("description":"红富士","image":")" + std::string(bad) + "\"")
                      .error()
                      .what,
                  "not valid base64")
            << bad;
    for (const auto& [text, bytes] : {std::pair{"aGVsbG8=", "hello"}, {"aGVsbA==", "hell"}, {"aGVs", "hel"}, {"", ""}}) {
        auto r = with(R"("description":"红富士")", R"("description":"红富士","image":")" + std::string(text) + "\"");
        ASSERT_TRUE(r.ok()) << text;
        EXPECT_EQ(r->items[1].image, bytes);
    }
    EXPECT_TRUE(with(R"("description":"红富士")", R"("description":"红富士","image":null)").ok());
    EXPECT_TRUE(with(R"("description":"红富士")", R"("description":"红富士","later_field":[1,{"x":2}])").ok());
    EXPECT_EQ(page(R"(5)").error().where, "items[0]");
    EXPECT_EQ(decodeCatalogPage(R"({"items":{},"next_cursor":"","has_more":false})").error().what, "expected an array");
    EXPECT_EQ(decodeCatalogPage(R"({"items":[],"has_more":false})").error().where, "next_cursor");
    EXPECT_EQ(decodeCatalogPage("").error().what, "empty body");
    EXPECT_EQ(decodeCatalogPage("[]").error().what, "expected a JSON object");
    EXPECT_EQ(decodeCatalogPage(R"({"items":[)" + item).error().what, "not valid JSON");  // truncated
    EXPECT_EQ(decodeCatalogPage(R"({"items":[],"next_cursor":"")").error().what, "not valid JSON");
    EXPECT_EQ(decodeCatalogPage(R"({"items":[],"next_cursor":"","has_more":false} x)").error().what, "not valid JSON");
    EXPECT_EQ(decodeCatalogPage("{\"items\":[],\"next_cursor\":\"\xff\",\"has_more\":false}").error().what,
              "not valid JSON");  // not UTF-8
    const std::string deep = R"({"items":[],"next_cursor":"","has_more":false,"x":)" + std::string(100, '[') +
                             std::string(100, ']') + "}";
    EXPECT_EQ(decodeCatalogPage(deep).error().what, "JSON nested too deeply");
    // Within the depth limit, unknown nesting is fine.
    const std::string nested = R"({"items":[],"next_cursor":"","has_more":false,"x":)" + std::string(10, '[') +
                               std::string(10, ']') + "}";
    EXPECT_TRUE(decodeCatalogPage(nested).ok()) << failure(decodeCatalogPage(nested));
}

TEST(Backoff, FullJitterCappedAndHonouringRetryAfter)
{
    Backoff b(std::chrono::milliseconds(1000), std::chrono::milliseconds(8000), 42);
    for (int i = 0; i < 10; ++i) {
        const auto top = b.ceiling();
        EXPECT_LE(top.count(), 8000);
        const auto d = b.next();
        EXPECT_GE(d.count(), 0);
        EXPECT_LE(d.count(), top.count());
    }
    EXPECT_EQ(b.ceiling().count(), 8000);
    EXPECT_GE(b.next(std::chrono::seconds(30)).count(), 30000);
    b.reset();
    EXPECT_EQ(b.ceiling().count(), 1000);
}

TEST(HttpClient, OnlyHttpsOrLoopbackHttp)
{
    EXPECT_TRUE(isAcceptableBaseUrl("https://market.example.cn"));
    EXPECT_TRUE(isAcceptableBaseUrl("http://127.0.0.1:8870"));
    EXPECT_TRUE(isAcceptableBaseUrl("http://localhost:8870/"));
    EXPECT_FALSE(isAcceptableBaseUrl("http://market.example.cn"));
    EXPECT_FALSE(isAcceptableBaseUrl("ftp://127.0.0.1"));
    EXPECT_FALSE(isAcceptableBaseUrl("https://"));
    EXPECT_EQ(urlEncode("ev1.a b/c"), "ev1.a%20b%2Fc");
}

TEST(HttpClient, ConnectionRefusedIsATransportError)
{
    HttpClient c({"http://127.0.0.1:1", "token-token-token", "", std::chrono::milliseconds(500),
                  std::chrono::milliseconds(1000)});
    auto r = c.get("/v1/health");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, TransportErrc::Connect);
}

}  // namespace
