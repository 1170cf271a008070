// Printed width is the GB18030 byte length; wrapping never exceeds the paper and loses nothing.
#include "services/receipt/printer_text.h"

#include <gtest/gtest.h>

using namespace cz;

namespace {
QString u(const char* s) { return QString::fromUtf8(s); }
}  // namespace

TEST(PrinterText, WidthCountsFullWidthGlyphsAsTwoColumns)
{
    PrinterText t(false);
    EXPECT_EQ(t.width(u("")), 0);
    EXPECT_EQ(t.width(u("abc 123")), 7);
    EXPECT_EQ(t.width(u("农夫山泉")), 8);
    EXPECT_EQ(t.width(u("农夫山泉 550ml")), 14);
    // Narrow in Unicode, but a two-byte GB character and so a full-width glyph on the printer.
    EXPECT_EQ(t.width(u("×")), 2);
    EXPECT_EQ(t.width(u("￥")), 2);
    EXPECT_EQ(t.width(u("，。（）")), 8);
}

TEST(PrinterText, PrintableReplacesControlsYenAndGlyphsTheFontLacks)
{
    PrinterText gbk(false);
    EXPECT_EQ(gbk.printable(u("a\x1b" "b\nc\td")), u("a b c d"));
    EXPECT_EQ(gbk.printable(u("¥5")), u("￥5"));
    EXPECT_EQ(gbk.printable(u("\xF0\xA0\x80\x80王")), u("?王"));
    EXPECT_EQ(gbk.printable(QString(QChar(0xD800))), u("?")) << "an unpaired surrogate";
    PrinterText full(true);
    EXPECT_EQ(full.printable(u("\xF0\xA0\x80\x80王")), u("\xF0\xA0\x80\x80王"));
    EXPECT_EQ(full.width(u("\xF0\xA0\x80\x80王")), 4);
}

TEST(PrinterText, WrapBreaksCjkAnywhereAndMovesLatinWordsWhole)
{
    PrinterText t(false);
    using V = std::vector<QString>;
    EXPECT_EQ(t.wrap(u(""), 10), V{});
    EXPECT_EQ(t.wrap(u("一二三四五六"), 8), (V{u("一二三四"), u("五六")}));
    EXPECT_EQ(t.wrap(u("Pending marketplace confirmation"), 20), (V{u("Pending marketplace"), u("confirmation")}));
    // A full-width glyph never straddles the edge: 7 columns left, a 2-column glyph goes down.
    EXPECT_EQ(t.wrap(u("abcdefg农"), 8), (V{u("abcdefg"), u("农")}));
    EXPECT_EQ(t.wrap(u("ABCDEFGHIJKL"), 5), (V{u("ABCDE"), u("FGHIJ"), u("KL")}));
    EXPECT_EQ(t.wrap(u("洗衣粉 1kg   "), 32), (V{u("洗衣粉 1kg")}));
}

TEST(PrinterText, WrapNeverExceedsTheWidthAndKeepsEveryCharacter)
{
    PrinterText t(false);
    const QString samples[] = {
        u("金龙鱼黄金比例食用调和油 5L 家庭装"),
        u("Apple iPhone charger 20W USB-C PD fast charging"),
        u("【促销】红富士苹果（特级，果径80mm+）×2 箱 Fuji apples premium grade"),
        u("a 农 b 业 c 银 d 行 eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee 长长长长长长长"),
        u("   leading and trailing   "),
    };
    for (const QString& s : samples) {
        for (int columns = 2; columns <= 48; ++columns) {
            QString joined;
            for (const QString& line : t.wrap(s, columns)) {
                EXPECT_LE(t.width(line), columns) << line.toStdString() << " @" << columns;
                EXPECT_FALSE(line.endsWith(QLatin1Char(' ')));
                joined += line;
            }
            QString expected = s;
            expected.remove(QLatin1Char(' '));
            joined.remove(QLatin1Char(' '));
            EXPECT_EQ(joined, expected) << columns;
        }
    }
}

TEST(PrinterText, TwoColumnsPutsTheValueFlushRightOrBelow)
{
    PrinterText t(false);
    using V = std::vector<QString>;
    // 找零 (4) and ￥11.20 (7) in 16 columns: 5 spaces between.
    EXPECT_EQ(t.twoColumns(u("找零"), u("￥11.20"), 16), (V{u("找零     ￥11.20")}));
    // 20 + 6 columns do not fit in 24: the label wraps in the 17 columns left of the value.
    EXPECT_EQ(t.twoColumns(u("合计金额（含服务费）"), u("￥8.80"), 24),
              (V{u("合计金额（含服务  ￥8.80"), u("费）")}));
    EXPECT_EQ(t.twoColumns(u("实付农户"), u("￥1,150.00"), 16), (V{u("实付农户"), u("      ￥1,150.00")}));
    for (const QString& line : t.twoColumns(u("x"), u("￥92,233,720,368,547,758.07"), 16))
        EXPECT_LE(t.width(line), 16);
}
