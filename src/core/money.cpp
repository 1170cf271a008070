#include "core/money.h"

#include <array>
#include <cstdlib>

namespace cz {

Money Money::fromYuan(std::int64_t yuan)
{
    auto m = Money(yuan).checkedMul(100);
    if (!m)
        throw MoneyOverflow();
    return *m;
}

std::optional<Money> Money::checkedAdd(Money o) const
{
    std::int64_t r = 0;
    if (__builtin_add_overflow(m_fen, o.m_fen, &r))
        return std::nullopt;
    return Money(r);
}

std::optional<Money> Money::checkedSub(Money o) const
{
    std::int64_t r = 0;
    if (__builtin_sub_overflow(m_fen, o.m_fen, &r))
        return std::nullopt;
    return Money(r);
}

std::optional<Money> Money::checkedMul(std::int64_t factor) const
{
    std::int64_t r = 0;
    if (__builtin_mul_overflow(m_fen, factor, &r))
        return std::nullopt;
    return Money(r);
}

std::optional<Money> Money::checkedNeg() const
{
    if (m_fen == INT64_MIN)
        return std::nullopt;
    return Money(-m_fen);
}

Money Money::operator+(Money o) const
{
    auto r = checkedAdd(o);
    if (!r)
        throw MoneyOverflow();
    return *r;
}

Money Money::operator-(Money o) const
{
    auto r = checkedSub(o);
    if (!r)
        throw MoneyOverflow();
    return *r;
}

Money Money::operator-() const
{
    auto r = checkedNeg();
    if (!r)
        throw MoneyOverflow();
    return *r;
}

Money Money::operator*(std::int64_t factor) const
{
    auto r = checkedMul(factor);
    if (!r)
        throw MoneyOverflow();
    return *r;
}

namespace {

// Decodes one UTF-8 code point; returns 0xFFFFFFFF on malformed input.
char32_t nextCodePoint(std::string_view s, std::size_t& i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    int len = 0;
    char32_t cp = 0;
    if (b0 < 0x80) {
        len = 1;
        cp = b0;
    } else if ((b0 & 0xE0) == 0xC0) {
        len = 2;
        cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4;
        cp = b0 & 0x07;
    } else {
        ++i;
        return 0xFFFFFFFF;
    }
    if (i + static_cast<std::size_t>(len) > s.size()) {
        i = s.size();
        return 0xFFFFFFFF;
    }
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((b & 0xC0) != 0x80) {
            i += static_cast<std::size_t>(k);
            return 0xFFFFFFFF;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += static_cast<std::size_t>(len);
    return cp;
}

// Folds full-width forms to ASCII; the agent's IME may be in full-width mode.
char32_t fold(char32_t c)
{
    if (c >= 0xFF10 && c <= 0xFF19)
        return U'0' + (c - 0xFF10);
    switch (c) {
    case 0xFF0E:  // ．
    case 0x3002:  // 。 (the IME's full stop, typed for the decimal point)
        return U'.';
    case 0xFF0C:  // ，
        return U',';
    case 0xFFE5:  // ￥
    case 0x00A5:  // ¥
        return U'¥';
    case 0xFF0D:  // －
        return U'-';
    case 0x3000:  // ideographic space
    case 0x00A0:
        return U' ';
    default:
        return c;
    }
}

}  // namespace

Result<Money, MoneyParseError> parseMoney(std::string_view text)
{
    std::u32string s;
    for (std::size_t i = 0; i < text.size();)
        s.push_back(fold(nextCodePoint(text, i)));

    // Trim spaces, then an optional leading currency sign (spaces allowed after it).
    auto isSpace = [](char32_t c) { return c == U' ' || c == U'\t'; };
    std::size_t b = 0, e = s.size();
    while (b < e && isSpace(s[b]))
        ++b;
    while (e > b && isSpace(s[e - 1]))
        --e;
    if (b < e && s[b] == U'-')
        return Failure{MoneyParseError::Negative};
    if (b < e && s[b] == U'¥') {
        ++b;
        while (b < e && isSpace(s[b]))
            ++b;
    }
    if (b < e && s[b] == U'-')
        return Failure{MoneyParseError::Negative};
    if (b == e)
        return Failure{MoneyParseError::Empty};

    // Integer part with optional correct thousands grouping, then optional fraction of 1–2 digits.
    std::int64_t fen = 0;
    std::size_t i = b;
    int digitsInGroup = 0;
    bool grouped = false;
    int intDigits = 0;
    bool overflow = false;
    auto addDigit = [&](int d, std::int64_t scale) {
        std::int64_t t = 0;
        if (__builtin_mul_overflow(fen, 10, &t) || __builtin_add_overflow(t, static_cast<std::int64_t>(d) * scale, &fen))
            overflow = true;
    };
    for (; i < e && s[i] != U'.'; ++i) {
        const char32_t c = s[i];
        if (c >= U'0' && c <= U'9') {
            addDigit(static_cast<int>(c - U'0'), 1);
            ++digitsInGroup;
            ++intDigits;
            if (grouped && digitsInGroup > 3)
                return Failure{MoneyParseError::BadGrouping};
        } else if (c == U',') {
            if (intDigits == 0 || (grouped && digitsInGroup != 3) || (!grouped && digitsInGroup > 3))
                return Failure{MoneyParseError::BadGrouping};
            grouped = true;
            digitsInGroup = 0;
        } else {
            return Failure{MoneyParseError::InvalidCharacter};
        }
    }
    if (grouped && digitsInGroup != 3)
        return Failure{MoneyParseError::BadGrouping};
    int fracDigits = 0;
    std::int64_t frac = 0;
    if (i < e) {  // s[i] == '.'
        ++i;
        for (; i < e; ++i) {
            const char32_t c = s[i];
            if (c < U'0' || c > U'9')
                return Failure{MoneyParseError::InvalidCharacter};
            if (++fracDigits > 2)
                return Failure{MoneyParseError::TooManyDecimals};
            frac = frac * 10 + static_cast<std::int64_t>(c - U'0');
        }
        if (fracDigits == 1)
            frac *= 10;
    }
    if (intDigits == 0 && fracDigits == 0)
        return Failure{MoneyParseError::InvalidCharacter};  // "." or "¥."
    if (overflow)
        return Failure{MoneyParseError::Overflow};
    std::int64_t total = 0;
    if (__builtin_mul_overflow(fen, 100, &total) || __builtin_add_overflow(total, frac, &total))
        return Failure{MoneyParseError::Overflow};
    return Money::fromFen(total);
}

const char* describe(MoneyParseError e)
{
    switch (e) {
    case MoneyParseError::Empty: return "no amount entered";
    case MoneyParseError::InvalidCharacter: return "only digits, one decimal point and thousands separators are allowed";
    case MoneyParseError::Negative: return "the amount cannot be negative";
    case MoneyParseError::TooManyDecimals: return "at most two digits after the decimal point (fen)";
    case MoneyParseError::BadGrouping: return "thousands separators must group digits by three";
    case MoneyParseError::Overflow: return "the amount is too large";
    }
    return "invalid amount";
}

std::string formatPlain(Money m)
{
    const std::int64_t v = m.fen();
    // Work in unsigned magnitude so INT64_MIN formats correctly.
    const std::uint64_t mag = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    std::string out = std::to_string(mag / 100);
    const auto f = static_cast<unsigned>(mag % 100);
    out += '.';
    out += static_cast<char>('0' + f / 10);
    out += static_cast<char>('0' + f % 10);
    return v < 0 ? "-" + out : out;
}

std::string formatMoney(Money m)
{
    const std::string plain = formatPlain(m);
    const bool neg = plain.front() == '-';
    const std::string digits = plain.substr(neg ? 1 : 0, plain.find('.') - (neg ? 1 : 0));
    std::string grouped;
    for (std::size_t k = 0; k < digits.size(); ++k) {
        if (k > 0 && (digits.size() - k) % 3 == 0)
            grouped += ',';
        grouped += digits[k];
    }
    return std::string(neg ? "-" : "") + "\xC2\xA5" + grouped + plain.substr(plain.find('.'));
}

std::int64_t divideRounded(Int128 num, std::int64_t den, Rounding mode)
{
    if (den <= 0)
        throw std::invalid_argument("divideRounded: denominator must be positive");
    Int128 q = num / den;  // truncates toward zero
    const Int128 r = num % den;
    if (r != 0) {
        const bool neg = num < 0;
        const Int128 twice = (r < 0 ? -r : r) * 2;
        bool away = false;  // move |q| one step away from zero?
        switch (mode) {
        case Rounding::Down: away = false; break;
        case Rounding::Up: away = true; break;
        case Rounding::Floor: away = neg; break;
        case Rounding::Ceiling: away = !neg; break;
        case Rounding::HalfUp: away = twice >= den; break;
        case Rounding::HalfEven: away = twice > den || (twice == den && (q % 2 != 0)); break;
        }
        if (away)
            q += neg ? -1 : 1;
    }
    if (q > INT64_MAX || q < INT64_MIN)
        throw MoneyOverflow();
    return static_cast<std::int64_t>(q);
}

Money applyRate(Money amount, BasisPoints rate, Rounding mode)
{
    const Int128 num = static_cast<Int128>(amount.fen()) * rate.value;
    return Money::fromFen(divideRounded(num, 10000, mode));
}

}  // namespace cz
