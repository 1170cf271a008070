// The stored body: a round trip gives the same receipt (and so the same print), the number lives
// outside it, and a damaged body is an error value.
#include "receipt_samples.h"
#include "services/receipt/escpos.h"
#include "services/receipt/receipt.h"

#include <gtest/gtest.h>

using namespace cz;

namespace {

std::string bodyWith(const std::string& from, const std::string& to)
{
    std::string body = toReceiptBody(test::cashOrderReceipt());
    const auto at = body.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos)
        body.replace(at, from.size(), to);
    return body;
}

ReceiptBodyErrc errorOf(const std::string& body)
{
    const auto r = parseReceiptBody(body, 1);
    EXPECT_FALSE(r.ok()) << body;
    return r.ok() ? ReceiptBodyErrc::NotJson : r.error().code;
}

}  // namespace

TEST(ReceiptBody, RoundTripGivesTheSameReceiptAndTheSameBytes)
{
    for (const Receipt& original : {test::cashOrderReceipt(), test::farmerPayoutReceipt(), Receipt{}}) {
        const std::string body = toReceiptBody(original);
        const auto back = parseReceiptBody(body, original.number);
        ASSERT_TRUE(back.ok()) << back.error().detail;
        EXPECT_EQ(back.value(), original);
        EXPECT_EQ(toReceiptBody(back.value()), body) << "the form is stable";
        for (const Paper paper : {Paper::Mm58, Paper::Mm80}) {
            EscPosOptions o;
            o.paper = paper;
            EXPECT_EQ(renderEscPos(back.value(), o).value(), renderEscPos(original, o).value())
                << "a reprint is byte-identical";
        }
    }
}

TEST(ReceiptBody, KeepsOptionalPricesNegativeAmountsAndInt64Limits)
{
    Receipt r = test::farmerPayoutReceipt();
    r.lines = {{"手续费", "", std::nullopt, Money::fromFen(200)},
               {"max", "1", Money::max(), Money::min()}};
    const auto back = parseReceiptBody(toReceiptBody(r), 9);
    ASSERT_TRUE(back.ok()) << back.error().detail;
    EXPECT_FALSE(back->lines[0].unitPrice.has_value());
    EXPECT_EQ(back->lines[1].unitPrice, Money::max());
    EXPECT_EQ(back->lines[1].amount, Money::min());
    EXPECT_EQ(back->totals[1].amount.fen(), -3750);
}

TEST(ReceiptBody, TheNumberComesFromTheRecordNotTheBody)
{
    Receipt a = test::cashOrderReceipt();
    Receipt b = a;
    a.number = 5;
    b.number = 6000;
    EXPECT_EQ(toReceiptBody(a), toReceiptBody(b));
    const auto back = parseReceiptBody(toReceiptBody(a), 77);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->number, 77);
}

TEST(ReceiptBody, InvalidUtf8IsStoredAsReplacementCharacters)
{
    Receipt r = test::cashOrderReceipt();
    r.customer = "李\xFF大爷";
    const auto back = parseReceiptBody(toReceiptBody(r), 1);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->customer, "李\xEF\xBF\xBD大爷");
}

TEST(ReceiptBody, EveryTruncationIsAnErrorNotACrash)
{
    const std::string body = toReceiptBody(test::cashOrderReceipt());
    for (std::size_t n = 0; n < body.size(); ++n) {
        const auto r = parseReceiptBody(std::string_view(body).substr(0, n), 1);
        EXPECT_FALSE(r.ok()) << "prefix of " << n << " bytes";
    }
}

TEST(ReceiptBody, DamagedBodiesAreNamedErrors)
{
    EXPECT_EQ(errorOf(""), ReceiptBodyErrc::NotJson);
    EXPECT_EQ(errorOf("not json"), ReceiptBodyErrc::NotJson);
    EXPECT_EQ(errorOf("[1,2]"), ReceiptBodyErrc::NotAReceipt);
    EXPECT_EQ(errorOf(R"({"format":"something.else","version":1})"), ReceiptBodyErrc::NotAReceipt);
    EXPECT_EQ(errorOf(bodyWith(R"("version":1)", R"("version":2)")), ReceiptBodyErrc::UnsupportedVersion);
    EXPECT_EQ(errorOf(bodyWith(R"("version":1)", R"("version":"1")")), ReceiptBodyErrc::WrongType);
    EXPECT_EQ(errorOf(bodyWith(R"("title":"代购收据",)", "")), ReceiptBodyErrc::MissingField);
    EXPECT_EQ(errorOf(bodyWith(R"("title":"代购收据")", R"("title":7)")), ReceiptBodyErrc::WrongType);
    EXPECT_EQ(errorOf(bodyWith(R"("title":"代购收据")", R"("title":"代购收据","titel":"x")")),
              ReceiptBodyErrc::UnknownField);
    EXPECT_EQ(errorOf(bodyWith(R"("amountFen":400)", R"("amountFen":4.5)")), ReceiptBodyErrc::WrongType);
    EXPECT_EQ(errorOf(bodyWith(R"("amountFen":400)", R"("amountFen":"400")")), ReceiptBodyErrc::WrongType);
    EXPECT_EQ(errorOf(bodyWith(R"("amountFen":400)", R"("amountFen":9223372036854775808)")),
              ReceiptBodyErrc::OutOfRange);
    EXPECT_EQ(errorOf(bodyWith(R"("amountFen":400)", R"("amountFen":400,"discount":1)")),
              ReceiptBodyErrc::UnknownField);
    EXPECT_EQ(errorOf(bodyWith(R"("pending":true)", R"("pending":1)")), ReceiptBodyErrc::WrongType);
    EXPECT_EQ(errorOf(bodyWith(R"("lines":[)", R"("lines":{"x":[)")), ReceiptBodyErrc::NotJson);
    EXPECT_EQ(errorOf(bodyWith(R"("notes":["订单号 CZ-20261129-000123"])", R"("notes":[3])")),
              ReceiptBodyErrc::WrongType);
    EXPECT_EQ(errorOf(bodyWith(R"("captions":{)", R"("captions":{"extra":"x",)")), ReceiptBodyErrc::UnknownField);

    const auto detail = parseReceiptBody(bodyWith(R"("amountFen":400)", R"("amountFen":"400")"), 1);
    ASSERT_FALSE(detail.ok());
    EXPECT_NE(detail.error().detail.find("lines[0].amountFen"), std::string::npos) << detail.error().detail;
}
