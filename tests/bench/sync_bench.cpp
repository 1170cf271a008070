// Sync benchmarks (issue 3), against a cunzhan-market process on loopback:
//   catalog_products_per_s, catalog_peak_rss_mb — the first catalog sync of --catalog N products
//     (200,000 by default) into a fresh station database, streamed page by page; the peak RSS is
//     this process's high-water mark, measured before anything else runs. The load runs
//     --catalog-rounds times (3), each into a fresh database; the rate is their median.
//   push_ops_per_s — --ops N (10,000) queued order ops pushed in batches of 100;
//   raw_curl_req_per_s — plain GET requests on the same reused libcurl handle, same server.
// Usage: sync_bench [--market PATH/cunzhan-market] [--catalog N] [--catalog-rounds N] [--ops N] [--data-dir DIR]

#include "bench_util.h"

#include "core/uuid.h"
#include "services/station_services.h"
#include "storage/catalog_store.h"
#include "storage/outbox_store.h"
#include "sync/sync_engine.h"

#include <nlohmann/json.hpp>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sys/wait.h>
#include <unistd.h>

using namespace cz;
namespace fs = std::filesystem;

namespace {

constexpr const char* kToken = "bench-station-token-0001";

struct Market {
    pid_t pid = -1;
    std::string url;
    ~Market()
    {
        if (pid > 0) {
            ::kill(pid, SIGTERM);
            ::waitpid(pid, nullptr, 0);
        }
    }
};

void startMarket(Market& m, const std::string& exe, long long catalog)
{
    int out[2];
    if (::pipe(out) != 0)
        throw std::runtime_error("pipe failed");
    m.pid = ::fork();
    if (m.pid == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::close(out[0]);
        const std::string size = std::to_string(catalog);
        const std::string station = std::string("bench:") + kToken + ":bench";
        ::execl(exe.c_str(), exe.c_str(), "--port", "0", "--catalog-size", size.c_str(), "--station", station.c_str(),
                "--wallet-fen", "100000000000", "--threads", "2", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(out[1]);
    FILE* f = ::fdopen(out[0], "r");
    char line[256];
    while (f && std::fgets(line, sizeof line, f)) {
        std::string s(line);
        if (s.rfind("listening on ", 0) == 0) {
            s = s.substr(13);
            while (!s.empty() && (s.back() == '\n' || s.back() == '\r'))
                s.pop_back();
            m.url = "http://" + s;
            return;
        }
    }
    throw std::runtime_error("cunzhan-market did not start (" + exe + ")");
}

long peakRssKb()
{
    std::ifstream st("/proc/self/status");
    for (std::string l; std::getline(st, l);)
        if (l.rfind("VmHWM:", 0) == 0)
            return std::stol(l.substr(6));
    return -1;
}

// A station database set up and pointed at the marketplace, with its sync engine.
struct Station {
    std::unique_ptr<Database> db;
    SystemClock clock;
    StationServices svc;
    sync::HttpClient http;
    sync::SyncEngine engine;

    Station(const fs::path& path, const std::string& url)
        : db(std::move(Database::open(path.string(), OpenMode::Writer, Durability::Full)).value())
        , svc(*db, clock, PinCost::Minimal)
        , http(configure(svc, url))
        , engine(*db, http, clock, svc.sync().eventHandler(), svc.sync().outcomeHandler(), svc.sync().catalogHandler())
    {
    }

    static sync::HttpConfig configure(StationServices& svc, const std::string& url)
    {
        auto sup = svc.setup().init("bench", "bench", "2580");
        if (!sup)
            throw std::runtime_error(sup.error().detail);
        const Session who{*sup, "bench", Role::Supervisor};
        if (auto r = svc.sync().configure(who, url, kToken, ""); !r)
            throw std::runtime_error(r.error().detail);
        return svc.sync().httpConfig();
    }
};

}  // namespace

int main(int argc, char** argv)
{
    const fs::path dir = bench::argText(argc, argv, "data-dir", "bench-data");
    const std::string exe = bench::argText(argc, argv, "market", (fs::path(argv[0]).parent_path() / "../../src/app/cunzhan-market").string());
    const long long catalog = bench::arg(argc, argv, "catalog", 200'000);
    const long long ops = bench::arg(argc, argv, "ops", 10'000);
    const long long rounds = std::max(1LL, bench::arg(argc, argv, "catalog-rounds", 3));
    try {
        fs::create_directories(dir);
        const fs::path dbPath = dir / "sync-bench.db";
        Market market;
        startMarket(market, exe, catalog);

        // 1. The first catalog sync, streamed, into a fresh station database each round.
        std::unique_ptr<Station> st;
        std::vector<double> rates;
        long long products = 0;
        for (long long round = 0; round < rounds; ++round) {
            st.reset();
            for (const char* s : {"", "-wal", "-shm", ".writer-lock"})
                fs::remove(dbPath.string() + s);
            st = std::make_unique<Station>(dbPath, market.url);
            const double tc = bench::timeSeconds([&] {
                auto s = st->engine.pullCatalog(1000);
                products = s.count;
                if (s.status != sync::StepStatus::Idle)
                    throw std::runtime_error("catalog sync: " + s.message);
            });
            rates.push_back(static_cast<double>(products) / tc);
        }
        bench::figure("catalog_products", static_cast<double>(products), "products");
        bench::figure("catalog_products_per_s", bench::median(rates), "products/s");
        bench::figure("catalog_peak_rss_mb", static_cast<double>(peakRssKb()) / 1024.0, "MB");
        Database* db = st->db.get();
        SystemClock& clock = st->clock;
        sync::SyncEngine& engine = st->engine;
        sync::HttpClient& http = st->http;

        // 2. Push ops: real order.place payloads for real products, queued as the order service does.
        std::vector<std::pair<std::string, std::int64_t>> priced;
        {
            SQLite::Statement q(db->sql(), "SELECT product_id, price_fen FROM catalog_products WHERE deleted = 0 LIMIT 200");
            while (q.executeStep())
                priced.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getInt64());
        }
        if (priced.empty())
            throw std::runtime_error("no products to order");
        {
            OutboxStore outbox(*db);
            WriteTransaction tx(*db);
            for (long long i = 0; i < ops; ++i) {
                const auto& [pid, price] = priced[static_cast<std::size_t>(i) % priced.size()];
                const std::string orderId = newUuid();
                nlohmann::json payload{{"order_id", orderId},
                                       {"lines", {{{"product_id", pid}, {"quantity", 1}, {"unit_price_fen", price}}}},
                                       {"goods_total_fen", price}};
                outbox.enqueue(newUuid(), "order.place", payload.dump(), orderId, clock.now());
            }
            tx.commit();
        }
        long long answered = 0;
        const double tp = bench::timeSeconds([&] {
            for (;;) {
                auto s = engine.pushBatch(100);
                answered += s.count;
                if (s.status == sync::StepStatus::Idle)
                    break;
                if (s.status != sync::StepStatus::Done)
                    throw std::runtime_error("push: " + s.message);
            }
        });
        bench::figure("push_ops", static_cast<double>(answered), "ops");
        bench::figure("push_ops_per_s", static_cast<double>(answered) / tp, "ops/s");

        // 3. Raw requests on the same kind of handle, same server, for comparison.
        const int n = 5000;
        const double tr = bench::timeSeconds([&] {
            for (int i = 0; i < n; ++i) {
                auto r = http.get("/v1/health");
                if (!r || r->status != 200)
                    throw std::runtime_error("health request failed");
            }
        });
        bench::figure("raw_curl_req_per_s", n / tr, "req/s");
        bench::figure("push_ops_vs_raw_req", (static_cast<double>(answered) / tp) / (n / tr), "x");
    } catch (const std::exception& e) {
        std::cerr << "sync_bench: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
