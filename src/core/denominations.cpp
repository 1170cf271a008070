#include "core/denominations.h"

#include <algorithm>
#include <sstream>

namespace cz {

Result<Money, CountError> countTotal(const DenominationCount& count)
{
    Money total;
    for (const auto& [fen, n] : count) {
        if (std::find(kDenominations.begin(), kDenominations.end(), fen) == kDenominations.end())
            return Failure{CountError::UnknownDenomination};
        if (n < 0)
            return Failure{CountError::NegativeCount};
        if (n > 1'000'000)
            return Failure{CountError::TooMany};
        total += Money::fromFen(fen) * n;
    }
    return total;
}

std::string encodeCount(const DenominationCount& count)
{
    std::string out;
    for (auto fen : kDenominations) {
        auto it = count.find(fen);
        if (it == count.end() || it->second == 0)
            continue;
        if (!out.empty())
            out += ',';
        out += std::to_string(fen) + ':' + std::to_string(it->second);
    }
    return out;
}

DenominationCount decodeCount(const std::string& text)
{
    DenominationCount c;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, ',')) {
        const auto colon = item.find(':');
        if (colon == std::string::npos)
            continue;
        try {
            c[std::stoll(item.substr(0, colon))] = std::stoll(item.substr(colon + 1));
        } catch (const std::exception&) {
            continue;  // a damaged count is shown as missing rather than crashing a report
        }
    }
    return c;
}

}  // namespace cz

namespace cz {
DenominationCount greedyCount(Money amount, Money& remainder)
{
    DenominationCount c;
    std::int64_t left = amount.isNegative() ? 0 : amount.fen();
    for (auto fen : kDenominations) {
        if (left >= fen) {
            c[fen] = left / fen;
            left %= fen;
        }
    }
    remainder = Money::fromFen(left);
    return c;
}
}  // namespace cz
