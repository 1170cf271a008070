#pragma once
// The reference marketplace as an object: construct with a MarketConfig, start(), talk HTTP(S) to
// 127.0.0.1:port(). Tests run it in-process on port 0; the cunzhan-market executable is a thin
// main around it.
//
//   cz::market::MarketConfig cfg;
//   cfg.adminToken = "admin";
//   cfg.stations.push_back({"st-1", "token-1", "测试站", 100000});
//   cz::market::MarketServer server(cfg);
//   server.start();                          // throws std::runtime_error on failure
//   httplib::Client c("127.0.0.1", server.port());

#include "market/market_config.h"

#include <cstdint>
#include <memory>
#include <string>

namespace cz::market {

class MarketServer final {
public:
    explicit MarketServer(MarketConfig config);
    ~MarketServer(); ///< stops the server
    MarketServer(const MarketServer&) = delete;
    MarketServer& operator=(const MarketServer&) = delete;

    /// Opens the store, seeds stations/catalog/reference data, binds and starts serving on
    /// background threads. Returns once connections are accepted. Throws std::runtime_error.
    /// Sets SIGPIPE to ignored when it still has its default action (see market_server.cpp).
    void start();
    /// Stops accepting, waits for in-flight requests (at most the keep-alive timeout), joins.
    void stop();
    /// Blocks until stop() is called from another thread (or the listener fails).
    void wait();

    [[nodiscard]] int port() const;
    [[nodiscard]] bool isTls() const;
    /// "http://127.0.0.1:PORT" or "https://…".
    [[nodiscard]] std::string baseUrl() const;

    /// Same as POST /admin/advance: runs the simulation forward; returns the number of steps run.
    std::int64_t advance(std::int64_t seconds);
    /// The simulated clock, unix ms.
    [[nodiscard]] std::int64_t now() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cz::market
