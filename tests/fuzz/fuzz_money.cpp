// libFuzzer: whatever an agent (or a file) types, parseMoney returns an amount or a reason, and
// every accepted amount formats and parses back to itself.
#include "core/money.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto r = cz::parseMoney(text);
    if (r.ok()) {
        auto back = cz::parseMoney(cz::formatMoney(*r));
        if (!back.ok() || *back != *r)
            __builtin_trap();
    }
    return 0;
}
