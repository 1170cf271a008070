#pragma once
// A small libcurl client for the marketplace: one easy handle (connection reuse), explicit
// timeouts, certificate verification always on, a cap on response size, the bearer token on every
// request. Status codes are returned, never turned into transport errors: the caller decides.
// One HttpClient per thread.

#include "core/result.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace cz::sync {

struct HttpConfig {
    std::string baseUrl;  ///< https://host[:port] (plain http only for loopback)
    std::string token;    ///< bearer token; never logged
    std::string caFile;   ///< extra CA bundle for a private marketplace; empty = system CAs
    std::chrono::milliseconds connectTimeout{5000};
    std::chrono::milliseconds totalTimeout{30000};  ///< the overall deadline of one request
    long lowSpeedBytesPerSecond = 64;               ///< slower than this …
    std::chrono::seconds lowSpeedTime{10};          ///< … for this long aborts the request
    std::size_t maxResponseBytes = 16 * 1024 * 1024;
};

struct HttpResponse {
    long status = 0;
    std::string body;
    std::optional<std::chrono::seconds> retryAfter;
};

enum class TransportErrc {
    BadUrl,         ///< not http(s), or plain http to a non-loopback host
    Connect,        ///< could not connect / resolve
    Timeout,        ///< connect timeout, overall deadline or the low-speed limit
    Tls,            ///< certificate not trusted, handshake failed
    TooLarge,       ///< the response passed maxResponseBytes
    Interrupted,    ///< the connection closed before the response was complete
    Other,
};

struct TransportError {
    TransportErrc code;
    std::string detail;
};
const char* toString(TransportErrc e);

/// Percent-encodes a query value (RFC 3986 unreserved characters stay).
std::string urlEncode(const std::string& s);

/// Checks a marketplace URL: https, or http only to 127.0.0.1 / localhost / ::1.
bool isAcceptableBaseUrl(const std::string& url, std::string* why = nullptr);

class HttpClient final {
public:
    explicit HttpClient(HttpConfig config);
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    /// `pathAndQuery` starts with '/', e.g. "/v1/events?after=…".
    Result<HttpResponse, TransportError> get(const std::string& pathAndQuery);
    Result<HttpResponse, TransportError> post(const std::string& path, const std::string& jsonBody);
    /// For online-only calls: the same client with a shorter deadline for one request.
    Result<HttpResponse, TransportError> getWithDeadline(const std::string& pathAndQuery, std::chrono::milliseconds deadline);

    const HttpConfig& config() const { return m_config; }

private:
    Result<HttpResponse, TransportError> perform(const std::string& pathAndQuery, const std::string* body,
                                                 std::chrono::milliseconds deadline);
    struct Impl;
    HttpConfig m_config;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace cz::sync
