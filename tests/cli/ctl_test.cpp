#include "cli/ctl.h"
#include "storage/database.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace cz;

namespace {

struct Run {
    int code;
    std::string out;
    std::string err;
};

Run ctl(const std::vector<std::string>& given, const std::string& input = {})
{
    std::vector<std::string> args;
    args.reserve(given.size() + 1);
    args.emplace_back("cunzhan-ctl");
    for (const auto& a : given)
        args.push_back(a);
    std::istringstream in(input);
    std::ostringstream out, err;
    const int code = cli::run(args, in, out, err);
    return {code, out.str(), err.str()};
}

class Ctl : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db = m_dir.file("s.db");
        auto r = ctl({"init", "--db", m_db, "--station", "测试站", "--supervisor", "王芳"}, "2580\n");
        ASSERT_EQ(r.code, 0) << r.err;
    }
    test::TempDir m_dir;
    std::string m_db;
};

TEST_F(Ctl, InitRefusesAnExistingFileAndBadPins)
{
    EXPECT_EQ(ctl({"init", "--db", m_db, "--station", "x"}, "2580\n").code, 1);
    auto bad = ctl({"init", "--db", m_dir.file("b.db"), "--station", "x"}, "12\n");
    EXPECT_EQ(bad.code, 1);
    EXPECT_NE(bad.err.find("PIN"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(m_dir.file("b.db")));  // a failed init leaves nothing behind
    EXPECT_EQ(ctl({"init", "--db", m_dir.file("c.db")}, "2580\n").code, 2);
}

TEST_F(Ctl, UserAddNeedsTheSupervisorsPin)
{
    auto wrong = ctl({"user", "add", "--db", m_db, "--name", "李强", "--role", "agent", "--by", "王芳"}, "0000\n1234\n");
    EXPECT_EQ(wrong.code, 1);
    EXPECT_NE(wrong.err.find("wrong PIN"), std::string::npos) << wrong.err;
    auto ok = ctl({"user", "add", "--db", m_db, "--name", "李强", "--role", "agent", "--by", "王芳"}, "2580\n1234\n");
    EXPECT_EQ(ok.code, 0) << ok.err;
    auto list = ctl({"user", "list", "--db", m_db});
    EXPECT_NE(list.out.find("李强\tagent"), std::string::npos) << list.out;
    EXPECT_EQ(ctl({"user", "add", "--db", m_db, "--name", "x", "--role", "boss", "--by", "王芳"}, "2580\n1234\n").code, 2);
    EXPECT_EQ(ctl({"user", "fly", "--db", m_db}).code, 2);
}

TEST_F(Ctl, VerifyBalanceBackupAndUsageErrors)
{
    ASSERT_EQ(ctl({"simulate", "--db", m_db, "--days", "3", "--entries-per-day", "10", "--seed", "9"}).code, 0);
    auto v = ctl({"verify", "--db", m_db});
    EXPECT_EQ(v.code, 0) << v.out;
    EXPECT_NE(v.out.find("ok:"), std::string::npos);
    auto b = ctl({"balance", "--db", m_db});
    EXPECT_EQ(b.code, 0);
    EXPECT_NE(b.out.find("1000\tCash drawer\t"), std::string::npos) << b.out;
    auto early = ctl({"balance", "--db", m_db, "--as-of", "2025-12-31"});
    EXPECT_NE(early.out.find("1000\tCash drawer\t0.00"), std::string::npos) << early.out;
    EXPECT_EQ(ctl({"balance", "--db", m_db, "--as-of", "yesterday"}).code, 2);
    EXPECT_EQ(ctl({"backup", "--db", m_db, m_dir.file("copy.db")}).code, 0);
    EXPECT_EQ(ctl({"verify", "--db", m_dir.file("copy.db")}).code, 0);
    EXPECT_EQ(ctl({"backup", "--db", m_db, m_dir.file("copy.db")}).code, 1);  // never overwrites
    EXPECT_EQ(ctl({"verify"}).code, 2);
    EXPECT_EQ(ctl({"nonsense"}).code, 2);
    EXPECT_EQ(ctl({"verify", "--db", m_dir.file("missing.db")}).code, 1);
    EXPECT_EQ(ctl({"simulate", "--db", m_db, "--days", "-3"}).code, 2);
}

TEST_F(Ctl, VerifyReportsTamperingWithANonZeroExit)
{
    ASSERT_EQ(ctl({"simulate", "--db", m_db, "--days", "2", "--entries-per-day", "5"}).code, 0);
    {
        auto db = std::move(Database::open(m_db, OpenMode::Writer)).value();
        db->sql().exec("DROP TRIGGER postings_append_only_u; UPDATE postings SET amount = amount + 1 WHERE entry_seq = 2 AND line = 0");
    }
    auto v = ctl({"verify", "--db", m_db});
    EXPECT_EQ(v.code, 1);
    EXPECT_NE(v.out.find("unbalanced"), std::string::npos) << v.out;
}

TEST_F(Ctl, ReadersRunWhileAWriterHoldsTheDatabase)
{
    auto writer = Database::open(m_db, OpenMode::Writer);
    ASSERT_TRUE(writer.ok());
    EXPECT_EQ(ctl({"verify", "--db", m_db}).code, 0);
    EXPECT_EQ(ctl({"backup", "--db", m_db, m_dir.file("live.db")}).code, 0);
    auto second = ctl({"simulate", "--db", m_db, "--days", "1"});
    EXPECT_EQ(second.code, 1);
    EXPECT_NE(second.err.find("already open for writing"), std::string::npos) << second.err;
}

}  // namespace

namespace {

TEST_F(Ctl, SyncConfigNeedsTheSupervisorAndShowsAMaskedToken)
{
    EXPECT_EQ(ctl({"sync-config", "--db", m_db, "--show"}).code, 1);  // nothing set yet
    auto wrong = ctl({"sync-config", "--db", m_db, "--url", "http://127.0.0.1:8787", "--by", "王芳"},
                     "0000\ndemo-station-token\n");
    EXPECT_EQ(wrong.code, 1);
    EXPECT_EQ(ctl({"sync-config", "--db", m_db, "--show"}).code, 1);  // a refused change writes nothing
    auto ok = ctl({"sync-config", "--db", m_db, "--url", "http://127.0.0.1:8787", "--by", "王芳"},
                  "2580\ndemo-station-token\n");
    ASSERT_EQ(ok.code, 0) << ok.err;
    auto shown = ctl({"sync-config", "--db", m_db, "--show"});
    EXPECT_EQ(shown.code, 0);
    EXPECT_NE(shown.out.find("http://127.0.0.1:8787"), std::string::npos) << shown.out;
    EXPECT_EQ(shown.out.find("demo-station-token"), std::string::npos) << "the whole token is never shown";
}

}  // namespace
