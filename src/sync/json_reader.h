#pragma once
// Strict field access over nlohmann::json with the path of every value, for precise WireErrors.
// Internal to the sync layer's decoders.

#include "core/money.h"
#include "sync/wire.h"

#include <nlohmann/json.hpp>

#include <string>

namespace cz::sync::detail {

// Amounts above ¥10 billion are not something a village station's feed can mean.
inline constexpr std::int64_t kMaxFen = 1'000'000'000'000;
inline constexpr std::int64_t kMaxMs = 4'102'444'800'000;  // 2100-01-01

/// Thrown inside decoders only; decode functions turn it into a WireError value.
struct DecodeFailure {
    WireError error;
};

/// Parses a body: refuses empty, over-deep or invalid JSON, and a top level that is not an object.
nlohmann::json parseObject(std::string_view body);

class Field final {
public:
    Field(const nlohmann::json& j, std::string path) : m_j(j), m_path(std::move(path)) {}

    [[noreturn]] void fail(const std::string& what) const { throw DecodeFailure{WireError{m_path, what}}; }

    Field at(const char* key) const;          ///< a required member of an object
    bool has(const char* key) const;          ///< present and not null
    Field at(std::size_t index) const;        ///< an array element
    std::size_t size() const;                 ///< array length (fails unless an array)
    std::string str() const;                  ///< a string
    std::string capped(std::size_t maxBytes) const;  ///< a string of at most maxBytes bytes
    std::string nonEmptyStr() const;
    std::string uuid() const;                 ///< a canonical UUID string
    std::int64_t int64(std::int64_t min, std::int64_t max) const;  ///< an integer (never a float) in range
    bool boolean() const;
    Money fen(std::int64_t minFen, std::int64_t maxFen) const;
    const nlohmann::json& raw() const { return m_j; }
    const std::string& path() const { return m_path; }

private:
    const nlohmann::json& m_j;
    std::string m_path;
};

/// Runs a decoder body, turning a DecodeFailure (or a JSON library exception) into a WireError.
template <class T, class F>
WireResult<T> decodeWith(F&& f)
{
    try {
        return f();
    } catch (const DecodeFailure& d) {
        return Failure{d.error};
    } catch (const nlohmann::json::exception& e) {
        return Failure{WireError{"", e.what()}};
    }
}

}  // namespace cz::sync::detail
