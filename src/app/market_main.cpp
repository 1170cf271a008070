// cunzhan-market: the reference marketplace server. Composition root only: flags → MarketConfig →
// MarketServer; prints "listening on HOST:PORT" once connections are accepted and runs until
// SIGINT/SIGTERM.

#include "market/fault_rules.h"
#include "market/market_server.h"
#include "market/sim_rates.h"

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr const char* kUsage = R"(usage: cunzhan-market [options]

  --port N              port to listen on; 0 picks a free one (default 0)
  --bind ADDR           address to bind (default 127.0.0.1)
  --db PATH             SQLite store (default: in memory, lost on exit)
  --cert PEM --key PEM  serve HTTPS with this certificate and private key
  --admin-token TOKEN   enable the /admin API with this bearer token
  --station ID:TOKEN[:NAME]
                        create (or refresh the token of) a station; repeatable
                        (ID: letters, digits, _ or -; TOKEN: 16..256 printable ASCII)
  --wallet-fen N        opening wallet credit of stations created by --station
  --demo                a demo station (demo / demo-station-token), lively rates, --speed 60
  --seed N              seed of the catalog, reference data and simulation (default 1)
  --catalog-size N      products to generate (default 2000)
  --start-at MS         simulated clock start of a new store, unix ms (default: now)
  --speed N             simulated seconds per real second; 0 = only /admin/advance (default 0)
  --sim KEY=VALUE       a simulation rate (see GET /admin/rates), e.g. --sim order_reject_rate=0.1
  --fault KIND[:k=v,...]
                        a fault rule, e.g. --fault error:fraction=0.1,status=503
                        or --fault drop_response:paths=/v1/ops; repeatable
  --latency-ms N        shorthand for --fault latency:ms=N
  --error-rate F        shorthand for --fault error:fraction=F,status=503
  --rate-limit RPS      per-station request rate before 429 (default: unlimited)
  --threads N           HTTP worker threads (default 8)
  --keep-alive-s N      idle keep-alive timeout (default 5)
  --max-body-bytes N    request bodies above this get 413 (default 8388608)
  --log                 one line per request on stderr
)";

std::int64_t toInt(std::string_view flag, const std::string& v)
{
    std::size_t used = 0;
    long long n = 0;
    try {
        n = std::stoll(v, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != v.size() || v.empty())
        throw std::invalid_argument(std::string(flag) + " needs an integer, got '" + v + "'");
    return n;
}

double toDouble(std::string_view flag, const std::string& v)
{
    std::size_t used = 0;
    double d = 0;
    try {
        d = std::stod(v, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != v.size() || v.empty())
        throw std::invalid_argument(std::string(flag) + " needs a number, got '" + v + "'");
    return d;
}

cz::market::StationSeed parseStation(const std::string& v)
{
    const auto a = v.find(':');
    if (a == std::string::npos)
        throw std::invalid_argument("--station needs ID:TOKEN[:NAME]");
    const auto b = v.find(':', a + 1);
    cz::market::StationSeed s;
    s.stationId = v.substr(0, a);
    s.token = v.substr(a + 1, b == std::string::npos ? std::string::npos : b - a - 1);
    if (b != std::string::npos)
        s.name = v.substr(b + 1);
    return s;
}

struct Options final {
    cz::market::MarketConfig cfg;
    std::optional<std::int64_t> walletFen;
    std::optional<std::int64_t> speed;
    nlohmann::json sim = nlohmann::json::object();
    bool demo = false;
};

Options parse(int argc, char** argv)
{
    Options o;
    std::vector<std::string> args(argv + 1, argv + argc);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& f = args[i];
        auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size())
                throw std::invalid_argument(f + " needs a value");
            return args[++i];
        };
        if (f == "--help" || f == "-h") {
            std::cout << kUsage;
            std::exit(0);
        } else if (f == "--port") {
            o.cfg.port = static_cast<int>(toInt(f, value()));
        } else if (f == "--bind") {
            o.cfg.bindAddress = value();
        } else if (f == "--db") {
            o.cfg.dbPath = value();
        } else if (f == "--cert") {
            o.cfg.certPath = value();
        } else if (f == "--key") {
            o.cfg.keyPath = value();
        } else if (f == "--admin-token") {
            o.cfg.adminToken = value();
        } else if (f == "--station") {
            o.cfg.stations.push_back(parseStation(value()));
        } else if (f == "--wallet-fen") {
            o.walletFen = toInt(f, value());
        } else if (f == "--demo") {
            o.demo = true;
        } else if (f == "--seed") {
            o.cfg.seed = static_cast<std::uint64_t>(toInt(f, value()));
        } else if (f == "--catalog-size") {
            o.cfg.catalogSize = toInt(f, value());
        } else if (f == "--start-at") {
            o.cfg.startAtMs = toInt(f, value());
        } else if (f == "--speed") {
            o.speed = toInt(f, value());
        } else if (f == "--sim") {
            const auto& kv = value();
            const auto eq = kv.find('=');
            if (eq == std::string::npos)
                throw std::invalid_argument("--sim needs KEY=VALUE");
            o.sim[kv.substr(0, eq)] = nlohmann::json::parse(kv.substr(eq + 1));
        } else if (f == "--fault") {
            o.cfg.faults.push_back(cz::market::faultRuleFromSpec(value()));
        } else if (f == "--latency-ms") {
            o.cfg.faults.push_back(cz::market::faultRuleFromSpec("latency:ms=" + std::to_string(toInt(f, value()))));
        } else if (f == "--error-rate") {
            const auto rate = toDouble(f, value());
            cz::market::FaultRule r;
            r.kind = cz::market::FaultKind::Error;
            r.fraction = rate;
            if (rate < 0 || rate > 1)
                throw std::invalid_argument("--error-rate must be in 0..1");
            o.cfg.faults.push_back(r);
        } else if (f == "--rate-limit") {
            o.cfg.rateLimitPerSecond = toDouble(f, value());
        } else if (f == "--threads") {
            o.cfg.threads = static_cast<int>(toInt(f, value()));
        } else if (f == "--keep-alive-s") {
            o.cfg.keepAliveTimeoutS = static_cast<int>(toInt(f, value()));
        } else if (f == "--max-body-bytes") {
            o.cfg.maxBodyBytes = static_cast<std::size_t>(toInt(f, value()));
        } else if (f == "--log") {
            o.cfg.logRequests = true;
        } else {
            throw std::invalid_argument("unknown option " + f + " (see --help)");
        }
    }
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
    try {
        o = parse(argc, argv);
        auto& cfg = o.cfg;
        if (o.demo) {
            if (cfg.stations.empty())
                cfg.stations.push_back({"demo", "demo-station-token", "示范村服务站", 0});
            cfg.rates = cz::market::demoRates();
            if (!o.walletFen)
                o.walletFen = 500'000;
            if (!o.speed)
                o.speed = 60;
        }
        for (auto& s : cfg.stations)
            s.walletFen = o.walletFen.value_or(0);
        cfg.speed = o.speed.value_or(0);
        if (!o.sim.empty()) {
            auto rates = cfg.rates.value_or(cz::market::SimRates {});
            cz::market::applyJson(rates, o.sim);
            cfg.rates = rates;
        }
    } catch (const std::exception& e) {
        std::cerr << "cunzhan-market: " << e.what() << '\n';
        return 2;
    }

    // Block the stop signals before any thread starts so every thread inherits the mask and the
    // main thread alone receives them through sigwait.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    // A client that disconnects mid-response must not kill the server.
    std::signal(SIGPIPE, SIG_IGN);

    cz::market::MarketServer server(o.cfg);
    try {
        server.start();
    } catch (const std::exception& e) {
        std::cerr << "cunzhan-market: " << e.what() << '\n';
        return 1;
    }
    std::cout << "listening on " << o.cfg.bindAddress << ':' << server.port() << std::endl;
    std::cerr << "cunzhan-market: " << server.baseUrl() << " (store " << o.cfg.dbPath << ", seed " << o.cfg.seed
              << (o.cfg.adminToken.empty() ? ", admin API off" : ", admin API on") << ")\n";

    int sig = 0;
    sigwait(&stopSignals, &sig);
    std::cerr << "cunzhan-market: stopping\n";
    server.stop();
    return 0;
}
