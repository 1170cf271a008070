// libqrencode through QrMatrix: the smallest version that holds the payload, its size, the
// finder patterns, and errors instead of symbols that cannot exist.
#include "services/receipt/escpos.h"
#include "services/receipt/qr.h"

#include <gtest/gtest.h>

#include <string>

using namespace cz;

namespace {

void expectFinder(const QrMatrix& m, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            EXPECT_EQ(m.isDark(left + x, top + y), ring || core) << left + x << "," << top + y;
        }
    }
}

}  // namespace

TEST(Qr, OrderNumberFitsVersion1AtLevelM)
{
    // Upper case, digits and '-' are the alphanumeric set: 20 characters fit version 1-M.
    const auto m = encodeQr("CZ-20261129-000123");
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->version(), 1);
    EXPECT_EQ(m->size(), 21);
    expectFinder(*m, 0, 0);
    expectFinder(*m, m->size() - 7, 0);
    expectFinder(*m, 0, m->size() - 7);
    EXPECT_FALSE(m->isDark(-1, 0));
    EXPECT_FALSE(m->isDark(0, m->size()));
}

TEST(Qr, VersionGrowsAtTheCapacityBoundaries)
{
    struct Case {
        std::string text;
        QrLevel level;
        int version;
    };
    const Case cases[] = {
        {std::string(20, 'A'), QrLevel::M, 1},  {std::string(21, 'A'), QrLevel::M, 2},
        {std::string(14, 'a'), QrLevel::M, 1},  {std::string(15, 'a'), QrLevel::M, 2},
        {std::string(34, '7'), QrLevel::M, 1},  {std::string(35, '7'), QrLevel::M, 2},
        {std::string(17, 'a'), QrLevel::L, 1},  {std::string(17, 'a'), QrLevel::H, 3},
        {std::string(2331, 'a'), QrLevel::M, 40},
    };
    for (const Case& c : cases) {
        const auto m = encodeQr(c.text, c.level);
        ASSERT_TRUE(m.ok()) << c.text.size();
        EXPECT_EQ(m->version(), c.version) << c.text.size();
        EXPECT_EQ(m->size(), 17 + 4 * c.version);
    }
}

TEST(Qr, TooLongAndEmptyPayloadsAreErrors)
{
    const auto tooLong = encodeQr(std::string(2332, 'a'), QrLevel::M);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error(), QrErrc::TooLong);
    const auto huge = encodeQr(std::string(100000, '1'), QrLevel::L);
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error(), QrErrc::TooLong);
    const auto empty = encodeQr("");
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error(), QrErrc::Empty);
}

TEST(Qr, BinaryPayloadWithNulEncodes)
{
    const auto m = encodeQr(std::string("a\0b", 3));
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->version(), 1);
}

TEST(Qr, ModuleSizeFitsThePaper)
{
    EXPECT_EQ(qrModuleDots(Paper::Mm58, 21), 6);
    EXPECT_EQ(qrModuleDots(Paper::Mm80, 21), 8);
    for (int version = 1; version <= 40; ++version) {
        const int modules = 17 + 4 * version;
        for (const Paper p : {Paper::Mm58, Paper::Mm80}) {
            const int dots = qrModuleDots(p, modules);
            EXPECT_GE(dots, 1);
            EXPECT_LE((modules + 8) * dots, paperGeometry(p).dots) << version;
        }
    }
}
