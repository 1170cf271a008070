#pragma once
// Money in integer fen (1/100 yuan). Arithmetic is checked: an overflow is an error, never a wrap.
// Rates are integer basis points and every rounding names its mode at the call site.

#include "core/result.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cz {

__extension__ using Int128 = __int128;

/// Thrown by Money's operators on int64 overflow. Callers at a service boundary catch it; code that
/// wants a value instead uses the checked*() functions.
class MoneyOverflow final : public std::overflow_error {
public:
    MoneyOverflow() : std::overflow_error("money arithmetic overflow") {}
};

class Money final {
public:
    constexpr Money() = default;
    static constexpr Money fromFen(std::int64_t fen) { return Money(fen); }
    /// Whole yuan; throws MoneyOverflow when yuan * 100 does not fit.
    static Money fromYuan(std::int64_t yuan);

    [[nodiscard]] constexpr std::int64_t fen() const { return m_fen; }
    [[nodiscard]] constexpr bool isZero() const { return m_fen == 0; }
    [[nodiscard]] constexpr bool isNegative() const { return m_fen < 0; }
    [[nodiscard]] constexpr bool isPositive() const { return m_fen > 0; }

    [[nodiscard]] std::optional<Money> checkedAdd(Money o) const;
    [[nodiscard]] std::optional<Money> checkedSub(Money o) const;
    [[nodiscard]] std::optional<Money> checkedMul(std::int64_t factor) const;
    [[nodiscard]] std::optional<Money> checkedNeg() const;

    Money operator+(Money o) const;
    Money operator-(Money o) const;
    Money operator-() const;
    Money operator*(std::int64_t factor) const;
    Money& operator+=(Money o) { return *this = *this + o; }
    Money& operator-=(Money o) { return *this = *this - o; }

    friend constexpr auto operator<=>(Money, Money) = default;

    static constexpr Money max() { return Money(INT64_MAX); }
    static constexpr Money min() { return Money(INT64_MIN); }

private:
    constexpr explicit Money(std::int64_t fen) : m_fen(fen) {}
    std::int64_t m_fen = 0;
};

enum class MoneyParseError {
    Empty,             ///< nothing but spaces or a currency sign
    InvalidCharacter,  ///< a letter, an exponent, a second sign …
    Negative,          ///< amounts typed by the agent are never negative
    TooManyDecimals,   ///< more than two digits after the point (1.234)
    BadGrouping,       ///< thousands separators in the wrong place (1,23)
    Overflow,          ///< larger than the ledger can hold
};

/// Parses what an agent types: "12", "12.5", "12.50", "¥1,234.50", "￥１２", full-width digits and
/// point. UTF-8 input. Leading/trailing spaces are ignored.
Result<Money, MoneyParseError> parseMoney(std::string_view text);

/// English reason for a parse error (the GUI uses its own translated text keyed by the enum).
const char* describe(MoneyParseError e);

/// "¥1,234.50"; negative amounts as "-¥1,234.50".
std::string formatMoney(Money m);
/// "1234.50" (no sign, no grouping), for files and the hledger export.
std::string formatPlain(Money m);

/// How a division that leaves a remainder is rounded. Always named at the call site.
enum class Rounding {
    HalfUp,    ///< half away from zero (commercial rounding)
    HalfEven,  ///< banker's rounding
    Down,      ///< toward zero (truncate)
    Up,        ///< away from zero
    Floor,     ///< toward -infinity
    Ceiling,   ///< toward +infinity
};

/// An integer rate in basis points: 100 bp = 1 %, 10000 bp = 100 %.
struct BasisPoints final {
    std::int32_t value = 0;
    friend constexpr auto operator<=>(BasisPoints, BasisPoints) = default;
};

/// amount * rate / 10000 rounded by `mode`; exact (128-bit intermediate), never overflows for
/// |rate| <= 1,000,000 bp.
Money applyRate(Money amount, BasisPoints rate, Rounding mode);

/// numerator / denominator rounded by `mode` (denominator > 0).
std::int64_t divideRounded(Int128 numerator, std::int64_t denominator, Rounding mode);

}  // namespace cz
