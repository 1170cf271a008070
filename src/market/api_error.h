#pragma once
// The two kinds of failure the marketplace reports. ApiError fails a whole HTTP request (it becomes
// the response status and the {"error":{...}} body); Rejection fails one op inside a batch (it
// becomes that op's 422 result and is stored as the op's first result). Keeping them apart stops a
// bad op from ever turning into a failed batch, which the station would retry forever.

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <utility>

namespace cz::market {

class ApiError final : public std::runtime_error {
public:
    ApiError(int status, std::string code, const std::string& message, nlohmann::json details = nullptr)
        : std::runtime_error(message)
        , m_status(status)
        , m_code(std::move(code))
        , m_details(std::move(details))
    {
    }
    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] const std::string& code() const { return m_code; }
    [[nodiscard]] const nlohmann::json& details() const { return m_details; }

private:
    int m_status;
    std::string m_code;
    nlohmann::json m_details;
};

class Rejection final : public std::runtime_error {
public:
    Rejection(std::string code, const std::string& message, nlohmann::json details = nullptr)
        : std::runtime_error(message)
        , m_code(std::move(code))
        , m_details(std::move(details))
    {
    }
    [[nodiscard]] const std::string& code() const { return m_code; }
    [[nodiscard]] const nlohmann::json& details() const { return m_details; }

private:
    std::string m_code;
    nlohmann::json m_details;
};

/// The wire form of an error: {"code":..., "message":..., "details":...?}.
inline nlohmann::json errorObject(const std::string& code, const std::string& message,
                                  const nlohmann::json& details = nullptr)
{
    nlohmann::json e = {{"code", code}, {"message", message}};
    if (!details.is_null())
        e["details"] = details;
    return e;
}

} // namespace cz::market
