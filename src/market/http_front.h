#pragma once
// The request plumbing shared by every route: fault injection (latency, injected errors, response
// mangling), authentication (station bearer tokens, the admin token), per-station rate limiting,
// mapping ApiError/Rejection to {"error":{...}} responses, and request logging. Routes are plain
// functions from a request (and the authenticated station) to a Reply.

#include "market/faults.h"
#include "market/market.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace cz::market {

struct Reply final {
    int status = 200;
    nlohmann::json body;
    /// The body as JSON text already serialised, sent instead of `body` when set (faults apply to it
    /// as to any body).
    std::optional<std::string> bodyText;
    std::vector<std::pair<std::string, std::string>> headers;
};

enum class Access {
    Public, ///< no token (health)
    Station, ///< a station's bearer token; the handler gets its station id
    Admin, ///< the admin token; never subject to faults
};

using RouteHandler = std::function<Reply(const httplib::Request&, const std::string& stationId)>;

class HttpFront final {
public:
    HttpFront(Market& market, FaultInjector& faults, const MarketConfig& cfg);

    void get(httplib::Server& s, const std::string& pattern, Access access, RouteHandler h);
    void post(httplib::Server& s, const std::string& pattern, Access access, RouteHandler h);
    void del(httplib::Server& s, const std::string& pattern, Access access, RouteHandler h);
    /// JSON bodies for the errors cpp-httplib answers itself (404 no route, 413, 400 bad request).
    static void installErrorHandler(httplib::Server& s);

    FaultInjector& faults() { return m_faults; }

private:
    void handle(const httplib::Request& req, httplib::Response& res, Access access, const RouteHandler& h);
    Reply dispatch(const httplib::Request& req, Access access, const RouteHandler& h);
    std::optional<Reply> rateLimit(const std::string& stationId);

    struct Bucket final {
        double tokens = 0;
        std::chrono::steady_clock::time_point at;
    };

    Market& m_market;
    FaultInjector& m_faults;
    std::string m_adminToken;
    double m_ratePerSecond;
    bool m_log;
    std::mutex m_bucketsMutex;
    std::map<std::string, Bucket> m_buckets;
};

/// An error reply: {"error":{"code":…, "message":…}}.
Reply errorReply(int status, const std::string& code, const std::string& message,
                 const nlohmann::json& details = nullptr);
/// A 200 reply whose body is `jsonText`, JSON the handler serialised itself (e.g. from stored text).
Reply serializedReply(std::string jsonText);
/// The request body as JSON; ApiError 415 for a non-JSON content type, 400 malformed_json.
nlohmann::json jsonBody(const httplib::Request& req);
/// An integer query parameter in [min, max]; ApiError 400 invalid_parameter otherwise.
std::optional<std::int64_t> intParam(const httplib::Request& req, const char* name, std::int64_t min, std::int64_t max);
/// A required text query parameter (1..maxLen bytes); ApiError 400 invalid_parameter otherwise.
std::string textParam(const httplib::Request& req, const char* name, std::size_t maxLen);
/// An optional text query parameter.
std::string optTextParam(const httplib::Request& req, const char* name, std::size_t maxLen);

} // namespace cz::market
