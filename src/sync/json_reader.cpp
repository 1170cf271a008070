#include "sync/json_reader.h"

#include "core/uuid.h"

namespace cz::sync::detail {

namespace {

// Depth of brackets outside strings; refuses bodies a recursive consumer could choke on.
bool tooDeep(std::string_view s)
{
    int depth = 0;
    bool inString = false, escaped = false;
    for (char c : s) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[') {
            if (++depth > kMaxJsonDepth)
                return true;
        } else if (c == '}' || c == ']')
            --depth;
    }
    return false;
}

}  // namespace

nlohmann::json parseObject(std::string_view body)
{
    if (body.empty())
        throw DecodeFailure{WireError{"", "empty body"}};
    if (tooDeep(body))
        throw DecodeFailure{WireError{"", "JSON nested too deeply"}};
    auto j = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
    if (j.is_discarded())
        throw DecodeFailure{WireError{"", "not valid JSON"}};
    if (!j.is_object())
        throw DecodeFailure{WireError{"", "expected a JSON object"}};
    return j;
}

Field Field::at(const char* key) const
{
    if (!m_j.is_object())
        fail("expected an object");
    auto it = m_j.find(key);
    if (it == m_j.end() || it->is_null())
        throw DecodeFailure{WireError{m_path.empty() ? key : m_path + "." + key, "missing"}};
    return Field(*it, m_path.empty() ? key : m_path + "." + key);
}

bool Field::has(const char* key) const
{
    if (!m_j.is_object())
        fail("expected an object");
    auto it = m_j.find(key);
    return it != m_j.end() && !it->is_null();
}

Field Field::at(std::size_t index) const
{
    if (!m_j.is_array() || index >= m_j.size())
        fail("expected an array element " + std::to_string(index));
    return Field(m_j[index], m_path + "[" + std::to_string(index) + "]");
}

std::size_t Field::size() const
{
    if (!m_j.is_array())
        fail("expected an array");
    return m_j.size();
}

std::string Field::str() const
{
    if (!m_j.is_string())
        fail("expected a string");
    return m_j.get<std::string>();
}

std::string Field::capped(std::size_t maxBytes) const
{
    auto s = str();
    if (s.size() > maxBytes)
        fail("longer than " + std::to_string(maxBytes) + " bytes");
    return s;
}

std::string Field::nonEmptyStr() const
{
    auto s = str();
    if (s.empty())
        fail("must not be empty");
    return s;
}

std::string Field::uuid() const
{
    auto s = str();
    if (!isUuid(s))
        fail("expected a UUID");
    return s;
}

std::int64_t Field::int64(std::int64_t min, std::int64_t max) const
{
    std::int64_t v = 0;
    if (m_j.is_number_integer() && !m_j.is_number_unsigned()) {
        v = m_j.get<std::int64_t>();
    } else if (m_j.is_number_unsigned()) {
        const auto u = m_j.get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(INT64_MAX))
            fail("integer out of range");
        v = static_cast<std::int64_t>(u);
    } else {
        fail("expected an integer");
    }
    if (v < min || v > max)
        fail("value " + std::to_string(v) + " out of range [" + std::to_string(min) + ", " + std::to_string(max) + "]");
    return v;
}

bool Field::boolean() const
{
    if (!m_j.is_boolean())
        fail("expected true or false");
    return m_j.get<bool>();
}

Money Field::fen(std::int64_t minFen, std::int64_t maxFen) const { return Money::fromFen(int64(minFen, maxFen)); }

}  // namespace cz::sync::detail
