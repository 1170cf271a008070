#include "market/market_server.h"

#include "market/faults.h"
#include "market/http_front.h"
#include "market/market.h"
#include "market/ops_processor.h"
#include "market/routes.h"
#include "market/simulation.h"

#include <condition_variable>
#include <csignal>
#include <httplib.h>
#include <iostream>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace cz::market {

struct MarketServer::Impl final {
    explicit Impl(MarketConfig c)
        : cfg(std::move(c))
    {
    }

    void tick();

    MarketConfig cfg;
    std::unique_ptr<Market> market;
    std::unique_ptr<Simulation> sim;
    std::unique_ptr<OpsProcessor> ops;
    std::unique_ptr<FaultInjector> faults;
    std::unique_ptr<HttpFront> front;
    std::unique_ptr<httplib::Server> http;
    std::thread listener;
    std::thread ticker;
    int port = -1;
    std::mutex mutex;
    std::condition_variable cv;
    bool stopping = false;
    bool listening = false;
};

void MarketServer::Impl::tick()
{
    // The real-time ticker: --speed simulated seconds per wall-clock second.
    std::unique_lock lock(mutex);
    while (!cv.wait_for(lock, std::chrono::seconds(1), [this] { return stopping; })) {
        lock.unlock();
        try {
            sim->advance(cfg.speed);
        } catch (const std::exception& e) {
            std::cerr << "cunzhan-market: simulation step failed: " << e.what() << '\n';
        }
        lock.lock();
    }
}

MarketServer::MarketServer(MarketConfig config)
    : m_impl(std::make_unique<Impl>(std::move(config)))
{
}

MarketServer::~MarketServer()
{
    stop();
}

void MarketServer::start()
{
    auto& d = *m_impl;
    if (d.http)
        throw std::logic_error("MarketServer already started");
    if (d.cfg.certPath.empty() != d.cfg.keyPath.empty())
        throw std::runtime_error("HTTPS needs both a certificate and a key");
    // OpenSSL writes to sockets without MSG_NOSIGNAL: a client that hangs up mid-response would
    // kill the whole process with SIGPIPE. Ignore it unless the host program chose a handler.
    if (struct sigaction sa {}; ::sigaction(SIGPIPE, nullptr, &sa) == 0 && sa.sa_handler == SIG_DFL)
        std::signal(SIGPIPE, SIG_IGN);
    d.market = std::make_unique<Market>(d.cfg);
    d.sim = std::make_unique<Simulation>(*d.market);
    d.ops = std::make_unique<OpsProcessor>(*d.market);
    d.faults = std::make_unique<FaultInjector>(d.cfg.seed);
    d.faults->setRules(d.cfg.faults);
    d.front = std::make_unique<HttpFront>(*d.market, *d.faults, d.cfg);

    if (!d.cfg.certPath.empty())
        d.http = std::make_unique<httplib::SSLServer>(d.cfg.certPath.c_str(), d.cfg.keyPath.c_str());
    else
        d.http = std::make_unique<httplib::Server>();
    if (!d.http->is_valid())
        throw std::runtime_error("cannot set up the server (unreadable certificate or key?)");

    auto& s = *d.http;
    // Without TCP_NODELAY, cpp-httplib 0.11 answers ~23 requests/s on a kept-open connection
    // (Nagle + delayed ACK on the small second write of each response).
    s.set_tcp_nodelay(true);
    s.set_keep_alive_max_count(100'000);
    s.set_keep_alive_timeout(d.cfg.keepAliveTimeoutS);
    s.set_read_timeout(30);
    s.set_write_timeout(30);
    s.set_payload_max_length(d.cfg.maxBodyBytes);
    const int threads = std::max(2, d.cfg.threads);
    s.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };

    const RouteDeps deps {*d.market, *d.ops, *d.sim, *d.faults, *d.front};
    registerApiRoutes(s, deps);
    registerAdminRoutes(s, deps);
    d.front->installErrorHandler(s);

    if (d.cfg.port == 0) {
        d.port = s.bind_to_any_port(d.cfg.bindAddress);
    } else {
        d.port = s.bind_to_port(d.cfg.bindAddress, d.cfg.port) ? d.cfg.port : -1;
    }
    if (d.port <= 0) {
        d.http.reset();
        throw std::runtime_error("cannot listen on " + d.cfg.bindAddress + ":" + std::to_string(d.cfg.port));
    }
    // The socket is bound and listening already; connections queue in the kernel until the accept
    // loop below picks them up, so callers may connect as soon as start() returns.
    {
        std::lock_guard lock(d.mutex);
        d.listening = true;
    }
    d.listener = std::thread([&d] {
        d.http->listen_after_bind();
        std::lock_guard lock(d.mutex);
        d.listening = false;
        d.cv.notify_all();
    });
    // cpp-httplib's stop() does nothing until the accept loop runs (is_running()), so a stop()
    // right after start() would leave the loop blocked in accept() forever. Return only once the
    // loop runs (or has already failed).
    for (;;) {
        std::unique_lock lock(d.mutex);
        if (d.http->is_running() || !d.listening)
            break;
        d.cv.wait_for(lock, std::chrono::milliseconds(1));
    }
    if (d.cfg.speed > 0)
        d.ticker = std::thread([&d] { d.tick(); });
}

void MarketServer::stop()
{
    auto& d = *m_impl;
    {
        std::lock_guard lock(d.mutex);
        d.stopping = true;
        d.cv.notify_all();
    }
    if (d.http)
        d.http->stop();
    if (d.listener.joinable())
        d.listener.join();
    if (d.ticker.joinable())
        d.ticker.join();
}

void MarketServer::wait()
{
    auto& d = *m_impl;
    std::unique_lock lock(d.mutex);
    d.cv.wait(lock, [&d] { return !d.listening || d.stopping; });
}

int MarketServer::port() const
{
    return m_impl->port;
}

bool MarketServer::isTls() const
{
    return !m_impl->cfg.certPath.empty();
}

std::string MarketServer::baseUrl() const
{
    return std::string(isTls() ? "https://" : "http://") + m_impl->cfg.bindAddress + ":" + std::to_string(port());
}

std::int64_t MarketServer::advance(std::int64_t seconds)
{
    if (!m_impl->sim)
        throw std::logic_error("MarketServer not started");
    return m_impl->sim->advance(seconds).steps;
}

std::int64_t MarketServer::now() const
{
    if (!m_impl->market)
        throw std::logic_error("MarketServer not started");
    return m_impl->market->now();
}

} // namespace cz::market
