// The pure parts: counter checks (ID numbers, phones, masks) and the strict wire decoders.

#include "services/payments/payment_rules.h"
#include "sync/payments/payments_wire.h"

#include <gtest/gtest.h>

using namespace cz;

TEST(PaymentRules, ResidentIdNumbersNeedTheirCheckCharacterAndARealBirthDate)
{
    EXPECT_TRUE(isResidentIdNumber("410102199003071230"));
    EXPECT_TRUE(isResidentIdNumber("11010519491231002X"));
    EXPECT_TRUE(isResidentIdNumber("11010519491231002x"));
    EXPECT_FALSE(isResidentIdNumber("410102199003071231"));  // check character
    EXPECT_FALSE(isResidentIdNumber("410102199002301238"));  // 30 February
    EXPECT_FALSE(isResidentIdNumber("010102199003071230"));  // no province 0
    EXPECT_FALSE(isResidentIdNumber("41010219900307123"));   // 17 characters
    EXPECT_FALSE(isResidentIdNumber("4101021990030712300"));
    EXPECT_FALSE(isResidentIdNumber("41010219900307123A"));
    EXPECT_EQ(maskIdNumber("11010519491231002x"), "110105********002X");
}

TEST(PaymentRules, PhonesAndNames)
{
    EXPECT_TRUE(isMobileNumber("13800001234"));
    EXPECT_FALSE(isMobileNumber("12800001234"));
    EXPECT_FALSE(isMobileNumber("1380000123"));
    EXPECT_EQ(maskPhoneNumber("13800001234"), "138****1234");
    EXPECT_EQ(utf8Length("张桂兰"), 3u);
    EXPECT_FALSE(isPrintableText("a\nb"));
}

TEST(PaymentsWire, BillersKeepKnownKindsAndRefuseBrokenOnes)
{
    const auto ok = sync::decodeBillers(R"({"billers":[
        {"biller_id":"sgcc-henan","name_zh":"国网","name_en":"State Grid","kind":"electricity","account_no_length":{"min":10,"max":10}},
        {"biller_id":"cmcc","name_zh":"中国移动","name_en":"China Mobile","kind":"mobile","denominations_fen":[1000,5000]},
        {"biller_id":"heat","name_zh":"热力","name_en":"Heating","kind":"heating","extra":1}]})");
    ASSERT_TRUE(ok.ok()) << sync::describe(ok.error());
    ASSERT_EQ(ok->size(), 2u);  // heating is a kind this client cannot pay yet
    EXPECT_EQ((*ok)[1].denominations.size(), 2u);
    for (const char* bad : {
             R"({"billers":[{"biller_id":"x","name_zh":"a","name_en":"a","kind":"water"}]})",
             R"({"billers":[{"biller_id":"x","name_zh":"a","name_en":"a","kind":"mobile","denominations_fen":[]}]})",
             R"({"billers":[{"biller_id":"x","name_zh":"a","name_en":"a","kind":"mobile","denominations_fen":[100.0]}]})",
             R"({"billers":[{"biller_id":"x","name_zh":"a","name_en":"a","kind":"gas","account_no_length":{"min":9,"max":3}}]})",
             R"({"billers":[{"biller_id":"a b","name_zh":"a","name_en":"a","kind":"mobile","denominations_fen":[1]}]})",
             R"({"billers":[{"biller_id":"x","name_zh":"a","name_en":"a","kind":"mobile","denominations_fen":[1]},
                            {"biller_id":"x","name_zh":"a","name_en":"a","kind":"mobile","denominations_fen":[1]}]})",
             R"({"billers":{}})", R"([])", "", "{"}) {
        EXPECT_FALSE(sync::decodeBillers(bad).ok()) << bad;
    }
}

TEST(PaymentsWire, BillLookupIsStrict)
{
    const char* good = R"({"biller_id":"zz-water","account_no":"12345678","holder_name_masked":"王*国","period":"2026-11","amount_due_fen":4520,"as_of":1764378000000})";
    const auto b = sync::decodeBillLookup(good);
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->amountDue.fen(), 4520);
    EXPECT_EQ(b->holderNameMasked, "王*国");
    for (const char* bad : {
             R"({"biller_id":"zz-water","account_no":"12a45678","holder_name_masked":"x","period":"2026-11","amount_due_fen":1,"as_of":1})",
             R"({"biller_id":"zz-water","account_no":"12345678","holder_name_masked":"x","period":"2026/11","amount_due_fen":1,"as_of":1})",
             R"({"biller_id":"zz-water","account_no":"12345678","holder_name_masked":"x","period":"2026-11","amount_due_fen":-1,"as_of":1})",
             R"({"biller_id":"zz-water","account_no":"12345678","holder_name_masked":"x","period":"2026-11","amount_due_fen":"1","as_of":1})",
             R"({"biller_id":"zz-water","account_no":"12345678","period":"2026-11","amount_due_fen":1,"as_of":1})"}) {
        EXPECT_FALSE(sync::decodeBillLookup(bad).ok()) << bad;
    }
}

TEST(PaymentsWire, TrainsAndCities)
{
    const char* good = R"({"from":"zhengzhou","to":"kaifeng","date":"2026-12-02","trains":[
        {"train_no":"G2801","from":"zhengzhou","to":"kaifeng","origin":"luoyang","terminus":"shangqiu",
         "depart_at":1764630000000,"arrive_at":1764631800000,"duration_min":30,"distance_km":72,
         "seats":[{"seat_class":"second","name_zh":"二等座","name_en":"Second class","price_fen":3350,"available":120}]}]})";
    const auto t = sync::decodeTrainSearch(good);
    ASSERT_TRUE(t.ok()) << sync::describe(t.error());
    ASSERT_EQ(t->trains.size(), 1u);
    EXPECT_EQ(t->trains[0].seats[0].price.fen(), 3350);
    std::string backwards = good;
    backwards.replace(backwards.find("1764631800000"), 13, "1764620000000");
    EXPECT_FALSE(sync::decodeTrainSearch(backwards).ok());
    std::string freePrice = good;
    freePrice.replace(freePrice.find("3350"), 4, "0");
    EXPECT_FALSE(sync::decodeTrainSearch(freePrice).ok());
    EXPECT_FALSE(sync::decodeTrainSearch(R"({"from":"a","to":"b","date":"2026-2-1","trains":[]})").ok());

    const auto c = sync::decodeCities(R"({"cities":[{"city_id":"zhengzhou","name_zh":"郑州","name_en":"Zhengzhou"}]})");
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->front().nameZh, "郑州");
    EXPECT_FALSE(sync::decodeCities(R"({"cities":[{"city_id":"zhengzhou","name_zh":"郑州"}]})").ok());
    EXPECT_EQ(*sync::decodeHealthNow(R"({"status":"ok","now":1764378000000})"), 1764378000000);
    EXPECT_FALSE(sync::decodeHealthNow(R"({"now":1.5})").ok());
}
