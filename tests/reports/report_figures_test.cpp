// The 日结 classification and CSV rules, without a database: every entry kind of docs/ledger.md
// (including the payments work's 代缴 kinds, which arrive on another branch) lands in its job, and
// the figures are the postings summed the way the Z report prints them.

#include "services/reports/report_figures.h"
#include "services/reports/report_service.h"

#include <gtest/gtest.h>

using namespace cz;

namespace {

TotalsRow R(const char* kind, const char* account, std::int64_t dr, std::int64_t cr, std::int64_t user = 1)
{
    return TotalsRow{"2026-11-29", kind, account, user, dr, cr, 1};
}

TEST(ReportFigures, EveryKindHasItsJob)
{
    for (const char* k : {"cash_order", "order_accepted", "order_rejected", "order_commission", "order_returned",
                          "order_voided", "refund_paid", "voided_order_shipped"})
        EXPECT_EQ(jobOfKind(k), Job::Purchase) << k;
    for (const char* k : {"consignment_sale", "consignment_settlement", "farmer_payout"})
        EXPECT_EQ(jobOfKind(k), Job::Consignment) << k;
    for (const char* k : {"bill_taken", "topup_taken", "ticket_taken", "bill_paid", "ticket_issued", "bill_failed",
                          "ticket_failed", "ticket_refunded", "payment_refund_paid"})
        EXPECT_EQ(jobOfKind(k), Job::Payments) << k;
    EXPECT_EQ(jobOfKind("assisted_service"), Job::Assisted);
    EXPECT_EQ(jobOfKind("wallet_topup"), Job::Wallet);
    for (const char* k : {"opening_float", "open_variance", "cash_in", "cash_out", "bank_deposit", "close_variance"})
        EXPECT_EQ(jobOfKind(k), Job::Drawer) << k;
    EXPECT_EQ(jobOfKind("reversal"), Job::Other);
    EXPECT_TRUE(isRefundKind("refund_paid"));
    EXPECT_TRUE(isRefundKind("payment_refund_paid"));
    EXPECT_FALSE(isRefundKind("ticket_refunded"));  // into the wallet, not out of the drawer
}

TEST(ReportFigures, BillsTicketsAndTheirRefundsByTheLedgerRules)
{
    // bill taken (a 10000, fee 200): Dr 1000 10200 · Cr 2100 10000 · Cr 4000 200
    // ticket taken (a 30000, fee 500), then failed: Dr 2100 30000 · Dr 4000 500 · Cr 2300 30500,
    // refund paid in cash: Dr 2300 30500 · Cr 1000 30500; assisted service fee 800 in cash.
    const std::vector<TotalsRow> rows{
        R("bill_taken", "1000", 10200, 0),   R("bill_taken", "2100", 0, 10000),  R("bill_taken", "4000", 0, 200),
        R("ticket_taken", "1000", 30500, 0), R("ticket_taken", "2100", 0, 30000), R("ticket_taken", "4000", 0, 500),
        R("ticket_failed", "2100", 30000, 0), R("ticket_failed", "4000", 500, 0), R("ticket_failed", "2300", 0, 30500),
        R("payment_refund_paid", "2300", 30500, 0), R("payment_refund_paid", "1000", 0, 30500),
        R("assisted_service", "1000", 800, 0), R("assisted_service", "4000", 0, 800),
        R("bill_taken", "", 0, 0), R("ticket_taken", "", 0, 0),
    };
    const Figures f = computeFigures(rows);
    EXPECT_EQ(f.jobs.at(Job::Payments).cashIn.fen(), 40700);
    EXPECT_EQ(f.jobs.at(Job::Payments).cashOut.fen(), 30500);
    EXPECT_EQ(f.jobs.at(Job::Payments).income.fen(), 200);
    EXPECT_EQ(f.jobs.at(Job::Payments).entries, 2);
    EXPECT_EQ(f.jobs.at(Job::Assisted).income.fen(), 800);
    EXPECT_EQ(f.refunds.fen(), 30500);
    EXPECT_EQ(f.serviceFees.fen(), 1000);
    EXPECT_EQ(f.drawerNet.fen(), 10200 + 30500 - 30500 + 800);
    EXPECT_EQ(f.takings().fen(), 10200 + 30500 + 800);
}

TEST(ReportFigures, DrawerMovementsAndVariance)
{
    const std::vector<TotalsRow> rows{
        R("opening_float", "1000", 50000, 0), R("cash_in", "1000", 20000, 0), R("cash_out", "1000", 0, 3000),
        R("bank_deposit", "1000", 0, 10000),  R("close_variance", "1000", 0, 70),
        R("farmer_payout", "2200", 4000, 0),  R("farmer_payout", "1000", 0, 4000),
        R("consignment_sale", "4200", 0, 300), R("order_commission", "4100", 0, 150),
        R("order_commission", "1100", 150, 0),
    };
    const Figures f = computeFigures(rows);
    EXPECT_EQ(f.floatAdjust.fen(), 50000);
    EXPECT_EQ(f.ownerIn.fen(), 20000);
    EXPECT_EQ(f.ownerOut.fen(), 3000);
    EXPECT_EQ(f.bankDeposits.fen(), 10000);
    EXPECT_EQ(f.variance.fen(), -70);
    EXPECT_EQ(f.farmerPayouts.fen(), 4000);
    EXPECT_EQ(f.farmerPayoutsCash.fen(), 4000);
    EXPECT_EQ(f.consignmentCommission.fen(), 300);
    EXPECT_EQ(f.orderCommission.fen(), 150);
    EXPECT_EQ(f.income().fen(), 450);
    EXPECT_EQ(f.walletNet.fen(), 150);
    EXPECT_EQ(f.drawerNet.fen(), 50000 + 20000 - 3000 - 10000 - 70 - 4000);
}

TEST(ReportCsv, FieldsAreQuotedOnlyWhenTheyMustBeAndAmountsAreNumbers)
{
    EXPECT_EQ(csvField("农夫山泉"), "农夫山泉");
    EXPECT_EQ(csvField("a,b"), "\"a,b\"");
    EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvField("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csvField(" padded"), "\" padded\"");
    EXPECT_EQ(csvField(""), "");
    EXPECT_EQ(csvAmount(Money::fromFen(123456)), "1234.56");
    EXPECT_EQ(csvAmount(Money::fromFen(-5)), "-0.05");
    EXPECT_EQ(csvAmount(Money::fromFen(0)), "0.00");
    EXPECT_EQ(csvAmount(Money::min()), "-92233720368547758.08");
}

}  // namespace
