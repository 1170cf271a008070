#include "sync/http_client.h"

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace cz::sync {

namespace {

// curl_global_init is not thread-safe; do it once, before the first handle.
void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Sink {
    std::string* body;
    std::size_t cap;
    bool overflow = false;
};

std::size_t writeBody(char* data, std::size_t size, std::size_t n, void* user)
{
    auto* s = static_cast<Sink*>(user);
    const std::size_t len = size * n;
    if (s->body->size() + len > s->cap) {
        s->overflow = true;
        return 0;  // makes curl abort with CURLE_WRITE_ERROR
    }
    s->body->append(data, len);
    return len;
}

std::size_t readHeader(char* data, std::size_t size, std::size_t n, void* user)
{
    auto* retry = static_cast<std::optional<std::chrono::seconds>*>(user);
    const std::size_t len = size * n;
    static constexpr char name[] = "retry-after:";
    if (len > sizeof name - 1 && ::strncasecmp(data, name, sizeof name - 1) == 0) {
        long v = 0;
        bool digits = false;
        for (std::size_t i = sizeof name - 1; i < len; ++i) {
            const char c = data[i];
            if (c >= '0' && c <= '9') {
                digits = true;
                if (v < 86400)
                    v = v * 10 + (c - '0');
            } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                digits = false;  // an HTTP-date form: ignore and use the backoff
                break;
            }
        }
        if (digits)
            *retry = std::chrono::seconds(std::min(v, 86400L));
    }
    return len;
}

bool isLoopbackHost(const std::string& host)
{
    return host == "127.0.0.1" || host == "localhost" || host == "[::1]" || host == "::1";
}

}  // namespace

const char* toString(TransportErrc e)
{
    switch (e) {
    case TransportErrc::BadUrl: return "bad marketplace URL";
    case TransportErrc::Connect: return "cannot connect";
    case TransportErrc::Timeout: return "timed out";
    case TransportErrc::Tls: return "TLS certificate not trusted";
    case TransportErrc::TooLarge: return "response too large";
    case TransportErrc::Interrupted: return "connection closed mid-response";
    case TransportErrc::Other: return "network error";
    }
    return "network error";
}

std::string urlEncode(const std::string& s)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

bool isAcceptableBaseUrl(const std::string& url, std::string* why)
{
    auto reject = [&](const char* w) {
        if (why)
            *why = w;
        return false;
    };
    std::string rest;
    bool https = false;
    if (url.rfind("https://", 0) == 0) {
        https = true;
        rest = url.substr(8);
    } else if (url.rfind("http://", 0) == 0) {
        rest = url.substr(7);
    } else {
        return reject("the marketplace URL must start with https://");
    }
    std::string host = rest.substr(0, rest.find('/'));
    if (host.empty())
        return reject("the marketplace URL has no host");
    if (host.front() == '[')
        host = host.substr(0, host.find(']') + 1);
    else
        host = host.substr(0, host.find(':'));
    if (!https && !isLoopbackHost(host))
        return reject("plain http is only allowed to this computer (127.0.0.1); use https");
    return true;
}

struct HttpClient::Impl {
    CURL* easy = nullptr;
    curl_slist* headers = nullptr;
};

HttpClient::HttpClient(HttpConfig config) : m_config(std::move(config)), m_impl(std::make_unique<Impl>())
{
    globalInit();
    m_impl->easy = curl_easy_init();
    m_impl->headers = curl_slist_append(m_impl->headers, "Accept: application/json");
    m_impl->headers = curl_slist_append(m_impl->headers, "Content-Type: application/json");
    m_impl->headers = curl_slist_append(m_impl->headers, ("Authorization: Bearer " + m_config.token).c_str());
    // Disable "Expect: 100-continue": one round trip per push.
    m_impl->headers = curl_slist_append(m_impl->headers, "Expect:");
}

HttpClient::~HttpClient()
{
    if (m_impl->easy)
        curl_easy_cleanup(m_impl->easy);
    curl_slist_free_all(m_impl->headers);
}

Result<HttpResponse, TransportError> HttpClient::get(const std::string& pathAndQuery)
{
    return perform(pathAndQuery, nullptr, m_config.totalTimeout);
}

Result<HttpResponse, TransportError> HttpClient::getWithDeadline(const std::string& pathAndQuery,
                                                                 std::chrono::milliseconds deadline)
{
    return perform(pathAndQuery, nullptr, std::min(deadline, m_config.totalTimeout));
}

Result<HttpResponse, TransportError> HttpClient::post(const std::string& path, const std::string& jsonBody)
{
    return perform(path, &jsonBody, m_config.totalTimeout);
}

Result<HttpResponse, TransportError> HttpClient::perform(const std::string& pathAndQuery, const std::string* body,
                                                         std::chrono::milliseconds deadline)
{
    std::string why;
    if (!isAcceptableBaseUrl(m_config.baseUrl, &why))
        return Failure{TransportError{TransportErrc::BadUrl, why}};
    CURL* h = m_impl->easy;
    if (!h)
        return Failure{TransportError{TransportErrc::Other, "curl_easy_init failed"}};
    std::string base = m_config.baseUrl;
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    const std::string url = base + pathAndQuery;

    HttpResponse resp;
    Sink sink{&resp.body, m_config.maxResponseBytes};
    char errbuf[CURL_ERROR_SIZE] = {};
    // Options are set on every request: the handle is reused (keeping its connection), but a
    // previous POST must not leak into a GET.
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_config.connectTimeout.count()));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(deadline.count()));
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, m_config.lowSpeedBytesPerSecond);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, static_cast<long>(m_config.lowSpeedTime.count()));
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(h, CURLOPT_CAINFO, m_config.caFile.empty() ? nullptr : m_config.caFile.c_str());
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(h, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(h, CURLOPT_BUFFERSIZE, 256L * 1024);  // catalog pages are ~1 MB: fewer receive calls
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, m_impl->headers);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &writeBody);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &readHeader);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &resp.retryAfter);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
    if (body) {
        curl_easy_setopt(h, CURLOPT_POST, 1L);
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, body->data());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
    } else {
        curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    }
    const CURLcode rc = curl_easy_perform(h);
    if (rc != CURLE_OK) {
        const std::string detail = std::string(curl_easy_strerror(rc)) + (errbuf[0] ? std::string(": ") + errbuf : "");
        switch (rc) {
        case CURLE_WRITE_ERROR:
            if (sink.overflow)
                return Failure{TransportError{TransportErrc::TooLarge,
                                              "response larger than " + std::to_string(m_config.maxResponseBytes) + " bytes"}};
            return Failure{TransportError{TransportErrc::Other, detail}};
        case CURLE_COULDNT_CONNECT:
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY:
            return Failure{TransportError{TransportErrc::Connect, detail}};
        case CURLE_OPERATION_TIMEDOUT: return Failure{TransportError{TransportErrc::Timeout, detail}};
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_CERTPROBLEM: return Failure{TransportError{TransportErrc::Tls, detail}};
        case CURLE_PARTIAL_FILE:
        case CURLE_RECV_ERROR:
        case CURLE_GOT_NOTHING:
        case CURLE_SEND_ERROR: return Failure{TransportError{TransportErrc::Interrupted, detail}};
        case CURLE_URL_MALFORMAT:
        case CURLE_UNSUPPORTED_PROTOCOL: return Failure{TransportError{TransportErrc::BadUrl, detail}};
        default: return Failure{TransportError{TransportErrc::Other, detail}};
        }
    }
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &resp.status);
    return resp;
}

}  // namespace cz::sync
