// Ledger benchmarks (issue 2):
//   sale_commits_per_s / raw_commits_per_s / sale_commit_ratio — durable (WAL, synchronous=FULL)
//     single-sale commits beside a raw one-row INSERT per transaction on the same disk, same settings;
//     the two alternate commit by commit so both see the same machine noise; medians of the rounds.
//   balance_1m_ms, balance_asof_1m_ms, verify_1m_s — on a 1,000,000-entry simulated ledger
//     (generated once through the services into --data-dir and reused).
// Also printed, as a diagnostic, the same commit figures without fsync (`*_nosync`): the CPU cost.
// Options: --commits N (per round, default 1000), --rounds R (default 7), --entries N (default
// 1000000; 0 skips the big-ledger part), --data-dir DIR (default ./bench-data).

#include "bench_util.h"

#include "core/accounts.h"
#include "core/uuid.h"
#include "services/simulator.h"
#include "services/station_services.h"
#include "storage/day_store.h"
#include "storage/ledger_store.h"
#include "storage/misc_stores.h"
#include "storage/verifier.h"

#include <SQLiteCpp/Database.h>

#include <chrono>
#include <filesystem>
#include <iostream>

using namespace cz;
namespace fs = std::filesystem;

namespace {

// One sale as the cash-order workflow writes it: the entry Dr 1000 P+f · Cr 2000 P · Cr 4000 f and
// its receipt number, in one durable transaction.
void saleCommit(Database& db, LedgerStore& ledger, ReceiptStore& receipts, const BusinessDay& day, int i,
                std::int64_t userId)
{
    const std::int64_t goods = 1000 + i % 5000, fee = 200;
    EntryRequest req{newUuid(), "cash_order", "bench sale",
                     {{std::string(acct::CashDrawer), Money::fromFen(goods + fee)},
                      {std::string(acct::OrdersInTransit), Money::fromFen(-goods)},
                      {std::string(acct::ServiceFeeIncome), Money::fromFen(-fee)}},
                     std::nullopt};
    WriteTransaction tx(db);
    auto posted = ledger.post(req, day, SystemClock().now(), userId);
    if (!posted)
        throw std::runtime_error(posted.error().detail);
    receipts.issue("cash_order", req.opId, posted->seq, SystemClock().now(), userId, "{}");
    tx.commit();
}

// The reference: a one-row INSERT in its own transaction.
void rawCommit(SQLite::Database& raw, SQLite::Statement& ins, int i)
{
    raw.exec("BEGIN IMMEDIATE");
    ins.bind(1, i);
    ins.exec();
    ins.reset();
    raw.exec("COMMIT");
}

void commitBench(const fs::path& dir, int commits, int rounds, bool durable)
{
    const fs::path salePath = dir / "sale-bench.db", rawPath = dir / "raw-bench.db";
    for (const auto& p : {salePath, rawPath})
        for (const char* s : {"", "-wal", "-shm", ".writer-lock"})
            fs::remove(p.string() + s);
    auto db = std::move(Database::open(salePath.string(), OpenMode::Writer, durable ? Durability::Full : Durability::Fast)).value();
    SystemClock clock;
    StationServices svc(*db, clock, PinCost::Minimal);
    auto sup = svc.setup().init("bench", "bench", "2580");
    if (!sup)
        throw std::runtime_error(sup.error().detail);
    const Session who{*sup, "bench", Role::Supervisor};
    if (auto r = svc.days().openDay(who, newUuid(), {{10000, 10}}, ""); !r)
        throw std::runtime_error(r.error().detail);
    const BusinessDay day = svc.days().status().open->day;
    LedgerStore ledger(*db);
    ReceiptStore receipts(*db);

    SQLite::Database raw(rawPath.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec(durable ? "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
                     : "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;");
    raw.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, v INTEGER NOT NULL)");
    SQLite::Statement ins(raw, "INSERT INTO t(v) VALUES(?)");

    // The two kinds of commit alternate one by one, so both see the same disk and the same noise
    // from the other users of this machine; each round gives totals for both, and the figures are
    // medians over the rounds (the ratio is the median of the per-round ratios).
    using Clk = std::chrono::steady_clock;
    std::vector<double> sale, rawRates, ratios;
    for (int r = 0; r <= rounds; ++r) {  // round 0 warms caches and statements
        Clk::duration saleTime{}, rawTime{};
        for (int i = 0; i < commits; ++i) {
            const auto t0 = Clk::now();
            saleCommit(*db, ledger, receipts, day, i, *sup);
            const auto t1 = Clk::now();
            rawCommit(raw, ins, i);
            saleTime += t1 - t0;
            rawTime += Clk::now() - t1;
        }
        if (r == 0)
            continue;
        const double s = commits / std::chrono::duration<double>(saleTime).count();
        const double w = commits / std::chrono::duration<double>(rawTime).count();
        sale.push_back(s);
        rawRates.push_back(w);
        ratios.push_back(s / w);
    }
    const std::string suffix = durable ? "" : "_nosync";
    bench::figure("sale_commits_per_s" + suffix, bench::median(sale), "commits/s");
    bench::figure("raw_commits_per_s" + suffix, bench::median(rawRates), "commits/s");
    bench::figure("sale_commit_ratio" + suffix, bench::median(ratios), "x");
}

void bigLedgerBench(const fs::path& dir, long long entries)
{
    const fs::path path = dir / ("ledger-" + std::to_string(entries) + ".db");
    {
        auto db = Database::open(path.string(), OpenMode::Writer, Durability::Fast);
        if (!db)
            throw std::runtime_error(db.error().detail);
        LedgerStore ledger(**db);
        const auto have = ledger.entryCount();
        if (have < entries) {
            std::cerr << "generating a " << entries << "-entry ledger in " << path << " (once; reused later)…\n";
            SimulationOptions opt;
            opt.entriesPerDay = 1000;
            opt.days = static_cast<int>((entries - have + opt.entriesPerDay - 1) / opt.entriesPerDay);
            opt.seed = 99;
            opt.pinCost = PinCost::Minimal;
            const double t = bench::timeSeconds([&] {
                if (auto r = simulate(**db, opt); !r)
                    throw std::runtime_error(r.error().detail);
            });
            std::cerr << "generated in " << t << " s\n";
            // Days end at slightly different counts; top up until the ledger is big enough.
            while (ledger.entryCount() < entries) {
                opt.days = 1;
                opt.seed += 1;
                if (auto r = simulate(**db, opt); !r)
                    throw std::runtime_error(r.error().detail);
            }
        }
    }
    auto db = std::move(Database::open(path.string(), OpenMode::ReadOnly)).value();
    LedgerStore ledger(*db);
    const auto count = ledger.entryCount();
    bench::figure("ledger_entries", static_cast<double>(count), "entries");
    const auto lastDay = ledger.lastEntryDay().value();
    const auto midDay = lastDay.plusDays(-static_cast<int>(count / 2000));
    std::vector<double> bal, asof;
    for (int i = 0; i < 21; ++i) {
        bal.push_back(1000 * bench::timeSeconds([&] { (void)ledger.balances(); }));
        asof.push_back(1000 * bench::timeSeconds([&] { (void)ledger.balances(midDay); }));
    }
    bench::figure("balance_1m_ms", bench::median(bal), "ms");
    bench::figure("balance_asof_1m_ms", bench::median(asof), "ms");
    std::vector<Finding> findings;
    const double v = bench::timeSeconds([&] { findings = verifyDatabase(*db); });
    if (!findings.empty())
        std::cerr << "verify found " << findings.size() << " problem(s): " << findings.front().detail << "\n";
    bench::figure("verify_1m_s", v, "s");
}

}  // namespace

int main(int argc, char** argv)
{
    const fs::path dir = bench::argText(argc, argv, "data-dir", "bench-data");
    fs::create_directories(dir);
    try {
        const int commits = static_cast<int>(bench::arg(argc, argv, "commits", 1000));
        const int rounds = static_cast<int>(bench::arg(argc, argv, "rounds", 7));
        commitBench(dir, commits, rounds, true);
        // The same without fsync: what the sale costs in CPU alone (diagnostic).
        commitBench(dir, commits, rounds, false);
        if (bench::arg(argc, argv, "entries", 1'000'000) > 0)
            bigLedgerBench(dir, bench::arg(argc, argv, "entries", 1'000'000));
    } catch (const std::exception& e) {
        std::cerr << "ledger_bench: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
