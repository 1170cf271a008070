#pragma once
// Fault injection on the HTTP front: which rule fires for a request (seeded dice, so a sequence of
// requests meets the same faults on every run) and how a response is mangled when one does.

#include "market/fault_rules.h"

#include <cstdint>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace httplib {
struct Response;
}

namespace cz::market {

class FaultInjector final {
public:
    explicit FaultInjector(std::uint64_t seed)
        : m_rng(seed ^ 0xFA017ULL)
    {
    }

    void setRules(std::vector<FaultRule> rules);
    /// The rules with how often each has fired: [{...rule, "fired": n}].
    nlohmann::json describe() const;
    /// The first rule of `kind` matching `path` whose dice hit and whose budget is not spent; it is
    /// counted as fired.
    std::optional<FaultRule> pick(FaultKind kind, std::string_view path);

private:
    mutable std::mutex m_mutex;
    std::vector<FaultRule> m_rules;
    std::vector<std::int64_t> m_fired;
    std::mt19937_64 m_rng;
};

/// Puts `body` into `res` as the fault dictates (drop, truncate, malformed, oversize, slow). The
/// status and headers already set on `res` are kept.
void shapeBody(httplib::Response& res, const FaultRule& rule, std::string body, const std::string& contentType);

} // namespace cz::market
