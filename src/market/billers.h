#pragma once
// Billers the station can pay through the marketplace: utilities (bills looked up by account
// number) and the three mobile carriers (top-ups in fixed denominations).

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cz::market {

struct Biller final {
    std::string_view id;
    std::string_view nameZh;
    std::string_view nameEn;
    std::string_view kind; ///< "electricity" | "water" | "gas" | "mobile"
    int accountMinLen = 0; ///< utilities: account numbers are this many digits …
    int accountMaxLen = 0; ///< … to this many
    std::vector<std::int64_t> denominationsFen; ///< mobile carriers only
};

const std::vector<Biller>& billers();
const Biller* findBiller(std::string_view id);
nlohmann::json toWire(const Biller& b);

struct BillDue final {
    std::int64_t amountDueFen = 0; ///< before what was already paid this period
    std::string holderNameMasked;
    std::string period; ///< "YYYY-MM" (Beijing month of `nowMs`)
    bool exists = true;
};

/// The bill a utility account has this month: a deterministic function of (seed, biller, account,
/// month). By convention, account numbers ending in "0000" do not exist (lookup answers 404), so
/// tests and demos can show the "no such account" path.
BillDue billFor(std::uint64_t seed, const Biller& b, std::string_view accountNo, std::int64_t nowMs);

} // namespace cz::market
