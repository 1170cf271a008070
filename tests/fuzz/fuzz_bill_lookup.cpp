// libFuzzer: the bill look-up (and server clock) decoders on arbitrary bytes.
#include "sync/payments/payments_wire.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    auto b = cz::sync::decodeBillLookup(body);
    if (b.ok()) {
        if (b->amountDue.isNegative() || b->accountNo.empty() || b->period.size() != 7)
            __builtin_trap();
    } else {
        (void)cz::sync::describe(b.error());
    }
    (void)cz::sync::decodeHealthNow(body);
    return 0;
}
