#include "market/fault_rules.h"

#include "market/json_fields.h"

#include <array>
#include <stdexcept>
#include <utility>

namespace cz::market {

namespace {

constexpr std::array<std::pair<FaultKind, std::string_view>, 8> kNames {{
    {FaultKind::Latency, "latency"},
    {FaultKind::Error, "error"},
    {FaultKind::DropResponse, "drop_response"},
    {FaultKind::TruncateBody, "truncate_body"},
    {FaultKind::MalformedJson, "malformed_json"},
    {FaultKind::OversizeBody, "oversize_body"},
    {FaultKind::SlowBody, "slow_body"},
    {FaultKind::DuplicateEvents, "duplicate_events"},
}};

bool isNumberText(std::string_view v)
{
    if (v.empty() || v[0] < '0' || v[0] > '9')
        return false;
    bool dot = false;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (c == '.' && !dot) {
            dot = true;
        } else if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

} // namespace

std::string_view faultKindName(FaultKind k)
{
    for (const auto& [kind, name] : kNames) {
        if (kind == k)
            return name;
    }
    return "unknown";
}

std::optional<FaultKind> faultKindFromName(std::string_view name)
{
    for (const auto& [kind, n] : kNames) {
        if (n == name)
            return kind;
    }
    return std::nullopt;
}

nlohmann::json toJson(const FaultRule& r)
{
    nlohmann::json j = {{"kind", faultKindName(r.kind)}, {"fraction", r.fraction}, {"paths", r.paths}};
    if (r.maxCount)
        j["max_count"] = *r.maxCount;
    switch (r.kind) {
    case FaultKind::Latency:
        j["ms"] = r.ms;
        break;
    case FaultKind::Error:
        j["status"] = r.status;
        if (r.retryAfterS)
            j["retry_after_s"] = *r.retryAfterS;
        break;
    case FaultKind::OversizeBody:
        j["bytes"] = r.bytes;
        break;
    case FaultKind::SlowBody:
        j["chunk_bytes"] = r.chunkBytes;
        j["interval_ms"] = r.intervalMs;
        break;
    case FaultKind::DuplicateEvents:
        j["repeat"] = r.repeat;
        break;
    case FaultKind::DropResponse:
    case FaultKind::TruncateBody:
    case FaultKind::MalformedJson:
        break;
    }
    return j;
}

FaultRule faultRuleFromJson(const nlohmann::json& j)
{
    Fields f(j, "fault", "invalid_request");
    FaultRule r;
    std::string kindName;
    if (f.has("kind") && j.at("kind").is_string())
        kindName = j.at("kind").get<std::string>();
    const auto kind = faultKindFromName(kindName);
    if (!kind)
        f.fail("kind",
               "must be one of: latency, error, drop_response, truncate_body, malformed_json, "
               "oversize_body, slow_body, duplicate_events");
    f.text("kind", 1, 32);
    r.kind = *kind;
    r.fraction = f.optNumber("fraction", 0.0, 1.0).value_or(1.0);
    r.maxCount = f.optInteger("max_count", 0, INT64_MAX);
    if (const auto* paths = f.optArray("paths", 0, 32)) {
        for (const auto& p : *paths) {
            if (!p.is_string() || p.get<std::string>().empty() || p.get<std::string>()[0] != '/')
                f.fail("paths", "must be path prefixes starting with '/'");
            r.paths.push_back(p.get<std::string>());
        }
    }
    switch (r.kind) {
    case FaultKind::Latency:
        r.ms = f.integer("ms", 0, 60'000);
        break;
    case FaultKind::Error: {
        r.status = static_cast<int>(f.optInteger("status", 429, 599).value_or(503));
        if (r.status != 429 && r.status < 500)
            f.fail("status", "must be 429 or a 5xx status");
        r.retryAfterS = f.optInteger("retry_after_s", 0, 3600);
        break;
    }
    case FaultKind::OversizeBody:
        r.bytes = f.optInteger("bytes", 1024, 1LL << 30).value_or(r.bytes);
        break;
    case FaultKind::SlowBody:
        r.chunkBytes = f.optInteger("chunk_bytes", 1, 1 << 20).value_or(r.chunkBytes);
        r.intervalMs = f.optInteger("interval_ms", 1, 10'000).value_or(r.intervalMs);
        break;
    case FaultKind::DuplicateEvents:
        r.repeat = f.optInteger("repeat", 0, 100).value_or(r.repeat);
        break;
    case FaultKind::DropResponse:
    case FaultKind::TruncateBody:
    case FaultKind::MalformedJson:
        break;
    }
    f.finish();
    return r;
}

FaultRule faultRuleFromSpec(std::string_view spec)
{
    const auto colon = spec.find(':');
    nlohmann::json j;
    j["kind"] = std::string(spec.substr(0, colon));
    if (colon != std::string_view::npos) {
        std::string_view rest = spec.substr(colon + 1);
        while (!rest.empty()) {
            const auto comma = rest.find(',');
            const auto item = rest.substr(0, comma);
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
            const auto eq = item.find('=');
            if (eq == std::string_view::npos)
                throw std::invalid_argument("fault option '" + std::string(item) + "' is not key=value");
            const std::string key(item.substr(0, eq));
            const std::string value(item.substr(eq + 1));
            if (key == "paths") {
                nlohmann::json paths = nlohmann::json::array();
                std::string_view ps = value;
                while (!ps.empty()) {
                    const auto bar = ps.find('|');
                    paths.push_back(std::string(ps.substr(0, bar)));
                    ps = bar == std::string_view::npos ? std::string_view() : ps.substr(bar + 1);
                }
                j[key] = paths;
            } else if (isNumberText(value)) {
                j[key] = nlohmann::json::parse(value);
            } else {
                throw std::invalid_argument("fault option " + key + " needs a number, got '" + value + "'");
            }
        }
    }
    try {
        return faultRuleFromJson(j);
    } catch (const Rejection& e) {
        throw std::invalid_argument(std::string("bad --fault '") + std::string(spec) + "': " + e.what());
    }
}

} // namespace cz::market
