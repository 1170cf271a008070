#pragma once
// Fault switches: what a test (or --fault on the command line) can make the marketplace do wrong.
// A rule names a kind, the fraction of matching requests it hits, optional path prefixes, and an
// optional budget (max_count) after which it stops firing.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cz::market {

enum class FaultKind {
    Latency, ///< sleep `ms` before handling
    Error, ///< answer `status` (500/502/503/504/429) without handling; Retry-After when set
    DropResponse, ///< handle and commit, then close the connection after the headers, no body
    TruncateBody, ///< handle and commit, send about half the body, close the connection
    MalformedJson, ///< handle and commit, send a complete response whose body is not JSON
    OversizeBody, ///< handle and commit, send a valid JSON body of `bytes` bytes
    SlowBody, ///< handle and commit, trickle the body `chunk_bytes` every `interval_ms`
    DuplicateEvents, ///< event pages also repeat up to `repeat` already-delivered events and one of their own
};

struct FaultRule final {
    FaultKind kind = FaultKind::Latency;
    double fraction = 1.0; ///< of matching requests, 0..1
    std::vector<std::string> paths; ///< path prefixes; empty = every /v1 path
    std::optional<std::int64_t> maxCount; ///< fire at most this many times
    std::int64_t ms = 0; ///< Latency
    int status = 503; ///< Error
    std::optional<std::int64_t> retryAfterS; ///< Error (always sent for 429; default 1)
    std::int64_t bytes = 16LL * 1024 * 1024; ///< OversizeBody
    std::int64_t chunkBytes = 64; ///< SlowBody
    std::int64_t intervalMs = 50; ///< SlowBody
    std::int64_t repeat = 5; ///< DuplicateEvents
};

std::string_view faultKindName(FaultKind k);
std::optional<FaultKind> faultKindFromName(std::string_view name);

nlohmann::json toJson(const FaultRule& r);
/// Strict parse of one rule object; throws Rejection("invalid_request", ...) on any bad field.
FaultRule faultRuleFromJson(const nlohmann::json& j);
/// Command-line form: KIND[:key=value[,key=value...]] with the JSON field names as keys and
/// paths separated by '|', e.g. "error:fraction=0.2,status=503,paths=/v1/ops|/v1/events".
/// Throws std::invalid_argument with a readable message.
FaultRule faultRuleFromSpec(std::string_view spec);

} // namespace cz::market
