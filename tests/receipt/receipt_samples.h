#pragma once
// Receipts used by the receipt tests: a realistic Chinese cash order, and a farmer payout slip.

#include "services/receipt/receipt.h"

namespace cz::test {

inline ReceiptCaptions chineseCaptions()
{
    ReceiptCaptions c;
    c.number = "No.";
    c.businessDay = "营业日";
    c.time = "时间";
    c.cashier = "收银员";
    c.customer = "顾客";
    c.item = "品名";
    c.quantity = "数量";
    c.unitPrice = "单价";
    c.amount = "金额";
    return c;
}

/// 代购: three goods lines (one with a long name), a service fee, cash tendered and change, still
/// waiting for the marketplace.
inline Receipt cashOrderReceipt()
{
    Receipt r;
    r.stationName = "李家村服务站";
    r.stationAddress = "李家村村委会东侧 电话 0531-1234567";
    r.title = "代购收据";
    r.number = 123;
    r.businessDay = "2026-11-29";
    r.time = "2026-11-29 14:05";
    r.cashier = "王芳";
    r.customer = "李大爷 138****5678";
    r.captions = chineseCaptions();
    r.lines = {
        {"农夫山泉 550ml", "2瓶", Money::fromFen(200), Money::fromFen(400)},
        {"洗衣粉 1kg", "1袋", Money::fromFen(1290), Money::fromFen(1290)},
        {"金龙鱼黄金比例食用调和油 5L 家庭装", "1桶", Money::fromFen(6990), Money::fromFen(6990)},
    };
    r.totals = {
        {"商品合计", Money::fromFen(8680), false},
        {"服务费", Money::fromFen(200), false},
        {"应收", Money::fromFen(8880), true},
        {"实收现金", Money::fromFen(10000), false},
        {"找零", Money::fromFen(1120), false},
    };
    r.notes = {"订单号 CZ-20261129-000123"};
    r.pending = true;
    r.pendingText = "待平台确认 / Pending marketplace confirmation";
    r.qrPayload = "CZ-20261129-000123";
    r.footer = "谢谢惠顾 请保留收据";
    return r;
}

/// 代卖 payout: no goods lines, a negative commission, a signature line.
inline Receipt farmerPayoutReceipt()
{
    Receipt r;
    r.stationName = "李家村服务站";
    r.title = "农户结算单";
    r.number = 124;
    r.businessDay = "2026-11-29";
    r.time = "2026-11-29 16:30";
    r.cashier = "王芳";
    r.customer = "张秀英 (苹果)";
    r.captions = chineseCaptions();
    r.totals = {
        {"售出货款", Money::fromFen(125000), false},
        {"平台服务费", Money::fromFen(-3750), false},
        {"站点佣金 5%", Money::fromFen(-6250), false},
        {"实付农户", Money::fromFen(115000), true},
    };
    r.notes = {"红富士苹果 250斤 × 5.00\n结算期 2026-11-01 至 2026-11-28"};
    r.signatureCaption = "农户签字";
    r.footer = "款已当面点清";
    return r;
}

}  // namespace cz::test
