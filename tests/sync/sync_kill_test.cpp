// The client is SIGKILLed mid-sync again and again (≥ 20 times): nothing is lost, nothing doubled,
// and the event cursor is never ahead of the events actually applied.

#include "sync_fixture.h"

#include "storage/outbox_store.h"
#include "storage/sync_state_store.h"
#include "storage/verifier.h"
#include "sync/wire.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>
#include <thread>

using namespace cz;
using namespace cz::test;

namespace {

class SyncKill : public SyncFixture {
protected:
    // Every event up to the stored cursor must be applied locally.
    void expectCursorNotAhead()
    {
        SyncStateStore state(*m_db);
        const auto cursor = state.cursor("events");
        if (!cursor || cursor->empty())
            return;
        sync::HttpClient c({m_market->baseUrl(), kStationToken, ""});
        std::string after;
        for (;;) {
            auto r = c.get("/v1/events?after=" + sync::urlEncode(after) + "&limit=500");
            ASSERT_TRUE(r.ok() && r->status == 200);
            auto page = sync::decodeEventsPage(r->body);
            ASSERT_TRUE(page.ok());
            for (const auto& e : page->events) {
                ASSERT_TRUE(state.isApplied(e.eventId)) << "cursor " << *cursor << " is past unapplied event " << e.cursor;
                if (e.cursor == *cursor)
                    return;
            }
            if (!page->hasMore || page->events.empty())
                return;
            after = page->nextCursor;
        }
    }
};

TEST_F(SyncKill, KilledMidSyncLosesAndDoublesNothing)
{
    const int kills = CZ_SYNC_KILLS;
    syncUntilClean();
    std::mt19937 rng(77);
    std::vector<std::string> orders;
    for (int k = 0; k < kills; ++k) {
        // The station takes some orders while the sync child is not running …
        for (const auto& id : placeOrders(10, static_cast<std::uint64_t>(k) + 1))
            orders.push_back(id);
        m_market->advance(120);
        const std::string path = m_dbPath;
        m_svc.reset();
        m_db.reset();
        // … then a sync process runs and is killed at a random moment.
        const pid_t pid = ::fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            ::execl(CZ_SYNC_CHILD, CZ_SYNC_CHILD, path.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(5, 120)(rng)));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the sync child exited by itself with " << status;
        reopen();
        const auto findings = verifyDatabase(*m_db);
        ASSERT_TRUE(findings.empty()) << "after kill " << k << ": " << findings.front().detail;
        expectCursorNotAhead();
        EXPECT_GE(stationWallet().fen(), 0);
    }
    m_market->advance(120);
    syncUntilClean();
    m_market->advance(120);
    syncUntilClean();
    for (const auto& id : orders)
        ASSERT_EQ(m_svc->orders().order(id)->state, OrderState::Accepted) << id;
    EXPECT_EQ(m_svc->sync().overview().counts.waiting(), 0);
    EXPECT_EQ(m_svc->sync().overview().counts.needsAttention, 0);
    EXPECT_EQ(m_db->sql().execAndGet("SELECT count(*) FROM entries WHERE kind = 'order_accepted'").getInt(),
              static_cast<int>(orders.size()));
    EXPECT_EQ(stationWallet(), serverWallet());
    EXPECT_TRUE(m_svc->ledger().balance(acct::OrdersInTransit).isZero());
}

}  // namespace
