// libFuzzer: the billers and cities decoders on arbitrary bytes must return a value or a WireError,
// never crash; a decoded list keeps its promises.
#include "sync/payments/payments_wire.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    auto b = cz::sync::decodeBillers(body);
    if (b.ok()) {
        for (const auto& biller : *b) {
            if (!cz::sync::isReferenceId(biller.billerId))
                __builtin_trap();
            if (biller.kind == "mobile" ? biller.denominations.empty() : biller.accountMinLen < 1)
                __builtin_trap();
            for (const auto& d : biller.denominations)
                if (!d.isPositive())
                    __builtin_trap();
        }
    } else {
        (void)cz::sync::describe(b.error());
    }
    auto c = cz::sync::decodeCities(body);
    if (!c.ok())
        (void)cz::sync::describe(c.error());
    return 0;
}
