#include "market/http_front.h"

#include "market/api_error.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <httplib.h>
#include <iostream>
#include <openssl/crypto.h>
#include <thread>

namespace cz::market {

namespace {

constexpr const char* kJson = "application/json; charset=utf-8";

std::optional<std::string> bearer(const httplib::Request& req)
{
    if (!req.has_header("Authorization"))
        return std::nullopt;
    const auto v = req.get_header_value("Authorization");
    constexpr std::string_view scheme = "Bearer ";
    if (v.size() <= scheme.size() || v.compare(0, scheme.size(), scheme) != 0)
        return std::string();
    return v.substr(scheme.size());
}

bool sameSecret(const std::string& a, const std::string& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

const char* defaultCode(int status)
{
    switch (status) {
    case 400:
        return "invalid_request";
    case 404:
        return "not_found";
    case 405:
        return "method_not_allowed";
    case 413:
        return "payload_too_large";
    case 414:
        return "uri_too_long";
    case 415:
        return "unsupported_media_type";
    default:
        return status >= 500 ? "internal_error" : "invalid_request";
    }
}

void logRequest(const httplib::Request& req, int status, std::chrono::steady_clock::time_point start)
{
    const auto ms
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    // The path only: query strings carry account numbers, and headers carry tokens.
    std::cerr << "cunzhan-market: " << req.method << ' ' << req.path << ' ' << status << ' ' << ms << "ms\n";
}

} // namespace

Reply errorReply(int status, const std::string& code, const std::string& message, const nlohmann::json& details)
{
    Reply r;
    r.status = status;
    r.body = {{"error", errorObject(code, message, details)}};
    if (status == 401)
        r.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"cunzhan-market\"");
    return r;
}

Reply serializedReply(std::string jsonText)
{
    Reply r;
    r.bodyText = std::move(jsonText);
    return r;
}

HttpFront::HttpFront(Market& market, FaultInjector& faults, const MarketConfig& cfg)
    : m_market(market)
    , m_faults(faults)
    , m_adminToken(cfg.adminToken)
    , m_ratePerSecond(cfg.rateLimitPerSecond)
    , m_log(cfg.logRequests)
{
}

void HttpFront::get(httplib::Server& s, const std::string& pattern, Access access, RouteHandler h)
{
    s.Get(pattern, [this, access, h = std::move(h)](const httplib::Request& req, httplib::Response& res) {
        handle(req, res, access, h);
    });
}

void HttpFront::post(httplib::Server& s, const std::string& pattern, Access access, RouteHandler h)
{
    s.Post(pattern, [this, access, h = std::move(h)](const httplib::Request& req, httplib::Response& res) {
        handle(req, res, access, h);
    });
}

void HttpFront::del(httplib::Server& s, const std::string& pattern, Access access, RouteHandler h)
{
    s.Delete(pattern, [this, access, h = std::move(h)](const httplib::Request& req, httplib::Response& res) {
        handle(req, res, access, h);
    });
}

void HttpFront::installErrorHandler(httplib::Server& s)
{
    s.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
        // Our own replies always carry a Content-Type; only cpp-httplib's bare errors get a body here.
        if (res.has_header("Content-Type"))
            return httplib::Server::HandlerResponse::Unhandled;
        std::string message = "no such endpoint: " + req.method + " " + req.path;
        if (res.status == 413)
            message = "the request body is larger than the marketplace accepts";
        else if (res.status != 404)
            message = "the request could not be read";
        const auto r = errorReply(res.status, defaultCode(res.status), message);
        res.set_content(r.body.dump(), kJson);
        return httplib::Server::HandlerResponse::Handled;
    }));
}

std::optional<Reply> HttpFront::rateLimit(const std::string& stationId)
{
    if (m_ratePerSecond <= 0)
        return std::nullopt;
    std::lock_guard lock(m_bucketsMutex);
    const auto now = std::chrono::steady_clock::now();
    const double burst = std::max(1.0, m_ratePerSecond * 2);
    auto [it, fresh] = m_buckets.try_emplace(stationId, Bucket {burst, now});
    auto& b = it->second;
    if (!fresh) {
        const double elapsed = std::chrono::duration<double>(now - b.at).count();
        b.tokens = std::min(burst, b.tokens + elapsed * m_ratePerSecond);
        b.at = now;
    }
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return std::nullopt;
    }
    const auto wait = static_cast<std::int64_t>(std::ceil((1.0 - b.tokens) / m_ratePerSecond));
    auto r = errorReply(429, "rate_limited", "too many requests; retry after the Retry-After delay");
    r.headers.emplace_back("Retry-After", std::to_string(std::max<std::int64_t>(1, wait)));
    return r;
}

Reply HttpFront::dispatch(const httplib::Request& req, Access access, const RouteHandler& h)
{
    try {
        std::string stationId;
        if (access == Access::Admin) {
            if (m_adminToken.empty())
                return errorReply(404, "not_found", "the admin API is not enabled (start with --admin-token)");
            const auto token = bearer(req);
            if (!token)
                return errorReply(401, "missing_token", "send Authorization: Bearer <admin token>");
            if (!sameSecret(*token, m_adminToken))
                return errorReply(401, "invalid_token", "the admin token is not valid");
        } else if (access == Access::Station) {
            const auto token = bearer(req);
            if (!token)
                return errorReply(401, "missing_token", "send Authorization: Bearer <station token>");
            const auto station = token->empty() ? std::nullopt : m_market.stationForToken(*token);
            if (!station)
                return errorReply(401, "invalid_token", "the token does not belong to any station");
            stationId = *station;
            if (auto limited = rateLimit(stationId))
                return *limited;
        }
        return h(req, stationId);
    } catch (const ApiError& e) {
        return errorReply(e.status(), e.code(), e.what(), e.details());
    } catch (const Rejection& e) {
        return errorReply(422, e.code(), e.what(), e.details());
    } catch (const std::exception& e) {
        std::cerr << "cunzhan-market: internal error on " << req.method << ' ' << req.path << ": " << e.what() << '\n';
        return errorReply(500, "internal_error", "the marketplace failed to handle the request; retry later");
    }
}

void HttpFront::handle(const httplib::Request& req, httplib::Response& res, Access access, const RouteHandler& h)
{
    const auto start = std::chrono::steady_clock::now();
    const bool faultable = access != Access::Admin;
    if (faultable) {
        if (const auto lat = m_faults.pick(FaultKind::Latency, req.path))
            std::this_thread::sleep_for(std::chrono::milliseconds(lat->ms));
    }
    Reply reply;
    bool injected = false;
    if (faultable) {
        if (const auto err = m_faults.pick(FaultKind::Error, req.path)) {
            injected = true;
            const bool limited = err->status == 429;
            const char* code = limited ? "rate_limited" : err->status == 500 ? "internal_error" : "unavailable";
            reply = errorReply(err->status, code, "injected fault: the request was not processed");
            if (limited || err->retryAfterS)
                reply.headers.emplace_back("Retry-After", std::to_string(err->retryAfterS.value_or(1)));
        }
    }
    if (!injected)
        reply = dispatch(req, access, h);

    res.status = reply.status;
    for (const auto& [k, v] : reply.headers)
        res.set_header(k, v);
    // Messages may quote path or query text, which need not be UTF-8; never let that become a 500.
    std::string body = reply.bodyText ? std::move(*reply.bodyText)
                                      : reply.body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::optional<FaultRule> shape;
    if (faultable && !injected) {
        for (const auto kind : {FaultKind::DropResponse, FaultKind::TruncateBody, FaultKind::MalformedJson,
                                FaultKind::OversizeBody, FaultKind::SlowBody}) {
            if ((shape = m_faults.pick(kind, req.path)))
                break;
        }
    }
    if (shape)
        shapeBody(res, *shape, std::move(body), kJson);
    else
        res.set_content(body, kJson);
    if (m_log)
        logRequest(req, reply.status, start);
}

nlohmann::json jsonBody(const httplib::Request& req)
{
    const auto type = req.get_header_value("Content-Type");
    if (!type.empty() && type.rfind("application/json", 0) != 0)
        throw ApiError(415, "unsupported_media_type", "send the body as application/json");
    try {
        return nlohmann::json::parse(req.body);
    } catch (const nlohmann::json::parse_error& e) {
        throw ApiError(400, "malformed_json", std::string("the body is not valid JSON: ") + e.what());
    }
}

std::optional<std::int64_t> intParam(const httplib::Request& req, const char* name, std::int64_t min, std::int64_t max)
{
    if (!req.has_param(name))
        return std::nullopt;
    const auto v = req.get_param_value(name);
    std::int64_t n = 0;
    const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (v.empty() || ec != std::errc() || p != v.data() + v.size() || n < min || n > max)
        throw ApiError(400, "invalid_parameter",
                       std::string(name) + " must be an integer in " + std::to_string(min) + ".."
                           + std::to_string(max));
    return n;
}

std::string optTextParam(const httplib::Request& req, const char* name, std::size_t maxLen)
{
    if (!req.has_param(name))
        return {};
    auto v = req.get_param_value(name);
    if (v.size() > maxLen)
        throw ApiError(400, "invalid_parameter", std::string(name) + " is too long");
    return v;
}

std::string textParam(const httplib::Request& req, const char* name, std::size_t maxLen)
{
    auto v = optTextParam(req, name, maxLen);
    if (v.empty())
        throw ApiError(400, "invalid_parameter", std::string(name) + " is required");
    return v;
}

} // namespace cz::market
