// ESC/POS golden tests: the job decodes back (GB18030) to exactly the expected receipt text, and
// the commands around the text have the structure printers expect.
#include "escpos_parser.h"
#include "receipt_samples.h"
#include "services/receipt/escpos.h"
#include "services/receipt/qr.h"

#include <gtest/gtest.h>

#include <QList>
#include <QStringEncoder>

using namespace cz;
using cz::test::parseEscPos;

namespace {

QString u(const char* utf8) { return QString::fromUtf8(utf8); }

QByteArray render(const Receipt& r, Paper paper, QrPrint qr = QrPrint::Native)
{
    EscPosOptions o;
    o.paper = paper;
    o.qr = qr;
    auto job = renderEscPos(r, o);
    EXPECT_TRUE(job.ok());
    return job.ok() ? job.value() : QByteArray();
}

const char* const kCashOrder58 = R"(李家村服务站
李家村村委会东侧 电话
0531-1234567
代购收据
No. 000123
待平台确认 / Pending marketplace
confirmation
--------------------------------
营业日                2026-11-29
时间            2026-11-29 14:05
收银员                      王芳
顾客          李大爷 138****5678
--------------------------------
品名    数量      单价      金额
农夫山泉 550ml
         2瓶      2.00      4.00
洗衣粉 1kg
         1袋     12.90     12.90
金龙鱼黄金比例食用调和油 5L 家庭
装
         1桶     69.90     69.90
--------------------------------
商品合计                 ￥86.80
服务费                    ￥2.00
应收     ￥88.80
实收现金                ￥100.00
找零                     ￥11.20
--------------------------------
订单号 CZ-20261129-000123

谢谢惠顾 请保留收据
)";

const char* const kCashOrder80 = R"(李家村服务站
李家村村委会东侧 电话 0531-1234567
代购收据
No. 000123
待平台确认 / Pending marketplace confirmation
------------------------------------------------
营业日                                2026-11-29
时间                            2026-11-29 14:05
收银员                                      王芳
顾客                          李大爷 138****5678
------------------------------------------------
品名                    数量      单价      金额
农夫山泉 550ml           2瓶      2.00      4.00
洗衣粉 1kg               1袋     12.90     12.90
金龙鱼黄金比例食用调     1桶     69.90     69.90
和油 5L 家庭装
------------------------------------------------
商品合计                                 ￥86.80
服务费                                    ￥2.00
应收             ￥88.80
实收现金                                ￥100.00
找零                                     ￥11.20
------------------------------------------------
订单号 CZ-20261129-000123

谢谢惠顾 请保留收据
)";

const char* const kPayout58 = R"(李家村服务站
农户结算单
No. 000124
--------------------------------
营业日                2026-11-29
时间            2026-11-29 16:30
收银员                      王芳
顾客               张秀英 (苹果)
--------------------------------
售出货款              ￥1,250.00
平台服务费              -￥37.50
站点佣金 5%             -￥62.50
实付农户
      ￥1,150.00
--------------------------------
红富士苹果 250斤 × 5.00
结算期 2026-11-01 至 2026-11-28


农户签字 _______________________

款已当面点清
)";

/// Printed width of a line: in Chinese mode ASCII is half width and every other character full
/// width; doubled when the line is printed double width.
int printedWidth(const test::PrintedLine& l)
{
    int w = 0;
    for (const uint c : l.text.toUcs4())
        w += c < 0x80 ? 1 : 2;
    return w * ((l.gsSize & 0x10) ? 2 : 1);
}

void expectFitsPaper(const test::ParsedJob& job, Paper paper)
{
    const int columns = paperGeometry(paper).columns;
    for (const auto& l : job.lines)
        EXPECT_LE(printedWidth(l), columns) << l.text.toStdString();
}

const test::PrintedLine* lineWithText(const test::ParsedJob& job, const QString& text)
{
    for (const auto& l : job.lines)
        if (l.text == text)
            return &l;
    return nullptr;
}

QByteArray qrCommand(char fn, const QByteArray& params)
{
    const auto n = params.size() + 2;
    return QByteArray("\x1d(k", 3) + char(n % 256) + char(n / 256) + '1' + fn + params;
}

}  // namespace

TEST(EscPos, CashOrderOn58mmDecodesToTheExpectedText)
{
    const auto job = parseEscPos(render(test::cashOrderReceipt(), Paper::Mm58));
    ASSERT_EQ(job.error, "");
    EXPECT_FALSE(job.decodeError);
    EXPECT_EQ(job.text(), u(kCashOrder58));
    expectFitsPaper(job, Paper::Mm58);
}

TEST(EscPos, CashOrderOn80mmDecodesToTheExpectedText)
{
    const auto job = parseEscPos(render(test::cashOrderReceipt(), Paper::Mm80));
    ASSERT_EQ(job.error, "");
    EXPECT_FALSE(job.decodeError);
    EXPECT_EQ(job.text(), u(kCashOrder80));
    expectFitsPaper(job, Paper::Mm80);
}

TEST(EscPos, FarmerPayoutHasNegativeRowsAWrappedTotalAndASignatureLine)
{
    const auto job = parseEscPos(render(test::farmerPayoutReceipt(), Paper::Mm58));
    ASSERT_EQ(job.error, "");
    EXPECT_EQ(job.text(), u(kPayout58));
    expectFitsPaper(job, Paper::Mm58);
    EXPECT_TRUE(job.find(QByteArray("\x1d(k", 3)).empty()) << "no QR payload, no QR commands";
}

TEST(EscPos, JobStartsWithInitEntersChineseModeBeforeChineseAndEndsWithFeedAndPartialCut)
{
    const QByteArray bytes = render(test::cashOrderReceipt(), Paper::Mm58);
    ASSERT_TRUE(bytes.startsWith(QByteArray("\x1b@", 2)));
    const auto firstHigh = std::find_if(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) != 0; });
    const auto fsAnd = bytes.indexOf(QByteArray("\x1c&", 2));
    ASSERT_GE(fsAnd, 0);
    EXPECT_LT(fsAnd, firstHigh - bytes.begin());
    EXPECT_EQ(bytes.count(QByteArray("\x1c&", 2)), 1);
    EXPECT_TRUE(bytes.endsWith(QByteArray("\x1b" "d\x02" "\x1dVB\x00", 7)));

    EscPosOptions noCutter;
    noCutter.paper = Paper::Mm58;
    noCutter.cut = false;
    noCutter.feedLines = 5;
    const QByteArray tearOff = renderEscPos(test::cashOrderReceipt(), noCutter).value();
    EXPECT_TRUE(tearOff.endsWith(QByteArray("\x1b" "d\x05", 3)));
    EXPECT_EQ(tearOff.indexOf(QByteArray("\x1dV", 2)), -1);
}

TEST(EscPos, TitleAndTotalAreDoubleSizeAndThePendingMarkIsBold)
{
    const auto job = parseEscPos(render(test::cashOrderReceipt(), Paper::Mm80));
    const auto* title = lineWithText(job, u("代购收据"));
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->align, 1);
    EXPECT_EQ(title->gsSize, 0x11);
    EXPECT_EQ(title->fsSize, 0x0C);
    const auto* total = lineWithText(job, u("应收             ￥88.80"));
    ASSERT_NE(total, nullptr);
    EXPECT_EQ(total->gsSize, 0x11);
    EXPECT_TRUE(total->bold);
    const auto* pending = lineWithText(job, u("待平台确认 / Pending marketplace confirmation"));
    ASSERT_NE(pending, nullptr);
    EXPECT_TRUE(pending->bold);
    EXPECT_EQ(pending->align, 1);
    // Everything else is back to normal size.
    const auto* change = lineWithText(job, u("找零                                     ￥11.20"));
    ASSERT_NE(change, nullptr);
    EXPECT_EQ(change->gsSize, 0);
    EXPECT_FALSE(change->bold);
}

TEST(EscPos, NativeQrIsModel2LevelMSizedForThePaperWithTheRightLengthBytes)
{
    const QByteArray payload("CZ-20261129-000123");
    for (const auto& [paper, module] : {std::pair{Paper::Mm58, 6}, std::pair{Paper::Mm80, 8}}) {
        const auto job = parseEscPos(render(test::cashOrderReceipt(), paper));
        ASSERT_EQ(job.error, "");
        const auto qr = job.find(QByteArray("\x1d(k", 3));
        ASSERT_EQ(qr.size(), 5u);
        EXPECT_EQ(qr[0].bytes, qrCommand('A', QByteArray("\x32\x00", 2)));
        EXPECT_EQ(qr[1].bytes, qrCommand('C', QByteArray(1, char(module))));
        EXPECT_EQ(qr[2].bytes, qrCommand('E', QByteArray("1")));
        EXPECT_EQ(qr[3].bytes, qrCommand('P', QByteArray("0") + payload));
        EXPECT_EQ(static_cast<unsigned char>(qr[3].bytes[3]), payload.size() + 3);
        EXPECT_EQ(qr[3].bytes[4], 0);
        EXPECT_EQ(qr[4].bytes, qrCommand('Q', QByteArray("0")));
        for (std::size_t i = 1; i < qr.size(); ++i)
            EXPECT_LT(qr[i - 1].offset, qr[i].offset);
    }
}

TEST(EscPos, LongQrPayloadUsesTwoLengthBytes)
{
    Receipt r = test::cashOrderReceipt();
    r.qrPayload = "https://market.example.cn/o/" + std::string(400, 'x');
    const auto job = parseEscPos(render(r, Paper::Mm80));
    ASSERT_EQ(job.error, "");
    const auto store = job.find(QByteArray("\x1d(k", 3) + char(431 % 256) + char(431 / 256) + "1P0");
    ASSERT_EQ(store.size(), 1u);
    EXPECT_EQ(store[0].bytes.size(), 5 + 431);
}

TEST(EscPos, RasterQrIsTheLibqrencodeMatrixCentredOnThePaper)
{
    const Receipt r = test::cashOrderReceipt();
    const auto matrix = encodeQr(r.qrPayload, QrLevel::M);
    ASSERT_TRUE(matrix.ok());
    for (const Paper paper : {Paper::Mm58, Paper::Mm80}) {
        const auto raster = parseEscPos(render(r, paper, QrPrint::Raster));
        ASSERT_EQ(raster.error, "");
        EXPECT_TRUE(raster.find(QByteArray("\x1d(k", 3)).empty());
        // The bitmap adds no text: the receipt reads the same as with the native QR.
        EXPECT_EQ(raster.text(), parseEscPos(render(r, paper)).text());

        const auto images = raster.find(QByteArray("\x1dv0\x00", 4));
        ASSERT_EQ(images.size(), 1u);
        const QByteArray& img = images[0].bytes;
        const int rowBytes = static_cast<unsigned char>(img[4]) + 256 * static_cast<unsigned char>(img[5]);
        const int rows = static_cast<unsigned char>(img[6]) + 256 * static_cast<unsigned char>(img[7]);
        const int module = qrModuleDots(paper, matrix->size());
        const int modules = matrix->size() + 2 * QrMatrix::kQuietZone;
        EXPECT_EQ(rowBytes * 8, paperGeometry(paper).dots);
        EXPECT_EQ(rows, modules * module);
        const int left = (paperGeometry(paper).dots - modules * module) / 2;
        auto dot = [&](int x, int y) {
            const auto byte = static_cast<unsigned char>(img[8 + y * rowBytes + x / 8]);
            return (byte & (0x80 >> (x % 8))) != 0;
        };
        int mismatches = 0;
        int darkOutside = 0;
        for (int my = -QrMatrix::kQuietZone; my < matrix->size() + QrMatrix::kQuietZone; ++my) {
            for (int mx = -QrMatrix::kQuietZone; mx < matrix->size() + QrMatrix::kQuietZone; ++mx) {
                const int cx = left + (mx + QrMatrix::kQuietZone) * module + module / 2;
                const int cy = (my + QrMatrix::kQuietZone) * module + module / 2;
                if (dot(cx, cy) != matrix->isDark(mx, my))
                    ++mismatches;
            }
        }
        for (int y = 0; y < rows; ++y)
            for (int x = 0; x < rowBytes * 8; ++x)
                if ((x < left || x >= left + modules * module) && dot(x, y))
                    ++darkOutside;
        EXPECT_EQ(mismatches, 0);
        EXPECT_EQ(darkOutside, 0);
    }
}

TEST(EscPos, ControlCharactersInTextCannotBecomePrinterCommands)
{
    Receipt r = test::cashOrderReceipt();
    // A name typed or synced with a cut command and an init in it.
    const char raw[] = "李大爷\x1dVB\x00\x1b@x";
    r.customer = std::string(raw, sizeof raw - 1);
    r.lines[0].name = "农夫\n山泉\t550ml";
    const auto job = parseEscPos(render(r, Paper::Mm58));
    ASSERT_EQ(job.error, "");
    EXPECT_EQ(job.find(QByteArray("\x1dV", 2)).size(), 1u) << "only the real cut";
    EXPECT_EQ(job.find(QByteArray("\x1b@", 2)).size(), 1u) << "only the real init";
    // Each control byte became one space: 李大爷 VB␠␠@x is 13 columns, flush right in 32.
    EXPECT_NE(lineWithText(job, u("顾客") + QString(15, QLatin1Char(' ')) + u("李大爷 VB  @x")), nullptr)
        << job.text().toStdString();
    EXPECT_NE(lineWithText(job, u("农夫 山泉 550ml")), nullptr);
}

TEST(EscPos, CharactersOutsideGbkPrintAsQuestionMarksUnlessTheFontHasThem)
{
    Receipt r = test::farmerPayoutReceipt();
    r.customer = "\xF0\xA0\x80\x80\xE5\xA8\x9F ¥5";  // 𠀀 (four bytes in GB18030) 娟, and a yen sign
    EscPosOptions gbk;
    gbk.paper = Paper::Mm58;
    const auto plain = parseEscPos(renderEscPos(r, gbk).value());
    // "?娟 ￥5" is 7 columns: 顾客, 21 spaces, the value.
    EXPECT_NE(lineWithText(plain, u("顾客") + QString(21, QLatin1Char(' ')) + u("?娟 ￥5")), nullptr)
        << plain.text().toStdString();

    EscPosOptions full = gbk;
    full.fullGb18030Font = true;
    const QByteArray bytes = renderEscPos(r, full).value();
    const auto fullJob = parseEscPos(bytes);
    // The four-byte character is one full-width glyph: 8 columns, 20 spaces.
    EXPECT_NE(lineWithText(fullJob, u("顾客") + QString(20, QLatin1Char(' ')) + u("\xF0\xA0\x80\x80娟 ￥5")), nullptr)
        << fullJob.text().toStdString();
    EXPECT_TRUE(bytes.contains(QByteArray("\x95\x32\x82\x36", 4)));
    expectFitsPaper(fullJob, Paper::Mm58);
}

TEST(EscPos, MixedChineseAndLatinLinesNeverExceedThePaperAndLoseNoCharacters)
{
    Receipt r = test::cashOrderReceipt();
    r.qrPayload.clear();
    r.lines = {
        {"维达抽纸 3层130抽×24包 整箱装 Vinda", "2箱", Money::fromFen(5990), Money::fromFen(11980)},
        {"Apple iPhone charger 20W USB-C PD fast charging", "1个", Money::fromFen(9900), Money::fromFen(9900)},
        {"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "3", Money::fromFen(1), Money::fromFen(3)},
        {"【促销】红富士苹果（特级，果径80mm+）", "12.5公斤", Money::fromFen(1280), Money::fromFen(16000)},
        {"大额测试", "1", Money::fromFen(1234567890), Money::fromFen(1234567890)},
        {"退货冲减", "-1件", Money::fromFen(2500), Money::fromFen(-2500)},
        {"", "1", std::nullopt, Money::fromFen(100)},
        {"手续费", "", std::nullopt, Money::fromFen(200)},
    };
    r.totals.push_back({"合计金额（含服务费及平台手续费）", Money::fromFen(123456789012), true});
    r.notes = {std::string(100, 'n') + " 订单号 CZ-20261129-000123 物流 SF1234567890123 " + std::string(60, '9')};
    r.footer = "Thank you! 谢谢惠顾，欢迎再来。Keep this receipt for returns within 7 days.";
    for (const Paper paper : {Paper::Mm58, Paper::Mm80}) {
        const auto job = parseEscPos(render(r, paper));
        ASSERT_EQ(job.error, "");
        EXPECT_FALSE(job.decodeError);
        expectFitsPaper(job, paper);
        QString printed = job.text();
        printed.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
        // On 80 mm a long name wraps beside the numbers, so its pieces are interleaved with them:
        // every character must still be there, in order.
        qsizetype at = 0;
        for (const ReceiptLine& l : r.lines) {
            for (const QChar c : QString::fromStdString(l.name)) {
                if (c == QLatin1Char(' '))
                    continue;
                const qsizetype found = printed.indexOf(c, at);
                ASSERT_GE(found, 0) << l.name;
                at = found + 1;
            }
        }
        EXPECT_TRUE(printed.contains(u("12,345,678.90"))) << "a wide amount falls back to its own line";
        EXPECT_TRUE(printed.contains(u("-25.00")));
        EXPECT_TRUE(printed.contains(u("￥1,234,567,890.12")));
    }
}

TEST(EscPos, AnUnencodableQrPayloadIsAnErrorNotADroppedCode)
{
    Receipt r = test::cashOrderReceipt();
    r.qrPayload = std::string(3000, 'a');
    const auto job = renderEscPos(r, EscPosOptions{});
    ASSERT_FALSE(job.ok());
    EXPECT_EQ(job.error().code, EscPosErrc::QrTooLong);
}

TEST(EscPos, SameReceiptSameBytes)
{
    EXPECT_EQ(render(test::cashOrderReceipt(), Paper::Mm80), render(test::cashOrderReceipt(), Paper::Mm80));
    EXPECT_NE(render(test::cashOrderReceipt(), Paper::Mm80), render(test::cashOrderReceipt(), Paper::Mm58));
}
