#pragma once
// Strict reading of one JSON object: every field has a type and a range, integers must be JSON
// integers (12.0 and 1e3 are refused, so no float ever stands in for fen), and fields nobody read
// are an error (finish()). A typo such as "unit_price" for "unit_price_fen" is thus rejected instead
// of silently meaning "absent". Failures throw Rejection with the given code and a message that
// names the field by its path, e.g. `payload.lines[2].quantity: must be an integer in 1..999`.

#include "market/api_error.h"

#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace cz::market {

/// Number of Unicode code points in valid UTF-8 (the JSON parser already rejected invalid UTF-8).
std::size_t utf8Length(std::string_view s);

class Fields final {
public:
    /// `where` names the object in messages ("payload", "payload.lines[0]"); `code` is the
    /// rejection code for every failure (e.g. "invalid_payload").
    Fields(const nlohmann::json& obj, std::string where, std::string code = "invalid_payload");

    [[nodiscard]] bool has(const std::string& key) const;

    /// Text of 1..maxLen code points (minLen may be 0), no control characters.
    std::string text(const std::string& key, std::size_t minLen, std::size_t maxLen);
    std::optional<std::string> optText(const std::string& key, std::size_t minLen, std::size_t maxLen);
    /// A canonical UUID, returned lower-cased (ids compare case-insensitively).
    std::string uuid(const std::string& key);
    std::int64_t integer(const std::string& key, std::int64_t min, std::int64_t max);
    std::optional<std::int64_t> optInteger(const std::string& key, std::int64_t min, std::int64_t max);
    double number(const std::string& key, double min, double max);
    std::optional<double> optNumber(const std::string& key, double min, double max);
    bool boolean(const std::string& key);
    std::optional<bool> optBoolean(const std::string& key);
    /// One of the listed codes.
    std::string oneOf(const std::string& key, std::initializer_list<std::string_view> allowed);
    const nlohmann::json& array(const std::string& key, std::size_t minSize, std::size_t maxSize);
    const nlohmann::json* optArray(const std::string& key, std::size_t minSize, std::size_t maxSize);
    const nlohmann::json& object(const std::string& key);
    const nlohmann::json* optObject(const std::string& key);

    /// Rejects any field that was not read.
    void finish() const;

    /// "payload.lines" for key "lines".
    [[nodiscard]] std::string path(const std::string& key) const;
    [[noreturn]] void fail(const std::string& key, const std::string& what) const;

private:
    const nlohmann::json* find(const std::string& key);
    const nlohmann::json& need(const std::string& key);

    const nlohmann::json& m_obj;
    std::string m_where;
    std::string m_code;
    std::set<std::string> m_used;
};

} // namespace cz::market
