// Crash test: a child posts in a loop and reports every committed op id; it is SIGKILLed at random
// moments. After each kill the database opens, verify is clean, and every reported op id is there.
// CZ_CRASH_KILLS overrides the number of kills (50 in CI; 250 with -DCZ_LONG_TESTS=ON).

#include "storage/ledger_store.h"
#include "storage/verifier.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <set>
#include <thread>

using namespace cz;

namespace {

int killsWanted()
{
    if (const char* e = std::getenv("CZ_CRASH_KILLS"))
        return std::atoi(e);
    return CZ_CRASH_DEFAULT_KILLS;
}

TEST(Crash, KilledWriterLosesNothingThatWasReported)
{
    test::TempDir dir;
    const std::string path = dir.file("crash.db");
    std::mt19937 rng(4242);
    std::set<std::string> reported;
    const int kills = killsWanted();
    // The schema is created (all migrations) before the first kill: on a loaded machine a debug
    // build can take longer than the kill window to migrate, and no round would ever post.
    ASSERT_TRUE(Database::open(path, OpenMode::Writer).ok());
    for (int k = 0; k < kills; ++k) {
        int out[2];
        ASSERT_EQ(::pipe(out), 0);
        const pid_t pid = ::fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            ::dup2(out[1], STDOUT_FILENO);
            ::close(out[0]);
            ::close(out[1]);
            const std::string seed = std::to_string(k + 1);
            ::execl(CZ_CRASH_POSTER, CZ_CRASH_POSTER, path.c_str(), seed.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::close(out[1]);
        // Let it run a random while — sometimes killed while starting up, mostly mid-commit.
        std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(5, 400)(rng)));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        std::string buf;
        char chunk[4096];
        for (ssize_t n; (n = ::read(out[0], chunk, sizeof chunk)) > 0;)
            buf.append(chunk, static_cast<std::size_t>(n));
        ::close(out[0]);
        ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
            << "the poster exited by itself with status " << status;
        for (std::size_t p = 0; (p = buf.find('\n')) != std::string::npos; buf.erase(0, p + 1))
            reported.insert(buf.substr(0, p));  // a half-written last line has no newline and is ignored

        auto db = Database::open(path, OpenMode::Writer);  // opens (and recovers the WAL) as the app would
        ASSERT_TRUE(db.ok()) << "after kill " << k << ": " << db.error().detail;
        const auto findings = verifyDatabase(**db);
        ASSERT_TRUE(findings.empty()) << "after kill " << k << ": " << findings.front().check << ": " << findings.front().detail;
        LedgerStore ledger(**db);
        for (const auto& op : reported)
            ASSERT_TRUE(ledger.findByOpId(op).has_value()) << "reported op " << op << " lost after kill " << k;
    }
    EXPECT_GT(reported.size(), static_cast<std::size_t>(kills));
    RecordProperty("kills", kills);
    RecordProperty("reported_ops", static_cast<int>(reported.size()));
}

}  // namespace
