// The server as a process: persistence across restarts (file store), and the executable's
// "listening on" contract that integration tests rely on.

#include "market_fixture.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>

namespace cz::market::test {
namespace {

std::string marketExecutable()
{
    if (const char* dir = std::getenv("CZ_TEST_BIN_DIR"))
        return std::string(dir) + "/cunzhan-market";
    return CZ_MARKET_EXE;
}

class PersistenceTest : public MarketTest {
protected:
    void configure(MarketConfig& cfg) override
    {
        m_dir = std::filesystem::temp_directory_path() / ("cz-market-db-" + std::to_string(::getpid()));
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
        cfg.dbPath = (m_dir / "market.db").string();
    }
    void TearDown() override
    {
        MarketTest::TearDown();
        std::filesystem::remove_all(m_dir);
    }
    void restart()
    {
        m_server.reset();
        m_server = std::make_unique<MarketServer>(m_cfg);
        m_server->start();
    }
    std::filesystem::path m_dir;
};

TEST_F(PersistenceTest, ARestartKeepsEverything)
{
    const auto orderId = uuid();
    const auto o = op("order.place", orderPayload(orderId, 1, 2));
    const auto first = pushOne(o);
    ASSERT_EQ(first.at("status"), 200);
    advance(3600);
    const auto events = allEvents();
    const auto cursor = get("/v1/events").body.at("next_cursor");
    const auto bal = balance();
    const auto catalogHead = get("/v1/catalog?limit=5").body;

    m_cfg.catalogSize = 300; // same size: nothing is regenerated
    m_cfg.stations.back().walletFen = 999'999; // an existing station is not credited again
    restart();
    EXPECT_EQ(pushOne(o), first); // idempotency survives the restart
    EXPECT_EQ(allEvents(), events);
    EXPECT_EQ(get("/v1/events?after=" + cursor.get<std::string>()).body.at("events").size(), 0U);
    EXPECT_EQ(balance(), bal);
    EXPECT_EQ(adminGet("/admin/clock").body.at("now"), kStartMs + 3'600'000);
    EXPECT_EQ(get("/v1/catalog?limit=5").body, catalogHead);
    // Scheduled steps survive too: the order still ships.
    advance(4 * 3600);
    EXPECT_EQ(eventsOfType("order.shipped").size(), 1U);

    // A larger catalog size grows the same catalog.
    m_cfg.catalogSize = 400;
    restart();
    const auto tail = get("/v1/catalog?after=" + catalogHead.at("next_cursor").get<std::string>() + "&limit=1000").body;
    EXPECT_EQ(tail.at("items").size(), 395U);
}

TEST(ExecutableTest, PrintsItsPortAndStopsOnSigterm)
{
    const std::string exe = marketExecutable();
    ASSERT_TRUE(std::filesystem::exists(exe)) << exe;

    int out[2];
    ASSERT_EQ(::pipe(out), 0);
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::close(out[0]);
        ::close(out[1]);
        ::execl(exe.c_str(), exe.c_str(), "--port", "0", "--catalog-size", "50", "--station",
                "cli-st:cli-station-token-0001:命令行站", "--wallet-fen", "777", "--admin-token", "cli-admin-token",
                "--fault", "latency:ms=1", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(out[1]);
    std::unique_ptr<FILE, int (*)(FILE*)> f(::fdopen(out[0], "r"), &std::fclose);
    char line[256] = {};
    ASSERT_NE(std::fgets(line, sizeof line, f.get()), nullptr);
    int port = 0;
    ASSERT_EQ(std::sscanf(line, "listening on 127.0.0.1:%d", &port), 1) << line;
    ASSERT_GT(port, 0);

    const auto r = request(port, "GET", "/v1/wallet", "cli-station-token-0001");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body.at("balance_fen"), 777);
    EXPECT_EQ(request(port, "GET", "/admin/clock", "cli-admin-token").status, 200);

    ASSERT_EQ(::kill(pid, SIGTERM), 0);
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST(ExecutableTest, RejectsBadFlags)
{
    const std::string exe = marketExecutable();
    for (const char* args : {" --port", " --bogus", " --fault explode", " --sim order_reject_rate=7", " --port x"}) {
        const int rc = std::system((exe + args + " >/dev/null 2>&1").c_str());
        ASSERT_TRUE(WIFEXITED(rc));
        EXPECT_EQ(WEXITSTATUS(rc), 2) << args;
    }
}

} // namespace
} // namespace cz::market::test
