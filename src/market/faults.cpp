#include "market/faults.h"

#include <algorithm>
#include <chrono>
#include <httplib.h>
#include <memory>
#include <thread>

namespace cz::market {

namespace {

bool matches(const FaultRule& r, std::string_view path)
{
    if (r.paths.empty())
        return path.substr(0, 4) == "/v1/";
    return std::any_of(r.paths.begin(), r.paths.end(),
                       [path](const std::string& p) { return path.substr(0, p.size()) == p; });
}

} // namespace

void FaultInjector::setRules(std::vector<FaultRule> rules)
{
    std::lock_guard lock(m_mutex);
    m_rules = std::move(rules);
    m_fired.assign(m_rules.size(), 0);
}

nlohmann::json FaultInjector::describe() const
{
    std::lock_guard lock(m_mutex);
    nlohmann::json out = nlohmann::json::array();
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        auto j = toJson(m_rules[i]);
        j["fired"] = m_fired[i];
        out.push_back(std::move(j));
    }
    return out;
}

std::optional<FaultRule> FaultInjector::pick(FaultKind kind, std::string_view path)
{
    std::lock_guard lock(m_mutex);
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        const auto& r = m_rules[i];
        if (r.kind != kind || !matches(r, path))
            continue;
        if (r.maxCount && m_fired[i] >= *r.maxCount)
            continue;
        // Fractions of 0 and 1 do not roll, so switching a certain fault on or off does not shift
        // the dice of the probabilistic ones.
        if (r.fraction <= 0.0)
            continue;
        if (r.fraction < 1.0 && std::uniform_real_distribution<double>(0.0, 1.0)(m_rng) >= r.fraction)
            continue;
        ++m_fired[i];
        return r;
    }
    return std::nullopt;
}

void shapeBody(httplib::Response& res, const FaultRule& rule, std::string body, const std::string& contentType)
{
    auto shared = std::make_shared<const std::string>(std::move(body));
    const std::size_t n = shared->size();
    switch (rule.kind) {
    case FaultKind::DropResponse:
        // Headers (with the full Content-Length) go out, then the connection is closed: the client
        // sees a response that never completes, after the server has committed the request.
        res.set_content_provider(std::max<std::size_t>(n, 1), contentType,
                                 [](std::size_t, std::size_t, httplib::DataSink&) { return false; });
        return;
    case FaultKind::TruncateBody: {
        const std::size_t cut = std::max<std::size_t>(n / 2, 1);
        res.set_content_provider(std::max<std::size_t>(n, 2), contentType,
                                 [shared, cut](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                                     if (offset >= cut)
                                         return false;
                                     sink.write(shared->data() + offset, std::min(cut, shared->size()) - offset);
                                     return true;
                                 });
        return;
    }
    case FaultKind::MalformedJson: {
        // A complete, well-framed response whose body is not JSON: the first half of the real body
        // followed by the kind of text a broken proxy emits.
        std::string garbled = shared->substr(0, n / 2) + "\n<html><body>502 Bad Gateway</body></html>";
        res.set_content(garbled, contentType);
        return;
    }
    case FaultKind::OversizeBody: {
        const auto total = static_cast<std::size_t>(rule.bytes);
        const std::string head = "{\"padding\":\"";
        const std::string tail = "\"}";
        res.set_content_provider(total, contentType,
                                 [head, tail, total](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                                     static const std::string filler(64UL * 1024, 'x');
                                     if (offset < head.size())
                                         return sink.write(head.data() + offset, head.size() - offset);
                                     const std::size_t tailAt = total - tail.size();
                                     if (offset >= tailAt)
                                         return sink.write(tail.data() + (offset - tailAt), total - offset);
                                     return sink.write(filler.data(), std::min(filler.size(), tailAt - offset));
                                 });
        return;
    }
    case FaultKind::SlowBody: {
        const auto chunk = static_cast<std::size_t>(rule.chunkBytes);
        const auto interval = std::chrono::milliseconds(rule.intervalMs);
        res.set_content_provider(n, contentType,
                                 [shared, chunk, interval](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                                     if (offset > 0)
                                         std::this_thread::sleep_for(interval);
                                     const std::size_t len = std::min(chunk, shared->size() - offset);
                                     return sink.write(shared->data() + offset, len);
                                 });
        return;
    }
    case FaultKind::Latency:
    case FaultKind::Error:
    case FaultKind::DuplicateEvents:
        break;
    }
    res.set_content(*shared, contentType);
}

} // namespace cz::market
