#include "market/json_fields.h"

#include "core/uuid.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace cz::market {

std::size_t utf8Length(std::string_view s)
{
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

Fields::Fields(const nlohmann::json& obj, std::string where, std::string code)
    : m_obj(obj)
    , m_where(std::move(where))
    , m_code(std::move(code))
{
    if (!m_obj.is_object())
        throw Rejection(m_code, m_where + ": must be a JSON object");
}

bool Fields::has(const std::string& key) const
{
    return m_obj.contains(key) && !m_obj.at(key).is_null();
}

std::string Fields::path(const std::string& key) const
{
    return m_where + "." + key;
}

void Fields::fail(const std::string& key, const std::string& what) const
{
    throw Rejection(m_code, path(key) + ": " + what, nlohmann::json {{"field", path(key)}});
}

const nlohmann::json* Fields::find(const std::string& key)
{
    m_used.insert(key);
    const auto it = m_obj.find(key);
    // An explicit null is treated as absent: optional fields may be sent as null.
    if (it == m_obj.end() || it->is_null())
        return nullptr;
    return &*it;
}

const nlohmann::json& Fields::need(const std::string& key)
{
    const auto* v = find(key);
    if (v == nullptr)
        fail(key, "is required");
    return *v;
}

std::optional<std::string> Fields::optText(const std::string& key, std::size_t minLen, std::size_t maxLen)
{
    const auto* v = find(key);
    if (v == nullptr)
        return std::nullopt;
    if (!v->is_string())
        fail(key, "must be a string");
    const auto& s = v->get_ref<const std::string&>();
    const auto n = utf8Length(s);
    if (n < minLen || n > maxLen)
        fail(key, "must have " + std::to_string(minLen) + ".." + std::to_string(maxLen) + " characters");
    if (std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }))
        fail(key, "must not contain control characters");
    return s;
}

std::string Fields::text(const std::string& key, std::size_t minLen, std::size_t maxLen)
{
    auto v = optText(key, minLen, maxLen);
    if (!v)
        fail(key, "is required");
    return *v;
}

std::string Fields::uuid(const std::string& key)
{
    const auto& v = need(key);
    if (!v.is_string() || !cz::isUuid(v.get_ref<const std::string&>()))
        fail(key, "must be a UUID in canonical 8-4-4-4-12 form");
    std::string s = v.get<std::string>();
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::optional<std::int64_t> Fields::optInteger(const std::string& key, std::int64_t min, std::int64_t max)
{
    const auto* v = find(key);
    if (v == nullptr)
        return std::nullopt;
    const std::string range = "must be an integer in " + std::to_string(min) + ".." + std::to_string(max);
    std::int64_t n = 0;
    if (v->is_number_unsigned()) {
        const auto u = v->get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(INT64_MAX))
            fail(key, range);
        n = static_cast<std::int64_t>(u);
    } else if (v->is_number_integer()) {
        n = v->get<std::int64_t>();
    } else {
        fail(key, range);
    }
    if (n < min || n > max)
        fail(key, range);
    return n;
}

std::int64_t Fields::integer(const std::string& key, std::int64_t min, std::int64_t max)
{
    need(key);
    return *optInteger(key, min, max);
}

std::optional<double> Fields::optNumber(const std::string& key, double min, double max)
{
    const auto* v = find(key);
    if (v == nullptr)
        return std::nullopt;
    if (!v->is_number())
        fail(key, "must be a number");
    const auto d = v->get<double>();
    if (!std::isfinite(d) || d < min || d > max)
        fail(key, "must be a number in " + std::to_string(min) + ".." + std::to_string(max));
    return d;
}

double Fields::number(const std::string& key, double min, double max)
{
    need(key);
    return *optNumber(key, min, max);
}

std::optional<bool> Fields::optBoolean(const std::string& key)
{
    const auto* v = find(key);
    if (v == nullptr)
        return std::nullopt;
    if (!v->is_boolean())
        fail(key, "must be true or false");
    return v->get<bool>();
}

bool Fields::boolean(const std::string& key)
{
    need(key);
    return *optBoolean(key);
}

std::string Fields::oneOf(const std::string& key, std::initializer_list<std::string_view> allowed)
{
    const auto& v = need(key);
    if (v.is_string()) {
        const auto& s = v.get_ref<const std::string&>();
        if (std::find(allowed.begin(), allowed.end(), s) != allowed.end())
            return s;
    }
    std::string list;
    for (const auto a : allowed)
        list += (list.empty() ? "" : ", ") + std::string(a);
    fail(key, "must be one of: " + list);
}

const nlohmann::json* Fields::optArray(const std::string& key, std::size_t minSize, std::size_t maxSize)
{
    const auto* v = find(key);
    if (v == nullptr)
        return nullptr;
    if (!v->is_array() || v->size() < minSize || v->size() > maxSize)
        fail(key, "must be an array of " + std::to_string(minSize) + ".." + std::to_string(maxSize) + " items");
    return v;
}

const nlohmann::json& Fields::array(const std::string& key, std::size_t minSize, std::size_t maxSize)
{
    need(key);
    return *optArray(key, minSize, maxSize);
}

const nlohmann::json* Fields::optObject(const std::string& key)
{
    const auto* v = find(key);
    if (v != nullptr && !v->is_object())
        fail(key, "must be an object");
    return v;
}

const nlohmann::json& Fields::object(const std::string& key)
{
    need(key);
    return *optObject(key);
}

void Fields::finish() const
{
    for (const auto& [k, v] : m_obj.items()) {
        if (!m_used.contains(k))
            throw Rejection(m_code, path(k) + ": unknown field", nlohmann::json {{"field", path(k)}});
    }
}

} // namespace cz::market
